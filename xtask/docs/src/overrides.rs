//! `overrides.toml`: corrections of known upstream errors, each with a reason.
//!
//! Read by the model builder (which applies them) and by the docs lint and drift report (which
//! treat a finding an override explains as explained). Every entry has a `reason` and optional
//! `versions` (`"beta"`, `"v1.0"`; default all). The kinds: `[[property]]` changes a documented
//! property ([`PropertyOverride`]), `[[add_property]]` adds one the pages leave out
//! ([`AddProperty`]), `[[type]]` changes base, key or `abstract` ([`TypeOverride`]), `[[enum]]`
//! changes an enum ([`EnumOverride`]), `[[operation]]` changes what an API page says about its
//! call ([`OperationOverride`]) and `[[example]]` corrects a response example
//! ([`ExampleOverride`]).
//!
//! An entry whose target does not exist in a version it applies to is an error
//! ([`codes::OVERRIDE_TARGET_MISSING`]); one that finds its target already as it would make it
//! is a warning ([`codes::OVERRIDE_NO_EFFECT`]).
//!
//! # Query support
//!
//! The `$filter` operators and `$orderby` of a property come from its description's notes, and
//! the query options of a call from `## Optional query parameters`. Where the service accepts
//! more (or less) than the page says:
//!
//! ```toml
//! [[property]]
//! type = "microsoft.graph.identityGovernance.workflow"
//! name = "category"
//! filter = ["eq", "ne"]   # optional: the operators allowed; [] for none
//! orderby = true          # optional
//! reason = "..."
//!
//! [[operation]]
//! id = "lifecycleworkflowscontainer-list-workflows"
//! add_query_options = ["$select"]   # appended to the documented ones
//! reason = "..."
//! ```
//!
//! # Response examples
//!
//! Some pages show a response body the service never sends, for instance the returned object
//! nested under an extra member. `[[example]]` says what the service sends instead:
//!
//! ```toml
//! [[example]]
//! operation = "workflow-createnewversion"  # the operation id, as for [[operation]]
//! versions = ["beta"]
//! name = "..."         # optional: the example whose request annotation has this name;
//!                      # without it, every example of the page
//! unwrap = "workflow"  # the body sent is the value of this member of the written body
//! reason = "..."
//! ```
//!
//! The model then carries the corrected body in [`Example::response_body`] and keeps the
//! written one in [`Example::documented_response_body`]. The lint turns its finding about the
//! `unwrap` member (a property the returned type lacks) into a note quoting the reason.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::build::paths::{Segments, normalise};
use crate::build::property_with_notes;
use crate::build::resolve::{Names, qualify, resolve_cell};
use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::lines::LineIndex;
use crate::model::{EnumMember, Example, FilterOp, QualifiedName, Source, TypeDef, VersionModel};
use crate::page::ApiVersion;
use crate::parse::json;

/// Every override of one file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// Where the file is, as diagnostics name it.
    pub file: PathBuf,
    /// `[[property]]`: change a documented property.
    pub property: Vec<PropertyOverride>,
    /// `[[add_property]]`: a property the pages do not list.
    pub add_property: Vec<AddProperty>,
    /// `[[type]]`: type-level facts.
    pub types: Vec<TypeOverride>,
    /// `[[enum]]`: enum facts.
    pub enums: Vec<EnumOverride>,
    /// `[[operation]]`: API page facts.
    pub operation: Vec<OperationOverride>,
    /// `[[example]]`: response examples that show something else than the service sends.
    pub example: Vec<ExampleOverride>,
    /// Why the file could not be read as a whole, when it could not; then no entry applies.
    pub unreadable: Option<String>,
}

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
    /// Rust names chosen by the code generator, which reads this table itself.
    #[serde(default)]
    #[allow(dead_code)]
    rust_names: Option<toml::Table>,
}

