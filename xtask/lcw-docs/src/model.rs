//! Stage 2: the API the pages describe, with wire names only and every reference resolved.
//!
//! Ordered maps everywhere, so anything emitted from this model is deterministic by construction.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use crate::diag::Span;
pub use crate::page::ApiVersion;

/// Every version the docs describe.
#[derive(Debug, Clone, Default)]
pub struct ApiModel {
    /// One model per API version present in the docs.
    pub versions: BTreeMap<ApiVersion, VersionModel>,
}

/// Types, enums and operations of one API version.
#[derive(Debug, Clone, Default)]
pub struct VersionModel {
    /// Entity and complex types by qualified name.
    pub types: BTreeMap<QualifiedName, TypeDef>,
    /// Enums by qualified name.
    pub enums: BTreeMap<QualifiedName, EnumDef>,
    /// Operations, sorted by path then verb.
    pub operations: Vec<Operation>,
}

/// `namespace.name`, e.g. `microsoft.graph.identityGovernance.run`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QualifiedName {
    /// `microsoft.graph` or `microsoft.graph.identityGovernance`.
    pub namespace: String,
    /// `run`, `workflowExecutionConditions`: the wire spelling.
    pub name: String,
}

impl QualifiedName {
    /// Builds a name from its parts.
    pub fn new(namespace: impl Into<String>, name: impl Into<String>) -> Self {
        QualifiedName {
            namespace: namespace.into(),
            name: name.into(),
        }
    }

    /// Splits `a.b.c.name` at the last dot; `None` when there is no dot.
    pub fn parse(qualified: &str) -> Option<Self> {
        let (ns, name) = qualified.rsplit_once('.')?;
        (!ns.is_empty() && !name.is_empty()).then(|| QualifiedName::new(ns, name))
    }
}

impl fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.namespace, self.name)
    }
}

/// Where a definition comes from, for generated headers and diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Page path relative to the docs root.
    pub file: PathBuf,
    /// Where on the page.
    pub span: Span,
}

/// An entity or complex type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Qualified wire name.
    pub name: QualifiedName,
    /// Entity (has a key, addressable) or complex (a value).
    pub kind: TypeKind,
    /// Base type from "Inherits from" or the `baseType` annotation.
    pub base: Option<QualifiedName>,
    /// Known direct subtypes (types whose base is this one), sorted.
    pub subtypes: Vec<QualifiedName>,
    /// `abstract` annotation.
    pub is_abstract: bool,
    /// `openType` annotation.
    pub open_type: bool,
    /// `keyProperty` annotation.
    pub key: Option<String>,
    /// Summary prose of the page, plain text.
    pub description: String,
    /// Own properties (not inherited) in table order, relationships after properties.
    pub properties: Vec<Property>,
    /// A type outside the documented family, referenced but not fully described: emitted as a
    /// small stand-in.
    pub stand_in: bool,
    /// The page.
    pub source: Source,
}

impl TypeDef {
    /// A type with no base, key, description or properties yet, neither abstract, open nor a
    /// stand-in: where builders and tests start.
    pub fn new(name: QualifiedName, kind: TypeKind, source: Source) -> Self {
        TypeDef {
            name,
            kind,
            base: None,
            subtypes: Vec::new(),
            is_abstract: false,
            open_type: false,
            key: None,
            description: String::new(),
            properties: Vec::new(),
            stand_in: false,
            source,
        }
    }
}

/// Entity or complex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// Has a key; inherits (directly or not) from `microsoft.graph.entity`.
    Entity,
    /// A value type.
    Complex,
}

/// One property or relationship.
#[derive(Debug, Clone)]
pub struct Property {
    /// Name as sent on the wire (after overrides).
    pub wire_name: String,
    /// Name as the docs table spells it, when an override changed it.
    pub documented_name: Option<String>,
    /// Resolved type.
    pub ty: TypeRef,
    /// Description, plain text, notes included.
    pub description: String,
    /// From the Relationships table.
    pub is_relationship: bool,
    /// `Read-only.` in the description.
    pub read_only: bool,
    /// `Required.` in the description.
    pub required: bool,
    /// `$filter` operators the description allows, in the order written.
    pub filter: Vec<FilterOp>,
    /// `$orderby` allowed.
    pub orderby: bool,
    /// `$search` allowed.
    pub search: bool,
    /// Enum members listed in "possible values" prose, as written.
    pub possible_values: Vec<String>,
    /// Marked deprecated: a `(deprecated)` note after the name in its table row, or in a
    /// service schema an `Org.OData.Core.V1.Revisions` entry of kind `Deprecated`. The
    /// description says what replaces it, when the docs say.
    pub deprecated: bool,
    /// Where the row is.
    pub source: Source,
}

