// Generated from docs-src/api-reference/beta/resources/identitygovernance-taskreport.md by `cargo xtask regenerate`. Do not edit.
/// Aggregates the task processing results of one workflow task in one workflow run. It shows at a glance how healthy a task was in that run, which helps find the cause quickly when a run did not finish successfully.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskReport {
    /// Identifier of this task report. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: crate::Nullable<String>,
    /// When the run of this report finished; `null` while the run is still going.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// How many users of the run this task failed for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub failed_users_count: crate::Nullable<i32>,
    /// When the task report last changed.
    pub last_updated_date_time: crate::Nullable<crate::Timestamp>,
    /// Processing state of the task, derived from its taskProcessingResults. The possible values depend on how many results are `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, and `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// Key of the run this report belongs to.
    pub run_id: crate::Nullable<String>,
    /// When the run of this report began; `null` until the run starts.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// How many users of the run this task succeeded for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub successful_users_count: crate::Nullable<i32>,
    /// How many users of the run this task was planned to run for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub total_users_count: crate::Nullable<i32>,
    /// How many users of the run this task is still `queued`, `in progress`, or `canceled` for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub unprocessed_users_count: crate::Nullable<i32>,
    /// Lifecycle workflow task the report is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub task: crate::Nullable<crate::beta::identity_governance::Task>,
    /// The taskDefinition behind the lifecycle workflow task of this report.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub task_definition: crate::Nullable<crate::beta::identity_governance::TaskDefinition>,
    /// The taskProcessingResults of the lifecycle workflow task in this run.
    pub task_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskReportBuilder {
        <TaskReportBuilder as Default>::default()
    }
}

/// Builds a [`TaskReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskReportBuilder {
    inner: TaskReport,
}

