// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecycleworkflowscontainer.md by `cargo xtask regenerate`. Do not edit.
/// Root object of the Lifecycle Workflows API in Azure AD Identity Governance; every other lifecycle workflows object is reached through its relationships.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecycleWorkflowsContainer {
    /// Key of the lifecycle workflows container. Inherited from entity.
    pub id: Option<String>,
    /// Custom task extensions defined in the tenant, each a customTaskExtension.
    pub custom_task_extensions: Option<Vec<super::CustomTaskExtension>>,
    /// Workflows of this lifecycle workflows instance that were deleted.
    pub deleted_items: Option<super::DeletedItemContainer>,
    /// Settings that apply to this lifecycle workflows instance.
    pub settings: Option<super::LifecycleManagementSettings>,
    /// Built-in task definitions offered by this lifecycle workflows instance.
    pub task_definitions: Option<Vec<super::TaskDefinition>>,
    /// Workflows defined in this lifecycle workflows instance.
    pub workflows: Option<Vec<super::Workflow>>,
    /// Workflow templates offered by this lifecycle workflows instance.
    pub workflow_templates: Option<Vec<super::WorkflowTemplate>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleWorkflowsContainer {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecycleWorkflowsContainerBuilder {
        LifecycleWorkflowsContainerBuilder::default()
    }
}

/// Builds a [`LifecycleWorkflowsContainer`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecycleWorkflowsContainerBuilder {
    inner: LifecycleWorkflowsContainer,
}

impl LifecycleWorkflowsContainerBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `customTaskExtensions`.
    pub fn custom_task_extensions(
        mut self,
        value: impl Into<Vec<super::CustomTaskExtension>>,
    ) -> Self {
        self.inner.custom_task_extensions = Some(value.into());
        self
    }
    /// Sets `deletedItems`.
    pub fn deleted_items(
        mut self,
        value: impl Into<super::DeletedItemContainer>,
    ) -> Self {
        self.inner.deleted_items = Some(value.into());
        self
    }
    /// Sets `settings`.
    pub fn settings(
        mut self,
        value: impl Into<super::LifecycleManagementSettings>,
    ) -> Self {
        self.inner.settings = Some(value.into());
        self
    }
    /// Sets `taskDefinitions`.
    pub fn task_definitions(
        mut self,
        value: impl Into<Vec<super::TaskDefinition>>,
    ) -> Self {
        self.inner.task_definitions = Some(value.into());
        self
    }
    /// Sets `workflows`.
    pub fn workflows(mut self, value: impl Into<Vec<super::Workflow>>) -> Self {
        self.inner.workflows = Some(value.into());
        self
    }
    /// Sets `workflowTemplates`.
    pub fn workflow_templates(
        mut self,
        value: impl Into<Vec<super::WorkflowTemplate>>,
    ) -> Self {
        self.inner.workflow_templates = Some(value.into());
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
    /// The finished [`LifecycleWorkflowsContainer`].
    pub fn build(self) -> LifecycleWorkflowsContainer {
        self.inner
    }
}

impl crate::GraphType for LifecycleWorkflowsContainer {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecycleWorkflowsContainer";
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
            name: "customTaskExtensions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.customTaskExtension",
            ),
        },
        crate::PropertyInfo {
            name: "deletedItems",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.deletedItemContainer"),
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecycleManagementSettings",
            ),
        },
        crate::PropertyInfo {
            name: "taskDefinitions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskDefinition",
            ),
        },
        crate::PropertyInfo {
            name: "workflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.workflow",
            ),
        },
        crate::PropertyInfo {
            name: "workflowTemplates",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.workflowTemplate",
            ),
        },
    ];
}

impl crate::__private::WriteFields for LifecycleWorkflowsContainer {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.custom_task_extensions {
            map.serialize_entry("customTaskExtensions", value)?;
        }
        if let Some(value) = &self.deleted_items {
            map.serialize_entry("deletedItems", value)?;
        }
        if let Some(value) = &self.settings {
            map.serialize_entry("settings", value)?;
        }
        if let Some(value) = &self.task_definitions {
            map.serialize_entry("taskDefinitions", value)?;
        }
        if let Some(value) = &self.workflows {
            map.serialize_entry("workflows", value)?;
        }
        if let Some(value) = &self.workflow_templates {
            map.serialize_entry("workflowTemplates", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "customTaskExtensions" => self.custom_task_extensions.is_some(),
            "deletedItems" => self.deleted_items.is_some(),
            "settings" => self.settings.is_some(),
            "taskDefinitions" => self.task_definitions.is_some(),
            "workflows" => self.workflows.is_some(),
            "workflowTemplates" => self.workflow_templates.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecycleWorkflowsContainer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecycleWorkflowsContainer {
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
            "customTaskExtensions" => {
                crate::__private::field(
                    map,
                    &mut self.custom_task_extensions,
                    "customTaskExtensions",
                    &mut self.additional_properties,
                )?
            }
            "deletedItems" => {
                crate::__private::field(
                    map,
                    &mut self.deleted_items,
                    "deletedItems",
                    &mut self.additional_properties,
                )?
            }
            "settings" => {
                crate::__private::field(
                    map,
                    &mut self.settings,
                    "settings",
                    &mut self.additional_properties,
                )?
            }
            "taskDefinitions" => {
                crate::__private::field(
                    map,
                    &mut self.task_definitions,
                    "taskDefinitions",
                    &mut self.additional_properties,
                )?
            }
            "workflows" => {
                crate::__private::field(
                    map,
                    &mut self.workflows,
                    "workflows",
                    &mut self.additional_properties,
                )?
            }
            "workflowTemplates" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_templates,
                    "workflowTemplates",
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

impl<'de> serde::Deserialize<'de> for LifecycleWorkflowsContainer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecycleWorkflowsContainer` object",
        )
    }
}