/// `$filter` operators the docs name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FilterOp {
    /// `eq`
    Eq,
    /// `ne`
    Ne,
    /// `lt`
    Lt,
    /// `le`
    Le,
    /// `gt`
    Gt,
    /// `ge`
    Ge,
    /// `has` (flags enums)
    Has,
    /// `in`
    In,
    /// `startsWith`
    StartsWith,
    /// `any` (collections)
    Any,
    /// `not`
    Not,
}

impl FilterOp {
    /// The operator as written in a query, e.g. `eq`, `startsWith`.
    pub fn as_str(self) -> &'static str {
        match self {
            FilterOp::Eq => "eq",
            FilterOp::Ne => "ne",
            FilterOp::Lt => "lt",
            FilterOp::Le => "le",
            FilterOp::Gt => "gt",
            FilterOp::Ge => "ge",
            FilterOp::Has => "has",
            FilterOp::In => "in",
            FilterOp::StartsWith => "startsWith",
            FilterOp::Any => "any",
            FilterOp::Not => "not",
        }
    }

    /// Reads an operator name, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        const ALL: [FilterOp; 11] = [
            FilterOp::Eq,
            FilterOp::Ne,
            FilterOp::Lt,
            FilterOp::Le,
            FilterOp::Gt,
            FilterOp::Ge,
            FilterOp::Has,
            FilterOp::In,
            FilterOp::StartsWith,
            FilterOp::Any,
            FilterOp::Not,
        ];
        ALL.into_iter()
            .find(|op| op.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// A resolved type reference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// An Edm primitive.
    Primitive(Primitive),
    /// A type or enum of the model.
    Named(QualifiedName),
    /// `X collection` / `Collection(X)`.
    Collection(Box<TypeRef>),
}

impl fmt::Display for TypeRef {
    /// `Int32`, `microsoft.graph.x`, `Collection(microsoft.graph.x)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Primitive(p) => f.write_str(p.as_str()),
            TypeRef::Named(name) => write!(f, "{name}"),
            TypeRef::Collection(inner) => write!(f, "Collection({inner})"),
        }
    }
}

/// Edm primitive types as the docs name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Primitive {
    String,
    Boolean,
    Byte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Guid,
    DateTimeOffset,
    Date,
    TimeOfDay,
    Duration,
    Binary,
    Stream,
}

impl Primitive {
    /// Reads a primitive type name as the docs write it (`String`, `Edm.String`, `int32`...).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_start_matches("Edm.");
        let found = match s.to_ascii_lowercase().as_str() {
            "string" => Primitive::String,
            "boolean" | "bool" => Primitive::Boolean,
            "byte" | "sbyte" => Primitive::Byte,
            "int16" => Primitive::Int16,
            "int32" | "integer" | "int" => Primitive::Int32,
            "int64" => Primitive::Int64,
            "single" => Primitive::Single,
            "double" => Primitive::Double,
            "decimal" => Primitive::Decimal,
            "guid" => Primitive::Guid,
            "datetimeoffset" | "datetime" => Primitive::DateTimeOffset,
            "date" => Primitive::Date,
            "timeofday" => Primitive::TimeOfDay,
            "duration" => Primitive::Duration,
            "binary" => Primitive::Binary,
            "stream" => Primitive::Stream,
            _ => return None,
        };
        Some(found)
    }

    /// The canonical Edm spelling (`Int32`, `DateTimeOffset`).
    pub fn as_str(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::Boolean => "Boolean",
            Primitive::Byte => "Byte",
            Primitive::Int16 => "Int16",
            Primitive::Int32 => "Int32",
            Primitive::Int64 => "Int64",
            Primitive::Single => "Single",
            Primitive::Double => "Double",
            Primitive::Decimal => "Decimal",
            Primitive::Guid => "Guid",
            Primitive::DateTimeOffset => "DateTimeOffset",
            Primitive::Date => "Date",
            Primitive::TimeOfDay => "TimeOfDay",
            Primitive::Duration => "Duration",
            Primitive::Binary => "Binary",
            Primitive::Stream => "Stream",
        }
    }
}

