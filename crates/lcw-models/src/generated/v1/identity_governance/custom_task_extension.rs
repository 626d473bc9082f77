// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextension.md by `cargo xtask regenerate`. Do not edit.
/// Describes a customTaskExtension, the link between Lifecycle Workflows and Azure Logic Apps. The built-in tasks (the taskDefinitions) cover the common steps of a user's lifecycle, but some needs go beyond them. For those, a customTaskExtension records which Azure Logic App to call, and a workflow calls it with the built-in task named "Run a custom task extension" pointing at that customTaskExtension.
///
/// The pages listed under see also explain how to work with custom task extensions.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtension {
    /// Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: crate::Nullable<String>,
    /// How the call to the logic app is secured. Inherited from customCalloutExtension. Required.
    pub authentication_configuration: crate::Nullable<crate::v1::CustomExtensionAuthenticationConfigurationKind>,
    /// Connection settings for the HTTP call to the logic app: how long Microsoft Entra ID waits for a connection, how often a timed-out connection is retried, and in which failure cases a retry happens. Inherited from customCalloutExtension.
    pub client_configuration: crate::Nullable<crate::v1::CustomExtensionClientConfiguration>,
    /// Text for administrators explaining what the custom task extension is for. Inherited from customCalloutExtension. Optional.
    pub description: crate::Nullable<String>,
    /// Unique name of this extension. Inherited from customCalloutExtension. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub display_name: crate::Nullable<String>,
    /// Where and how the custom task extension reaches the logic app. Inherited from customCalloutExtension.
    pub endpoint_configuration: crate::Nullable<crate::v1::CustomExtensionEndpointConfigurationKind>,
    /// Callback settings of the custom task extension.
    pub callback_configuration: crate::Nullable<crate::v1::CustomExtensionCallbackConfigurationKind>,
    /// Creation time of the custom task extension.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// When the custom extension last changed.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub last_modified_date_time: crate::Nullable<crate::Timestamp>,
    /// Microsoft Entra user who created the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub created_by: crate::Nullable<crate::v1::User>,
    /// Microsoft Entra user who made the latest change to the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub last_modified_by: crate::Nullable<crate::v1::User>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtension {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionBuilder {
        <CustomTaskExtensionBuilder as Default>::default()
    }
}

/// Builds a [`CustomTaskExtension`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionBuilder {
    inner: CustomTaskExtension,
}

