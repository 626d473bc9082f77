// Generated from docs-src/api-reference/beta/resources/customextensioncalloutrequest.md by `cargo xtask regenerate`. Do not edit.
/// Payload of the callout request that a custom extension sends out to an external system.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionCalloutRequest {
    /// Data handed over to the external system.
    pub data: crate::Nullable<crate::beta::CustomExtensionDataKind>,
    /// Source system or event context that the callout request relates to.
    pub source: crate::Nullable<String>,
    /// Kind of event that the callout request relates to.
    pub type_: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionCalloutRequest {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionCalloutRequestBuilder {
        <CustomExtensionCalloutRequestBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionCalloutRequest`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionCalloutRequestBuilder {
    inner: CustomExtensionCalloutRequest,
}

impl CustomExtensionCalloutRequestBuilder {
    /// Sets `data`.
    ///
    /// Data handed over to the external system.
    pub fn data(mut self, value: impl Into<crate::beta::CustomExtensionDataKind>) -> Self {
        self.inner.data = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `data` to a value, or leaves it out of the body with `None`.
    ///
    /// Data handed over to the external system.
    pub fn set_data(mut self, value: Option<crate::beta::CustomExtensionDataKind>) -> Self {
        self.inner.data = value.into();
        self
    }
    /// Sends `data` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Data handed over to the external system.
    pub fn null_data(mut self) -> Self {
        self.inner.data = crate::Nullable::Null;
        self
    }
    /// Sets `source`.
    ///
    /// Source system or event context that the callout request relates to.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.inner.source = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `source` to a value, or leaves it out of the body with `None`.
    ///
    /// Source system or event context that the callout request relates to.
    pub fn set_source(mut self, value: Option<String>) -> Self {
        self.inner.source = value.into();
        self
    }
    /// Sends `source` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Source system or event context that the callout request relates to.
    pub fn null_source(mut self) -> Self {
        self.inner.source = crate::Nullable::Null;
        self
    }
    /// Sets `type`.
    ///
    /// Kind of event that the callout request relates to.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.inner.type_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `type` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of event that the callout request relates to.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.inner.type_ = value.into();
        self
    }
    /// Sends `type` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of event that the callout request relates to.
    pub fn null_type(mut self) -> Self {
        self.inner.type_ = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionCalloutRequest`].
    pub fn build(self) -> CustomExtensionCalloutRequest {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionCalloutRequest {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionCalloutRequest";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "data",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customExtensionData"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "source",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "type",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomExtensionCalloutRequest {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "data", &self.data)?;
        crate::__private::write_field(map, "source", &self.source)?;
        crate::__private::write_field(map, "type", &self.type_)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "data" => !self.data.is_absent(),
            "source" => !self.source.is_absent(),
            "type" => !self.type_.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomExtensionCalloutRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionCalloutRequest {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionCalloutRequest` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => crate::__private::field(map, &mut self.data)?,
            "source" => crate::__private::field(map, &mut self.source)?,
            "type" => crate::__private::field(map, &mut self.type_)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionCalloutRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
