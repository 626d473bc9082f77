// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflowtemplate.md by `cargo xtask regenerate`. Do not edit.
/// A ready-made Lifecycle Workflows setup offered by Microsoft Entra ID for frequent situations, for example onboarding new hires or offboarding people who leave.
///
/// A template gives a starting point shaped after a usual lifecycle management case; a custom workflow can be built from it and then adjusted to the situation at hand.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowTemplate {
    /// Key of the `workflowTemplate`. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// Lifecycle scenario the template serves. The possible values are: `joiner`, `mover`, `leaver`,`unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub category: Option<super::LifecycleWorkflowCategory>,
    /// Text explaining the `workflowTemplate`.
    pub description: Option<String>,
    /// Name of the `workflowTemplate` as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub display_name: Option<String>,
    /// When a workflow built from the template runs, and the rules that pick the users it covers.
    pub execution_conditions: Option<super::WorkflowExecutionConditionsKind>,
    /// Tasks of the template with the order they run in, as a workflow would hold them. Expanded by default.
    pub tasks: Option<Vec<super::Task>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowTemplate {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowTemplateBuilder {
        WorkflowTemplateBuilder::default()
    }
}

/// Builds a [`WorkflowTemplate`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowTemplateBuilder {
    inner: WorkflowTemplate,
}

impl WorkflowTemplateBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(
        mut self,
        value: impl Into<super::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = Some(value.into());
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
    /// Sets `executionConditions`.
    pub fn execution_conditions(
        mut self,
        value: impl Into<super::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = Some(value.into());
        self
    }
    /// Sets `tasks`.
    pub fn tasks(mut self, value: impl Into<Vec<super::Task>>) -> Self {
        self.inner.tasks = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &[
                    "joiner",
                    "leaver",
                    "unknownFutureValue",
                    "mover",
                    "extensibility",
                ],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
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
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowExecutionConditions",
            ),
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
    ];
}

impl crate::__private::WriteFields for WorkflowTemplate {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.execution_conditions {
            map.serialize_entry("executionConditions", value)?;
        }
        if let Some(value) = &self.tasks {
            map.serialize_entry("tasks", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "category" => self.category.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "executionConditions" => self.execution_conditions.is_some(),
            "tasks" => self.tasks.is_some(),
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
            "category" => {
                crate::__private::field(
                    map,
                    &mut self.category,
                    "category",
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
            "executionConditions" => {
                crate::__private::field(
                    map,
                    &mut self.execution_conditions,
                    "executionConditions",
                    &mut self.additional_properties,
                )?
            }
            "tasks" => {
                crate::__private::field(
                    map,
                    &mut self.tasks,
                    "tasks",
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

impl<'de> serde::Deserialize<'de> for WorkflowTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.workflowTemplate` object",
        )
    }
}