impl CustomTaskExtensionBuilder {
    /// Sets `id`.
    ///
    /// Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `authenticationConfiguration`.
    ///
    /// How the call to the logic app is secured. Inherited from customCalloutExtension. Required.
    pub fn authentication_configuration(
        mut self,
        value: impl Into<crate::v1::CustomExtensionAuthenticationConfigurationKind>,
    ) -> Self {
        self.inner.authentication_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `authenticationConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// How the call to the logic app is secured. Inherited from customCalloutExtension. Required.
    pub fn set_authentication_configuration(
        mut self,
        value: Option<crate::v1::CustomExtensionAuthenticationConfigurationKind>,
    ) -> Self {
        self.inner.authentication_configuration = value.into();
        self
    }
    /// Sends `authenticationConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the call to the logic app is secured. Inherited from customCalloutExtension. Required.
    pub fn null_authentication_configuration(mut self) -> Self {
        self.inner.authentication_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `clientConfiguration`.
    ///
    /// Connection settings for the HTTP call to the logic app: how long Microsoft Entra ID waits for a connection, how often a timed-out connection is retried, and in which failure cases a retry happens. Inherited from customCalloutExtension.
    pub fn client_configuration(
        mut self,
        value: impl Into<crate::v1::CustomExtensionClientConfiguration>,
    ) -> Self {
        self.inner.client_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `clientConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Connection settings for the HTTP call to the logic app: how long Microsoft Entra ID waits for a connection, how often a timed-out connection is retried, and in which failure cases a retry happens. Inherited from customCalloutExtension.
    pub fn set_client_configuration(
        mut self,
        value: Option<crate::v1::CustomExtensionClientConfiguration>,
    ) -> Self {
        self.inner.client_configuration = value.into();
        self
    }
    /// Sends `clientConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Connection settings for the HTTP call to the logic app: how long Microsoft Entra ID waits for a connection, how often a timed-out connection is retried, and in which failure cases a retry happens. Inherited from customCalloutExtension.
    pub fn null_client_configuration(mut self) -> Self {
        self.inner.client_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text for administrators explaining what the custom task extension is for. Inherited from customCalloutExtension. Optional.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text for administrators explaining what the custom task extension is for. Inherited from customCalloutExtension. Optional.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text for administrators explaining what the custom task extension is for. Inherited from customCalloutExtension. Optional.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Unique name of this extension. Inherited from customCalloutExtension. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Unique name of this extension. Inherited from customCalloutExtension. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Unique name of this extension. Inherited from customCalloutExtension. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `endpointConfiguration`.
    ///
    /// Where and how the custom task extension reaches the logic app. Inherited from customCalloutExtension.
    pub fn endpoint_configuration(
        mut self,
        value: impl Into<crate::v1::CustomExtensionEndpointConfigurationKind>,
    ) -> Self {
        self.inner.endpoint_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `endpointConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Where and how the custom task extension reaches the logic app. Inherited from customCalloutExtension.
    pub fn set_endpoint_configuration(
        mut self,
        value: Option<crate::v1::CustomExtensionEndpointConfigurationKind>,
    ) -> Self {
        self.inner.endpoint_configuration = value.into();
        self
    }
    /// Sends `endpointConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Where and how the custom task extension reaches the logic app. Inherited from customCalloutExtension.
    pub fn null_endpoint_configuration(mut self) -> Self {
        self.inner.endpoint_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `callbackConfiguration`.
    ///
    /// Callback settings of the custom task extension.
    pub fn callback_configuration(
        mut self,
        value: impl Into<crate::v1::CustomExtensionCallbackConfigurationKind>,
    ) -> Self {
        self.inner.callback_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `callbackConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Callback settings of the custom task extension.
    pub fn set_callback_configuration(
        mut self,
        value: Option<crate::v1::CustomExtensionCallbackConfigurationKind>,
    ) -> Self {
        self.inner.callback_configuration = value.into();
        self
    }
    /// Sends `callbackConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Callback settings of the custom task extension.
    pub fn null_callback_configuration(mut self) -> Self {
        self.inner.callback_configuration = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// Creation time of the custom task extension.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Creation time of the custom task extension.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Creation time of the custom task extension.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedDateTime`.
    ///
    /// When the custom extension last changed.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn last_modified_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the custom extension last changed.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_last_modified_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = value.into();
        self
    }
    /// Sends `lastModifiedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the custom extension last changed.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_last_modified_date_time(mut self) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `createdBy`.
    ///
    /// Microsoft Entra user who created the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn created_by(mut self, value: impl Into<crate::v1::User>) -> Self {
        self.inner.created_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdBy` to a value, or leaves it out of the body with `None`.
    ///
    /// Microsoft Entra user who created the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_created_by(mut self, value: Option<crate::v1::User>) -> Self {
        self.inner.created_by = value.into();
        self
    }
    /// Sends `createdBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Microsoft Entra user who created the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_created_by(mut self) -> Self {
        self.inner.created_by = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedBy`.
    ///
    /// Microsoft Entra user who made the latest change to the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn last_modified_by(mut self, value: impl Into<crate::v1::User>) -> Self {
        self.inner.last_modified_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedBy` to a value, or leaves it out of the body with `None`.
    ///
    /// Microsoft Entra user who made the latest change to the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_last_modified_by(mut self, value: Option<crate::v1::User>) -> Self {
        self.inner.last_modified_by = value.into();
        self
    }
    /// Sends `lastModifiedBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Microsoft Entra user who made the latest change to the custom task extension.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_last_modified_by(mut self) -> Self {
        self.inner.last_modified_by = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
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
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
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
        crate::PropertyInfo {
            name: "callbackConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customExtensionCallbackConfiguration"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtension {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "authenticationConfiguration", &self.authentication_configuration)?;
        crate::__private::write_field(map, "clientConfiguration", &self.client_configuration)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "endpointConfiguration", &self.endpoint_configuration)?;
        crate::__private::write_field(map, "callbackConfiguration", &self.callback_configuration)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "lastModifiedDateTime", &self.last_modified_date_time)?;
        crate::__private::write_field(map, "createdBy", &self.created_by)?;
        crate::__private::write_field(map, "lastModifiedBy", &self.last_modified_by)?;
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
            "callbackConfiguration" => !self.callback_configuration.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "lastModifiedDateTime" => !self.last_modified_date_time.is_absent(),
            "createdBy" => !self.created_by.is_absent(),
            "lastModifiedBy" => !self.last_modified_by.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.customTaskExtension` object";
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
            "callbackConfiguration" => crate::__private::field(map, &mut self.callback_configuration)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "lastModifiedDateTime" => crate::__private::field(map, &mut self.last_modified_date_time)?,
            "createdBy" => crate::__private::field(map, &mut self.created_by)?,
            "lastModifiedBy" => crate::__private::field(map, &mut self.last_modified_by)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtension {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
