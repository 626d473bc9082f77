// Generated from docs-src/api-reference/v1.0/resources/azureadtokenauthentication.md by `cargo xtask regenerate`. Do not edit.
/// Authenticates the call of a custom extension with an access token issued for the application named below.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AzureAdTokenAuthentication {
    /// Application ID of the app registration the token is issued for.
    pub resource_id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AzureAdTokenAuthentication {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AzureAdTokenAuthenticationBuilder {
        <AzureAdTokenAuthenticationBuilder as Default>::default()
    }
}

/// Builds a [`AzureAdTokenAuthentication`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AzureAdTokenAuthenticationBuilder {
    inner: AzureAdTokenAuthentication,
}

impl AzureAdTokenAuthenticationBuilder {
    /// Sets `resourceId`.
    ///
    /// Application ID of the app registration the token is issued for.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.inner.resource_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `resourceId` to a value, or leaves it out of the body with `None`.
    ///
    /// Application ID of the app registration the token is issued for.
    pub fn set_resource_id(mut self, value: Option<String>) -> Self {
        self.inner.resource_id = value.into();
        self
    }
    /// Sends `resourceId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Application ID of the app registration the token is issued for.
    pub fn null_resource_id(mut self) -> Self {
        self.inner.resource_id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AzureAdTokenAuthentication`].
    pub fn build(self) -> AzureAdTokenAuthentication {
        self.inner
    }
}

impl crate::GraphType for AzureAdTokenAuthentication {
    const ODATA_TYPE: &'static str = "#microsoft.graph.azureAdTokenAuthentication";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "resourceId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AzureAdTokenAuthentication {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "resourceId", &self.resource_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "resourceId" => !self.resource_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AzureAdTokenAuthentication {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AzureAdTokenAuthentication {
    const EXPECTING: &'static str = "a `microsoft.graph.azureAdTokenAuthentication` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resourceId" => crate::__private::field(map, &mut self.resource_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AzureAdTokenAuthentication {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
