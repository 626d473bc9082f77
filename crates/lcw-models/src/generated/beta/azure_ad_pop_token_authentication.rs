// Generated from docs-src/api-reference/beta/resources/azureadpoptokenauthentication.md by `cargo xtask regenerate`. Do not edit.
/// Authentication model based on Proof Of Possession (PoP) tokens, used so that a logic app can authenticate against an accessPackageAssignmentRequestWorkflowExtensions or an accessPackageAssignmentWorkflowExtensions. Derived from customExtensionAuthenticationConfiguration.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AzureAdPopTokenAuthentication {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AzureAdPopTokenAuthentication {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AzureAdPopTokenAuthenticationBuilder {
        <AzureAdPopTokenAuthenticationBuilder as Default>::default()
    }
}

/// Builds a [`AzureAdPopTokenAuthentication`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AzureAdPopTokenAuthenticationBuilder {
    inner: AzureAdPopTokenAuthentication,
}

impl AzureAdPopTokenAuthenticationBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AzureAdPopTokenAuthentication`].
    pub fn build(self) -> AzureAdPopTokenAuthentication {
        self.inner
    }
}

impl crate::GraphType for AzureAdPopTokenAuthentication {
    const ODATA_TYPE: &'static str = "#microsoft.graph.azureAdPopTokenAuthentication";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for AzureAdPopTokenAuthentication {
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

impl serde::Serialize for AzureAdPopTokenAuthentication {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AzureAdPopTokenAuthentication {
    const EXPECTING: &'static str = "a `microsoft.graph.azureAdPopTokenAuthentication` object";
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

impl<'de> serde::Deserialize<'de> for AzureAdPopTokenAuthentication {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
