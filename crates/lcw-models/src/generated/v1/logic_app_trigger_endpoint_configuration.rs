// Generated from docs-src/api-reference/v1.0/resources/logicapptriggerendpointconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Points a custom extension at the trigger of an Azure Logic App.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogicAppTriggerEndpointConfiguration {
    /// Name of the logic app.
    pub logic_app_workflow_name: crate::Nullable<String>,
    /// Azure resource group that holds the logic app.
    pub resource_group_name: crate::Nullable<String>,
    /// Azure subscription that holds the logic app.
    pub subscription_id: crate::Nullable<String>,
    /// Address of the logic app trigger.
    pub url: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LogicAppTriggerEndpointConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LogicAppTriggerEndpointConfigurationBuilder {
        <LogicAppTriggerEndpointConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`LogicAppTriggerEndpointConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LogicAppTriggerEndpointConfigurationBuilder {
    inner: LogicAppTriggerEndpointConfiguration,
}

impl LogicAppTriggerEndpointConfigurationBuilder {
    /// Sets `logicAppWorkflowName`.
    ///
    /// Name of the logic app.
    pub fn logic_app_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.inner.logic_app_workflow_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `logicAppWorkflowName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the logic app.
    pub fn set_logic_app_workflow_name(mut self, value: Option<String>) -> Self {
        self.inner.logic_app_workflow_name = value.into();
        self
    }
    /// Sends `logicAppWorkflowName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the logic app.
    pub fn null_logic_app_workflow_name(mut self) -> Self {
        self.inner.logic_app_workflow_name = crate::Nullable::Null;
        self
    }
    /// Sets `resourceGroupName`.
    ///
    /// Azure resource group that holds the logic app.
    pub fn resource_group_name(mut self, value: impl Into<String>) -> Self {
        self.inner.resource_group_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `resourceGroupName` to a value, or leaves it out of the body with `None`.
    ///
    /// Azure resource group that holds the logic app.
    pub fn set_resource_group_name(mut self, value: Option<String>) -> Self {
        self.inner.resource_group_name = value.into();
        self
    }
    /// Sends `resourceGroupName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Azure resource group that holds the logic app.
    pub fn null_resource_group_name(mut self) -> Self {
        self.inner.resource_group_name = crate::Nullable::Null;
        self
    }
    /// Sets `subscriptionId`.
    ///
    /// Azure subscription that holds the logic app.
    pub fn subscription_id(mut self, value: impl Into<String>) -> Self {
        self.inner.subscription_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subscriptionId` to a value, or leaves it out of the body with `None`.
    ///
    /// Azure subscription that holds the logic app.
    pub fn set_subscription_id(mut self, value: Option<String>) -> Self {
        self.inner.subscription_id = value.into();
        self
    }
    /// Sends `subscriptionId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Azure subscription that holds the logic app.
    pub fn null_subscription_id(mut self) -> Self {
        self.inner.subscription_id = crate::Nullable::Null;
        self
    }
    /// Sets `url`.
    ///
    /// Address of the logic app trigger.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.inner.url = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `url` to a value, or leaves it out of the body with `None`.
    ///
    /// Address of the logic app trigger.
    pub fn set_url(mut self, value: Option<String>) -> Self {
        self.inner.url = value.into();
        self
    }
    /// Sends `url` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Address of the logic app trigger.
    pub fn null_url(mut self) -> Self {
        self.inner.url = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LogicAppTriggerEndpointConfiguration`].
    pub fn build(self) -> LogicAppTriggerEndpointConfiguration {
        self.inner
    }
}

impl crate::GraphType for LogicAppTriggerEndpointConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.logicAppTriggerEndpointConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "logicAppWorkflowName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "resourceGroupName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subscriptionId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "url",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LogicAppTriggerEndpointConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "logicAppWorkflowName", &self.logic_app_workflow_name)?;
        crate::__private::write_field(map, "resourceGroupName", &self.resource_group_name)?;
        crate::__private::write_field(map, "subscriptionId", &self.subscription_id)?;
        crate::__private::write_field(map, "url", &self.url)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "logicAppWorkflowName" => !self.logic_app_workflow_name.is_absent(),
            "resourceGroupName" => !self.resource_group_name.is_absent(),
            "subscriptionId" => !self.subscription_id.is_absent(),
            "url" => !self.url.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LogicAppTriggerEndpointConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LogicAppTriggerEndpointConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.logicAppTriggerEndpointConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "logicAppWorkflowName" => crate::__private::field(map, &mut self.logic_app_workflow_name)?,
            "resourceGroupName" => crate::__private::field(map, &mut self.resource_group_name)?,
            "subscriptionId" => crate::__private::field(map, &mut self.subscription_id)?,
            "url" => crate::__private::field(map, &mut self.url)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LogicAppTriggerEndpointConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
