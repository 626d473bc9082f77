// Generated from docs-src/api-reference/beta/resources/customextensionendpointconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the settings that say which endpoint a custom extension calls. It has no properties of its own; use a derived type such as logicAppTriggerEndpointConfiguration.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionEndpointConfiguration {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionEndpointConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionEndpointConfigurationBuilder {
        <CustomExtensionEndpointConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionEndpointConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionEndpointConfigurationBuilder {
    inner: CustomExtensionEndpointConfiguration,
}

impl CustomExtensionEndpointConfigurationBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionEndpointConfiguration`].
    pub fn build(self) -> CustomExtensionEndpointConfiguration {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionEndpointConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionEndpointConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for CustomExtensionEndpointConfiguration {
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

impl serde::Serialize for CustomExtensionEndpointConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionEndpointConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionEndpointConfiguration` object";
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

impl<'de> serde::Deserialize<'de> for CustomExtensionEndpointConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.customExtensionEndpointConfiguration` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomExtensionEndpointConfigurationKind {
    /// A `microsoft.graph.logicAppTriggerEndpointConfiguration`.
    LogicAppTriggerEndpointConfiguration(crate::beta::LogicAppTriggerEndpointConfiguration),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::LogicAppTriggerEndpointConfiguration> for CustomExtensionEndpointConfigurationKind {
    fn from(value: crate::beta::LogicAppTriggerEndpointConfiguration) -> Self {
        CustomExtensionEndpointConfigurationKind::LogicAppTriggerEndpointConfiguration(value)
    }
}

impl serde::Serialize for CustomExtensionEndpointConfigurationKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CustomExtensionEndpointConfigurationKind::LogicAppTriggerEndpointConfiguration(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::LogicAppTriggerEndpointConfiguration as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionEndpointConfigurationKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for CustomExtensionEndpointConfigurationKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.logicAppTriggerEndpointConfiguration") => started
                .finish_as(map, Some(<crate::beta::LogicAppTriggerEndpointConfiguration as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionEndpointConfigurationKind::LogicAppTriggerEndpointConfiguration),
            _ => started.finish_unknown(map).map(CustomExtensionEndpointConfigurationKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionEndpointConfigurationKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.customExtensionEndpointConfiguration` object")
    }
}
