// Generated from docs-src/api-reference/beta/resources/customcalloutextension.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the extensions through which a Microsoft Graph feature calls an outside endpoint, typically an Azure Logic App. Custom task extensions of lifecycle workflows derive from it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomCalloutExtension {
    /// Key of the extension. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// How the call to the endpoint is authenticated.
    pub authentication_configuration: crate::Nullable<crate::beta::CustomExtensionAuthenticationConfigurationKind>,
    /// Time-out and retry settings of the HTTP call.
    pub client_configuration: crate::Nullable<crate::beta::CustomExtensionClientConfiguration>,
    /// Text explaining what the extension is for.
    pub description: crate::Nullable<String>,
    /// Name of the extension as shown to people.
    pub display_name: crate::Nullable<String>,
    /// Which endpoint the extension calls.
    pub endpoint_configuration: crate::Nullable<crate::beta::CustomExtensionEndpointConfigurationKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomCalloutExtension {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomCalloutExtensionBuilder {
        <CustomCalloutExtensionBuilder as Default>::default()
    }
}

/// Builds a [`CustomCalloutExtension`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomCalloutExtensionBuilder {
    inner: CustomCalloutExtension,
}

impl CustomCalloutExtensionBuilder {
    /// Sets `id`.
    ///
    /// Key of the extension. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the extension. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the extension. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `authenticationConfiguration`.
    ///
    /// How the call to the endpoint is authenticated.
    pub fn authentication_configuration(
        mut self,
        value: impl Into<crate::beta::CustomExtensionAuthenticationConfigurationKind>,
    ) -> Self {
        self.inner.authentication_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `authenticationConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// How the call to the endpoint is authenticated.
    pub fn set_authentication_configuration(
        mut self,
        value: Option<crate::beta::CustomExtensionAuthenticationConfigurationKind>,
    ) -> Self {
        self.inner.authentication_configuration = value.into();
        self
    }
    /// Sends `authenticationConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the call to the endpoint is authenticated.
    pub fn null_authentication_configuration(mut self) -> Self {
        self.inner.authentication_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `clientConfiguration`.
    ///
    /// Time-out and retry settings of the HTTP call.
    pub fn client_configuration(
        mut self,
        value: impl Into<crate::beta::CustomExtensionClientConfiguration>,
    ) -> Self {
        self.inner.client_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `clientConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Time-out and retry settings of the HTTP call.
    pub fn set_client_configuration(
        mut self,
        value: Option<crate::beta::CustomExtensionClientConfiguration>,
    ) -> Self {
        self.inner.client_configuration = value.into();
        self
    }
    /// Sends `clientConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Time-out and retry settings of the HTTP call.
    pub fn null_client_configuration(mut self) -> Self {
        self.inner.client_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text explaining what the extension is for.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text explaining what the extension is for.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text explaining what the extension is for.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the extension as shown to people.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the extension as shown to people.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the extension as shown to people.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `endpointConfiguration`.
    ///
    /// Which endpoint the extension calls.
    pub fn endpoint_configuration(
        mut self,
        value: impl Into<crate::beta::CustomExtensionEndpointConfigurationKind>,
    ) -> Self {
        self.inner.endpoint_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `endpointConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Which endpoint the extension calls.
    pub fn set_endpoint_configuration(
        mut self,
        value: Option<crate::beta::CustomExtensionEndpointConfigurationKind>,
    ) -> Self {
        self.inner.endpoint_configuration = value.into();
        self
    }
    /// Sends `endpointConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Which endpoint the extension calls.
    pub fn null_endpoint_configuration(mut self) -> Self {
        self.inner.endpoint_configuration = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomCalloutExtension`].
    pub fn build(self) -> CustomCalloutExtension {
        self.inner
    }
}

impl crate::GraphType for CustomCalloutExtension {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customCalloutExtension";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "authenticationConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customExtensionAuthenticationConfiguration"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "clientConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customExtensionClientConfiguration"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "endpointConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customExtensionEndpointConfiguration"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomCalloutExtension {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "authenticationConfiguration", &self.authentication_configuration)?;
        crate::__private::write_field(map, "clientConfiguration", &self.client_configuration)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "endpointConfiguration", &self.endpoint_configuration)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "authenticationConfiguration" => !self.authentication_configuration.is_absent(),
            "clientConfiguration" => !self.client_configuration.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "endpointConfiguration" => !self.endpoint_configuration.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomCalloutExtension {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomCalloutExtension {
    const EXPECTING: &'static str = "a `microsoft.graph.customCalloutExtension` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "authenticationConfiguration" => crate::__private::field(map, &mut self.authentication_configuration)?,
            "clientConfiguration" => crate::__private::field(map, &mut self.client_configuration)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "endpointConfiguration" => crate::__private::field(map, &mut self.endpoint_configuration)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomCalloutExtension {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
