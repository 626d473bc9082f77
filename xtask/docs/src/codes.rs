//! Diagnostic codes of the docs reader (range `LCW1000`-`LCW1999`).
//!
//! The docs lint uses `LCW2xxx` and the drift report `LCW3xxx`. Codes are stable: a code is never
//! reused for a different finding.

/// A page could not be read (I/O error or not UTF-8).
pub const READ_FAILED: &str = "LCW1001";
/// A table row has more or fewer cells than the header.
pub const TABLE_CELL_COUNT: &str = "LCW1002";
/// A property or member table lacks a column the reader needs (a name or type column).
pub const TABLE_MISSING_COLUMN: &str = "LCW1003";
/// An annotation comment was not valid JSON but could be repaired (trailing comma, quote).
pub const ANNOTATION_REPAIRED: &str = "LCW1010";
/// An annotation comment could not be read as JSON even leniently.
pub const ANNOTATION_INVALID: &str = "LCW1011";
/// A `json` code block does not parse even leniently.
pub const JSON_BLOCK_INVALID: &str = "LCW1012";
/// A `json` code block is not valid JSON but could be repaired.
pub const JSON_BLOCK_REPAIRED: &str = "LCW1013";
/// A resource page names no type (no resource annotation and no `# x resource type` title).
pub const NO_TYPE_NAME: &str = "LCW1020";
/// Two pages of one version define the same type or enum.
pub const DUPLICATE_DEFINITION: &str = "LCW1021";
/// A table lists the same property twice.
pub const DUPLICATE_PROPERTY: &str = "LCW1022";
/// A type cell names a type that no page defines and that is not a stand-in candidate.
pub const UNKNOWN_TYPE: &str = "LCW1030";
/// A `microsoft.graph.x` type is referenced but has no page: a stand-in is used.
pub const STAND_IN_TYPE: &str = "LCW1031";
/// A type cell is empty or cannot be read as a type.
pub const BAD_TYPE_CELL: &str = "LCW1032";
/// "Inherits from" and the `baseType` annotation name different base types.
pub const BASE_TYPE_DISAGREES: &str = "LCW1033";
/// A type inherits from itself, directly or through others.
pub const INHERITANCE_CYCLE: &str = "LCW1034";
/// A request line has an unknown verb or no path.
pub const BAD_REQUEST_LINE: &str = "LCW1040";
/// A request path was rewritten to its canonical form (singular segment, `{{x}}`, sample keys...).
pub const PATH_NORMALISED: &str = "LCW1041";
/// A request path does not start at a known root segment.
pub const PATH_UNKNOWN_ROOT: &str = "LCW1042";
/// An API page has no request line in its `## HTTP request` section.
pub const NO_REQUEST_LINE: &str = "LCW1043";
/// An API page states no success status in its examples or response prose; 200 is assumed.
pub const NO_SUCCESS_STATUS: &str = "LCW1044";
/// A request line shows a function without its parameters; the `## Function parameters`
/// table supplies them.
pub const FUNCTION_PARAMETERS_MISSING: &str = "LCW1045";
/// An enum section lists no members.
pub const EMPTY_ENUM: &str = "LCW1050";
/// `overrides.toml` cannot be read or does not follow the schema.
pub const OVERRIDES_INVALID: &str = "LCW1060";
/// An override names a type, property, enum or operation that does not exist.
pub const OVERRIDE_TARGET_MISSING: &str = "LCW1061";
/// An override changes nothing (the docs already say the same).
pub const OVERRIDE_NO_EFFECT: &str = "LCW1062";

/// Every code with a one-line summary, for catalogues and `--explain`-style output.
pub const ALL: &[(&str, &str)] = &[
    (READ_FAILED, "page could not be read"),
    (TABLE_CELL_COUNT, "table row has the wrong number of cells"),
    (TABLE_MISSING_COLUMN, "table lacks a needed column"),
    (
        ANNOTATION_REPAIRED,
        "annotation comment is not strict JSON (repaired)",
    ),
    (
        ANNOTATION_INVALID,
        "annotation comment is not readable JSON",
    ),
    (JSON_BLOCK_INVALID, "json code block does not parse"),
    (
        JSON_BLOCK_REPAIRED,
        "json code block is not strict JSON (repaired)",
    ),
    (NO_TYPE_NAME, "resource page names no type"),
    (DUPLICATE_DEFINITION, "type or enum defined twice"),
    (DUPLICATE_PROPERTY, "property listed twice"),
    (UNKNOWN_TYPE, "unknown type"),
    (STAND_IN_TYPE, "type without a page: stand-in used"),
    (BAD_TYPE_CELL, "type cell cannot be read"),
    (
        BASE_TYPE_DISAGREES,
        "base type differs between prose and annotation",
    ),
    (INHERITANCE_CYCLE, "type inherits from itself"),
    (BAD_REQUEST_LINE, "request line cannot be read"),
    (PATH_NORMALISED, "request path rewritten to canonical form"),
    (PATH_UNKNOWN_ROOT, "request path starts at an unknown root"),
    (NO_REQUEST_LINE, "API page has no request line"),
    (NO_SUCCESS_STATUS, "API page states no success status"),
    (
        FUNCTION_PARAMETERS_MISSING,
        "request line shows a function without its parameters",
    ),
    (EMPTY_ENUM, "enum lists no members"),
    (OVERRIDES_INVALID, "overrides file is invalid"),
    (
        OVERRIDE_TARGET_MISSING,
        "override names something that does not exist",
    ),
    (OVERRIDE_NO_EFFECT, "override changes nothing"),
];

#[cfg(test)]
mod tests {
    /// Every code constant of this module is in `ALL`, so catalogues built from it are complete.
    #[test]
    fn all_lists_every_code_constant() {
        let source = include_str!("codes.rs");
        let declared: Vec<&str> = source
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains(": &str = \"LCW"))
            .filter_map(|l| l.split('"').nth(1))
            .collect();
        assert!(
            declared.len() > 20,
            "found only {} code constants",
            declared.len()
        );
        for code in declared {
            assert!(
                super::ALL.iter().any(|(c, _)| *c == code),
                "{code} is missing from ALL"
            );
        }
    }
}
