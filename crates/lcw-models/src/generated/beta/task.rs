// Generated from docs-src/api-reference/beta/resources/identitygovernance-task.md by `cargo xtask regenerate`. Do not edit.
/// A task of a lifecycle workflow: an action the workflow carries out once it is triggered. When the other built-in tasks fall short, a workflow can call a custom task extension through the built-in task whose name is "Run a custom task extension"; that is how Azure Logic Apps are plugged in.
///
/// Each workflow holds at most 25 tasks.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Task {
    /// Key that identifies one task. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// Arguments passed to the task.
    ///
    /// How to set them is explained in Arguments of the built-in Lifecycle Workflows tasks. Required.
    pub arguments: Option<Vec<super::KeyValuePair>>,
    /// Category the task belongs to. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. The property is multi-valued, so one task may belong to `joiner` and `leaver` at once.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub category: Option<super::LifecycleTaskCategorySet>,
    /// Whether a failure of this task keeps later workflows from running. Optional.
    pub continue_on_error: Option<bool>,
    /// Text for administrators explaining what the task is for. Optional.
    pub description: Option<String>,
    /// Unique name of the task. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub display_name: Option<String>,
    /// Position of the task in the order in which the workflow runs its tasks.
    ///
    /// Supports `$orderby`.
    pub execution_sequence: Option<i32>,
    /// Whether the task runs. Optional.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_enabled: Option<bool>,
    /// Identifier of the built-in task template this task is made from. The templates Lifecycle Workflows offers, with their identifiers, are listed under supported tasks. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub task_definition_id: Option<String>,
    /// Outcomes of processing this task.
    pub task_processing_results: Option<Vec<super::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Task {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskBuilder {
        TaskBuilder::default()
    }
}

/// Builds a [`Task`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskBuilder {
    inner: Task,
}

impl TaskBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `arguments`.
    pub fn arguments(mut self, value: impl Into<Vec<super::KeyValuePair>>) -> Self {
        self.inner.arguments = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(
        mut self,
        value: impl Into<super::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = Some(value.into());
        self
    }
    /// Sets `continueOnError`.
    pub fn continue_on_error(mut self, value: impl Into<bool>) -> Self {
        self.inner.continue_on_error = Some(value.into());
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
    /// Sets `executionSequence`.
    pub fn execution_sequence(mut self, value: impl Into<i32>) -> Self {
        self.inner.execution_sequence = Some(value.into());
        self
    }
    /// Sets `isEnabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = Some(value.into());
        self
    }
    /// Sets `taskDefinitionId`.
    pub fn task_definition_id(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_id = Some(value.into());
        self
    }
    /// Sets `taskProcessingResults`.
    pub fn task_processing_results(
        mut self,
        value: impl Into<Vec<super::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = Some(value.into());
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
    /// The finished [`Task`].
    pub fn build(self) -> Task {
        self.inner
    }
}

impl crate::GraphType for Task {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.task";
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
            name: "arguments",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.keyValuePair"),
        },
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleTaskCategory",
                members: &[
                    "joiner",
                    "leaver",
                    "unknownFutureValue",
                    "mover",
                    "extensibility",
                ],
                after_sentinel: &["mover", "extensibility"],
                flags: true,
            },
        },
        crate::PropertyInfo {
            name: "continueOnError",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
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
            name: "executionSequence",
            filter: &[],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "taskDefinitionId",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "taskProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskProcessingResult",
            ),
        },
    ];
}

impl crate::__private::WriteFields for Task {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.arguments {
            map.serialize_entry("arguments", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.continue_on_error {
            map.serialize_entry("continueOnError", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.execution_sequence {
            map.serialize_entry("executionSequence", value)?;
        }
        if let Some(value) = &self.is_enabled {
            map.serialize_entry("isEnabled", value)?;
        }
        if let Some(value) = &self.task_definition_id {
            map.serialize_entry("taskDefinitionId", value)?;
        }
        if let Some(value) = &self.task_processing_results {
            map.serialize_entry("taskProcessingResults", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "arguments" => self.arguments.is_some(),
            "category" => self.category.is_some(),
            "continueOnError" => self.continue_on_error.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "executionSequence" => self.execution_sequence.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "taskDefinitionId" => self.task_definition_id.is_some(),
            "taskProcessingResults" => self.task_processing_results.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Task {
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
            "arguments" => {
                crate::__private::field(
                    map,
                    &mut self.arguments,
                    "arguments",
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
            "continueOnError" => {
                crate::__private::field(
                    map,
                    &mut self.continue_on_error,
                    "continueOnError",
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
            "executionSequence" => {
                crate::__private::field(
                    map,
                    &mut self.execution_sequence,
                    "executionSequence",
                    &mut self.additional_properties,
                )?
            }
            "isEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_enabled,
                    "isEnabled",
                    &mut self.additional_properties,
                )?
            }
            "taskDefinitionId" => {
                crate::__private::field(
                    map,
                    &mut self.task_definition_id,
                    "taskDefinitionId",
                    &mut self.additional_properties,
                )?
            }
            "taskProcessingResults" => {
                crate::__private::field(
                    map,
                    &mut self.task_processing_results,
                    "taskProcessingResults",
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

impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.task` object",
        )
    }
}
