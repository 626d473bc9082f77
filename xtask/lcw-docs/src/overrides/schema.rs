//! The file format: the entry types, and reading them with their positions.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Entry, Overrides};
use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::lines::LineIndex;

/// `[[property]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropertyOverride {
    /// Qualified type name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// The property as the docs table spells it.
    pub name: String,
    /// What the service sends instead.
    pub wire_name: Option<String>,
    /// A replacement type cell (same syntax as a table type cell).
    pub ty: Option<String>,
    /// Replacement `$filter` operators (`["eq", "ne"]`; `[]` for none), where the description's
    /// "Supports `$filter`" note is wrong or missing.
    pub filter: Option<Vec<String>>,
    /// Whether `$orderby` works, where the description's note is wrong or missing.
    pub orderby: Option<bool>,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

/// `[[add_property]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddProperty {
    /// Qualified type name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Wire name of the new property.
    pub name: String,
    /// Type cell.
    pub ty: String,
    /// Description in the project's words.
    #[serde(default)]
    pub description: String,
    /// A relationship rather than a structural property.
    #[serde(default)]
    pub relationship: bool,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

/// `[[type]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeOverride {
    /// Qualified type name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// `""` removes the base type; a qualified name sets it.
    pub base: Option<String>,
    /// `""` removes the key; a name sets it.
    pub key: Option<String>,
    /// Sets `abstract`.
    #[serde(rename = "abstract")]
    pub is_abstract: Option<bool>,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

/// `[[enum]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumOverride {
    /// Qualified enum name.
    pub name: String,
    /// Multi-valued.
    pub flags: Option<bool>,
    /// Members appended after `unknownFutureValue`.
    #[serde(default)]
    pub add_members: Vec<String>,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

/// `[[operation]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationOverride {
    /// Page file name minus `identitygovernance-` and `.md`.
    pub id: String,
    /// Replacement return type cell (`Collection(x)` for collections).
    pub returns: Option<String>,
    /// Replacement success status.
    pub success_status: Option<u16>,
    /// Replacement request path (a template such as `/a/{aId}/b`), for a page whose
    /// `## HTTP request` block is wrong; applies to every request line of the page.
    pub path: Option<String>,
    /// OData options the service accepts that `## Optional query parameters` does not name
    /// (`$select`), any spelling; kept in the canonical lower-case form.
    #[serde(default)]
    pub add_query_options: Vec<String>,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

/// `[[example]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleOverride {
    /// The operation id, as `[[operation]]` names it.
    pub operation: String,
    /// The example whose request annotation has this `name`; every example of the page when
    /// absent.
    pub name: Option<String>,
    /// The member of the written body whose value is what the service sends.
    pub unwrap: String,
    /// Why (required).
    pub reason: String,
    /// `beta`, `v1.0`; all when absent.
    pub versions: Option<Vec<String>>,
    /// Where the entry is in the file.
    #[serde(skip)]
    pub span: Span,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    property: Vec<toml::Spanned<PropertyOverride>>,
    #[serde(default)]
    add_property: Vec<toml::Spanned<AddProperty>>,
    #[serde(default, rename = "type")]
    types: Vec<toml::Spanned<TypeOverride>>,
    #[serde(default, rename = "enum")]
    enums: Vec<toml::Spanned<EnumOverride>>,
    #[serde(default)]
    operation: Vec<toml::Spanned<OperationOverride>>,
    #[serde(default)]
    example: Vec<toml::Spanned<ExampleOverride>>,
    /// Rust names for the code generator (`[rust_names]`).
    #[serde(default)]
    rust_names: BTreeMap<String, String>,
}

impl Overrides {
    /// Reads `path`; `file` is how diagnostics name it. A missing or invalid file yields
    /// diagnostics and whatever entries could be read.
    pub fn read(path: &Path, file: PathBuf, diagnostics: &mut Diagnostics) -> Overrides {
        match std::fs::read_to_string(path) {
            Ok(text) => Overrides::parse(&text, file, diagnostics),
            Err(error) => {
                let message = format!("cannot read overrides file: {error}");
                diagnostics.push(Diagnostic::new(
                    file.clone(),
                    Span::new(1, 1),
                    Severity::Error,
                    codes::OVERRIDES_INVALID,
                    message,
                ));
                Overrides {
                    file,
                    unreadable: Some(error.to_string()),
                    ..Overrides::default()
                }
            }
        }
    }