/// Anything an override entry has in common.
trait Entry {
    fn versions(&self) -> Option<&Vec<String>>;
    fn reason(&self) -> &str;
    fn span(&self) -> Span;
    fn set_span(&mut self, span: Span);
    /// What the entry names, for "does not exist" diagnostics.
    fn target(&self) -> String;
}

macro_rules! entry {
    ($($t:ty => |$o:ident| $target:expr),* $(,)?) => {$(
        impl Entry for $t {
            fn versions(&self) -> Option<&Vec<String>> { self.versions.as_ref() }
            fn reason(&self) -> &str { &self.reason }
            fn span(&self) -> Span { self.span }
            fn set_span(&mut self, span: Span) { self.span = span; }
            fn target(&self) -> String { let $o = self; $target }
        }
    )*};
}
entry!(
    PropertyOverride => |o| format!("property `{}.{}`", o.type_name, o.name),
    AddProperty => |o| format!("type `{}`", o.type_name),
    TypeOverride => |o| format!("type `{}`", o.type_name),
    EnumOverride => |o| format!("enum `{}`", o.name),
    OperationOverride => |o| format!("operation `{}`", o.id),
    ExampleOverride => |o| match &o.name {
        Some(name) => format!("example `{name}` of operation `{}`", o.operation),
        None => format!("a response example of operation `{}`", o.operation),
    },
);

/// A query option as the model keeps it: `$` and lower case (`$orderBy` becomes `$orderby`).
pub fn canonical_query_option(option: &str) -> String {
    format!(
        "${}",
        option.trim().trim_start_matches('$').to_ascii_lowercase()
    )
}

/// The entries of `items` that concern `version`.
fn active<T: Entry>(items: &[T], version: ApiVersion) -> impl Iterator<Item = &T> {
    items.iter().filter(move |o| applies(o.versions(), version))
}

fn applies(versions: Option<&Vec<String>>, version: ApiVersion) -> bool {
    versions.is_none_or(|v| v.iter().any(|s| s == version.segment()))
}

impl Overrides {
    /// Reads `path`; `file` is how diagnostics name it. A missing or invalid file yields
    /// diagnostics and whatever entries could be read.
    pub fn read(path: &Path, file: PathBuf, diagnostics: &mut Diagnostics) -> Overrides {
        match std::fs::read_to_string(path) {
            Ok(text) => Overrides::parse(&text, file, diagnostics),
            Err(error) => {
                let message = format!("cannot read overrides file: {error}");
                diagnostics.push(Diagnostic {
                    file: file.clone(),
                    span: Span::new(1, 1),
                    severity: Severity::Error,
                    code: codes::OVERRIDES_INVALID,
                    message,
                });
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
            diagnostics.push(Diagnostic {
                file: file.clone(),
                span,
                severity: Severity::Error,
                code: codes::OVERRIDES_INVALID,
                message,
            });
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
            file,
            unreadable: None,
        }
    }

    /// Whether an override renames `property` of `type_name` in `version` (for the lint).
    pub fn property_override(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&PropertyOverride> {
        active(&self.property, version).find(|o| o.type_name == type_name && o.name == property)
    }

    /// The reason of the entry that corrects `property` of `type_name` in `version`: a
    /// `[[property]]` naming it as the page spells it or as its wire name, else an
    /// `[[add_property]]` adding it. For the lint and the drift report.
    pub fn property_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        let changed = active(&self.property, version).find(|o| {
            o.type_name == type_name
                && (o.name == property || o.wire_name.as_deref() == Some(property))
        });
        let added = || {
            active(&self.add_property, version)
                .find(|o| o.type_name == type_name && o.name == property)
        };
        changed
            .map(Entry::reason)
            .or_else(|| added().map(Entry::reason))
    }

    /// The reason of the `[[property]]` entry that sets the `$filter` operators or `$orderby`
    /// of `property` (as the page spells it) of `type_name` in `version`.
    pub fn query_support_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        active(&self.property, version)
            .find(|o| {
                o.type_name == type_name
                    && (o.name == property || o.wire_name.as_deref() == Some(property))
                    && (o.filter.is_some() || o.orderby.is_some())
            })
            .map(Entry::reason)
    }

