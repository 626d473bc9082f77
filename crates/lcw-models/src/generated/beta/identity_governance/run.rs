// Generated from docs-src/api-reference/beta/resources/identitygovernance-run.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of one execution of a lifecycle workflow over the users who met its conditions. A run gathers the user processing results of every user handled either during one scheduling interval or by an on-demand execution.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// Unique key of the workflow run.
    pub id: crate::Nullable<String>,
    /// When the run finished; `null` while the workflow is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// How many tasks failed during the run.
    pub failed_tasks_count: crate::Nullable<i32>,
    /// How many users failed during the run.
    pub failed_users_count: crate::Nullable<i32>,
    /// When the run was last updated.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub last_updated_date_time: crate::Nullable<crate::Timestamp>,
    /// Execution state of the run. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// When execution of the run began.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// When the run is planned to execute for the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub scheduled_date_time: crate::Nullable<crate::Timestamp>,
    /// How many users the run processed successfully.
    pub successful_users_count: crate::Nullable<i32>,
    /// How many users the workflow execution covered in total.
    pub total_users_count: crate::Nullable<i32>,
    /// How many tasks the run executed in total.
    pub total_tasks_count: crate::Nullable<i32>,
    /// How many tasks of the run were left unprocessed.
    pub total_unprocessed_tasks_count: crate::Nullable<i32>,
    /// Whether the workflows of this run ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub workflow_execution_type: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionType>,
    /// Per-user results of the run.
    pub user_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    /// Task processing results that belong to the run.
    pub task_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    /// Task reports that belong to the run.
    pub task_reports: crate::Nullable<Vec<crate::beta::identity_governance::TaskReport>>,
    /// The scope a run started by activateWithScope was activated on.
    pub activated_on_scope: crate::Nullable<crate::beta::identity_governance::ActivationScopeKind>,
    /// Runs that processed the users of this run again.
    pub reprocessed_runs: crate::Nullable<Vec<crate::beta::identity_governance::Run>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Run {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunBuilder {
        <RunBuilder as Default>::default()
    }
}

/// Builds a [`Run`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunBuilder {
    inner: Run,
}

