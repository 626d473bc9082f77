//! The catalogue of stable lint codes. `LINTS.md` documents each one, and the parser's and drift
//! report's codes too; tests keep the tables and the three code lists in step.
//!
//! `LCW1xxx` belong to the parser (`lcw-docs`), `LCW2xxx` to the lint, `LCW3xxx` to the drift
//! report. A code, once published, keeps its meaning.

use crate::finding::Severity;

/// One catalogue entry.
#[derive(Debug, Clone, Copy)]
pub struct Code {
    /// `LCW2001`.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// Severity unless an override turns it into a note.
    pub severity: Severity,
}

const fn warn(code: &'static str, name: &'static str) -> Code {
    Code {
        code,
        name,
        severity: Severity::Warning,
    }
}

const fn note(code: &'static str, name: &'static str) -> Code {
    Code {
        code,
        name,
        severity: Severity::Note,
    }
}

const fn error(code: &'static str, name: &'static str) -> Code {
    Code {
        code,
        name,
        severity: Severity::Error,
    }
}

/// Property in the table, not in the JSON representation.
pub const TABLE_PROPERTY_NOT_IN_JSON: &str = "LCW2001";
/// Key in the JSON representation, not in the property or relationship table.
pub const JSON_PROPERTY_NOT_IN_TABLE: &str = "LCW2002";
/// Table and JSON spell a property with different letter case.
pub const PROPERTY_NAME_CASE: &str = "LCW2003";
/// Table type and JSON placeholder disagree.
pub const PROPERTY_TYPE_MISMATCH: &str = "LCW2004";
/// One side says collection, the other a single value.
pub const PROPERTY_COLLECTION_MISMATCH: &str = "LCW2005";
/// The JSON block's `@odata.type` differs from its annotation.
pub const JSON_TYPE_MISMATCH: &str = "LCW2006";
/// A response example carries a property its type does not document.
pub const EXAMPLE_PROPERTY_UNKNOWN: &str = "LCW2101";
/// A response annotation names a type other than the one the page says it returns.
pub const EXAMPLE_ANNOTATION_TYPE: &str = "LCW2102";
/// A response annotation and its body disagree on collection-ness.
pub const EXAMPLE_COLLECTION: &str = "LCW2103";
/// An example request uses an OData option the page's optional query parameters do not name.
pub const EXAMPLE_QUERY_OPTION_UNDOCUMENTED: &str = "LCW2104";
/// An example request filters on a property, or with an operator, its description does not allow.
pub const EXAMPLE_FILTER_UNSUPPORTED: &str = "LCW2105";
/// An example request orders by a property whose description does not allow `$orderby`.
pub const EXAMPLE_ORDERBY_UNSUPPORTED: &str = "LCW2106";
/// The Response section and the example's body disagree on one object versus a collection
/// (the body's `@odata.context` ends in `$entity`, or the body is a `value` page).
pub const EXAMPLE_SHAPE_AGAINST_PROSE: &str = "LCW2107";
/// "Possible values" prose names a member the enum page lacks.
pub const PROSE_MEMBER_NOT_IN_ENUM: &str = "LCW2201";
/// The enum page has a member the "possible values" prose leaves out.
pub const ENUM_MEMBER_NOT_IN_PROSE: &str = "LCW2202";
/// Link text names one type, the link target documents another.
pub const LINK_TARGET_MISMATCH: &str = "LCW2301";
/// Methods table return type differs from the API page.
pub const METHOD_RETURN_TYPE: &str = "LCW2401";
/// Methods table and API page disagree on collection-ness.
pub const METHOD_COLLECTION: &str = "LCW2402";
/// Methods table name implies another HTTP verb than the API page uses.
pub const METHOD_VERB: &str = "LCW2403";
/// A Methods row links an API page the tree does not have.
pub const METHOD_PAGE_MISSING: &str = "LCW2404";
/// "Inherits from" names the type itself.
pub const INHERITS_ITSELF: &str = "LCW2501";
/// The base type has no page in the tree.
pub const BASE_UNDOCUMENTED: &str = "LCW2502";
/// "Inherits from" and the `baseType` annotation disagree.
pub const BASE_DISAGREES: &str = "LCW2503";
/// `keyProperty` names no property of the type or its bases.
pub const KEY_PROPERTY_UNKNOWN: &str = "LCW2601";
/// An annotation comment is not valid JSON as written.
pub const ANNOTATION_NOT_STRICT: &str = "LCW2701";
/// An annotation comment cannot be read even leniently.
pub const ANNOTATION_UNREADABLE: &str = "LCW2702";
/// A JSON block is not valid JSON as written (trailing comma, comment, leading zero).
pub const JSON_NOT_STRICT: &str = "LCW2703";
/// A JSON block cannot be read even leniently.
pub const JSON_UNREADABLE: &str = "LCW2704";
/// An annotation uses a non-standard spelling (`@type`, `"abstract": "true"`).
pub const ANNOTATION_NONSTANDARD: &str = "LCW2705";
/// A request path ends with `/`.
pub const PATH_TRAILING_SLASH: &str = "LCW2801";
/// A request path has a `{{parameter}}` placeholder.
pub const PATH_DOUBLE_BRACES: &str = "LCW2802";
/// A path segment differs in case from its usual spelling.
pub const PATH_SEGMENT_CASE: &str = "LCW2803";
/// A collection segment is written in the singular before a key.
pub const PATH_SINGULAR_SEGMENT: &str = "LCW2804";
/// A request path does not start where the other paths of the tree start.
pub const PATH_UNROOTED: &str = "LCW2805";
/// A suppression matched no finding.
pub const SUPPRESSION_UNUSED: &str = "LCW2901";
/// A suppression entry is malformed (no reason, unreadable file).
pub const SUPPRESSION_INVALID: &str = "LCW2902";

