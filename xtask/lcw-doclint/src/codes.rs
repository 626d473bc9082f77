//! The catalogue of stable lint codes. Each is declared once, in the [`lcw_docs::code_catalogue!`]
//! list below, which makes its [`LintCode`] variant, its constant and its [`LINT_CODES`] entry.
//! `LINTS.md` documents each one, and the parser's and drift report's codes too; a test keeps its
//! tables and the three lists in step.
//!
//! `LCW1xxx` belong to the parser (`lcw-docs`), `LCW2xxx` to the lint, `LCW3xxx` to the drift
//! report. A code, once published, keeps its meaning.

use crate::finding::Severity;

lcw_docs::code_catalogue! {
    /// One lint code, with its kebab-case name and its severity unless an override turns the
    /// finding into a note.
    pub enum LintCode(name, severity: Severity);
    /// Every lint code, in catalogue order.
    pub const LINT_CODES;

    /// Property in the table, not in the JSON representation.
    TablePropertyNotInJson(TABLE_PROPERTY_NOT_IN_JSON) = "LCW2001", Warning, "table-property-not-in-json";
    /// Key in the JSON representation, not in the property or relationship table.
    JsonPropertyNotInTable(JSON_PROPERTY_NOT_IN_TABLE) = "LCW2002", Warning, "json-property-not-in-table";
    /// Table and JSON spell a property with different letter case.
    PropertyNameCase(PROPERTY_NAME_CASE) = "LCW2003", Warning, "property-name-case";
    /// Table type and JSON placeholder disagree.
    PropertyTypeMismatch(PROPERTY_TYPE_MISMATCH) = "LCW2004", Warning, "property-type-mismatch";
    /// One side says collection, the other a single value.
    PropertyCollectionMismatch(PROPERTY_COLLECTION_MISMATCH) = "LCW2005", Warning, "property-collection-mismatch";
    /// The JSON block's `@odata.type` differs from its annotation.
    JsonTypeMismatch(JSON_TYPE_MISMATCH) = "LCW2006", Warning, "json-type-mismatch";
    /// A response example carries a property its type does not document.
    ExamplePropertyUnknown(EXAMPLE_PROPERTY_UNKNOWN) = "LCW2101", Warning, "example-property-unknown";
    /// A response annotation names a type other than the one the page says it returns.
    ExampleAnnotationType(EXAMPLE_ANNOTATION_TYPE) = "LCW2102", Warning, "example-annotation-type";
    /// A response annotation and its body disagree on collection-ness.
    ExampleCollection(EXAMPLE_COLLECTION) = "LCW2103", Warning, "example-collection";
    /// An example request uses an OData option the page's optional query parameters do not name.
    ExampleQueryOptionUndocumented(EXAMPLE_QUERY_OPTION_UNDOCUMENTED) = "LCW2104", Warning, "example-query-option-undocumented";
    /// An example request filters on a property, or with an operator, its description does not allow.
    ExampleFilterUnsupported(EXAMPLE_FILTER_UNSUPPORTED) = "LCW2105", Warning, "example-filter-unsupported";
    /// An example request orders by a property whose description does not allow `$orderby`.
    ExampleOrderbyUnsupported(EXAMPLE_ORDERBY_UNSUPPORTED) = "LCW2106", Warning, "example-orderby-unsupported";
    /// The Response section and the example's body disagree on one object versus a collection
    /// (the body's `@odata.context` ends in `$entity`, or the body is a `value` page).
    ExampleShapeAgainstProse(EXAMPLE_SHAPE_AGAINST_PROSE) = "LCW2107", Warning, "example-shape-against-prose";
    /// "Possible values" prose names a member the enum page lacks.
    ProseMemberNotInEnum(PROSE_MEMBER_NOT_IN_ENUM) = "LCW2201", Warning, "prose-member-not-in-enum";
    /// The enum page has a member the "possible values" prose leaves out.
    EnumMemberNotInProse(ENUM_MEMBER_NOT_IN_PROSE) = "LCW2202", Warning, "enum-member-not-in-prose";
    /// Link text names one type, the link target documents another.
    LinkTargetMismatch(LINK_TARGET_MISMATCH) = "LCW2301", Warning, "link-target-mismatch";
    /// Methods table return type differs from the API page.
    MethodReturnType(METHOD_RETURN_TYPE) = "LCW2401", Warning, "method-return-type";
    /// Methods table and API page disagree on collection-ness.
    MethodCollection(METHOD_COLLECTION) = "LCW2402", Warning, "method-collection";
    /// Methods table name implies another HTTP verb than the API page uses.
    MethodVerb(METHOD_VERB) = "LCW2403", Warning, "method-verb";
    /// A Methods row links an API page the tree does not have.
    MethodPageMissing(METHOD_PAGE_MISSING) = "LCW2404", Note, "method-page-missing";
    /// "Inherits from" names the type itself.
    InheritsItself(INHERITS_ITSELF) = "LCW2501", Warning, "inherits-itself";
    /// The base type has no page in the tree.
    BaseUndocumented(BASE_UNDOCUMENTED) = "LCW2502", Warning, "base-undocumented";
    /// "Inherits from" and the `baseType` annotation disagree.
    BaseDisagrees(BASE_DISAGREES) = "LCW2503", Warning, "base-disagrees";
    /// `keyProperty` names no property of the type or its bases.
    KeyPropertyUnknown(KEY_PROPERTY_UNKNOWN) = "LCW2601", Warning, "key-property-unknown";
    /// An annotation comment is not valid JSON as written.
    AnnotationNotStrict(ANNOTATION_NOT_STRICT) = "LCW2701", Warning, "annotation-not-strict";
    /// An annotation comment cannot be read even leniently.
    AnnotationUnreadable(ANNOTATION_UNREADABLE) = "LCW2702", Error, "annotation-unreadable";
    /// A JSON block is not valid JSON as written (trailing comma, comment, leading zero).
    JsonNotStrict(JSON_NOT_STRICT) = "LCW2703", Warning, "json-not-strict";
    /// A JSON block cannot be read even leniently.
    JsonUnreadable(JSON_UNREADABLE) = "LCW2704", Error, "json-unreadable";
    /// An annotation uses a non-standard spelling (`@type`, `"abstract": "true"`).
    AnnotationNonstandard(ANNOTATION_NONSTANDARD) = "LCW2705", Warning, "annotation-nonstandard";
    /// A request path ends with `/`.
    PathTrailingSlash(PATH_TRAILING_SLASH) = "LCW2801", Warning, "path-trailing-slash";
    /// A request path has a `{{parameter}}` placeholder.
    PathDoubleBraces(PATH_DOUBLE_BRACES) = "LCW2802", Warning, "path-double-braces";
    /// A path segment differs in case from its usual spelling.
    PathSegmentCase(PATH_SEGMENT_CASE) = "LCW2803", Warning, "path-segment-case";
    /// A collection segment is written in the singular before a key.
    PathSingularSegment(PATH_SINGULAR_SEGMENT) = "LCW2804", Warning, "path-singular-segment";
    /// A request path does not start where the other paths of the tree start.
    PathUnrooted(PATH_UNROOTED) = "LCW2805", Warning, "path-unrooted";
    /// A suppression matched no finding.
    SuppressionUnused(SUPPRESSION_UNUSED) = "LCW2901", Warning, "suppression-unused";
    /// A suppression entry is malformed (no reason, unreadable file).
    SuppressionInvalid(SUPPRESSION_INVALID) = "LCW2902", Error, "suppression-invalid";
    /// `overrides.toml` cannot be read, so no finding can be explained by it.
    OverridesInvalid(OVERRIDES_INVALID) = "LCW2903", Error, "overrides-invalid";
}

