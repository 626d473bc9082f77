// Generated from docs-src/api-reference/beta/resources/identitygovernance-provisioningattributemapping.md by `cargo xtask regenerate`. Do not edit.
/// Execution conditions of provisioning workflows that rely on attribute mapping. Workflows that run on attribute-based criteria keep this object in executionConditions, a property that the workflow, workflowTemplate, and workflowVersion resources share.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisioningAttributeMapping {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningAttributeMapping {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ProvisioningAttributeMappingBuilder {
        <ProvisioningAttributeMappingBuilder as Default>::default()
    }
}

/// Builds a [`ProvisioningAttributeMapping`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ProvisioningAttributeMappingBuilder {
    inner: ProvisioningAttributeMapping,
}

impl ProvisioningAttributeMappingBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ProvisioningAttributeMapping`].
    pub fn build(self) -> ProvisioningAttributeMapping {
        self.inner
    }
}

impl crate::GraphType for ProvisioningAttributeMapping {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.provisioningAttributeMapping";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for ProvisioningAttributeMapping {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        let _ = key;
        false
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ProvisioningAttributeMapping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ProvisioningAttributeMapping {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.provisioningAttributeMapping` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningAttributeMapping {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
