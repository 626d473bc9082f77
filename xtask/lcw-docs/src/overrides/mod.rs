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
//! ([`crate::codes::OVERRIDE_TARGET_MISSING`]); one that finds its target already as it would make it
//! is a warning ([`crate::codes::OVERRIDE_NO_EFFECT`]).
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
//! The model then carries the corrected body in [`crate::model::Example::response_body`] and keeps the
//! written one in [`crate::model::Example::documented_response_body`]. The lint turns its finding about the
//! `unwrap` member (a property the returned type lacks) into a note quoting the reason.

mod apply;
mod explain;
mod schema;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diag::Span;
use crate::model::{ApiModel, QualifiedName};
use crate::page::ApiVersion;

pub use schema::{
    AddProperty, EnumOverride, ExampleOverride, OperationOverride, PropertyOverride, TypeOverride,
};

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
    /// `[rust_names]`: Rust names the code generator uses instead of its own, by key
    /// (`"ns.type"` or `"ns.type/wireName"`). Read here so the file is parsed once.
    pub rust_names: BTreeMap<String, String>,
}

/// What an `overrides.toml` entry names, as the missing-target diagnostic
/// ([`crate::codes::OVERRIDE_TARGET_MISSING`]) carries it, so readers decide on it without
/// parsing the message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// `[[property]]`: a documented property (as the page spells it) of a type.
    Property {
        /// Qualified type name.
        type_name: String,
        /// The property.
        name: String,
    },
    /// `[[type]]` or `[[add_property]]`: a type.
    Type(String),
    /// `[[enum]]`: an enum.
    Enum(String),
    /// `[[operation]]`: an operation, by id.
    Operation(String),
    /// `[[example]]`: the response examples of an operation, or the one named.
    Example {
        /// The operation id.
        operation: String,
        /// The request annotation's name; every example of the page when `None`.
        name: Option<String>,
    },
}

impl Target {
    /// Whether `model` lacks the type, enum or operation outright in every one of `versions`
    /// (a partial tree without the page; a stand-in type has no page either), as opposed to
    /// having it without what the entry changes (a property, a named example).
    pub fn absent_from(&self, model: &ApiModel, versions: &[ApiVersion]) -> bool {
        versions.iter().all(|v| {
            let Some(m) = model.versions.get(v) else {
                return true;
            };
            let named = |name: &str| QualifiedName::parse(name);
            match self {
                Target::Property { type_name, .. } | Target::Type(type_name) => {
                    named(type_name).is_none_or(|n| m.types.get(&n).is_none_or(|t| t.stand_in))
                }
                Target::Enum(name) => named(name).is_none_or(|n| !m.enums.contains_key(&n)),
                Target::Operation(id) | Target::Example { operation: id, .. } => {
                    m.operations.iter().all(|op| op.id != *id)
                }
            }
        })
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Property { type_name, name } => write!(f, "property `{type_name}.{name}`"),
            Target::Type(name) => write!(f, "type `{name}`"),
            Target::Enum(name) => write!(f, "enum `{name}`"),
            Target::Operation(id) => write!(f, "operation `{id}`"),
            Target::Example {
                operation,
                name: Some(name),
            } => write!(f, "example `{name}` of operation `{operation}`"),
            Target::Example {
                operation,
                name: None,
            } => write!(f, "a response example of operation `{operation}`"),
        }
    }
}

/// The structured part of a missing-target diagnostic: which entry, naming what, missing in
/// which versions.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MissingTarget {
    /// The entry's table (`property`, `add_property`, `type`, `enum`, `operation`, `example`).
    pub table: &'static str,
    /// What the entry names.
    pub target: Target,
    /// The versions it applies to that lack the target.
    pub versions: Vec<ApiVersion>,
}

/// Anything an override entry has in common.
trait Entry {
    /// The table the entry is written in (`[[property]]` is `property`).
    const TABLE: &'static str;
    fn versions(&self) -> Option<&Vec<String>>;
    fn reason(&self) -> &str;
    fn span(&self) -> Span;
    fn set_span(&mut self, span: Span);
    /// What the entry names, for "does not exist" diagnostics.
    fn target(&self) -> Target;
}

macro_rules! entry {
    ($($t:ty, $table:literal => |$o:ident| $target:expr),* $(,)?) => {$(
        impl Entry for $t {
            const TABLE: &'static str = $table;
            fn versions(&self) -> Option<&Vec<String>> { self.versions.as_ref() }
            fn reason(&self) -> &str { &self.reason }
            fn span(&self) -> Span { self.span }
            fn set_span(&mut self, span: Span) { self.span = span; }
            fn target(&self) -> Target { let $o = self; $target }
        }
    )*};
}
entry!(
    PropertyOverride, "property" => |o| Target::Property {
        type_name: o.type_name.clone(),
        name: o.name.clone(),
    },
    AddProperty, "add_property" => |o| Target::Type(o.type_name.clone()),
    TypeOverride, "type" => |o| Target::Type(o.type_name.clone()),
    EnumOverride, "enum" => |o| Target::Enum(o.name.clone()),
    OperationOverride, "operation" => |o| Target::Operation(o.id.clone()),
    ExampleOverride, "example" => |o| Target::Example {
        operation: o.operation.clone(),
        name: o.name.clone(),
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
