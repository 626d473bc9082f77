// Generated from docs-src/api-reference/beta/resources/identitygovernance-userprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of running a lifecycle workflow for one user who met its execution conditions. It gathers the task processing results of all workflow tasks that the workflow ran for this user.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserProcessingResult {
    /// Key that identifies one user processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: crate::Nullable<String>,
    /// When the workflow finished for the user; null while it is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// How many tasks failed while the workflow ran.
    pub failed_tasks_count: crate::Nullable<i32>,
    /// Execution state of the workflow for the user. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// When the workflow is planned to run for the user.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub scheduled_date_time: crate::Nullable<crate::Timestamp>,
    /// When the workflow began running; `null` until it starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// How many tasks the workflow execution held in total.
    pub total_tasks_count: crate::Nullable<i32>,
    /// How many tasks of the workflow were left unprocessed.
    pub total_unprocessed_tasks_count: crate::Nullable<i32>,
    /// Whether the workflow ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub workflow_execution_type: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionType>,
    /// Version of the workflow that ran.
    pub workflow_version: crate::Nullable<i32>,
    /// The Azure AD user that the `taskProcessingResult` is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub subject: crate::Nullable<crate::beta::User>,
    /// Results of the individual tasks run for the user.
    pub task_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserProcessingResultBuilder {
        <UserProcessingResultBuilder as Default>::default()
    }
}

/// Builds a [`UserProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserProcessingResultBuilder {
    inner: UserProcessingResult,
}

impl UserProcessingResultBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies one user processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies one user processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies one user processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `completedDateTime`.
    ///
    /// When the workflow finished for the user; null while it is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow finished for the user; null while it is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow finished for the user; null while it is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasksCount`.
    ///
    /// How many tasks failed while the workflow ran.
    pub fn failed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks failed while the workflow ran.
    pub fn set_failed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks_count = value.into();
        self
    }
    /// Sends `failedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks failed while the workflow ran.
    pub fn null_failed_tasks_count(mut self) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Execution state of the workflow for the user. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn processing_status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `processingStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Execution state of the workflow for the user. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_processing_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = value.into();
        self
    }
    /// Sends `processingStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Execution state of the workflow for the user. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `scheduledDateTime`.
    ///
    /// When the workflow is planned to run for the user.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn scheduled_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scheduledDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow is planned to run for the user.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_scheduled_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = value.into();
        self
    }
    /// Sends `scheduledDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow is planned to run for the user.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_scheduled_date_time(mut self) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When the workflow began running; `null` until it starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow began running; `null` until it starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow began running; `null` until it starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasksCount`.
    ///
    /// How many tasks the workflow execution held in total.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks the workflow execution held in total.
    pub fn set_total_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks_count = value.into();
        self
    }
    /// Sends `totalTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks the workflow execution held in total.
    pub fn null_total_tasks_count(mut self) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalUnprocessedTasksCount`.
    ///
    /// How many tasks of the workflow were left unprocessed.
    pub fn total_unprocessed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUnprocessedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks of the workflow were left unprocessed.
    pub fn set_total_unprocessed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = value.into();
        self
    }
    /// Sends `totalUnprocessedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks of the workflow were left unprocessed.
    pub fn null_total_unprocessed_tasks_count(mut self) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `workflowExecutionType`.
    ///
    /// Whether the workflow ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn workflow_execution_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowExecutionType` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the workflow ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_workflow_execution_type(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = value.into();
        self
    }
    /// Sends `workflowExecutionType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the workflow ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_workflow_execution_type(mut self) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Null;
        self
    }
    /// Sets `workflowVersion`.
    ///
    /// Version of the workflow that ran.
    pub fn workflow_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowVersion` to a value, or leaves it out of the body with `None`.
    ///
    /// Version of the workflow that ran.
    pub fn set_workflow_version(mut self, value: Option<i32>) -> Self {
        self.inner.workflow_version = value.into();
        self
    }
    /// Sends `workflowVersion` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version of the workflow that ran.
    pub fn null_workflow_version(mut self) -> Self {
        self.inner.workflow_version = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// The Azure AD user that the `taskProcessingResult` is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn subject(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// The Azure AD user that the `taskProcessingResult` is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_subject(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The Azure AD user that the `taskProcessingResult` is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskProcessingResults` (creating the collection if needed).
    ///
    /// Results of the individual tasks run for the user.
    pub fn task_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Results of the individual tasks run for the user.
    pub fn set_task_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = value.into();
        self
    }
    /// Sends `taskProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Results of the individual tasks run for the user.
    pub fn null_task_processing_results(mut self) -> Self {
        self.inner.task_processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`UserProcessingResult`].
    pub fn build(self) -> UserProcessingResult {
        self.inner
    }
}