impl TaskReportBuilder {
    /// Sets `id`.
    ///
    /// Identifier of this task report. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of this task report. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of this task report. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `completedDateTime`.
    ///
    /// When the run of this report finished; `null` while the run is still going.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the run of this report finished; `null` while the run is still going.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the run of this report finished; `null` while the run is still going.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsersCount`.
    ///
    /// How many users of the run this task failed for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn failed_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users of the run this task failed for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_failed_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users_count = value.into();
        self
    }
    /// Sends `failedUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users of the run this task failed for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_failed_users_count(mut self) -> Self {
        self.inner.failed_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `lastUpdatedDateTime`.
    ///
    /// When the task report last changed.
    pub fn last_updated_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastUpdatedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the task report last changed.
    pub fn set_last_updated_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = value.into();
        self
    }
    /// Sends `lastUpdatedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the task report last changed.
    pub fn null_last_updated_date_time(mut self) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Processing state of the task, derived from its taskProcessingResults. The possible values depend on how many results are `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, and `unknownFutureValue`.
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
    /// Processing state of the task, derived from its taskProcessingResults. The possible values depend on how many results are `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, and `unknownFutureValue`.
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
    /// Processing state of the task, derived from its taskProcessingResults. The possible values depend on how many results are `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, and `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `runId`.
    ///
    /// Key of the run this report belongs to.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.inner.run_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `runId` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the run this report belongs to.
    pub fn set_run_id(mut self, value: Option<String>) -> Self {
        self.inner.run_id = value.into();
        self
    }
    /// Sends `runId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the run this report belongs to.
    pub fn null_run_id(mut self) -> Self {
        self.inner.run_id = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When the run of this report began; `null` until the run starts.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the run of this report began; `null` until the run starts.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the run of this report began; `null` until the run starts.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsersCount`.
    ///
    /// How many users of the run this task succeeded for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn successful_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users of the run this task succeeded for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_successful_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users_count = value.into();
        self
    }
    /// Sends `successfulUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users of the run this task succeeded for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_successful_users_count(mut self) -> Self {
        self.inner.successful_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsersCount`.
    ///
    /// How many users of the run this task was planned to run for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn total_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users of the run this task was planned to run for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_total_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_users_count = value.into();
        self
    }
    /// Sends `totalUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users of the run this task was planned to run for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_total_users_count(mut self) -> Self {
        self.inner.total_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `unprocessedUsersCount`.
    ///
    /// How many users of the run this task is still `queued`, `in progress`, or `canceled` for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn unprocessed_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.unprocessed_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `unprocessedUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users of the run this task is still `queued`, `in progress`, or `canceled` for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_unprocessed_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.unprocessed_users_count = value.into();
        self
    }
    /// Sends `unprocessedUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users of the run this task is still `queued`, `in progress`, or `canceled` for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_unprocessed_users_count(mut self) -> Self {
        self.inner.unprocessed_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `task`.
    ///
    /// Lifecycle workflow task the report is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn task(mut self, value: impl Into<crate::beta::identity_governance::Task>) -> Self {
        self.inner.task = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `task` to a value, or leaves it out of the body with `None`.
    ///
    /// Lifecycle workflow task the report is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_task(mut self, value: Option<crate::beta::identity_governance::Task>) -> Self {
        self.inner.task = value.into();
        self
    }
    /// Sends `task` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Lifecycle workflow task the report is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_task(mut self) -> Self {
        self.inner.task = crate::Nullable::Null;
        self
    }
    /// Sets `taskDefinition`.
    ///
    /// The taskDefinition behind the lifecycle workflow task of this report.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn task_definition(
        mut self,
        value: impl Into<crate::beta::identity_governance::TaskDefinition>,
    ) -> Self {
        self.inner.task_definition = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskDefinition` to a value, or leaves it out of the body with `None`.
    ///
    /// The taskDefinition behind the lifecycle workflow task of this report.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_task_definition(
        mut self,
        value: Option<crate::beta::identity_governance::TaskDefinition>,
    ) -> Self {
        self.inner.task_definition = value.into();
        self
    }
    /// Sends `taskDefinition` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The taskDefinition behind the lifecycle workflow task of this report.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_task_definition(mut self) -> Self {
        self.inner.task_definition = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskProcessingResults` (creating the collection if needed).
    ///
    /// The taskProcessingResults of the lifecycle workflow task in this run.
    pub fn task_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// The taskProcessingResults of the lifecycle workflow task in this run.
    pub fn set_task_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = value.into();
        self
    }
    /// Sends `taskProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The taskProcessingResults of the lifecycle workflow task in this run.
    pub fn null_task_processing_results(mut self) -> Self {
        self.inner.task_processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TaskReport`].
    pub fn build(self) -> TaskReport {
        self.inner
    }
}

impl crate::GraphType for TaskReport {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.taskReport";
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
            name: "failedUsersCount",
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
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastUpdatedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
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
            name: "runId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "startedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulUsersCount",
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
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalUsersCount",
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
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "unprocessedUsersCount",
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
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskDefinition",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskDefinition"),
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

impl crate::__private::WriteFields for TaskReport {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "failedUsersCount", &self.failed_users_count)?;
        crate::__private::write_field(map, "lastUpdatedDateTime", &self.last_updated_date_time)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "runId", &self.run_id)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "successfulUsersCount", &self.successful_users_count)?;
        crate::__private::write_field(map, "totalUsersCount", &self.total_users_count)?;
        crate::__private::write_field(map, "unprocessedUsersCount", &self.unprocessed_users_count)?;
        crate::__private::write_field(map, "task", &self.task)?;
        crate::__private::write_field(map, "taskDefinition", &self.task_definition)?;
        crate::__private::write_field(map, "taskProcessingResults", &self.task_processing_results)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "failedUsersCount" => !self.failed_users_count.is_absent(),
            "lastUpdatedDateTime" => !self.last_updated_date_time.is_absent(),
            "processingStatus" => !self.processing_status.is_absent(),
            "runId" => !self.run_id.is_absent(),
            "startedDateTime" => !self.started_date_time.is_absent(),
            "successfulUsersCount" => !self.successful_users_count.is_absent(),
            "totalUsersCount" => !self.total_users_count.is_absent(),
            "unprocessedUsersCount" => !self.unprocessed_users_count.is_absent(),
            "task" => !self.task.is_absent(),
            "taskDefinition" => !self.task_definition.is_absent(),
            "taskProcessingResults" => !self.task_processing_results.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TaskReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TaskReport {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.taskReport` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "completedDateTime" => crate::__private::field(map, &mut self.completed_date_time)?,
            "failedUsersCount" => crate::__private::field(map, &mut self.failed_users_count)?,
            "lastUpdatedDateTime" => crate::__private::field(map, &mut self.last_updated_date_time)?,
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "runId" => crate::__private::field(map, &mut self.run_id)?,
            "startedDateTime" => crate::__private::field(map, &mut self.started_date_time)?,
            "successfulUsersCount" => crate::__private::field(map, &mut self.successful_users_count)?,
            "totalUsersCount" => crate::__private::field(map, &mut self.total_users_count)?,
            "unprocessedUsersCount" => crate::__private::field(map, &mut self.unprocessed_users_count)?,
            "task" => crate::__private::field(map, &mut self.task)?,
            "taskDefinition" => crate::__private::field(map, &mut self.task_definition)?,
            "taskProcessingResults" => crate::__private::object_list(map, &mut self.task_processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TaskReport {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
