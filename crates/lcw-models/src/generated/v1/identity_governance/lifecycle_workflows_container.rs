// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-lifecycleworkflowscontainer.md by `cargo xtask regenerate`. Do not edit.
/// Entry point of the lifecycle workflows API in Microsoft Entra ID Governance; every other lifecycle workflows object is reached through one of its relationships.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecycleWorkflowsContainer {
    /// Key of the lifecycle workflows container. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Custom task extensions of the tenant, each a customTaskExtension.
    pub custom_task_extensions: crate::Nullable<Vec<crate::v1::identity_governance::CustomTaskExtension>>,
    /// Workflows of this lifecycle workflows instance that were deleted.
    pub deleted_items: crate::Nullable<crate::v1::DeletedItemContainer>,
    /// Reports that summarize workflow processing across the whole tenant.
    pub insights: crate::Nullable<crate::v1::identity_governance::Insights>,
    /// Settings that apply to this lifecycle workflows instance.
    pub settings: crate::Nullable<crate::v1::identity_governance::LifecycleManagementSettings>,
    /// Built-in task definitions offered by this lifecycle workflows instance.
    pub task_definitions: crate::Nullable<Vec<crate::v1::identity_governance::TaskDefinition>>,
    /// Workflows defined in this lifecycle workflows instance.
    pub workflows: crate::Nullable<Vec<crate::v1::identity_governance::Workflow>>,
    /// Workflow templates offered by this lifecycle workflows instance.
    pub workflow_templates: crate::Nullable<Vec<crate::v1::identity_governance::WorkflowTemplate>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleWorkflowsContainer {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecycleWorkflowsContainerBuilder {
        <LifecycleWorkflowsContainerBuilder as Default>::default()
    }
}

/// Builds a [`LifecycleWorkflowsContainer`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecycleWorkflowsContainerBuilder {
    inner: LifecycleWorkflowsContainer,
}

