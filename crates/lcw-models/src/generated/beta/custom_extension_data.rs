// Generated from docs-src/api-reference/beta/resources/customextensiondata.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the payloads sent to or received from a custom extension. It has no properties of its own; derived types add them.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionData {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionDataBuilder {
        <CustomExtensionDataBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionDataBuilder {
    inner: CustomExtensionData,
}

impl CustomExtensionDataBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionData`].
    pub fn build(self) -> CustomExtensionData {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionData {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionData";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for CustomExtensionData {
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

impl serde::Serialize for CustomExtensionData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionData {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionData` object";
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

impl<'de> serde::Deserialize<'de> for CustomExtensionData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.customExtensionData` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomExtensionDataKind {
    /// A `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`.
    CustomTaskExtensionCallbackData(crate::beta::identity_governance::CustomTaskExtensionCallbackData),
    /// A `microsoft.graph.identityGovernance.customTaskExtensionCalloutData`.
    CustomTaskExtensionCalloutData(crate::beta::identity_governance::CustomTaskExtensionCalloutData),
    /// A `microsoft.graph.identityGovernance.customTaskExtensionResponseData`.
    CustomTaskExtensionResponseData(crate::beta::identity_governance::CustomTaskExtensionResponseData),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::CustomTaskExtensionCallbackData> for CustomExtensionDataKind {
    fn from(value: crate::beta::identity_governance::CustomTaskExtensionCallbackData) -> Self {
        CustomExtensionDataKind::CustomTaskExtensionCallbackData(value)
    }
}

impl From<crate::beta::identity_governance::CustomTaskExtensionCalloutData> for CustomExtensionDataKind {
    fn from(value: crate::beta::identity_governance::CustomTaskExtensionCalloutData) -> Self {
        CustomExtensionDataKind::CustomTaskExtensionCalloutData(value)
    }
}

impl From<crate::beta::identity_governance::CustomTaskExtensionResponseData> for CustomExtensionDataKind {
    fn from(value: crate::beta::identity_governance::CustomTaskExtensionResponseData) -> Self {
        CustomExtensionDataKind::CustomTaskExtensionResponseData(value)
    }
}

impl serde::Serialize for CustomExtensionDataKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CustomExtensionDataKind::CustomTaskExtensionCallbackData(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionDataKind::CustomTaskExtensionCalloutData(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionDataKind::CustomTaskExtensionResponseData(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::ODATA_TYPE),
            ),
            CustomExtensionDataKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for CustomExtensionDataKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.customTaskExtensionCallbackData") => started
                .finish_as(map, Some(<crate::beta::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionDataKind::CustomTaskExtensionCallbackData),
            Some("microsoft.graph.identityGovernance.customTaskExtensionCalloutData") => started
                .finish_as(map, Some(<crate::beta::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionDataKind::CustomTaskExtensionCalloutData),
            Some("microsoft.graph.identityGovernance.customTaskExtensionResponseData") => started
                .finish_as(map, Some(<crate::beta::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::ODATA_TYPE))
                .map(CustomExtensionDataKind::CustomTaskExtensionResponseData),
            _ => started.finish_unknown(map).map(CustomExtensionDataKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionDataKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.customExtensionData` object")
    }
}
