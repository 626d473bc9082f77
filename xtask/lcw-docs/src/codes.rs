//! Diagnostic codes of the docs reader (range `LCW1000`-`LCW1999`), and [`crate::code_catalogue!`],
//! the one way every code catalogue of the workspace is declared.
//!
//! The docs lint uses `LCW2xxx` and the drift report `LCW3xxx`. Codes are stable: a code is never
//! reused for a different finding. Each code is declared once, in the `code_catalogue!` list
//! below, which makes its [`Code`] variant, its constant and its row of [`ALL`]; `LINTS.md` is
//! checked against [`ALL`] and the lint's and drift report's catalogues.

use crate::diag::Severity;

/// Declares a catalogue of stable codes from one line per code.
///
/// ```text
/// code_catalogue! {
///     /// Docs of the enum.
///     pub enum Code(summary, severity: Severity);
///     /// Docs of the list.
///     pub const ALL;
///
///     /// Docs of the code.
///     ReadFailed(READ_FAILED) = "LCW1001", Error, "page could not be read";
/// }
/// ```
///
/// makes:
///
/// - `enum Code` with one variant per line, in catalogue order (`Copy`, `Ord`, `Display` as
///   the code string);
/// - `Code::code()`, the `LCWnnnn` string; `Code::from_code(&str)`;
/// - the title accessor named in the header (`summary()` here, `name()` for a kebab-case
///   name) returning the line's text;
/// - the default level accessor named in the header (`severity()` here, of type `Severity`,
///   which must be in scope), returning `Severity::Error` for this line;
/// - `pub const ALL: &[Code]`, every code in order, under the name the header gives;
/// - for each line with `(CONST)` after the variant, `pub const CONST: &str = "LCW1001";`, for
///   the places that carry codes as strings (diagnostics and findings).
#[macro_export]
macro_rules! code_catalogue {
    (@const [$(#[$doc:meta])*] [] $code:literal) => {};
    (@const [$(#[$doc:meta])*] [$const_name:ident] $code:literal) => {
        $(#[$doc])*
        pub const $const_name: &str = $code;
    };
    (
        $(#[$enum_meta:meta])*
        $vis:vis enum $enum_name:ident($title:ident, $level:ident: $level_ty:ident);
        $(#[$all_meta:meta])*
        $all_vis:vis const $all:ident;
        $(
            $(#[$doc:meta])*
            $variant:ident $(($const_name:ident))? = $code:literal, $default:ident, $text:literal;
        )*
    ) => {
        $(#[$enum_meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $enum_name {
            $($(#[$doc])* $variant,)*
        }

        impl $enum_name {
            /// The stable code, `LCWnnnn`.
            pub const fn code(self) -> &'static str {
                match self {
                    $($enum_name::$variant => $code,)*
                }
            }

            #[doc = concat!("The catalogue's ", stringify!($title), " of the code.")]
            pub const fn $title(self) -> &'static str {
                match self {
                    $($enum_name::$variant => $text,)*
                }
            }

            #[doc = concat!("The default ", stringify!($level), " of the code.")]
            pub const fn $level(self) -> $level_ty {
                match self {
                    $($enum_name::$variant => $level_ty::$default,)*
                }
            }

            /// The entry of `code` (`LCWnnnn`), if this catalogue has it.
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                $all.iter().copied().find(|c| c.code() == code)
            }
        }

        impl ::core::fmt::Display for $enum_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())
            }
        }

        $(#[$all_meta])*
        $all_vis const $all: &[$enum_name] = &[$($enum_name::$variant),*];

        $($crate::code_catalogue!(@const [$(#[$doc])*] [$($const_name)?] $code);)*
    };
}

code_catalogue! {
    /// One diagnostic code of the docs reader, with its summary and the severity it is reported
    /// with.
    pub enum Code(summary, severity: Severity);
    /// Every code, in catalogue order, for catalogues and `--explain`-style output.
    pub const ALL;

    /// A page could not be read (I/O error or not UTF-8).
    ReadFailed(READ_FAILED) = "LCW1001", Error, "page could not be read";
    /// A table row has more or fewer cells than the header.
    TableCellCount(TABLE_CELL_COUNT) = "LCW1002", Error, "table row has the wrong number of cells";
    /// A property or member table lacks a column the reader needs (a name or type column).
    TableMissingColumn(TABLE_MISSING_COLUMN) = "LCW1003", Error, "table lacks a needed column";
    /// A name cell of a property or parameter table is not one name (`two words`), even after
    /// its parenthesised notes (`(deprecated)`) are set aside.
    BadNameCell(BAD_NAME_CELL) = "LCW1004", Error, "name cell is not a property name";
    /// A `## Properties` section holds tables but none of them yields a property.
    NoPropertiesRead(NO_PROPERTIES_READ) = "LCW1005", Warning, "properties section yields no property";
    /// An annotation comment was not valid JSON but could be repaired (trailing comma, quote).
    AnnotationRepaired(ANNOTATION_REPAIRED) = "LCW1010", Warning, "annotation comment is not strict JSON (repaired)";
    /// An annotation comment could not be read as JSON even leniently.
    AnnotationInvalid(ANNOTATION_INVALID) = "LCW1011", Error, "annotation comment is not readable JSON";
    /// A `json` code block does not parse even leniently.
    JsonBlockInvalid(JSON_BLOCK_INVALID) = "LCW1012", Error, "json code block does not parse";
    /// A `json` code block is not valid JSON but could be repaired.
    JsonBlockRepaired(JSON_BLOCK_REPAIRED) = "LCW1013", Warning, "json code block is not strict JSON (repaired)";
    /// A resource page names no type (no resource annotation and no `# x resource type` title).
    NoTypeName(NO_TYPE_NAME) = "LCW1020", Error, "resource page names no type";
    /// Two pages of one version define the same type or enum.
    DuplicateDefinition(DUPLICATE_DEFINITION) = "LCW1021", Error, "type or enum defined twice";
    /// Pages that each document part of one type (Intune-style partial pages) disagree on a
    /// property's type or on the base type; the type's own page (or the first) is kept.
    SplitTypeConflict(SPLIT_TYPE_CONFLICT) = "LCW1023", Warning, "pages of one type disagree";
    /// A table lists the same property twice.
    DuplicateProperty(DUPLICATE_PROPERTY) = "LCW1022", Warning, "property listed twice";
    /// A type cell names a type that no page defines and that is not a stand-in candidate.
    UnknownType(UNKNOWN_TYPE) = "LCW1030", Error, "unknown type";
    /// A `microsoft.graph.x` type is referenced but has no page: a stand-in is used.
    StandInType(STAND_IN_TYPE) = "LCW1031", Warning, "type without a page: stand-in used";
    /// A type cell is empty or cannot be read as a type.
    BadTypeCell(BAD_TYPE_CELL) = "LCW1032", Error, "type cell cannot be read";
    /// "Inherits from" and the `baseType` annotation name different base types.
    BaseTypeDisagrees(BASE_TYPE_DISAGREES) = "LCW1033", Warning, "base type differs between prose and annotation";
    /// A type inherits from itself, directly or through others.
    InheritanceCycle(INHERITANCE_CYCLE) = "LCW1034", Error, "type inherits from itself";
    /// A request line has an unknown verb or no path.
    BadRequestLine(BAD_REQUEST_LINE) = "LCW1040", Error, "request line cannot be read";
    /// A request path was rewritten to its canonical form (singular segment, `{{x}}`, sample keys...).
    PathNormalised(PATH_NORMALISED) = "LCW1041", Warning, "request path rewritten to canonical form";
    /// A request path does not start at a known root segment.
    PathUnknownRoot(PATH_UNKNOWN_ROOT) = "LCW1042", Warning, "request path starts at an unknown root";
    /// An API page has no request line in its `## HTTP request` section.
    NoRequestLine(NO_REQUEST_LINE) = "LCW1043", Warning, "API page has no request line";
    /// An API page states no success status in its examples or response prose; 200 is assumed.
    NoSuccessStatus(NO_SUCCESS_STATUS) = "LCW1044", Warning, "API page states no success status";
    /// A request line shows a function without its parameters; the `## Function parameters`
    /// table supplies them.
    FunctionParametersMissing(FUNCTION_PARAMETERS_MISSING) = "LCW1045", Warning, "request line shows a function without its parameters";
    /// An enum section lists no members.
    EmptyEnum(EMPTY_ENUM) = "LCW1050", Warning, "enum lists no members";
    /// An enum section lists the same member twice; the first is kept.
    DuplicateEnumMember(DUPLICATE_ENUM_MEMBER) = "LCW1051", Warning, "enum lists a member twice";
    /// `overrides.toml` cannot be read or does not follow the schema.
    OverridesInvalid(OVERRIDES_INVALID) = "LCW1060", Error, "overrides file is invalid";
    /// An override names a type, property, enum or operation that does not exist.
    OverrideTargetMissing(OVERRIDE_TARGET_MISSING) = "LCW1061", Error, "override names something that does not exist";
    /// An override changes nothing (the docs already say the same).
    OverrideNoEffect(OVERRIDE_NO_EFFECT) = "LCW1062", Warning, "override changes nothing";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_in_the_parser_range() {
        let mut seen = std::collections::HashSet::new();
        for c in ALL {
            let code = c.code();
            assert!(code.starts_with("LCW1") && code.len() == 7, "{code}");
            assert!(seen.insert(code), "duplicate {code}");
            assert_eq!(Code::from_code(code), Some(*c));
            assert_eq!(c.to_string(), code);
        }
        assert_eq!(Code::from_code("LCW2001"), None);
    }
}
