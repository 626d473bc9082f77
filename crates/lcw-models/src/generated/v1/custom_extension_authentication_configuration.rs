// Generated from docs-src/api-reference/v1.0/resources/customextensionauthenticationconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the settings that say how a custom extension authenticates when it calls its endpoint. It has no properties of its own; use a derived type such as azureAdTokenAuthentication.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionAuthenticationConfiguration {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionAuthenticationConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionAuthenticationConfigurationBuilder {
        <CustomExtensionAuthenticationConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionAuthenticationConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionAuthenticationConfigurationBuilder {
    inner: CustomExtensionAuthenticationConfiguration,
}

impl CustomExtensionAuthenticationConfigurationBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionAuthenticationConfiguration`].
    pub fn build(self) -> CustomExtensionAuthenticationConfiguration {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionAuthenticationConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionAuthenticationConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for CustomExtensionAuthenticationConfiguration {
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

impl serde::Serialize for CustomExtensionAuthenticationConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionAuthenticationConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionAuthenticationConfiguration` object";
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

impl<'de> serde::Deserialize<'de> for CustomExtensionAuthenticationConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.customExtensionAuthenticationConfiguration` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomExtensionAuthenticationConfigurationKind {
    /// A `microsoft.graph.azureAdPopTokenAuthentication`.
    AzureAdPopTokenAuthentication(crate::v1::AzureAdPopTokenAuthentication),
    /// A `microsoft.graph.azureAdTokenAuthentication`.
    AzureAdTokenAuthentication(crate::v1::AzureAdTokenAuthentication),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::AzureAdPopTokenAuthentication> for CustomExtensionAuthenticationConfigurationKind {
    fn from(value: crate::v1::AzureAdPopTokenAuthentication) -> Self {
        CustomExtensionAuthenticationConfigurationKind::AzureAdPopTokenAuthentication(value)
    }
}

impl From<crate::v1::AzureAdTokenAuthentication> for CustomExtensionAuthenticationConfigurationKind {
    fn from(value: crate::v1::AzureAdTokenAuthentication) -> Self {
        CustomExtensionAuthenticationConfigurationKind::AzureAdTokenAuthentication(value)
    }
}

impl serde::Serialize for CustomExtensionAuthenticationConfigurationKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CustomExtensionAuthenticationConfigurationKind::AzureAdPopTokenAuthentication(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::AzureAdPopTokenAuthentication as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionAuthenticationConfigurationKind::AzureAdTokenAuthentication(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::AzureAdTokenAuthentication as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionAuthenticationConfigurationKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for CustomExtensionAuthenticationConfigurationKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.azureAdPopTokenAuthentication") => started
                .finish_as(map, Some(<crate::v1::AzureAdPopTokenAuthentication as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionAuthenticationConfigurationKind::AzureAdPopTokenAuthentication),
            Some("microsoft.graph.azureAdTokenAuthentication") => started
                .finish_as(map, Some(<crate::v1::AzureAdTokenAuthentication as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionAuthenticationConfigurationKind::AzureAdTokenAuthentication),
            _ => started.finish_unknown(map).map(CustomExtensionAuthenticationConfigurationKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionAuthenticationConfigurationKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.customExtensionAuthenticationConfiguration` object")
    }
}