/// Default severity of a lint code; unknown codes (the parser's) are warnings.
pub fn default_severity(code: &str) -> Severity {
    LintCode::from_code(code).map_or(Severity::Warning, LintCode::severity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_in_the_lint_range() {
        let mut seen = std::collections::HashSet::new();
        for c in LINT_CODES {
            let code = c.code();
            assert!(code.starts_with("LCW2") && code.len() == 7, "{code}");
            assert!(seen.insert(code), "duplicate {code}");
            assert_eq!(default_severity(code), c.severity(), "{code}");
        }
        assert_eq!(
            default_severity(lcw_docs::codes::READ_FAILED),
            Severity::Warning
        );
    }

    /// The reader reports each code with the severity its catalogue line declares (and LINTS.md
    /// documents), on the reader's fixture pages and on docs-src.
    #[test]
    fn parser_codes_are_reported_with_their_declared_severity() {
        let root = lcw_docs::paths::workspace_root();
        for tree in ["xtask/lcw-docs/tests/data/workshop", "docs-src"] {
            let docs = lcw_docs::load(&root.join(tree), &lcw_docs::LoadOptions::default());
            for d in &docs.diagnostics {
                let code = lcw_docs::codes::Code::from_code(d.code)
                    .unwrap_or_else(|| panic!("{tree}: {d}: not in lcw_docs::codes::ALL"));
                assert_eq!(d.severity, code.severity(), "{tree}: {d}");
            }
        }
    }

    /// Rows of the LINTS.md code tables, by code: the cells after the code, trimmed.
    fn catalogue_rows(text: &str) -> std::collections::BTreeMap<&str, Vec<&str>> {
        text.lines()
            .filter(|l| l.starts_with("| LCW"))
            .map(|l| {
                let mut cells = l.trim_matches('|').split(" | ").map(str::trim);
                let code = cells.next().expect("a split yields at least one cell");
                (code, cells.collect())
            })
            .collect()
    }

    /// Each table of LINTS.md says exactly what the three catalogues declare: the parser's
    /// summary, severity and whether the lint passes it through; the lint's name and severity;
    /// the drift change's name and class; and documents no code the catalogues lack.
    #[test]
    fn lints_md_tables_match_the_code_lists() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../LINTS.md");
        let text = std::fs::read_to_string(path).expect("LINTS.md at the workspace root");
        let rows = catalogue_rows(&text);
        let mut expected: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
        for c in lcw_docs::codes::ALL {
            let hidden = crate::lint::LINT_REPORTS_INSTEAD.contains(&c.code());
            let shown = if hidden { "no, see" } else { "yes" };
            let severity = c.severity().as_str().to_string();
            expected.insert(
                c.code(),
                vec![c.summary().to_string(), severity, shown.to_string()],
            );
        }
        for c in LINT_CODES {
            let severity = c.severity().as_str().to_string();
            expected.insert(c.code(), vec![format!("`{}`", c.name()), severity]);
        }
        for c in lcw_csdl::codes::ALL {
            let severity = c.severity().as_str().to_string();
            expected.insert(c.code(), vec![c.summary().to_string(), severity]);
        }
        for k in crate::drift::CHANGE_KINDS {
            let class = k.class().as_str().to_string();
            expected.insert(k.code(), vec![format!("`{}`", k.name()), class]);
        }
        for (code, cells) in &expected {
            let row = rows
                .get(code)
                .unwrap_or_else(|| panic!("LINTS.md has no table row for {code}"));
            for (i, want) in cells.iter().enumerate() {
                let got = row.get(i).copied().unwrap_or_else(|| {
                    panic!(
                        "LINTS.md row of {code} has no cell {}: `{want}` expected",
                        i + 2
                    )
                });
                assert!(
                    got.starts_with(want.as_str()),
                    "LINTS.md row of {code}, cell {}: `{got}`, the code list says `{want}`",
                    i + 2
                );
            }
        }
        // The generator's codes (`LCW09xx`) are checked against its own catalogue, in
        // `lcw_codegen::codes`, which the lint does not depend on.
        for code in rows.keys().filter(|c| !c.starts_with("LCW09")) {
            assert!(
                expected.contains_key(code),
                "LINTS.md documents {code}, which no code list has"
            );
        }
    }
}
