// Generated from docs-src/api-reference/beta/resources/identitygovernance-run.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of one execution of a lifecycle workflow over the users who met its conditions. A run gathers the user processing results of every user handled either during one scheduling interval or by an on-demand execution.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// Unique key of the workflow run.
    pub id: Option<String>,
    /// When the run finished; `null` while the workflow is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: Option<crate::Timestamp>,
    /// How many tasks failed during the run.
    pub failed_tasks_count: Option<i32>,
    /// How many users failed during the run.
    pub failed_users_count: Option<i32>,
    /// When the run was last updated.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub last_updated_date_time: Option<crate::Timestamp>,
    /// Execution state of the run. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// When execution of the run began.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: Option<crate::Timestamp>,
    /// When the run is planned to execute for the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub scheduled_date_time: Option<crate::Timestamp>,
    /// How many users the run processed successfully.
    pub successful_users_count: Option<i32>,
    /// How many users the workflow execution covered in total.
    pub total_users_count: Option<i32>,
    /// How many tasks the run executed in total.
    pub total_tasks_count: Option<i32>,
    /// How many tasks of the run were left unprocessed.
    pub total_unprocessed_tasks_count: Option<i32>,
    /// Whether the workflows of this run ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub workflow_execution_type: Option<super::WorkflowExecutionType>,
    /// Per-user results of the run.
    pub user_processing_results: Option<Vec<super::UserProcessingResult>>,
    /// Task processing results that belong to the run.
    pub task_processing_results: Option<Vec<super::TaskProcessingResult>>,
    /// Task reports that belong to the run.
    pub task_reports: Option<Vec<super::TaskReport>>,
    /// The scope a run started by activateWithScope was activated on.
    pub activated_on_scope: Option<super::ActivationScopeKind>,
    /// Runs that processed the users of this run again.
    pub reprocessed_runs: Option<Vec<super::Run>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Run {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunBuilder {
        RunBuilder::default()
    }
}

/// Builds a [`Run`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunBuilder {
    inner: Run,
}

impl RunBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `completedDateTime`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = Some(value.into());
        self
    }
    /// Sets `failedTasksCount`.
    pub fn failed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks_count = Some(value.into());
        self
    }
    /// Sets `failedUsersCount`.
    pub fn failed_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users_count = Some(value.into());
        self
    }
    /// Sets `lastUpdatedDateTime`.
    pub fn last_updated_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = Some(value.into());
        self
    }
    /// Sets `processingStatus`.
    pub fn processing_status(
        mut self,
        value: impl Into<super::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = Some(value.into());
        self
    }
    /// Sets `startedDateTime`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = Some(value.into());
        self
    }
    /// Sets `scheduledDateTime`.
    pub fn scheduled_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = Some(value.into());
        self
    }
    /// Sets `successfulUsersCount`.
    pub fn successful_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users_count = Some(value.into());
        self
    }
    /// Sets `totalUsersCount`.
    pub fn total_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users_count = Some(value.into());
        self
    }
    /// Sets `totalTasksCount`.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = Some(value.into());
        self
    }
    /// Sets `totalUnprocessedTasksCount`.
    pub fn total_unprocessed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = Some(value.into());
        self
    }
    /// Sets `workflowExecutionType`.
    pub fn workflow_execution_type(
        mut self,
        value: impl Into<super::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = Some(value.into());
        self
    }
    /// Sets `userProcessingResults`.
    pub fn user_processing_results(
        mut self,
        value: impl Into<Vec<super::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = Some(value.into());
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
    /// Sets `taskReports`.
    pub fn task_reports(mut self, value: impl Into<Vec<super::TaskReport>>) -> Self {
        self.inner.task_reports = Some(value.into());
        self
    }
    /// Sets `activatedOnScope`.
    pub fn activated_on_scope(
        mut self,
        value: impl Into<super::ActivationScopeKind>,
    ) -> Self {
        self.inner.activated_on_scope = Some(value.into());
        self
    }
    /// Sets `reprocessedRuns`.
    pub fn reprocessed_runs(mut self, value: impl Into<Vec<super::Run>>) -> Self {
        self.inner.reprocessed_runs = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "failedUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
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
        },
        crate::PropertyInfo {
            name: "successfulUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalUsersCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalUnprocessedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
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
        },
        crate::PropertyInfo {
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ),
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
        crate::PropertyInfo {
            name: "taskReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskReport",
            ),
        },
        crate::PropertyInfo {
            name: "activatedOnScope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.activationScope",
            ),
        },
        crate::PropertyInfo {
            name: "reprocessedRuns",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
        },
    ];
}

