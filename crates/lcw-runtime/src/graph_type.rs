//! What the generated types tell about themselves: wire names, value types and query
//! capabilities.

/// Implemented by every generated struct.
pub trait GraphType {
    /// The `@odata.type` value, with its `#`: `#microsoft.graph.identityGovernance.run`.
    const ODATA_TYPE: &'static str;
    /// Every property and relationship, inherited ones included, in docs order.
    const PROPERTIES: &'static [PropertyInfo];

    /// The property with this wire name, if the docs describe one.
    fn property(wire_name: &str) -> Option<&'static PropertyInfo> {
        Self::PROPERTIES.iter().find(|p| p.name == wire_name)
    }
}

/// One property of a generated type, as the docs describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PropertyInfo {
    /// The wire name (`completedDateTime`).
    pub name: &'static str,
    /// `$filter` operators the docs allow on it.
    pub filter: &'static [FilterOp],
    /// Whether `$orderby` is allowed on it.
    pub orderby: bool,
    /// A relationship (navigation property, read with `$expand`) rather than a property.
    pub is_relationship: bool,
    /// Whether it holds a collection.
    pub is_collection: bool,
    /// The type of its value; of each element for a collection.
    pub ty: PropertyType,
    /// Whether the docs mark it `Read-only.`: the service sets it, a request body may not.
    pub read_only: bool,
}

impl PropertyInfo {
    /// A plain single-valued property of type `ty` that the docs allow no query option on;
    /// with struct update syntax, a starting point for hand-built metadata (e.g. in tests).
    pub const fn new(name: &'static str, ty: PropertyType) -> Self {
        PropertyInfo {
            name,
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty,
            read_only: false,
        }
    }

    /// Whether `$filter` may use `op` on this property.
    pub fn allows(&self, op: FilterOp) -> bool {
        self.filter.contains(&op)
    }
}

/// One generated type, as a version's `TYPES` table lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TypeInfo {
    /// Qualified name without `#`: `microsoft.graph.identityGovernance.run`.
    pub name: &'static str,
    /// Qualified name of the type it inherits from, if any.
    pub base: Option<&'static str>,
    /// Its properties, inherited ones included (as `GraphType::PROPERTIES`).
    pub properties: &'static [PropertyInfo],
}

impl TypeInfo {
    /// The type named `qualified` (with or without a leading `#`) in `types`.
    pub fn find(types: &'static [TypeInfo], qualified: &str) -> Option<&'static TypeInfo> {
        let qualified = qualified.strip_prefix('#').unwrap_or(qualified);
        types.iter().find(|t| t.name == qualified)
    }

    /// The property with this wire name.
    pub fn property(&self, wire_name: &str) -> Option<&'static PropertyInfo> {
        self.properties.iter().find(|p| p.name == wire_name)
    }
}

