// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-ondemandexecutiononly.md by `cargo xtask regenerate`. Do not edit.
/// Execution condition of a lifecycle workflow that the scheduler skips: the workflow runs only when someone starts it on demand.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnDemandExecutionOnly {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OnDemandExecutionOnly {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OnDemandExecutionOnlyBuilder {
        <OnDemandExecutionOnlyBuilder as Default>::default()
    }
}

/// Builds a [`OnDemandExecutionOnly`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OnDemandExecutionOnlyBuilder {
    inner: OnDemandExecutionOnly,
}

impl OnDemandExecutionOnlyBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OnDemandExecutionOnly`].
    pub fn build(self) -> OnDemandExecutionOnly {
        self.inner
    }
}

impl crate::GraphType for OnDemandExecutionOnly {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.onDemandExecutionOnly";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for OnDemandExecutionOnly {
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

impl serde::Serialize for OnDemandExecutionOnly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OnDemandExecutionOnly {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.onDemandExecutionOnly` object";
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

impl<'de> serde::Deserialize<'de> for OnDemandExecutionOnly {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