impl RunBuilder {
    /// Sets `id`.
    ///
    /// Unique key of the workflow run.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Unique key of the workflow run.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Unique key of the workflow run.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `completedDateTime`.
    ///
    /// When the run finished; `null` while the workflow is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the run finished; `null` while the workflow is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the run finished; `null` while the workflow is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasksCount`.
    ///
    /// How many tasks failed during the run.
    pub fn failed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks failed during the run.
    pub fn set_failed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks_count = value.into();
        self
    }
    /// Sends `failedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks failed during the run.
    pub fn null_failed_tasks_count(mut self) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsersCount`.
    ///
    /// How many users failed during the run.
    pub fn failed_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users failed during the run.
    pub fn set_failed_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users_count = value.into();
        self
    }
    /// Sends `failedUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users failed during the run.
    pub fn null_failed_users_count(mut self) -> Self {
        self.inner.failed_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `lastUpdatedDateTime`.
    ///
    /// When the run was last updated.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn last_updated_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastUpdatedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the run was last updated.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_last_updated_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = value.into();
        self
    }
    /// Sends `lastUpdatedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the run was last updated.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_last_updated_date_time(mut self) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Execution state of the run. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
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
    /// Execution state of the run. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
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
    /// Execution state of the run. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When execution of the run began.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When execution of the run began.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When execution of the run began.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `scheduledDateTime`.
    ///
    /// When the run is planned to execute for the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn scheduled_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scheduledDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the run is planned to execute for the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_scheduled_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = value.into();
        self
    }
    /// Sends `scheduledDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the run is planned to execute for the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_scheduled_date_time(mut self) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsersCount`.
    ///
    /// How many users the run processed successfully.
    pub fn successful_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users the run processed successfully.
    pub fn set_successful_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users_count = value.into();
        self
    }
    /// Sends `successfulUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users the run processed successfully.
    pub fn null_successful_users_count(mut self) -> Self {
        self.inner.successful_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsersCount`.
    ///
    /// How many users the workflow execution covered in total.
    pub fn total_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsersCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users the workflow execution covered in total.
    pub fn set_total_users_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_users_count = value.into();
        self
    }
    /// Sends `totalUsersCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users the workflow execution covered in total.
    pub fn null_total_users_count(mut self) -> Self {
        self.inner.total_users_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasksCount`.
    ///
    /// How many tasks the run executed in total.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks the run executed in total.
    pub fn set_total_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks_count = value.into();
        self
    }
    /// Sends `totalTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks the run executed in total.
    pub fn null_total_tasks_count(mut self) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalUnprocessedTasksCount`.
    ///
    /// How many tasks of the run were left unprocessed.
    pub fn total_unprocessed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUnprocessedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks of the run were left unprocessed.
    pub fn set_total_unprocessed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = value.into();
        self
    }
    /// Sends `totalUnprocessedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks of the run were left unprocessed.
    pub fn null_total_unprocessed_tasks_count(mut self) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `workflowExecutionType`.
    ///
    /// Whether the workflows of this run ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn workflow_execution_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowExecutionType` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the workflows of this run ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_workflow_execution_type(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = value.into();
        self
    }
    /// Sends `workflowExecutionType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the workflows of this run ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_workflow_execution_type(mut self) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Null;
        self
    }
    /// Appends one item to `userProcessingResults` (creating the collection if needed).
    ///
    /// Per-user results of the run.
    pub fn user_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::UserProcessingResult>,
    ) -> Self {
        self.inner.user_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `userProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Per-user results of the run.
    pub fn set_user_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = value.into();
        self
    }
    /// Sends `userProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Per-user results of the run.
    pub fn null_user_processing_results(mut self) -> Self {
        self.inner.user_processing_results = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskProcessingResults` (creating the collection if needed).
    ///
    /// Task processing results that belong to the run.
    pub fn task_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Task processing results that belong to the run.
    pub fn set_task_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = value.into();
        self
    }
    /// Sends `taskProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Task processing results that belong to the run.
    pub fn null_task_processing_results(mut self) -> Self {
        self.inner.task_processing_results = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskReports` (creating the collection if needed).
    ///
    /// Task reports that belong to the run.
    pub fn task_reports(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskReport>,
    ) -> Self {
        self.inner.task_reports.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskReports` to a value, or leaves it out of the body with `None`.
    ///
    /// Task reports that belong to the run.
    pub fn set_task_reports(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskReport>>,
    ) -> Self {
        self.inner.task_reports = value.into();
        self
    }
    /// Sends `taskReports` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Task reports that belong to the run.
    pub fn null_task_reports(mut self) -> Self {
        self.inner.task_reports = crate::Nullable::Null;
        self
    }
    /// Sets `activatedOnScope`.
    ///
    /// The scope a run started by activateWithScope was activated on.
    pub fn activated_on_scope(
        mut self,
        value: impl Into<crate::beta::identity_governance::ActivationScopeKind>,
    ) -> Self {
        self.inner.activated_on_scope = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `activatedOnScope` to a value, or leaves it out of the body with `None`.
    ///
    /// The scope a run started by activateWithScope was activated on.
    pub fn set_activated_on_scope(
        mut self,
        value: Option<crate::beta::identity_governance::ActivationScopeKind>,
    ) -> Self {
        self.inner.activated_on_scope = value.into();
        self
    }
    /// Sends `activatedOnScope` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The scope a run started by activateWithScope was activated on.
    pub fn null_activated_on_scope(mut self) -> Self {
        self.inner.activated_on_scope = crate::Nullable::Null;
        self
    }
    /// Appends one item to `reprocessedRuns` (creating the collection if needed).
    ///
    /// Runs that processed the users of this run again.
    pub fn reprocessed_runs(
        mut self,
        item: impl Into<crate::beta::identity_governance::Run>,
    ) -> Self {
        self.inner.reprocessed_runs.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `reprocessedRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs that processed the users of this run again.
    pub fn set_reprocessed_runs(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::Run>>,
    ) -> Self {
        self.inner.reprocessed_runs = value.into();
        self
    }
    /// Sends `reprocessedRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs that processed the users of this run again.
    pub fn null_reprocessed_runs(mut self) -> Self {
        self.inner.reprocessed_runs = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Run`].
    pub fn build(self) -> Run {
        self.inner
    }
}

impl crate::GraphType for Run {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.run";
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
            name: "failedUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastUpdatedDateTime",
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
            name: "successfulUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
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
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
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
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
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
        crate::PropertyInfo {
            name: "taskReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskReport"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "activatedOnScope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.activationScope"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "reprocessedRuns",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Run {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "failedTasksCount", &self.failed_tasks_count)?;
        crate::__private::write_field(map, "failedUsersCount", &self.failed_users_count)?;
        crate::__private::write_field(map, "lastUpdatedDateTime", &self.last_updated_date_time)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "scheduledDateTime", &self.scheduled_date_time)?;
        crate::__private::write_field(map, "successfulUsersCount", &self.successful_users_count)?;
        crate::__private::write_field(map, "totalUsersCount", &self.total_users_count)?;
        crate::__private::write_field(map, "totalTasksCount", &self.total_tasks_count)?;
        crate::__private::write_field(map, "totalUnprocessedTasksCount", &self.total_unprocessed_tasks_count)?;
        crate::__private::write_field(map, "workflowExecutionType", &self.workflow_execution_type)?;
        crate::__private::write_field(map, "userProcessingResults", &self.user_processing_results)?;
        crate::__private::write_field(map, "taskProcessingResults", &self.task_processing_results)?;
        crate::__private::write_field(map, "taskReports", &self.task_reports)?;
        crate::__private::write_field(map, "activatedOnScope", &self.activated_on_scope)?;
        crate::__private::write_field(map, "reprocessedRuns", &self.reprocessed_runs)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "failedTasksCount" => !self.failed_tasks_count.is_absent(),
            "failedUsersCount" => !self.failed_users_count.is_absent(),
            "lastUpdatedDateTime" => !self.last_updated_date_time.is_absent(),
            "processingStatus" => !self.processing_status.is_absent(),
            "startedDateTime" => !self.started_date_time.is_absent(),
            "scheduledDateTime" => !self.scheduled_date_time.is_absent(),
            "successfulUsersCount" => !self.successful_users_count.is_absent(),
            "totalUsersCount" => !self.total_users_count.is_absent(),
            "totalTasksCount" => !self.total_tasks_count.is_absent(),
            "totalUnprocessedTasksCount" => !self.total_unprocessed_tasks_count.is_absent(),
            "workflowExecutionType" => !self.workflow_execution_type.is_absent(),
            "userProcessingResults" => !self.user_processing_results.is_absent(),
            "taskProcessingResults" => !self.task_processing_results.is_absent(),
            "taskReports" => !self.task_reports.is_absent(),
            "activatedOnScope" => !self.activated_on_scope.is_absent(),
            "reprocessedRuns" => !self.reprocessed_runs.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Run {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Run {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.run` object";
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
            "failedUsersCount" => crate::__private::field(map, &mut self.failed_users_count)?,
            "lastUpdatedDateTime" => crate::__private::field(map, &mut self.last_updated_date_time)?,
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "startedDateTime" => crate::__private::field(map, &mut self.started_date_time)?,
            "scheduledDateTime" => crate::__private::field(map, &mut self.scheduled_date_time)?,
            "successfulUsersCount" => crate::__private::field(map, &mut self.successful_users_count)?,
            "totalUsersCount" => crate::__private::field(map, &mut self.total_users_count)?,
            "totalTasksCount" => crate::__private::field(map, &mut self.total_tasks_count)?,
            "totalUnprocessedTasksCount" => crate::__private::field(map, &mut self.total_unprocessed_tasks_count)?,
            "workflowExecutionType" => crate::__private::field(map, &mut self.workflow_execution_type)?,
            "userProcessingResults" => crate::__private::object_list(map, &mut self.user_processing_results)?,
            "taskProcessingResults" => crate::__private::object_list(map, &mut self.task_processing_results)?,
            "taskReports" => crate::__private::object_list(map, &mut self.task_reports)?,
            "activatedOnScope" => crate::__private::field(map, &mut self.activated_on_scope)?,
            "reprocessedRuns" => crate::__private::object_list(map, &mut self.reprocessed_runs)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Run {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