impl crate::__private::WriteFields for Run {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.completed_date_time {
            map.serialize_entry("completedDateTime", value)?;
        }
        if let Some(value) = &self.failed_tasks_count {
            map.serialize_entry("failedTasksCount", value)?;
        }
        if let Some(value) = &self.failed_users_count {
            map.serialize_entry("failedUsersCount", value)?;
        }
        if let Some(value) = &self.last_updated_date_time {
            map.serialize_entry("lastUpdatedDateTime", value)?;
        }
        if let Some(value) = &self.processing_status {
            map.serialize_entry("processingStatus", value)?;
        }
        if let Some(value) = &self.started_date_time {
            map.serialize_entry("startedDateTime", value)?;
        }
        if let Some(value) = &self.scheduled_date_time {
            map.serialize_entry("scheduledDateTime", value)?;
        }
        if let Some(value) = &self.successful_users_count {
            map.serialize_entry("successfulUsersCount", value)?;
        }
        if let Some(value) = &self.total_users_count {
            map.serialize_entry("totalUsersCount", value)?;
        }
        if let Some(value) = &self.total_tasks_count {
            map.serialize_entry("totalTasksCount", value)?;
        }
        if let Some(value) = &self.total_unprocessed_tasks_count {
            map.serialize_entry("totalUnprocessedTasksCount", value)?;
        }
        if let Some(value) = &self.workflow_execution_type {
            map.serialize_entry("workflowExecutionType", value)?;
        }
        if let Some(value) = &self.user_processing_results {
            map.serialize_entry("userProcessingResults", value)?;
        }
        if let Some(value) = &self.task_processing_results {
            map.serialize_entry("taskProcessingResults", value)?;
        }
        if let Some(value) = &self.task_reports {
            map.serialize_entry("taskReports", value)?;
        }
        if let Some(value) = &self.activated_on_scope {
            map.serialize_entry("activatedOnScope", value)?;
        }
        if let Some(value) = &self.reprocessed_runs {
            map.serialize_entry("reprocessedRuns", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "completedDateTime" => self.completed_date_time.is_some(),
            "failedTasksCount" => self.failed_tasks_count.is_some(),
            "failedUsersCount" => self.failed_users_count.is_some(),
            "lastUpdatedDateTime" => self.last_updated_date_time.is_some(),
            "processingStatus" => self.processing_status.is_some(),
            "startedDateTime" => self.started_date_time.is_some(),
            "scheduledDateTime" => self.scheduled_date_time.is_some(),
            "successfulUsersCount" => self.successful_users_count.is_some(),
            "totalUsersCount" => self.total_users_count.is_some(),
            "totalTasksCount" => self.total_tasks_count.is_some(),
            "totalUnprocessedTasksCount" => self.total_unprocessed_tasks_count.is_some(),
            "workflowExecutionType" => self.workflow_execution_type.is_some(),
            "userProcessingResults" => self.user_processing_results.is_some(),
            "taskProcessingResults" => self.task_processing_results.is_some(),
            "taskReports" => self.task_reports.is_some(),
            "activatedOnScope" => self.activated_on_scope.is_some(),
            "reprocessedRuns" => self.reprocessed_runs.is_some(),
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
            "completedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.completed_date_time,
                    "completedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "failedTasksCount" => {
                crate::__private::field(
                    map,
                    &mut self.failed_tasks_count,
                    "failedTasksCount",
                    &mut self.additional_properties,
                )?
            }
            "failedUsersCount" => {
                crate::__private::field(
                    map,
                    &mut self.failed_users_count,
                    "failedUsersCount",
                    &mut self.additional_properties,
                )?
            }
            "lastUpdatedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_updated_date_time,
                    "lastUpdatedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "processingStatus" => {
                crate::__private::field(
                    map,
                    &mut self.processing_status,
                    "processingStatus",
                    &mut self.additional_properties,
                )?
            }
            "startedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.started_date_time,
                    "startedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "scheduledDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.scheduled_date_time,
                    "scheduledDateTime",
                    &mut self.additional_properties,
                )?
            }
            "successfulUsersCount" => {
                crate::__private::field(
                    map,
                    &mut self.successful_users_count,
                    "successfulUsersCount",
                    &mut self.additional_properties,
                )?
            }
            "totalUsersCount" => {
                crate::__private::field(
                    map,
                    &mut self.total_users_count,
                    "totalUsersCount",
                    &mut self.additional_properties,
                )?
            }
            "totalTasksCount" => {
                crate::__private::field(
                    map,
                    &mut self.total_tasks_count,
                    "totalTasksCount",
                    &mut self.additional_properties,
                )?
            }
            "totalUnprocessedTasksCount" => {
                crate::__private::field(
                    map,
                    &mut self.total_unprocessed_tasks_count,
                    "totalUnprocessedTasksCount",
                    &mut self.additional_properties,
                )?
            }
            "workflowExecutionType" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_execution_type,
                    "workflowExecutionType",
                    &mut self.additional_properties,
                )?
            }
            "userProcessingResults" => {
                crate::__private::field(
                    map,
                    &mut self.user_processing_results,
                    "userProcessingResults",
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
            "taskReports" => {
                crate::__private::field(
                    map,
                    &mut self.task_reports,
                    "taskReports",
                    &mut self.additional_properties,
                )?
            }
            "activatedOnScope" => {
                crate::__private::field(
                    map,
                    &mut self.activated_on_scope,
                    "activatedOnScope",
                    &mut self.additional_properties,
                )?
            }
            "reprocessedRuns" => {
                crate::__private::field(
                    map,
                    &mut self.reprocessed_runs,
                    "reprocessedRuns",
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

impl<'de> serde::Deserialize<'de> for Run {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.run` object",
        )
    }
}