/// `overrides.toml` cannot be read, so no finding can be explained by it.
pub const OVERRIDES_INVALID: &str = "LCW2903";

/// Every lint code, in catalogue order.
pub const LINT_CODES: &[Code] = &[
    warn(TABLE_PROPERTY_NOT_IN_JSON, "table-property-not-in-json"),
    warn(JSON_PROPERTY_NOT_IN_TABLE, "json-property-not-in-table"),
    warn(PROPERTY_NAME_CASE, "property-name-case"),
    warn(PROPERTY_TYPE_MISMATCH, "property-type-mismatch"),
    warn(PROPERTY_COLLECTION_MISMATCH, "property-collection-mismatch"),
    warn(JSON_TYPE_MISMATCH, "json-type-mismatch"),
    warn(EXAMPLE_PROPERTY_UNKNOWN, "example-property-unknown"),
    warn(EXAMPLE_ANNOTATION_TYPE, "example-annotation-type"),
    warn(EXAMPLE_COLLECTION, "example-collection"),
    warn(
        EXAMPLE_QUERY_OPTION_UNDOCUMENTED,
        "example-query-option-undocumented",
    ),
    warn(EXAMPLE_FILTER_UNSUPPORTED, "example-filter-unsupported"),
    warn(EXAMPLE_ORDERBY_UNSUPPORTED, "example-orderby-unsupported"),
    warn(EXAMPLE_SHAPE_AGAINST_PROSE, "example-shape-against-prose"),
    warn(PROSE_MEMBER_NOT_IN_ENUM, "prose-member-not-in-enum"),
    warn(ENUM_MEMBER_NOT_IN_PROSE, "enum-member-not-in-prose"),
    warn(LINK_TARGET_MISMATCH, "link-target-mismatch"),
    warn(METHOD_RETURN_TYPE, "method-return-type"),
    warn(METHOD_COLLECTION, "method-collection"),
    warn(METHOD_VERB, "method-verb"),
    note(METHOD_PAGE_MISSING, "method-page-missing"),
    warn(INHERITS_ITSELF, "inherits-itself"),
    warn(BASE_UNDOCUMENTED, "base-undocumented"),
    warn(BASE_DISAGREES, "base-disagrees"),
    warn(KEY_PROPERTY_UNKNOWN, "key-property-unknown"),
    warn(ANNOTATION_NOT_STRICT, "annotation-not-strict"),
    error(ANNOTATION_UNREADABLE, "annotation-unreadable"),
    warn(JSON_NOT_STRICT, "json-not-strict"),
    error(JSON_UNREADABLE, "json-unreadable"),
    warn(ANNOTATION_NONSTANDARD, "annotation-nonstandard"),
    warn(PATH_TRAILING_SLASH, "path-trailing-slash"),
    warn(PATH_DOUBLE_BRACES, "path-double-braces"),
    warn(PATH_SEGMENT_CASE, "path-segment-case"),
    warn(PATH_SINGULAR_SEGMENT, "path-singular-segment"),
    warn(PATH_UNROOTED, "path-unrooted"),
    warn(SUPPRESSION_UNUSED, "suppression-unused"),
    error(SUPPRESSION_INVALID, "suppression-invalid"),
    error(OVERRIDES_INVALID, "overrides-invalid"),
];

