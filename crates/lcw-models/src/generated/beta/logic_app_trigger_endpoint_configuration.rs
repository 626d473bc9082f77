// Generated from docs-src/api-reference/beta/resources/logicapptriggerendpointconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Points a custom extension at the trigger of an Azure Logic App.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogicAppTriggerEndpointConfiguration {
    /// Name of the logic app.
    pub logic_app_workflow_name: Option<String>,
    /// Azure resource group that holds the logic app.
    pub resource_group_name: Option<String>,
    /// Azure subscription that holds the logic app.
    pub subscription_id: Option<String>,
    /// Address of the logic app trigger.
    pub url: Option<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LogicAppTriggerEndpointConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LogicAppTriggerEndpointConfigurationBuilder {
        LogicAppTriggerEndpointConfigurationBuilder::default()
    }
}

/// Builds a [`LogicAppTriggerEndpointConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LogicAppTriggerEndpointConfigurationBuilder {
    inner: LogicAppTriggerEndpointConfiguration,
}

impl LogicAppTriggerEndpointConfigurationBuilder {
    /// Sets `logicAppWorkflowName`.
    pub fn logic_app_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.inner.logic_app_workflow_name = Some(value.into());
        self
    }
    /// Sets `resourceGroupName`.
    pub fn resource_group_name(mut self, value: impl Into<String>) -> Self {
        self.inner.resource_group_name = Some(value.into());
        self
    }
    /// Sets `subscriptionId`.
    pub fn subscription_id(mut self, value: impl Into<String>) -> Self {
        self.inner.subscription_id = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.inner.url = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "resourceGroupName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "subscriptionId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "url",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
    ];
}

impl crate::__private::WriteFields for LogicAppTriggerEndpointConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.logic_app_workflow_name {
            map.serialize_entry("logicAppWorkflowName", value)?;
        }
        if let Some(value) = &self.resource_group_name {
            map.serialize_entry("resourceGroupName", value)?;
        }
        if let Some(value) = &self.subscription_id {
            map.serialize_entry("subscriptionId", value)?;
        }
        if let Some(value) = &self.url {
            map.serialize_entry("url", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "logicAppWorkflowName" => self.logic_app_workflow_name.is_some(),
            "resourceGroupName" => self.resource_group_name.is_some(),
            "subscriptionId" => self.subscription_id.is_some(),
            "url" => self.url.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "logicAppWorkflowName" => {
                crate::__private::field(
                    map,
                    &mut self.logic_app_workflow_name,
                    "logicAppWorkflowName",
                    &mut self.additional_properties,
                )?
            }
            "resourceGroupName" => {
                crate::__private::field(
                    map,
                    &mut self.resource_group_name,
                    "resourceGroupName",
                    &mut self.additional_properties,
                )?
            }
            "subscriptionId" => {
                crate::__private::field(
                    map,
                    &mut self.subscription_id,
                    "subscriptionId",
                    &mut self.additional_properties,
                )?
            }
            "url" => {
                crate::__private::field(
                    map,
                    &mut self.url,
                    "url",
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

impl<'de> serde::Deserialize<'de> for LogicAppTriggerEndpointConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.logicAppTriggerEndpointConfiguration` object",
        )
    }
}
