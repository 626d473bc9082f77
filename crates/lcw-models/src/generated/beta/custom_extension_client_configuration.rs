// Generated from docs-src/api-reference/beta/resources/customextensionclientconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Settings of the HTTP client that calls the endpoint of a custom extension: how long to wait and how often to retry.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomExtensionClientConfiguration {
    /// How many times a failed call is retried.
    pub maximum_retries: crate::Nullable<i32>,
    /// How long, in milliseconds, to wait for the endpoint before giving up.
    pub timeout_in_milliseconds: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomExtensionClientConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomExtensionClientConfigurationBuilder {
        <CustomExtensionClientConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`CustomExtensionClientConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomExtensionClientConfigurationBuilder {
    inner: CustomExtensionClientConfiguration,
}

impl CustomExtensionClientConfigurationBuilder {
    /// Sets `maximumRetries`.
    ///
    /// How many times a failed call is retried.
    pub fn maximum_retries(mut self, value: impl Into<i32>) -> Self {
        self.inner.maximum_retries = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `maximumRetries` to a value, or leaves it out of the body with `None`.
    ///
    /// How many times a failed call is retried.
    pub fn set_maximum_retries(mut self, value: Option<i32>) -> Self {
        self.inner.maximum_retries = value.into();
        self
    }
    /// Sends `maximumRetries` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many times a failed call is retried.
    pub fn null_maximum_retries(mut self) -> Self {
        self.inner.maximum_retries = crate::Nullable::Null;
        self
    }
    /// Sets `timeoutInMilliseconds`.
    ///
    /// How long, in milliseconds, to wait for the endpoint before giving up.
    pub fn timeout_in_milliseconds(mut self, value: impl Into<i32>) -> Self {
        self.inner.timeout_in_milliseconds = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeoutInMilliseconds` to a value, or leaves it out of the body with `None`.
    ///
    /// How long, in milliseconds, to wait for the endpoint before giving up.
    pub fn set_timeout_in_milliseconds(mut self, value: Option<i32>) -> Self {
        self.inner.timeout_in_milliseconds = value.into();
        self
    }
    /// Sends `timeoutInMilliseconds` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How long, in milliseconds, to wait for the endpoint before giving up.
    pub fn null_timeout_in_milliseconds(mut self) -> Self {
        self.inner.timeout_in_milliseconds = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomExtensionClientConfiguration`].
    pub fn build(self) -> CustomExtensionClientConfiguration {
        self.inner
    }
}

impl crate::GraphType for CustomExtensionClientConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customExtensionClientConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "maximumRetries",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "timeoutInMilliseconds",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomExtensionClientConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "maximumRetries", &self.maximum_retries)?;
        crate::__private::write_field(map, "timeoutInMilliseconds", &self.timeout_in_milliseconds)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "maximumRetries" => !self.maximum_retries.is_absent(),
            "timeoutInMilliseconds" => !self.timeout_in_milliseconds.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomExtensionClientConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomExtensionClientConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.customExtensionClientConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maximumRetries" => crate::__private::field(map, &mut self.maximum_retries)?,
            "timeoutInMilliseconds" => crate::__private::field(map, &mut self.timeout_in_milliseconds)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomExtensionClientConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