impl LifecycleWorkflowsContainerBuilder {
    /// Sets `id`.
    ///
    /// Key of the lifecycle workflows container. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the lifecycle workflows container. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the lifecycle workflows container. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `customTaskExtensions` (creating the collection if needed).
    ///
    /// Custom task extensions of the tenant, each a customTaskExtension.
    pub fn custom_task_extensions(
        mut self,
        item: impl Into<crate::v1::identity_governance::CustomTaskExtension>,
    ) -> Self {
        self.inner.custom_task_extensions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `customTaskExtensions` to a value, or leaves it out of the body with `None`.
    ///
    /// Custom task extensions of the tenant, each a customTaskExtension.
    pub fn set_custom_task_extensions(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::CustomTaskExtension>>,
    ) -> Self {
        self.inner.custom_task_extensions = value.into();
        self
    }
    /// Sends `customTaskExtensions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Custom task extensions of the tenant, each a customTaskExtension.
    pub fn null_custom_task_extensions(mut self) -> Self {
        self.inner.custom_task_extensions = crate::Nullable::Null;
        self
    }
    /// Sets `deletedItems`.
    ///
    /// Workflows of this lifecycle workflows instance that were deleted.
    pub fn deleted_items(mut self, value: impl Into<crate::v1::DeletedItemContainer>) -> Self {
        self.inner.deleted_items = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedItems` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflows of this lifecycle workflows instance that were deleted.
    pub fn set_deleted_items(mut self, value: Option<crate::v1::DeletedItemContainer>) -> Self {
        self.inner.deleted_items = value.into();
        self
    }
    /// Sends `deletedItems` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflows of this lifecycle workflows instance that were deleted.
    pub fn null_deleted_items(mut self) -> Self {
        self.inner.deleted_items = crate::Nullable::Null;
        self
    }
    /// Sets `insights`.
    ///
    /// Reports that summarize workflow processing across the whole tenant.
    pub fn insights(mut self, value: impl Into<crate::v1::identity_governance::Insights>) -> Self {
        self.inner.insights = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `insights` to a value, or leaves it out of the body with `None`.
    ///
    /// Reports that summarize workflow processing across the whole tenant.
    pub fn set_insights(mut self, value: Option<crate::v1::identity_governance::Insights>) -> Self {
        self.inner.insights = value.into();
        self
    }
    /// Sends `insights` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Reports that summarize workflow processing across the whole tenant.
    pub fn null_insights(mut self) -> Self {
        self.inner.insights = crate::Nullable::Null;
        self
    }
    /// Sets `settings`.
    ///
    /// Settings that apply to this lifecycle workflows instance.
    pub fn settings(
        mut self,
        value: impl Into<crate::v1::identity_governance::LifecycleManagementSettings>,
    ) -> Self {
        self.inner.settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `settings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings that apply to this lifecycle workflows instance.
    pub fn set_settings(
        mut self,
        value: Option<crate::v1::identity_governance::LifecycleManagementSettings>,
    ) -> Self {
        self.inner.settings = value.into();
        self
    }
    /// Sends `settings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings that apply to this lifecycle workflows instance.
    pub fn null_settings(mut self) -> Self {
        self.inner.settings = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskDefinitions` (creating the collection if needed).
    ///
    /// Built-in task definitions offered by this lifecycle workflows instance.
    pub fn task_definitions(
        mut self,
        item: impl Into<crate::v1::identity_governance::TaskDefinition>,
    ) -> Self {
        self.inner.task_definitions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskDefinitions` to a value, or leaves it out of the body with `None`.
    ///
    /// Built-in task definitions offered by this lifecycle workflows instance.
    pub fn set_task_definitions(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::TaskDefinition>>,
    ) -> Self {
        self.inner.task_definitions = value.into();
        self
    }
    /// Sends `taskDefinitions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Built-in task definitions offered by this lifecycle workflows instance.
    pub fn null_task_definitions(mut self) -> Self {
        self.inner.task_definitions = crate::Nullable::Null;
        self
    }
    /// Appends one item to `workflows` (creating the collection if needed).
    ///
    /// Workflows defined in this lifecycle workflows instance.
    pub fn workflows(mut self, item: impl Into<crate::v1::identity_governance::Workflow>) -> Self {
        self.inner.workflows.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `workflows` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflows defined in this lifecycle workflows instance.
    pub fn set_workflows(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::Workflow>>,
    ) -> Self {
        self.inner.workflows = value.into();
        self
    }
    /// Sends `workflows` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflows defined in this lifecycle workflows instance.
    pub fn null_workflows(mut self) -> Self {
        self.inner.workflows = crate::Nullable::Null;
        self
    }
    /// Appends one item to `workflowTemplates` (creating the collection if needed).
    ///
    /// Workflow templates offered by this lifecycle workflows instance.
    pub fn workflow_templates(
        mut self,
        item: impl Into<crate::v1::identity_governance::WorkflowTemplate>,
    ) -> Self {
        self.inner.workflow_templates.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `workflowTemplates` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflow templates offered by this lifecycle workflows instance.
    pub fn set_workflow_templates(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::WorkflowTemplate>>,
    ) -> Self {
        self.inner.workflow_templates = value.into();
        self
    }
    /// Sends `workflowTemplates` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflow templates offered by this lifecycle workflows instance.
    pub fn null_workflow_templates(mut self) -> Self {
        self.inner.workflow_templates = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "customTaskExtensions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.customTaskExtension"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "deletedItems",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.deletedItemContainer"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "insights",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.insights"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecycleManagementSettings"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskDefinitions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskDefinition"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.workflow"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowTemplates",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.workflowTemplate"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecycleWorkflowsContainer {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "customTaskExtensions", &self.custom_task_extensions)?;
        crate::__private::write_field(map, "deletedItems", &self.deleted_items)?;
        crate::__private::write_field(map, "insights", &self.insights)?;
        crate::__private::write_field(map, "settings", &self.settings)?;
        crate::__private::write_field(map, "taskDefinitions", &self.task_definitions)?;
        crate::__private::write_field(map, "workflows", &self.workflows)?;
        crate::__private::write_field(map, "workflowTemplates", &self.workflow_templates)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "customTaskExtensions" => !self.custom_task_extensions.is_absent(),
            "deletedItems" => !self.deleted_items.is_absent(),
            "insights" => !self.insights.is_absent(),
            "settings" => !self.settings.is_absent(),
            "taskDefinitions" => !self.task_definitions.is_absent(),
            "workflows" => !self.workflows.is_absent(),
            "workflowTemplates" => !self.workflow_templates.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecycleWorkflowsContainer` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "customTaskExtensions" => crate::__private::object_list(map, &mut self.custom_task_extensions)?,
            "deletedItems" => crate::__private::field(map, &mut self.deleted_items)?,
            "insights" => crate::__private::field(map, &mut self.insights)?,
            "settings" => crate::__private::field(map, &mut self.settings)?,
            "taskDefinitions" => crate::__private::object_list(map, &mut self.task_definitions)?,
            "workflows" => crate::__private::object_list(map, &mut self.workflows)?,
            "workflowTemplates" => crate::__private::object_list(map, &mut self.workflow_templates)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleWorkflowsContainer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
