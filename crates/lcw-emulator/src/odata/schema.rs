//! What the docs say of each property of a served type: its value type, the `$filter`
//! operators and whether `$orderby` applies. The rules are the generated `GraphType::PROPERTIES`
//! metadata.

pub use lcw_models::{FilterOp, PropertyInfo, PropertyType};

/// The properties of one served type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeSchema {
    /// Qualified name without `#`, e.g. `microsoft.graph.identityGovernance.run`.
    pub qualified_name: &'static str,
    /// Its properties, base-type ones included.
    pub properties: &'static [PropertyInfo],
}

impl TypeSchema {
    /// The schema of a generated type.
    #[cfg(test)]
    pub fn of<T: lcw_models::GraphType>() -> Self {
        Self {
            qualified_name: T::ODATA_TYPE.trim_start_matches('#'),
            properties: T::PROPERTIES,
        }
    }

    /// The rule for `name`, matched exactly (Graph property names are case-sensitive).
    pub fn property(&self, name: &str) -> Option<&'static PropertyInfo> {
        self.properties.iter().find(|p| p.name == name)
    }
}
