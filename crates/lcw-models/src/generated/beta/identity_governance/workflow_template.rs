// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowtemplate.md by `cargo xtask regenerate`. Do not edit.
/// A ready-made Lifecycle Workflows template that Azure AD offers for common cases, such as new hires and people leaving the organization.
///
/// Templates give a starting point for workflows in typical lifecycle management cases; a custom workflow can also start from a template and be adjusted to a particular need.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowTemplate {
    /// Key of the `workflowTemplate`. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: crate::Nullable<String>,
    /// Category of the template. The possible values are: `joiner`, `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    /// Text describing the `workflowTemplate`.
    pub description: crate::Nullable<String>,
    /// Name of the `workflowTemplate` as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub display_name: crate::Nullable<String>,
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub execution_conditions: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    /// Tasks to run and their order within a workflow. Expanded by default.
    pub tasks: crate::Nullable<Vec<crate::beta::identity_governance::Task>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowTemplate {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowTemplateBuilder {
        <WorkflowTemplateBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowTemplate`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowTemplateBuilder {
    inner: WorkflowTemplate,
}

impl WorkflowTemplateBuilder {
    /// Sets `id`.
    ///
    /// Key of the `workflowTemplate`. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the `workflowTemplate`. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the `workflowTemplate`. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `category`.
    ///
    /// Category of the template. The possible values are: `joiner`, `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// Category of the template. The possible values are: `joiner`, `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Category of the template. The possible values are: `joiner`, `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text describing the `workflowTemplate`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text describing the `workflowTemplate`.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text describing the `workflowTemplate`.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the `workflowTemplate` as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the `workflowTemplate` as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the `workflowTemplate` as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `executionConditions`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn execution_conditions(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `executionConditions` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn set_execution_conditions(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = value.into();
        self
    }
    /// Sends `executionConditions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn null_execution_conditions(mut self) -> Self {
        self.inner.execution_conditions = crate::Nullable::Null;
        self
    }
    /// Appends one item to `tasks` (creating the collection if needed).
    ///
    /// Tasks to run and their order within a workflow. Expanded by default.
    pub fn tasks(mut self, item: impl Into<crate::beta::identity_governance::Task>) -> Self {
        self.inner.tasks.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `tasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks to run and their order within a workflow. Expanded by default.
    pub fn set_tasks(mut self, value: Option<Vec<crate::beta::identity_governance::Task>>) -> Self {
        self.inner.tasks = value.into();
        self
    }
    /// Sends `tasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks to run and their order within a workflow. Expanded by default.
    pub fn null_tasks(mut self) -> Self {
        self.inner.tasks = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowTemplate`].
    pub fn build(self) -> WorkflowTemplate {
        self.inner
    }
}

impl crate::GraphType for WorkflowTemplate {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowTemplate";
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
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &["joiner", "leaver", "unknownFutureValue", "mover", "extensibility"],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
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
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionConditions"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowTemplate {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "executionConditions", &self.execution_conditions)?;
        crate::__private::write_field(map, "tasks", &self.tasks)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "category" => !self.category.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "executionConditions" => !self.execution_conditions.is_absent(),
            "tasks" => !self.tasks.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowTemplate {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowTemplate` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "category" => crate::__private::field(map, &mut self.category)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "executionConditions" => crate::__private::field(map, &mut self.execution_conditions)?,
            "tasks" => crate::__private::object_list(map, &mut self.tasks)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