/// The type of a property's value, as the docs give it.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PropertyType {
    /// `Edm.String`
    String,
    /// `Edm.Boolean`
    Boolean,
    /// `Edm.Byte`
    Byte,
    /// `Edm.Int16`
    Int16,
    /// `Edm.Int32`
    Int32,
    /// `Edm.Int64`
    Int64,
    /// `Edm.Single`
    Single,
    /// `Edm.Double`
    Double,
    /// `Edm.Decimal`
    Decimal,
    /// `Edm.Guid`
    Guid,
    /// `Edm.DateTimeOffset`
    DateTimeOffset,
    /// `Edm.Date`
    Date,
    /// `Edm.TimeOfDay`
    TimeOfDay,
    /// `Edm.Duration`
    Duration,
    /// `Edm.Binary` (base64 text)
    Binary,
    /// `Edm.Stream`
    Stream,
    /// An enum of the model.
    Enum {
        /// Its qualified name (`microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus`).
        name: &'static str,
        /// Every member's wire name in docs order, the sentinel and the members after it included.
        members: &'static [&'static str],
        /// The members listed after `unknownFutureValue`: sent only to callers that ask with
        /// `Prefer: include-unknown-enum-members`.
        after_sentinel: &'static [&'static str],
        /// Multi-valued: a value combines members as `"a,b"`.
        flags: bool,
    },
    /// A complex (value) type of the model, by qualified name.
    Complex(&'static str),
    /// An entity type of the model (or a stand-in for one outside the family), by qualified name.
    Entity(&'static str),
    /// A type the docs name but do not describe; the value is kept as raw JSON.
    Untyped(&'static str),
}

impl PropertyType {
    /// The name a query error shows: `Edm.Int32`, or the qualified name of a model type.
    pub fn name(&self) -> &'static str {
        match self {
            PropertyType::String => "Edm.String",
            PropertyType::Boolean => "Edm.Boolean",
            PropertyType::Byte => "Edm.Byte",
            PropertyType::Int16 => "Edm.Int16",
            PropertyType::Int32 => "Edm.Int32",
            PropertyType::Int64 => "Edm.Int64",
            PropertyType::Single => "Edm.Single",
            PropertyType::Double => "Edm.Double",
            PropertyType::Decimal => "Edm.Decimal",
            PropertyType::Guid => "Edm.Guid",
            PropertyType::DateTimeOffset => "Edm.DateTimeOffset",
            PropertyType::Date => "Edm.Date",
            PropertyType::TimeOfDay => "Edm.TimeOfDay",
            PropertyType::Duration => "Edm.Duration",
            PropertyType::Binary => "Edm.Binary",
            PropertyType::Stream => "Edm.Stream",
            PropertyType::Enum { name, .. }
            | PropertyType::Complex(name)
            | PropertyType::Entity(name)
            | PropertyType::Untyped(name) => name,
        }
    }

    /// Whether `member` is an enum member listed after `unknownFutureValue`; `false` for
    /// anything that is not an enum.
    pub fn is_after_sentinel(&self, member: &str) -> bool {
        matches!(self, PropertyType::Enum { after_sentinel, .. } if after_sentinel.contains(&member))
    }
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
    /// Every operator.
    pub const ALL: [FilterOp; 11] = [
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

    /// The operator as written in a query: `eq`, `startsWith`.
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
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|op| op.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// One documented operation (one request line of an API page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperationInfo {
    /// Stable identifier from the page name: `workflow-list-runs`.
    pub id: &'static str,
    /// The page's title: `List runs`.
    pub title: &'static str,
    /// `GET`, `POST`, `PATCH`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// Path template without the version:
    /// `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`.
    pub path: &'static str,
    /// OData options the docs say it supports (`$select`, `$filter`...).
    pub query_options: &'static [&'static str],
    /// The relationships the docs say `$expand` may name; empty when they name none (then any
    /// relationship of the returned type may be expanded, if `$expand` is supported at all).
    pub expandable: &'static [&'static str],
    /// Qualified name of what a success returns (`microsoft.graph.identityGovernance.run`),
    /// `None` when there is no body.
    pub returns: Option<&'static str>,
    /// Whether the success body is a collection page.
    pub returns_collection: bool,
    /// Success status code: 200, 201, 202 or 204.
    pub success_status: u16,
    /// The rows of the page's request body table, in the order written: what a request may
    /// send, each with whether the page marks it `Required.`. Empty when the page has no such
    /// table: the request takes no body, or (a create or update page that says "supply a JSON
    /// representation of" a type) any property of that type that is not read-only
    /// ([`PropertyInfo::read_only`]).
    pub body: &'static [BodyParam],
}

impl OperationInfo {
    /// The wire names a request body may carry, as the request body table lists them; empty
    /// when the page has no table (see [`OperationInfo::body`]).
    pub fn settable(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.body.iter().map(|p| p.name)
    }

    /// The wire names the request body table marks `Required.`.
    pub fn required(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.body.iter().filter(|p| p.required).map(|p| p.name)
    }

    /// The row of the request body table for `name`, if the table lists it.
    pub fn body_param(&self, name: &str) -> Option<&'static BodyParam> {
        self.body.iter().find(|p| p.name == name)
    }
}

/// One row of a request body table: a property (or action parameter) a request may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BodyParam {
    /// Wire name: `displayName`.
    pub name: &'static str,
    /// Whether the description says `Required.`; every other row is optional.
    pub required: bool,
}