    /// Parses overrides text.
    pub fn parse(text: &str, file: PathBuf, diagnostics: &mut Diagnostics) -> Overrides {
        let lines = LineIndex::new(text);
        let mut invalid = |span: Span, message: String| {
            diagnostics.push(Diagnostic::new(
                file.clone(),
                span,
                Severity::Error,
                codes::OVERRIDES_INVALID,
                message,
            ));
        };
        let raw: RawFile = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(error) => {
                let span = error
                    .span()
                    .map_or(Span::new(1, 1), |r| lines.span(text, r.start));
                invalid(
                    span,
                    format!(
                        "overrides file does not follow the schema: {}",
                        error.message()
                    ),
                );
                return Overrides {
                    file,
                    unreadable: Some(error.message().to_string()),
                    ..Overrides::default()
                };
            }
        };
        fn take<T: Entry>(
            items: Vec<toml::Spanned<T>>,
            text: &str,
            lines: &LineIndex,
            invalid: &mut dyn FnMut(Span, String),
        ) -> Vec<T> {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                let span = lines.span(text, item.span().start);
                let mut entry = item.into_inner();
                entry.set_span(span);
                if entry.reason().trim().is_empty() {
                    invalid(span, "override has no reason".to_string());
                }
                if let Some(bad) = entry
                    .versions()
                    .and_then(|v| v.iter().find(|s| *s != "beta" && *s != "v1.0"))
                {
                    invalid(
                        span,
                        format!("unknown version `{bad}` (expected `beta` or `v1.0`)"),
                    );
                }
                out.push(entry);
            }
            out
        }
        Overrides {
            property: take(raw.property, text, &lines, &mut invalid),
            add_property: take(raw.add_property, text, &lines, &mut invalid),
            types: take(raw.types, text, &lines, &mut invalid),
            enums: take(raw.enums, text, &lines, &mut invalid),
            operation: take(raw.operation, text, &lines, &mut invalid),
            example: take(raw.example, text, &lines, &mut invalid),
            rust_names: raw.rust_names,
            file,
            unreadable: None,
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Parses `text` as `overrides.toml`, with the diagnostics it gave.
    pub(in crate::overrides) fn parse(text: &str) -> (Overrides, Vec<Diagnostic>) {
        let mut diagnostics = Diagnostics::default();
        let overrides = Overrides::parse(text, PathBuf::from("overrides.toml"), &mut diagnostics);
        (overrides, diagnostics.into_sorted())
    }

    #[test]
    fn entries_get_their_positions_and_rust_names_are_kept() {
        let text = "[rust_names]\n\"a.b\" = \"B\"\n\n[[type]]\ntype = \"a.b\"\nkey = \"\"\nreason = \"r\"\n";
        let (overrides, diagnostics) = parse(text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            overrides.types[0].span,
            Span::new(4, 1),
            "the `[[type]]` header line"
        );
        assert_eq!(overrides.types[0].key.as_deref(), Some(""));
        assert_eq!(
            overrides.rust_names.get("a.b").map(String::as_str),
            Some("B")
        );
    }

    #[test]
    fn an_unreadable_file_says_why() {
        let (o, diagnostics) = parse("[[type]\ntype = \"a.b\"\n");
        assert_eq!(diagnostics.len(), 1);
        assert!(o.unreadable.is_some());
        assert!(o.types.is_empty());
    }

    #[test]
    fn schema_slips_are_reported() {
        let (_, diagnostics) =
            parse("[[type]]\ntype = \"a.b\"\nreason = \"\"\nversions = [\"v2\"]\n");
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(diagnostics.len(), 2, "{messages:?}");
        let (_, diagnostics) = parse("[[type]]\ntype = \"a.b\"\nreason = \"r\"\nbsae = \"x\"\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, codes::OVERRIDES_INVALID);
        assert!(diagnostics[0].span.line >= 1);
    }
}
