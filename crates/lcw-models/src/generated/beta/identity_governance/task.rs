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
    pub id: crate::Nullable<String>,
    /// Arguments passed to the task.
    ///
    /// How to set them is explained in Arguments of the built-in Lifecycle Workflows tasks. Required.
    pub arguments: crate::Nullable<Vec<crate::beta::KeyValuePair>>,
    /// Category the task belongs to. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. The property is multi-valued, so one task may belong to `joiner` and `leaver` at once.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    /// Whether a failure of this task keeps later workflows from running. Optional.
    pub continue_on_error: crate::Nullable<bool>,
    /// Text for administrators explaining what the task is for. Optional.
    pub description: crate::Nullable<String>,
    /// Unique name of the task. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub display_name: crate::Nullable<String>,
    /// Position of the task in the order in which the workflow runs its tasks.
    ///
    /// Supports `$orderby`.
    pub execution_sequence: crate::Nullable<i32>,
    /// Whether the task runs. Optional.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_enabled: crate::Nullable<bool>,
    /// Identifier of the built-in task template this task is made from. The templates Lifecycle Workflows offers, with their identifiers, are listed under supported tasks. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub task_definition_id: crate::Nullable<String>,
    /// Outcomes of processing this task.
    pub task_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Task {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskBuilder {
        <TaskBuilder as Default>::default()
    }
}

/// Builds a [`Task`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskBuilder {
    inner: Task,
}

impl TaskBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies one task. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies one task. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies one task. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `arguments` (creating the collection if needed).
    ///
    /// Arguments passed to the task.
    ///
    /// How to set them is explained in Arguments of the built-in Lifecycle Workflows tasks. Required.
    pub fn arguments(mut self, item: impl Into<crate::beta::KeyValuePair>) -> Self {
        self.inner.arguments.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `arguments` to a value, or leaves it out of the body with `None`.
    ///
    /// Arguments passed to the task.
    ///
    /// How to set them is explained in Arguments of the built-in Lifecycle Workflows tasks. Required.
    pub fn set_arguments(mut self, value: Option<Vec<crate::beta::KeyValuePair>>) -> Self {
        self.inner.arguments = value.into();
        self
    }
    /// Sends `arguments` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Arguments passed to the task.
    ///
    /// How to set them is explained in Arguments of the built-in Lifecycle Workflows tasks. Required.
    pub fn null_arguments(mut self) -> Self {
        self.inner.arguments = crate::Nullable::Null;
        self
    }
    /// Sets `category`.
    ///
    /// Category the task belongs to. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. The property is multi-valued, so one task may belong to `joiner` and `leaver` at once.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// Category the task belongs to. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. The property is multi-valued, so one task may belong to `joiner` and `leaver` at once.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Category the task belongs to. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. The property is multi-valued, so one task may belong to `joiner` and `leaver` at once.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `continueOnError`.
    ///
    /// Whether a failure of this task keeps later workflows from running. Optional.
    pub fn continue_on_error(mut self, value: impl Into<bool>) -> Self {
        self.inner.continue_on_error = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `continueOnError` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether a failure of this task keeps later workflows from running. Optional.
    pub fn set_continue_on_error(mut self, value: Option<bool>) -> Self {
        self.inner.continue_on_error = value.into();
        self
    }
    /// Sends `continueOnError` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether a failure of this task keeps later workflows from running. Optional.
    pub fn null_continue_on_error(mut self) -> Self {
        self.inner.continue_on_error = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text for administrators explaining what the task is for. Optional.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text for administrators explaining what the task is for. Optional.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text for administrators explaining what the task is for. Optional.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Unique name of the task. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Unique name of the task. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Unique name of the task. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `executionSequence`.
    ///
    /// Position of the task in the order in which the workflow runs its tasks.
    ///
    /// Supports `$orderby`.
    pub fn execution_sequence(mut self, value: impl Into<i32>) -> Self {
        self.inner.execution_sequence = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `executionSequence` to a value, or leaves it out of the body with `None`.
    ///
    /// Position of the task in the order in which the workflow runs its tasks.
    ///
    /// Supports `$orderby`.
    pub fn set_execution_sequence(mut self, value: Option<i32>) -> Self {
        self.inner.execution_sequence = value.into();
        self
    }
    /// Sends `executionSequence` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Position of the task in the order in which the workflow runs its tasks.
    ///
    /// Supports `$orderby`.
    pub fn null_execution_sequence(mut self) -> Self {
        self.inner.execution_sequence = crate::Nullable::Null;
        self
    }
    /// Sets `isEnabled`.
    ///
    /// Whether the task runs. Optional.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the task runs. Optional.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the task runs. Optional.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn null_is_enabled(mut self) -> Self {
        self.inner.is_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `taskDefinitionId`.
    ///
    /// Identifier of the built-in task template this task is made from. The templates Lifecycle Workflows offers, with their identifiers, are listed under supported tasks. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn task_definition_id(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskDefinitionId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the built-in task template this task is made from. The templates Lifecycle Workflows offers, with their identifiers, are listed under supported tasks. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn set_task_definition_id(mut self, value: Option<String>) -> Self {
        self.inner.task_definition_id = value.into();
        self
    }
    /// Sends `taskDefinitionId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the built-in task template this task is made from. The templates Lifecycle Workflows offers, with their identifiers, are listed under supported tasks. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`).
    pub fn null_task_definition_id(mut self) -> Self {
        self.inner.task_definition_id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskProcessingResults` (creating the collection if needed).
    ///
    /// Outcomes of processing this task.
    pub fn task_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Outcomes of processing this task.
    pub fn set_task_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = value.into();
        self
    }
    /// Sends `taskProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Outcomes of processing this task.
    pub fn null_task_processing_results(mut self) -> Self {
        self.inner.task_processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "arguments",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.keyValuePair"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleTaskCategory",
                members: &["joiner", "leaver", "unknownFutureValue", "mover", "extensibility"],
                after_sentinel: &["mover", "extensibility"],
                flags: true,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "continueOnError",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
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
            name: "executionSequence",
            filter: &[],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskDefinitionId",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskProcessingResult"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Task {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "arguments", &self.arguments)?;
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "continueOnError", &self.continue_on_error)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "executionSequence", &self.execution_sequence)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "taskDefinitionId", &self.task_definition_id)?;
        crate::__private::write_field(map, "taskProcessingResults", &self.task_processing_results)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "arguments" => !self.arguments.is_absent(),
            "category" => !self.category.is_absent(),
            "continueOnError" => !self.continue_on_error.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "executionSequence" => !self.execution_sequence.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "taskDefinitionId" => !self.task_definition_id.is_absent(),
            "taskProcessingResults" => !self.task_processing_results.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.task` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "arguments" => crate::__private::object_list(map, &mut self.arguments)?,
            "category" => crate::__private::field(map, &mut self.category)?,
            "continueOnError" => crate::__private::field(map, &mut self.continue_on_error)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "executionSequence" => crate::__private::field(map, &mut self.execution_sequence)?,
            "isEnabled" => crate::__private::field(map, &mut self.is_enabled)?,
            "taskDefinitionId" => crate::__private::field(map, &mut self.task_definition_id)?,
            "taskProcessingResults" => crate::__private::object_list(map, &mut self.task_processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
