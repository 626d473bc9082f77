// Generated from docs-src/api-reference/beta/resources/identitygovernance-customtaskextension.md by `cargo xtask regenerate`. Do not edit.
/// Extension through which a lifecycle workflow task calls out to an Azure Logic App to run custom logic.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtension {
    /// Inherited from entity.
    pub id: Option<String>,
    /// How the call to the logic app is secured. Inherited from customCalloutExtension.
    pub authentication_configuration: Option<
        super::CustomExtensionAuthenticationConfigurationKind,
    >,
    /// Connection settings for the HTTP call to the logic app: how long Azure AD waits for a connection, how often a timed-out connection is retried, and in which failure cases a retry happens. Inherited from customCalloutExtension.
    pub client_configuration: Option<super::CustomExtensionClientConfiguration>,
    /// Text for administrators explaining what the custom task extension is for. Inherited from customCalloutExtension.
    pub description: Option<String>,
    /// Unique name of the custom task extension. Inherited from customCalloutExtension.
    pub display_name: Option<String>,
    /// Where and how the custom task extension reaches the logic app. Inherited from customCalloutExtension.
    pub endpoint_configuration: Option<super::CustomExtensionEndpointConfigurationKind>,
    /// How the logic app calls back into the custom task extension.
    pub callback_configuration: Option<super::CustomExtensionCallbackConfigurationKind>,
    /// When the custom task extension was created
    pub created_date_time: Option<crate::Timestamp>,
    /// When the custom task extension was last changed.
    pub last_modified_date_time: Option<crate::Timestamp>,
    /// User that created the custom task extension.
    pub created_by: Option<super::User>,
    /// User that made the latest change to the custom task extension.
    pub last_modified_by: Option<super::User>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtension {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionBuilder {
        CustomTaskExtensionBuilder::default()
    }
}

/// Builds a [`CustomTaskExtension`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionBuilder {
    inner: CustomTaskExtension,
}

impl CustomTaskExtensionBuilder {
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
    /// Sets `callbackConfiguration`.
    pub fn callback_configuration(
        mut self,
        value: impl Into<super::CustomExtensionCallbackConfigurationKind>,
    ) -> Self {
        self.inner.callback_configuration = Some(value.into());
        self
    }
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = Some(value.into());
        self
    }
    /// Sets `lastModifiedDateTime`.
    pub fn last_modified_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_modified_date_time = Some(value.into());
        self
    }
    /// Sets `createdBy`.
    pub fn created_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.created_by = Some(value.into());
        self
    }
    /// Sets `lastModifiedBy`.
    pub fn last_modified_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.last_modified_by = Some(value.into());
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
    /// The finished [`CustomTaskExtension`].
    pub fn build(self) -> CustomTaskExtension {
        self.inner
    }
}

impl crate::GraphType for CustomTaskExtension {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.customTaskExtension";
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
        crate::PropertyInfo {
            name: "callbackConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.customExtensionCallbackConfiguration",
            ),
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtension {
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
        if let Some(value) = &self.callback_configuration {
            map.serialize_entry("callbackConfiguration", value)?;
        }
        if let Some(value) = &self.created_date_time {
            map.serialize_entry("createdDateTime", value)?;
        }
        if let Some(value) = &self.last_modified_date_time {
            map.serialize_entry("lastModifiedDateTime", value)?;
        }
        if let Some(value) = &self.created_by {
            map.serialize_entry("createdBy", value)?;
        }
        if let Some(value) = &self.last_modified_by {
            map.serialize_entry("lastModifiedBy", value)?;
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
            "callbackConfiguration" => self.callback_configuration.is_some(),
            "createdDateTime" => self.created_date_time.is_some(),
            "lastModifiedDateTime" => self.last_modified_date_time.is_some(),
            "createdBy" => self.created_by.is_some(),
            "lastModifiedBy" => self.last_modified_by.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomTaskExtension {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomTaskExtension {
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
            "callbackConfiguration" => {
                crate::__private::field(
                    map,
                    &mut self.callback_configuration,
                    "callbackConfiguration",
                    &mut self.additional_properties,
                )?
            }
            "createdDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.created_date_time,
                    "createdDateTime",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_date_time,
                    "lastModifiedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "createdBy" => {
                crate::__private::field(
                    map,
                    &mut self.created_by,
                    "createdBy",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedBy" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_by,
                    "lastModifiedBy",
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

impl<'de> serde::Deserialize<'de> for CustomTaskExtension {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.customTaskExtension` object",
        )
    }
}