/// An enum type.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Qualified wire name.
    pub name: QualifiedName,
    /// Prose from the enum page, if any.
    pub description: String,
    /// Members in page order, the sentinel included.
    pub members: Vec<EnumMember>,
    /// Multi-valued ("flags"): values combine as `"a,b"`.
    pub flags: bool,
    /// The page.
    pub source: Source,
}

impl EnumDef {
    /// Index of `unknownFutureValue`, if present.
    pub fn sentinel_index(&self) -> Option<usize> {
        self.members
            .iter()
            .position(|m| m.name == "unknownFutureValue")
    }
}

/// One enum member.
#[derive(Debug, Clone)]
pub struct EnumMember {
    /// Wire spelling.
    pub name: String,
    /// Description, if the page gives one.
    pub description: String,
    /// Listed after `unknownFutureValue`: sent only with `Prefer: include-unknown-enum-members`.
    pub after_sentinel: bool,
}

/// HTTP verbs the docs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Verb {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}

impl Verb {
    /// Upper-case method name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Patch => "PATCH",
            Verb::Put => "PUT",
            Verb::Delete => "DELETE",
        }
    }

    /// Reads a method name, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        [Verb::Get, Verb::Post, Verb::Patch, Verb::Put, Verb::Delete]
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// One documented operation (one request line of an API page).
#[derive(Debug, Clone)]
pub struct Operation {
    /// The page title, e.g. `List runs`.
    pub title: String,
    /// A stable identifier derived from the page file name, e.g. `workflow-list-runs`.
    pub id: String,
    /// Verb.
    pub verb: Verb,
    /// Normalised path template without version, e.g.
    /// `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}`.
    /// Function segments keep their parameters: `.../runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})`.
    pub path: String,
    /// Path parameters in order of appearance (`workflowId`, `runId`, `startDateTime`...).
    pub path_params: Vec<String>,
    /// OData options documented as supported, canonical spelling (`$select`, `$orderby`, `$filter`...).
    pub query_options: Vec<String>,
    /// The relationships `$expand` may name, as the page lists them; empty when it lists none.
    pub expandable: Vec<String>,
    /// Request body properties (POST/PATCH), from the `## Request body` table.
    pub request_body: Vec<Property>,
    /// Function parameters (GET on a function), from the `## Function parameters` table, in
    /// table order; empty for anything else.
    pub function_params: Vec<Property>,
    /// What a successful response carries; `None` for `204 No Content`.
    pub returns: Option<TypeRef>,
    /// Success status code (200, 201, 202, 204).
    pub success_status: u16,
    /// Request/response examples of the page.
    pub examples: Vec<Example>,
    /// The request line on the page.
    pub source: Source,
}

/// A request/response example pair from an API page.
#[derive(Debug, Clone)]
pub struct Example {
    /// The `name` of the request annotation.
    pub name: String,
    /// The request line as written (`GET https://graph.microsoft.com/beta/...`).
    pub request_line: String,
    /// The request body JSON text, if any.
    pub request_body: Option<String>,
    /// `@odata.type` the response annotation names, with `Collection(...)` / `isCollection` folded
    /// into the flag below.
    pub response_type: Option<QualifiedName>,
    /// Whether the response is a collection.
    pub response_is_collection: bool,
    /// Response status code.
    pub response_status: Option<u16>,
    /// Response body JSON text, if any: what the service sends, after `[[example]]` overrides.
    pub response_body: Option<String>,
    /// The response body as the page writes it, when an override corrected `response_body`.
    pub documented_response_body: Option<String>,
    /// Where the response body starts.
    pub response_span: Option<Span>,
    /// Index of the response block in the page's `blocks`, to relate the example to the page.
    pub response_block: Option<usize>,
}