impl crate::GraphType for UserProcessingResult {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.userProcessingResult";
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
            name: "completedDateTime",
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
            name: "failedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "processingStatus",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus",
                members: &[
                    "queued",
                    "inProgress",
                    "completed",
                    "completedWithErrors",
                    "canceled",
                    "failed",
                    "unknownFutureValue",
                    "canceling",
                    "quarantined",
                ],
                after_sentinel: &["canceling", "quarantined"],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "scheduledDateTime",
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
            name: "startedDateTime",
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
            name: "totalTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalUnprocessedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowExecutionType",
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
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.workflowExecutionType",
                members: &[
                    "scheduled",
                    "onDemand",
                    "activatedWithScope",
                    "extensibilityOnDemand",
                    "unknownFutureValue",
                    "preview",
                ],
                after_sentinel: &["preview"],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
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

impl crate::__private::WriteFields for UserProcessingResult {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "failedTasksCount", &self.failed_tasks_count)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "scheduledDateTime", &self.scheduled_date_time)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "totalTasksCount", &self.total_tasks_count)?;
        crate::__private::write_field(map, "totalUnprocessedTasksCount", &self.total_unprocessed_tasks_count)?;
        crate::__private::write_field(map, "workflowExecutionType", &self.workflow_execution_type)?;
        crate::__private::write_field(map, "workflowVersion", &self.workflow_version)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        crate::__private::write_field(map, "taskProcessingResults", &self.task_processing_results)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "failedTasksCount" => !self.failed_tasks_count.is_absent(),
            "processingStatus" => !self.processing_status.is_absent(),
            "scheduledDateTime" => !self.scheduled_date_time.is_absent(),
            "startedDateTime" => !self.started_date_time.is_absent(),
            "totalTasksCount" => !self.total_tasks_count.is_absent(),
            "totalUnprocessedTasksCount" => !self.total_unprocessed_tasks_count.is_absent(),
            "workflowExecutionType" => !self.workflow_execution_type.is_absent(),
            "workflowVersion" => !self.workflow_version.is_absent(),
            "subject" => !self.subject.is_absent(),
            "taskProcessingResults" => !self.task_processing_results.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for UserProcessingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for UserProcessingResult {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.userProcessingResult` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "completedDateTime" => crate::__private::field(map, &mut self.completed_date_time)?,
            "failedTasksCount" => crate::__private::field(map, &mut self.failed_tasks_count)?,
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "scheduledDateTime" => crate::__private::field(map, &mut self.scheduled_date_time)?,
            "startedDateTime" => crate::__private::field(map, &mut self.started_date_time)?,
            "totalTasksCount" => crate::__private::field(map, &mut self.total_tasks_count)?,
            "totalUnprocessedTasksCount" => crate::__private::field(map, &mut self.total_unprocessed_tasks_count)?,
            "workflowExecutionType" => crate::__private::field(map, &mut self.workflow_execution_type)?,
            "workflowVersion" => crate::__private::field(map, &mut self.workflow_version)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            "taskProcessingResults" => crate::__private::object_list(map, &mut self.task_processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for UserProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