    /// The reason of the `[[property]]` entry that sets the type of `property` (as the page
    /// spells it) of `type_name` in `version`.
    pub fn property_type_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        active(&self.property, version)
            .find(|o| {
                o.type_name == type_name
                    && (o.name == property || o.wire_name.as_deref() == Some(property))
                    && o.ty.is_some()
            })
            .map(Entry::reason)
    }

    /// The reason of the `[[operation]]` entry that adds query option `option` (canonical,
    /// `$select`) to operation `id` in `version`.
    pub fn query_option_reason(&self, version: ApiVersion, id: &str, option: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| {
                o.id == id
                    && o.add_query_options
                        .iter()
                        .any(|q| canonical_query_option(q) == option)
            })
            .map(Entry::reason)
    }

    /// The reason of the `[[type]]` entry that sets the base type of `type_name` in `version`.
    pub fn base_reason(&self, version: ApiVersion, type_name: &str) -> Option<&str> {
        active(&self.types, version)
            .find(|o| o.type_name == type_name && o.base.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[type]]` entry that sets the key of `type_name` in `version`.
    pub fn key_reason(&self, version: ApiVersion, type_name: &str) -> Option<&str> {
        active(&self.types, version)
            .find(|o| o.type_name == type_name && o.key.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[enum]]` entry that adds `member` to `enum_name` in `version`.
    pub fn member_reason(
        &self,
        version: ApiVersion,
        enum_name: &str,
        member: &str,
    ) -> Option<&str> {
        active(&self.enums, version)
            .find(|o| o.name == enum_name && o.add_members.iter().any(|m| m == member))
            .map(Entry::reason)
    }

    /// The reason of the `[[operation]]` entry that corrects what operation `id` returns (its
    /// return type or success status) in `version`.
    pub fn result_reason(&self, version: ApiVersion, id: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| o.id == id && (o.returns.is_some() || o.success_status.is_some()))
            .map(Entry::reason)
    }

    /// The reason of the `[[operation]]` entry that replaces the request path of operation `id`
    /// in `version`.
    pub fn path_reason(&self, version: ApiVersion, id: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| o.id == id && o.path.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[example]]` entry that takes the body of example `example` (its
    /// request annotation's name) of operation `id` out of member `member`, in `version`.
    pub fn unwrap_reason(
        &self,
        version: ApiVersion,
        id: &str,
        example: &str,
        member: &str,
    ) -> Option<&str> {
        active(&self.example, version)
            .find(|o| {
                o.operation == id
                    && o.unwrap == member
                    && o.name.as_deref().is_none_or(|name| name == example)
            })
            .map(Entry::reason)
    }

    fn error(
        &self,
        diagnostics: &mut Diagnostics,
        span: Span,
        code: &'static str,
        severity: Severity,
        message: String,
    ) {
        diagnostics.push(Diagnostic {
            file: self.file.clone(),
            span,
            severity,
            code,
            message,
        });
    }

    /// Reports an entry that finds its target already as it would make it, or cannot change it.
    fn no_effect(&self, diagnostics: &mut Diagnostics, span: Span, message: String) {
        self.error(
            diagnostics,
            span,
            codes::OVERRIDE_NO_EFFECT,
            Severity::Warning,
            message,
        );
    }

    /// Applies every entry that concerns `version`. Returns the spans of entries whose target
    /// exists in this version (see [`Overrides::report_missing`]).
    pub fn apply(
        &self,
        version: ApiVersion,
        model: &mut VersionModel,
        names: &Names,
        diagnostics: &mut Diagnostics,
    ) -> BTreeSet<Span> {
        let mut hits = BTreeSet::new();
        for o in active(&self.types, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            hits.insert(o.span);
            let ns = ty.name.namespace.clone();
            if let Some(base) = &o.base {
                ty.base = (!base.trim().is_empty()).then(|| qualify(base, None, &ns, names));
            }
            if let Some(key) = &o.key {
                ty.key = (!key.trim().is_empty()).then(|| key.trim().to_string());
            }
            if let Some(is_abstract) = o.is_abstract {
                ty.is_abstract = is_abstract;
            }
        }
        for o in active(&self.property, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            let ns = ty.name.namespace.clone();
            let Some(property) = ty
                .properties
                .iter_mut()
                .find(|p| p.documented_name.as_deref().unwrap_or(&p.wire_name) == o.name)
            else {
                continue;
            };
            hits.insert(o.span);
            if let Some(wire) = &o.wire_name
                && *wire != property.wire_name
            {
                property.documented_name = Some(property.wire_name.clone());
                property.wire_name = wire.clone();
            }
            if let Some(ops) = &o.filter {
                let parsed: Vec<Option<FilterOp>> =
                    ops.iter().map(|op| FilterOp::parse(op.trim())).collect();
                match ops.iter().zip(&parsed).find(|(_, p)| p.is_none()) {
                    Some((bad, _)) => self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override filter: unknown operator `{bad}`"),
                    ),
                    None => property.filter = parsed.into_iter().flatten().collect(),
                }
            }
            if let Some(orderby) = o.orderby {
                property.orderby = orderby;
            }
            if let Some(cell) = &o.ty {
                match resolve_cell(cell, None, &ns, names) {
                    Ok(resolved) => property.ty = resolved,
                    Err(reason) => self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override type: {reason}"),
                    ),
                }
            }
        }
        for o in active(&self.add_property, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            hits.insert(o.span);
            if ty.properties.iter().any(|p| p.wire_name == o.name) {
                let message = format!(
                    "`{}` already lists `{}` in {}",
                    o.type_name,
                    o.name,
                    version.segment()
                );
                self.no_effect(diagnostics, o.span, message);
                continue;
            }
            let ns = ty.name.namespace.clone();
            let resolved = match resolve_cell(&o.ty, None, &ns, names) {
                Ok(resolved) => resolved,
                Err(reason) => {
                    self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override type: {reason}"),
                    );
                    continue;
                }
            };
            let source = Source {
                file: self.file.clone(),
                span: o.span,
            };
            ty.properties.push(property_with_notes(
                o.name.clone(),
                resolved,
                o.description.clone(),
                o.relationship,
                source,
            ));
        }
        for o in active(&self.enums, version) {
            let Some(def) = lookup(&o.name).and_then(|n| model.enums.get_mut(&n)) else {
                continue;
            };
            hits.insert(o.span);
            if let Some(flags) = o.flags {
                def.flags = flags;
            }
            let has_sentinel = def.sentinel_index().is_some();
            for member in &o.add_members {
                if def.members.iter().any(|m| m.name == *member) {
                    let message = format!(
                        "`{}` already lists `{member}` in {}",
                        o.name,
                        version.segment()
                    );
                    self.no_effect(diagnostics, o.span, message);
                    continue;
                }
                def.members.push(EnumMember {
                    name: member.clone(),
                    description: String::new(),
                    after_sentinel: has_sentinel,
                });
            }
        }
        for o in active(&self.operation, version) {
            for op in model.operations.iter_mut().filter(|op| op.id == o.id) {
                hits.insert(o.span);
                if let Some(cell) = &o.returns {
                    match resolve_cell(cell, None, crate::build::resolve::GRAPH, names) {
                        Ok(resolved) => op.returns = Some(resolved),
                        Err(reason) => self.error(
                            diagnostics,
                            o.span,
                            codes::OVERRIDES_INVALID,
                            Severity::Error,
                            format!("override returns: {reason}"),
                        ),
                    }
                }
                if let Some(status) = o.success_status {
                    op.success_status = status;
                }
                for option in o
                    .add_query_options
                    .iter()
                    .map(|q| canonical_query_option(q))
                {
                    if !op.query_options.contains(&option) {
                        op.query_options.push(option);
                    }
                }
                if let Some(path) = &o.path {
                    let normalised = normalise(path, &[], &Segments::default());
                    op.path = normalised.path;
                    op.path_params = normalised.params;
                }
            }
        }
        for o in active(&self.example, version) {
            let examples = model
                .operations
                .iter_mut()
                .filter(|op| op.id == o.operation)
                .flat_map(|op| op.examples.iter_mut())
                .filter(|e| o.name.as_ref().is_none_or(|name| *name == e.name));
            for example in examples {
                hits.insert(o.span);
                if let Err(why) = unwrap_body(example, &o.unwrap) {
                    let message = format!(
                        "example `{}` of `{}` {why} in {}",
                        example.name,
                        o.operation,
                        version.segment()
                    );
                    self.no_effect(diagnostics, o.span, message);
                }
            }
        }
        hits
    }

    /// Reports entries whose target was found in no version they apply to (or, for entries
    /// naming versions, missing in one of them). `hits` pairs each version built with what
    /// [`Overrides::apply`] returned for it.
    pub fn report_missing(
        &self,
        hits: &[(ApiVersion, BTreeSet<Span>)],
        diagnostics: &mut Diagnostics,
    ) {
        let entries = self
            .property
            .iter()
            .map(|o| o as &dyn Entry)
            .chain(self.add_property.iter().map(|o| o as &dyn Entry))
            .chain(self.types.iter().map(|o| o as &dyn Entry))
            .chain(self.enums.iter().map(|o| o as &dyn Entry))
            .chain(self.operation.iter().map(|o| o as &dyn Entry))
            .chain(self.example.iter().map(|o| o as &dyn Entry));
        for entry in entries {
            let (span, versions) = (entry.span(), entry.versions());
            let relevant: Vec<&(ApiVersion, BTreeSet<Span>)> =
                hits.iter().filter(|(v, _)| applies(versions, *v)).collect();
            let missing: Vec<&str> = relevant
                .iter()
                .filter(|(_, h)| !h.contains(&span))
                .map(|(v, _)| v.segment())
                .collect();
            let report = if versions.is_some() {
                !missing.is_empty()
            } else {
                missing.len() == relevant.len() && !relevant.is_empty()
            };
            if report {
                let message = format!(
                    "override names {}, which does not exist in {}",
                    entry.target(),
                    missing.join(", ")
                );
                self.error(
                    diagnostics,
                    span,
                    codes::OVERRIDE_TARGET_MISSING,
                    Severity::Error,
                    message,
                );
            }
        }
    }
}

/// Replaces the example's response body by the value of its member `member`, keeping the
/// written body; says what stood in the way when it cannot.
fn unwrap_body(example: &mut Example, member: &str) -> Result<(), String> {
    let written = example
        .response_body
        .as_deref()
        .ok_or("has no response body")?;
    let body = json::parse(written)
        .value
        .ok_or("has a response body that cannot be read")?;
    let inner = body
        .as_object()
        .and_then(|members| members.get(member))
        .ok_or_else(|| format!("has no member `{member}` in its response body"))?;
    let sent = serde_json::to_string_pretty(inner).map_err(|e| e.to_string())?;
    example.documented_response_body = example.response_body.replace(sent);
    Ok(())
}

fn lookup(name: &str) -> Option<QualifiedName> {
    QualifiedName::parse(name.trim())
}

fn type_mut<'m>(model: &'m mut VersionModel, name: &str) -> Option<&'m mut TypeDef> {
    lookup(name).and_then(|n| model.types.get_mut(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Overrides, Vec<Diagnostic>) {
        let mut diagnostics = Diagnostics::default();
        let overrides = Overrides::parse(text, PathBuf::from("overrides.toml"), &mut diagnostics);
        (overrides, diagnostics.into_sorted())
    }

    #[test]
    fn entries_get_their_positions_and_rust_names_are_left_alone() {
        let text = "[rust_names]\n\"a.b\" = \"B\"\n\n[[type]]\ntype = \"a.b\"\nkey = \"\"\nreason = \"r\"\n";
        let (overrides, diagnostics) = parse(text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            overrides.types[0].span,
            Span::new(4, 1),
            "the `[[type]]` header line"
        );
        assert_eq!(overrides.types[0].key.as_deref(), Some(""));
    }

    const FIXES: &str = r#"
[[property]]
type = "microsoft.graph.identityGovernance.run"
name = "totalTasksCounts"
wire_name = "totalTasksCount"
reason = "the service sends the singular"

[[add_property]]
type = "microsoft.graph.identityGovernance.runSummary"
versions = ["beta"]
name = "totalTasks"
ty = "Int32"
description = "d"
reason = "sent but not listed"

[[type]]
type = "microsoft.graph.identityGovernance.workflowBase"
key = ""
reason = "no key"

[[enum]]
name = "microsoft.graph.identityGovernance.lifecycleWorkflowCategory"
add_members = ["mover"]
reason = "mover is sent"

[[operation]]
id = "workflow-update"
success_status = 204
reason = "no body"

[[operation]]
id = "workflow-list"
path = "/a/workflows"
reason = "the page gives another path"

[[example]]
operation = "workflow-activate"
versions = ["beta"]
name = "activate_one"
unwrap = "workflow"
reason = "the service sends the workflow itself"
"#;

    #[test]
    fn entries_explain_what_they_correct_only() {
        let (o, diagnostics) = parse(FIXES);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(o.unreadable, None);
        let (beta, v1) = (ApiVersion::Beta, ApiVersion::V1);
        let ns = |name: &str| format!("microsoft.graph.identityGovernance.{name}");
        assert!(
            o.property_reason(beta, &ns("run"), "totalTasksCount")
                .is_some()
        );
        assert!(
            o.property_reason(v1, &ns("run"), "totalTasksCounts")
                .is_some()
        );
        assert!(
            o.property_reason(beta, &ns("run"), "failedTasksCount")
                .is_none()
        );
        assert!(
            o.property_reason(beta, &ns("runSummary"), "totalTasks")
                .is_some()
        );
        assert!(
            o.property_reason(v1, &ns("runSummary"), "totalTasks")
                .is_none()
        );
        assert_eq!(o.key_reason(beta, &ns("workflowBase")), Some("no key"));
        assert!(o.base_reason(beta, &ns("workflowBase")).is_none());
        let category = ns("lifecycleWorkflowCategory");
        assert!(o.member_reason(beta, &category, "mover").is_some());
        assert!(o.member_reason(beta, &category, "joiner").is_none());
        assert!(o.result_reason(beta, "workflow-update").is_some());
        assert!(o.result_reason(beta, "workflow-get").is_none());
        assert!(o.result_reason(beta, "workflow-list").is_none());
        assert!(o.path_reason(beta, "workflow-list").is_some());
        assert!(o.path_reason(beta, "workflow-update").is_none());
        let unwrap = |version, example: &str, member: &str| {
            o.unwrap_reason(version, "workflow-activate", example, member)
        };
        assert!(unwrap(beta, "activate_one", "workflow").is_some());
        assert!(unwrap(beta, "activate_two", "workflow").is_none());
        assert!(unwrap(beta, "activate_one", "run").is_none());
        assert!(unwrap(v1, "activate_one", "workflow").is_none());
    }

    /// An API page of `operation` whose examples (request name, response body) are given.
    fn page_with_examples(operation: &str, examples: &[(&str, &str)]) -> (PathBuf, String) {
        let mut text = format!(
            "# {operation}\n\nNamespace: microsoft.graph.workshop\n\n## HTTP request\n\n```http\nPOST /workshop/parts\n```\n\n## Examples\n"
        );
        for (name, body) in examples {
            text.push_str(&format!(
                "\n<!-- {{\"blockType\": \"request\", \"name\": \"{name}\"}} -->\n```http\nPOST https://graph.microsoft.com/beta/workshop/parts\n```\n\n<!-- {{\"blockType\": \"response\"}} -->\n```http\nHTTP/1.1 200 OK\n\n{body}\n```\n"
            ));
        }
        (
            PathBuf::from(format!("api-reference/beta/api/{operation}.md")),
            text,
        )
    }

    fn load_with(
        pages: &[(PathBuf, String)],
        text: &str,
    ) -> (Vec<crate::model::Operation>, Vec<Diagnostic>) {
        let (overrides, read) = parse(text);
        assert!(read.is_empty(), "{read:?}");
        let docs = crate::load::load_texts(pages, Some(overrides), &Default::default());
        let beta = docs.model.versions.get(&ApiVersion::Beta);
        let operations = beta.map(|m| m.operations.clone()).unwrap_or_default();
        let about_overrides = docs
            .diagnostics
            .into_iter()
            .filter(|d| d.file == Path::new("overrides.toml"))
            .collect();
        (operations, about_overrides)
    }

    #[test]
    fn an_example_override_unwraps_the_examples_it_names() {
        let wrapped = r#"{"part": {"id": "p1", "size": 3,}}"#;
        let pages = [page_with_examples(
            "part-create",
            &[("create_one", wrapped), ("create_two", wrapped)],
        )];
        let text = "[[example]]\noperation = \"part-create\"\nname = \"create_two\"\nunwrap = \"part\"\nreason = \"r\"\n";
        let (operations, diagnostics) = load_with(&pages, text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let examples = &operations[0].examples;
        let body = |i: usize| -> Option<serde_json::Value> {
            serde_json::from_str(examples[i].response_body.as_deref()?).ok()
        };
        assert_eq!(body(1), Some(serde_json::json!({"id": "p1", "size": 3})));
        assert_eq!(
            examples[1].documented_response_body.as_deref(),
            Some(wrapped)
        );
        assert_eq!(examples[0].response_body.as_deref(), Some(wrapped));
        assert_eq!(examples[0].documented_response_body, None);
    }

    #[test]
    fn an_example_override_without_a_name_unwraps_every_example_and_says_what_it_misses() {
        let pages = [page_with_examples(
            "part-create",
            &[
                ("create_one", r#"{"part": {"id": "p1"}}"#),
                ("create_two", r#"{"id": "p2"}"#),
            ],
        )];
        let text = "[[example]]\noperation = \"part-create\"\nunwrap = \"part\"\nreason = \"r\"\n";
        let (operations, diagnostics) = load_with(&pages, text);
        let examples = &operations[0].examples;
        assert!(examples[0].documented_response_body.is_some());
        assert!(examples[1].documented_response_body.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, codes::OVERRIDE_NO_EFFECT);
        assert!(
            diagnostics[0].message.contains("create_two"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn an_example_override_that_matches_no_example_is_an_error() {
        let pages = [page_with_examples(
            "part-create",
            &[("create_one", r#"{"part": {"id": "p1"}}"#)],
        )];
        for text in [
            "[[example]]\noperation = \"part-create\"\nname = \"create_three\"\nunwrap = \"part\"\nreason = \"r\"\n",
            "[[example]]\noperation = \"part-delete\"\nunwrap = \"part\"\nreason = \"r\"\n",
        ] {
            let (operations, diagnostics) = load_with(&pages, text);
            assert!(operations[0].examples[0].documented_response_body.is_none());
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            assert_eq!(diagnostics[0].code, codes::OVERRIDE_TARGET_MISSING);
            assert_eq!(diagnostics[0].severity, Severity::Error);
        }
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
