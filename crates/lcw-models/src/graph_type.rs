//! What the generated types tell about themselves: wire names and query capabilities.

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
}

impl PropertyInfo {
    /// Whether `$filter` may use `op` on this property.
    pub fn allows(&self, op: FilterOp) -> bool {
        self.filter.contains(&op)
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
        Self::ALL.into_iter().find(|op| op.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// One documented operation (one request line of an API page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperationInfo {
    /// Stable identifier from the page name: `workflow-list-runs`.
    pub id: &'static str,
    /// `GET`, `POST`, `PATCH`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// Path template without the version:
    /// `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`.
    pub path: &'static str,
    /// OData options the docs say it supports (`$select`, `$filter`...).
    pub query_options: &'static [&'static str],
    /// Qualified name of what a success returns (`microsoft.graph.identityGovernance.run`),
    /// `None` when there is no body.
    pub returns: Option<&'static str>,
    /// Whether the success body is a collection page.
    pub returns_collection: bool,
    /// Success status code: 200, 201, 202 or 204.
    pub success_status: u16,
}