/// Default severity of a lint code; unknown codes (the parser's) are warnings.
pub fn default_severity(code: &str) -> Severity {
    LINT_CODES
        .iter()
        .find(|c| c.code == code)
        .map_or(Severity::Warning, |c| c.severity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_in_the_lint_range() {
        let mut seen = std::collections::HashSet::new();
        for c in LINT_CODES {
            assert!(
                c.code.starts_with("LCW2") && c.code.len() == 7,
                "{}",
                c.code
            );
            assert!(seen.insert(c.code), "duplicate {}", c.code);
        }
    }

    /// Rows of the LINTS.md code tables: code and the rest of the row.
    fn catalogue_rows(text: &str) -> std::collections::BTreeMap<&str, &str> {
        text.lines()
            .filter_map(|l| l.strip_prefix("| LCW").map(|_| &l[2..]))
            .filter_map(|row| row.split_once(" |"))
            .collect()
    }

    #[test]
    fn lints_md_documents_exactly_the_codes_there_are() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../LINTS.md");
        let text = std::fs::read_to_string(path).expect("LINTS.md at the workspace root");
        let rows = catalogue_rows(&text);
        let named = LINT_CODES
            .iter()
            .map(|c| (c.code, c.name))
            .chain(crate::drift::CHANGE_KINDS.iter().map(|k| (k.code, k.name)));
        // The parser's summaries are its names: the table is written from `lcw_docs::codes::ALL`.
        let all: Vec<(&str, &str)> = named.chain(lcw_docs::codes::ALL.iter().copied()).collect();
        for (code, name) in &all {
            let row = rows
                .get(code)
                .unwrap_or_else(|| panic!("LINTS.md has no table row for {code}"));
            assert!(
                row.contains(name),
                "LINTS.md row of {code} does not say `{name}`: {row}"
            );
        }
        for code in rows.keys() {
            assert!(
                all.iter().any(|(c, _)| c == code),
                "LINTS.md documents {code}, which no code list has"
            );
        }
        for hidden in crate::lint::LINT_REPORTS_INSTEAD {
            let row = rows.get(hidden).copied().unwrap_or_default();
            assert!(
                row.contains("no, see"),
                "LINTS.md row of {hidden} should say which lint code reports it instead"
            );
        }
    }

    /// Codes declared as constants in `source` (the text between the first pair of quotes).
    fn declared<'a>(source: &'a str, marker: &str) -> Vec<&'a str> {
        source
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains(marker))
            .filter_map(|l| l.split('"').nth(1))
            .collect()
    }

    #[test]
    fn every_declared_code_is_in_its_list() {
        let lint = declared(include_str!("codes.rs"), ": &str = \"LCW");
        let drift = declared(include_str!("drift.rs"), ": ChangeKind = kind(");
        assert!(
            lint.len() > 20 && drift.len() > 15,
            "found {} lint and {} drift constants",
            lint.len(),
            drift.len()
        );
        for code in lint {
            assert!(
                LINT_CODES.iter().any(|c| c.code == code),
                "{code} is missing from LINT_CODES"
            );
        }
        for code in drift {
            assert!(
                crate::drift::CHANGE_KINDS.iter().any(|k| k.code == code),
                "{code} is missing from CHANGE_KINDS"
            );
        }
    }

    #[test]
    fn parser_codes_are_unique_and_in_the_parser_range() {
        let mut seen = std::collections::HashSet::new();
        for (code, _) in lcw_docs::codes::ALL {
            assert!(code.starts_with("LCW1") && code.len() == 7, "{code}");
            assert!(seen.insert(code), "duplicate {code}");
        }
    }
}
