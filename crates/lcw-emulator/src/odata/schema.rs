//! What the docs allow on each property of a served type: the `$filter` operators and
//! whether `$orderby` applies. Filled from the generated `GraphType::PROPERTIES` metadata.

/// A `$filter` operator or function, as the docs name them ("Supports `$filter`(`eq`, `ne`)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// `startswith(...)`
    StartsWith,
    /// `any(...)` lambda on a collection
    Any,
    /// `not`
    Not,
}

impl FilterOp {
    /// The OData spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Eq => "eq",
            Self::Ne => "ne",
            Self::Lt => "lt",
            Self::Le => "le",
            Self::Gt => "gt",
            Self::Ge => "ge",
            Self::Has => "has",
            Self::In => "in",
            Self::StartsWith => "startswith",
            Self::Any => "any",
            Self::Not => "not",
        }
    }
}

/// One property of a served type and the query capabilities the docs give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyRule {
    /// Wire name, e.g. `completedDateTime`.
    pub name: String,
    /// Operators allowed in `$filter`; empty means the property cannot be filtered.
    pub filter: Vec<FilterOp>,
    /// Whether `$orderby` may name it.
    pub orderby: bool,
    /// A navigation property (usable in `$expand`).
    pub is_relationship: bool,
    /// A collection-valued property.
    pub is_collection: bool,
}

/// The properties of one served type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TypeSchema {
    /// Qualified name without `#`, e.g. `microsoft.graph.identityGovernance.run`.
    pub qualified_name: String,
    /// Its properties, base-type ones included.
    pub properties: Vec<PropertyRule>,
}

impl TypeSchema {
    /// The rule for `name`, matched exactly (Graph property names are case-sensitive).
    pub fn property(&self, name: &str) -> Option<&PropertyRule> {
        self.properties.iter().find(|p| p.name == name)
    }
}
