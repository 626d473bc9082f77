//! Diagnostic codes of the docs reader (range `LCW1000`-`LCW1999`).
//!
//! The docs lint uses `LCW2xxx` and the drift report `LCW3xxx`. Codes are stable: a code is never
//! reused for a different finding. Each code is declared once, in the `codes!` list below, which
//! makes both its constant and its row of [`ALL`]; `LINTS.md` is checked against [`ALL`].

/// Declares each code's constant and its `(code, summary)` entry of [`ALL`] from one line.
macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $summary:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $code;)*

        /// Every code with a one-line summary, for catalogues and `--explain`-style output.
        pub const ALL: &[(&str, &str)] = &[$(($code, $summary)),*];
    };
}

codes! {
    /// A page could not be read (I/O error or not UTF-8).
    READ_FAILED = "LCW1001", "page could not be read";
    /// A table row has more or fewer cells than the header.
    TABLE_CELL_COUNT = "LCW1002", "table row has the wrong number of cells";
    /// A property or member table lacks a column the reader needs (a name or type column).
    TABLE_MISSING_COLUMN = "LCW1003", "table lacks a needed column";
    /// An annotation comment was not valid JSON but could be repaired (trailing comma, quote).
    ANNOTATION_REPAIRED = "LCW1010", "annotation comment is not strict JSON (repaired)";
    /// An annotation comment could not be read as JSON even leniently.
    ANNOTATION_INVALID = "LCW1011", "annotation comment is not readable JSON";
    /// A `json` code block does not parse even leniently.
    JSON_BLOCK_INVALID = "LCW1012", "json code block does not parse";
    /// A `json` code block is not valid JSON but could be repaired.
    JSON_BLOCK_REPAIRED = "LCW1013", "json code block is not strict JSON (repaired)";
    /// A resource page names no type (no resource annotation and no `# x resource type` title).
    NO_TYPE_NAME = "LCW1020", "resource page names no type";
    /// Two pages of one version define the same type or enum.
    DUPLICATE_DEFINITION = "LCW1021", "type or enum defined twice";
    /// A table lists the same property twice.
    DUPLICATE_PROPERTY = "LCW1022", "property listed twice";
    /// A type cell names a type that no page defines and that is not a stand-in candidate.
    UNKNOWN_TYPE = "LCW1030", "unknown type";
    /// A `microsoft.graph.x` type is referenced but has no page: a stand-in is used.
    STAND_IN_TYPE = "LCW1031", "type without a page: stand-in used";
    /// A type cell is empty or cannot be read as a type.
    BAD_TYPE_CELL = "LCW1032", "type cell cannot be read";
    /// "Inherits from" and the `baseType` annotation name different base types.
    BASE_TYPE_DISAGREES = "LCW1033", "base type differs between prose and annotation";
    /// A type inherits from itself, directly or through others.
    INHERITANCE_CYCLE = "LCW1034", "type inherits from itself";
    /// A request line has an unknown verb or no path.
    BAD_REQUEST_LINE = "LCW1040", "request line cannot be read";
    /// A request path was rewritten to its canonical form (singular segment, `{{x}}`, sample keys...).
    PATH_NORMALISED = "LCW1041", "request path rewritten to canonical form";
    /// A request path does not start at a known root segment.
    PATH_UNKNOWN_ROOT = "LCW1042", "request path starts at an unknown root";
    /// An API page has no request line in its `## HTTP request` section.
    NO_REQUEST_LINE = "LCW1043", "API page has no request line";
    /// An API page states no success status in its examples or response prose; 200 is assumed.
    NO_SUCCESS_STATUS = "LCW1044", "API page states no success status";
    /// A request line shows a function without its parameters; the `## Function parameters`
    /// table supplies them.
    FUNCTION_PARAMETERS_MISSING = "LCW1045", "request line shows a function without its parameters";
    /// An enum section lists no members.
    EMPTY_ENUM = "LCW1050", "enum lists no members";
    /// `overrides.toml` cannot be read or does not follow the schema.
    OVERRIDES_INVALID = "LCW1060", "overrides file is invalid";
    /// An override names a type, property, enum or operation that does not exist.
    OVERRIDE_TARGET_MISSING = "LCW1061", "override names something that does not exist";
    /// An override changes nothing (the docs already say the same).
    OVERRIDE_NO_EFFECT = "LCW1062", "override changes nothing";
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_unique_and_in_the_parser_range() {
        let mut seen = std::collections::HashSet::new();
        for (code, _) in super::ALL {
            assert!(code.starts_with("LCW1") && code.len() == 7, "{code}");
            assert!(seen.insert(code), "duplicate {code}");
        }
    }
}
