//! The catalogue of stable lint codes. Each is declared once, in the `lint_codes!` list below,
//! which makes its constant and its [`LINT_CODES`] entry. `LINTS.md` documents each one, and the
//! parser's and drift report's codes too; a test keeps its tables and the three lists in step.
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

/// Declares each code's constant and its [`LINT_CODES`] entry from one line.
macro_rules! lint_codes {
    ($($(#[$doc:meta])* $const_name:ident = $code:literal, $name:literal, $severity:ident;)*) => {
        $($(#[$doc])* pub const $const_name: &str = $code;)*

        /// Every lint code, in catalogue order.
        pub const LINT_CODES: &[Code] = &[$(Code {
            code: $code,
            name: $name,
            severity: Severity::$severity,
        }),*];
    };
}

lint_codes! {
    /// Property in the table, not in the JSON representation.
    TABLE_PROPERTY_NOT_IN_JSON = "LCW2001", "table-property-not-in-json", Warning;
    /// Key in the JSON representation, not in the property or relationship table.
    JSON_PROPERTY_NOT_IN_TABLE = "LCW2002", "json-property-not-in-table", Warning;
    /// Table and JSON spell a property with different letter case.
    PROPERTY_NAME_CASE = "LCW2003", "property-name-case", Warning;
    /// Table type and JSON placeholder disagree.
    PROPERTY_TYPE_MISMATCH = "LCW2004", "property-type-mismatch", Warning;
    /// One side says collection, the other a single value.
    PROPERTY_COLLECTION_MISMATCH = "LCW2005", "property-collection-mismatch", Warning;
    /// The JSON block's `@odata.type` differs from its annotation.
    JSON_TYPE_MISMATCH = "LCW2006", "json-type-mismatch", Warning;
    /// A response example carries a property its type does not document.
    EXAMPLE_PROPERTY_UNKNOWN = "LCW2101", "example-property-unknown", Warning;
    /// A response annotation names a type other than the one the page says it returns.
    EXAMPLE_ANNOTATION_TYPE = "LCW2102", "example-annotation-type", Warning;
    /// A response annotation and its body disagree on collection-ness.
    EXAMPLE_COLLECTION = "LCW2103", "example-collection", Warning;
    /// An example request uses an OData option the page's optional query parameters do not name.
    EXAMPLE_QUERY_OPTION_UNDOCUMENTED = "LCW2104", "example-query-option-undocumented", Warning;
    /// An example request filters on a property, or with an operator, its description does not allow.
    EXAMPLE_FILTER_UNSUPPORTED = "LCW2105", "example-filter-unsupported", Warning;
    /// An example request orders by a property whose description does not allow `$orderby`.
    EXAMPLE_ORDERBY_UNSUPPORTED = "LCW2106", "example-orderby-unsupported", Warning;
    /// The Response section and the example's body disagree on one object versus a collection
    /// (the body's `@odata.context` ends in `$entity`, or the body is a `value` page).
    EXAMPLE_SHAPE_AGAINST_PROSE = "LCW2107", "example-shape-against-prose", Warning;
    /// "Possible values" prose names a member the enum page lacks.
    PROSE_MEMBER_NOT_IN_ENUM = "LCW2201", "prose-member-not-in-enum", Warning;
    /// The enum page has a member the "possible values" prose leaves out.
    ENUM_MEMBER_NOT_IN_PROSE = "LCW2202", "enum-member-not-in-prose", Warning;
    /// Link text names one type, the link target documents another.
    LINK_TARGET_MISMATCH = "LCW2301", "link-target-mismatch", Warning;
    /// Methods table return type differs from the API page.
    METHOD_RETURN_TYPE = "LCW2401", "method-return-type", Warning;
    /// Methods table and API page disagree on collection-ness.
    METHOD_COLLECTION = "LCW2402", "method-collection", Warning;
    /// Methods table name implies another HTTP verb than the API page uses.
    METHOD_VERB = "LCW2403", "method-verb", Warning;
    /// A Methods row links an API page the tree does not have.
    METHOD_PAGE_MISSING = "LCW2404", "method-page-missing", Note;
    /// "Inherits from" names the type itself.
    INHERITS_ITSELF = "LCW2501", "inherits-itself", Warning;
    /// The base type has no page in the tree.
    BASE_UNDOCUMENTED = "LCW2502", "base-undocumented", Warning;
    /// "Inherits from" and the `baseType` annotation disagree.
    BASE_DISAGREES = "LCW2503", "base-disagrees", Warning;
    /// `keyProperty` names no property of the type or its bases.
    KEY_PROPERTY_UNKNOWN = "LCW2601", "key-property-unknown", Warning;
    /// An annotation comment is not valid JSON as written.
    ANNOTATION_NOT_STRICT = "LCW2701", "annotation-not-strict", Warning;
    /// An annotation comment cannot be read even leniently.
    ANNOTATION_UNREADABLE = "LCW2702", "annotation-unreadable", Error;
    /// A JSON block is not valid JSON as written (trailing comma, comment, leading zero).
    JSON_NOT_STRICT = "LCW2703", "json-not-strict", Warning;
    /// A JSON block cannot be read even leniently.
    JSON_UNREADABLE = "LCW2704", "json-unreadable", Error;
    /// An annotation uses a non-standard spelling (`@type`, `"abstract": "true"`).
    ANNOTATION_NONSTANDARD = "LCW2705", "annotation-nonstandard", Warning;
    /// A request path ends with `/`.
    PATH_TRAILING_SLASH = "LCW2801", "path-trailing-slash", Warning;
    /// A request path has a `{{parameter}}` placeholder.
    PATH_DOUBLE_BRACES = "LCW2802", "path-double-braces", Warning;
    /// A path segment differs in case from its usual spelling.
    PATH_SEGMENT_CASE = "LCW2803", "path-segment-case", Warning;
    /// A collection segment is written in the singular before a key.
    PATH_SINGULAR_SEGMENT = "LCW2804", "path-singular-segment", Warning;
    /// A request path does not start where the other paths of the tree start.
    PATH_UNROOTED = "LCW2805", "path-unrooted", Warning;
    /// A suppression matched no finding.
    SUPPRESSION_UNUSED = "LCW2901", "suppression-unused", Warning;
    /// A suppression entry is malformed (no reason, unreadable file).
    SUPPRESSION_INVALID = "LCW2902", "suppression-invalid", Error;
    /// `overrides.toml` cannot be read, so no finding can be explained by it.
    OVERRIDES_INVALID = "LCW2903", "overrides-invalid", Error;
}

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

    /// Each table of LINTS.md says exactly what the code lists say: the parser's summary and
    /// whether the lint passes it through, the lint's name, the drift change's name and class;
    /// and documents no code the lists lack.
    #[test]
    fn lints_md_tables_match_the_code_lists() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../LINTS.md");
        let text = std::fs::read_to_string(path).expect("LINTS.md at the workspace root");
        let rows = catalogue_rows(&text);
        let mut expected: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
        for (code, summary) in lcw_docs::codes::ALL {
            let hidden = crate::lint::LINT_REPORTS_INSTEAD.contains(code);
            let shown = if hidden { "no, see" } else { "yes" };
            expected.insert(code, vec![summary.to_string(), shown.to_string()]);
        }
        for c in LINT_CODES {
            expected.insert(c.code, vec![format!("`{}`", c.name)]);
        }
        for k in crate::drift::CHANGE_KINDS {
            let class = k.class.as_str().to_string();
            expected.insert(k.code, vec![format!("`{}`", k.name), class]);
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
        for code in rows.keys() {
            assert!(
                expected.contains_key(code),
                "LINTS.md documents {code}, which no code list has"
            );
        }
    }
}
