// Generated from docs-src/api-reference/v1.0/resources/customextensioncallbackconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Callback settings of a custom extension: how long to wait for the endpoint to call back.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionCallbackConfiguration {
    /// Longest time to wait for the callback, as an ISO 8601 duration.
    pub timeout_duration: crate::Nullable<crate::IsoDuration>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionCallbackConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionCallbackConfigurationBuilder {
        <CustomExtensionCallbackConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionCallbackConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionCallbackConfigurationBuilder {
    inner: CustomExtensionCallbackConfiguration,
}

impl CustomExtensionCallbackConfigurationBuilder {
    /// Sets `timeoutDuration`.
    ///
    /// Longest time to wait for the callback, as an ISO 8601 duration.
    pub fn timeout_duration(mut self, value: impl Into<crate::IsoDuration>) -> Self {
        self.inner.timeout_duration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeoutDuration` to a value, or leaves it out of the body with `None`.
    ///
    /// Longest time to wait for the callback, as an ISO 8601 duration.
    pub fn set_timeout_duration(mut self, value: Option<crate::IsoDuration>) -> Self {
        self.inner.timeout_duration = value.into();
        self
    }
    /// Sends `timeoutDuration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Longest time to wait for the callback, as an ISO 8601 duration.
    pub fn null_timeout_duration(mut self) -> Self {
        self.inner.timeout_duration = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionCallbackConfiguration`].
    pub fn build(self) -> CustomExtensionCallbackConfiguration {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionCallbackConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionCallbackConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "timeoutDuration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Duration,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomExtensionCallbackConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "timeoutDuration", &self.timeout_duration)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "timeoutDuration" => !self.timeout_duration.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomExtensionCallbackConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionCallbackConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionCallbackConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "timeoutDuration" => crate::__private::field(map, &mut self.timeout_duration)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionCallbackConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.customExtensionCallbackConfiguration` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomExtensionCallbackConfigurationKind {
    /// A `microsoft.graph.customExtensionCallbackConfiguration`.
    CustomExtensionCallbackConfiguration(crate::v1::CustomExtensionCallbackConfiguration),
    /// A `microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration`.
    CustomTaskExtensionCallbackConfiguration(crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::CustomExtensionCallbackConfiguration> for CustomExtensionCallbackConfigurationKind {
    fn from(value: crate::v1::CustomExtensionCallbackConfiguration) -> Self {
        CustomExtensionCallbackConfigurationKind::CustomExtensionCallbackConfiguration(value)
    }
}

impl From<crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration> for CustomExtensionCallbackConfigurationKind {
    fn from(value: crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration) -> Self {
        CustomExtensionCallbackConfigurationKind::CustomTaskExtensionCallbackConfiguration(value)
    }
}

impl serde::Serialize for CustomExtensionCallbackConfigurationKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CustomExtensionCallbackConfigurationKind::CustomExtensionCallbackConfiguration(value) => serde::Serialize::serialize(value, serializer),
            CustomExtensionCallbackConfigurationKind::CustomTaskExtensionCallbackConfiguration(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionCallbackConfigurationKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for CustomExtensionCallbackConfigurationKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.customExtensionCallbackConfiguration") => started.finish(map).map(CustomExtensionCallbackConfigurationKind::CustomExtensionCallbackConfiguration),
            Some("microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration") => started
                .finish_as(map, Some(<crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionCallbackConfigurationKind::CustomTaskExtensionCallbackConfiguration),
            None => started.finish(map).map(CustomExtensionCallbackConfigurationKind::CustomExtensionCallbackConfiguration),
            _ => started.finish_unknown(map).map(CustomExtensionCallbackConfigurationKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionCallbackConfigurationKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.customExtensionCallbackConfiguration` object")
    }
}
