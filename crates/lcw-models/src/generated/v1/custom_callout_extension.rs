// Generated from docs-src/api-reference/v1.0/resources/customcalloutextension.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the extensions through which a Microsoft Graph feature calls an outside endpoint, typically an Azure Logic App. Custom task extensions of lifecycle workflows derive from it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomCalloutExtension {
    /// Key of the extension. Inherited from entity.
    pub id: Option<String>,
    /// How the call to the endpoint is authenticated.
    pub authentication_configuration: Option<
        super::CustomExtensionAuthenticationConfigurationKind,
    >,
    /// Time-out and retry settings of the HTTP call.
    pub client_configuration: Option<super::CustomExtensionClientConfiguration>,
    /// Text explaining what the extension is for.
    pub description: Option<String>,
    /// Name of the extension as shown to people.
    pub display_name: Option<String>,
    /// Which endpoint the extension calls.
    pub endpoint_configuration: Option<super::CustomExtensionEndpointConfigurationKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomCalloutExtension {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomCalloutExtensionBuilder {
        CustomCalloutExtensionBuilder::default()
    }
}

/// Builds a [`CustomCalloutExtension`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomCalloutExtensionBuilder {
    inner: CustomCalloutExtension,
}

impl CustomCalloutExtensionBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `authenticationConfiguration`.
    pub fn authentication_configuration(
        mut self,
        value: impl Into<super::CustomExtensionAuthenticationConfigurationKind>,
    ) -> Self {
        self.inner.authentication_configuration = Some(value.into());
        self
    }
    /// Sets `clientConfiguration`.
    pub fn client_configuration(
        mut self,
        value: impl Into<super::CustomExtensionClientConfiguration>,
    ) -> Self {
        self.inner.client_configuration = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `endpointConfiguration`.
    pub fn endpoint_configuration(
        mut self,
        value: impl Into<super::CustomExtensionEndpointConfigurationKind>,
    ) -> Self {
        self.inner.endpoint_configuration = Some(value.into());
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
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
        },
        crate::PropertyInfo {
            name: "authenticationConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.customExtensionAuthenticationConfiguration",
            ),
        },
        crate::PropertyInfo {
            name: "clientConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.customExtensionClientConfiguration",
            ),
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "endpointConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.customExtensionEndpointConfiguration",
            ),
        },
    ];
}

impl crate::__private::WriteFields for CustomCalloutExtension {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.authentication_configuration {
            map.serialize_entry("authenticationConfiguration", value)?;
        }
        if let Some(value) = &self.client_configuration {
            map.serialize_entry("clientConfiguration", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.endpoint_configuration {
            map.serialize_entry("endpointConfiguration", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "authenticationConfiguration" => self.authentication_configuration.is_some(),
            "clientConfiguration" => self.client_configuration.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "endpointConfiguration" => self.endpoint_configuration.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "authenticationConfiguration" => {
                crate::__private::field(
                    map,
                    &mut self.authentication_configuration,
                    "authenticationConfiguration",
                    &mut self.additional_properties,
                )?
            }
            "clientConfiguration" => {
                crate::__private::field(
                    map,
                    &mut self.client_configuration,
                    "clientConfiguration",
                    &mut self.additional_properties,
                )?
            }
            "description" => {
                crate::__private::field(
                    map,
                    &mut self.description,
                    "description",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "endpointConfiguration" => {
                crate::__private::field(
                    map,
                    &mut self.endpoint_configuration,
                    "endpointConfiguration",
                    &mut self.additional_properties,
                )?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomCalloutExtension {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.customCalloutExtension` object",
        )
    }
}
