// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-taskreport.md by `cargo xtask regenerate`. Do not edit.
/// Aggregates the task processing results of one workflow task in one workflow run. It shows at a glance how healthy a task was in that run, which helps find the cause quickly when a run did not finish successfully.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskReport {
    /// Identifier of this task report. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// When the run of this report finished; `null` while the run is still going.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: Option<crate::Timestamp>,
    /// How many users of the run this task failed for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub failed_users_count: Option<i32>,
    /// When the task report last changed.
    pub last_updated_date_time: Option<crate::Timestamp>,
    /// Processing state of the task, derived from its taskProcessingResults. The possible values depend on how many results are `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, and `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// Key of the run this report belongs to.
    pub run_id: Option<String>,
    /// When the run of this report began; `null` until the run starts.
    pub started_date_time: Option<crate::Timestamp>,
    /// How many users of the run this task succeeded for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub successful_users_count: Option<i32>,
    /// How many users of the run this task was planned to run for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub total_users_count: Option<i32>,
    /// How many users of the run this task is still `queued`, `in progress`, or `canceled` for.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub unprocessed_users_count: Option<i32>,
    /// Lifecycle workflow task the report is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub task: Option<super::Task>,
    /// The taskDefinition behind the lifecycle workflow task of this report.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub task_definition: Option<super::TaskDefinition>,
    /// The taskProcessingResults of the lifecycle workflow task in this run.
    pub task_processing_results: Option<Vec<super::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskReportBuilder {
        TaskReportBuilder::default()
    }
}

/// Builds a [`TaskReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskReportBuilder {
    inner: TaskReport,
}

impl TaskReportBuilder {
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
    /// Sets `runId`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.inner.run_id = Some(value.into());
        self
    }
    /// Sets `startedDateTime`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = Some(value.into());
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
    /// Sets `unprocessedUsersCount`.
    pub fn unprocessed_users_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.unprocessed_users_count = Some(value.into());
        self
    }
    /// Sets `task`.
    pub fn task(mut self, value: impl Into<super::Task>) -> Self {
        self.inner.task = Some(value.into());
        self
    }
    /// Sets `taskDefinition`.
    pub fn task_definition(mut self, value: impl Into<super::TaskDefinition>) -> Self {
        self.inner.task_definition = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "lastUpdatedDateTime",
            filter: &[],
            orderby: false,
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
            name: "runId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "startedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
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
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
        crate::PropertyInfo {
            name: "taskDefinition",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskDefinition",
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
    ];
}

impl crate::__private::WriteFields for TaskReport {
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
        if let Some(value) = &self.failed_users_count {
            map.serialize_entry("failedUsersCount", value)?;
        }
        if let Some(value) = &self.last_updated_date_time {
            map.serialize_entry("lastUpdatedDateTime", value)?;
        }
        if let Some(value) = &self.processing_status {
            map.serialize_entry("processingStatus", value)?;
        }
        if let Some(value) = &self.run_id {
            map.serialize_entry("runId", value)?;
        }
        if let Some(value) = &self.started_date_time {
            map.serialize_entry("startedDateTime", value)?;
        }
        if let Some(value) = &self.successful_users_count {
            map.serialize_entry("successfulUsersCount", value)?;
        }
        if let Some(value) = &self.total_users_count {
            map.serialize_entry("totalUsersCount", value)?;
        }
        if let Some(value) = &self.unprocessed_users_count {
            map.serialize_entry("unprocessedUsersCount", value)?;
        }
        if let Some(value) = &self.task {
            map.serialize_entry("task", value)?;
        }
        if let Some(value) = &self.task_definition {
            map.serialize_entry("taskDefinition", value)?;
        }
        if let Some(value) = &self.task_processing_results {
            map.serialize_entry("taskProcessingResults", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "completedDateTime" => self.completed_date_time.is_some(),
            "failedUsersCount" => self.failed_users_count.is_some(),
            "lastUpdatedDateTime" => self.last_updated_date_time.is_some(),
            "processingStatus" => self.processing_status.is_some(),
            "runId" => self.run_id.is_some(),
            "startedDateTime" => self.started_date_time.is_some(),
            "successfulUsersCount" => self.successful_users_count.is_some(),
            "totalUsersCount" => self.total_users_count.is_some(),
            "unprocessedUsersCount" => self.unprocessed_users_count.is_some(),
            "task" => self.task.is_some(),
            "taskDefinition" => self.task_definition.is_some(),
            "taskProcessingResults" => self.task_processing_results.is_some(),
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
            "runId" => {
                crate::__private::field(
                    map,
                    &mut self.run_id,
                    "runId",
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
            "unprocessedUsersCount" => {
                crate::__private::field(
                    map,
                    &mut self.unprocessed_users_count,
                    "unprocessedUsersCount",
                    &mut self.additional_properties,
                )?
            }
            "task" => {
                crate::__private::field(
                    map,
                    &mut self.task,
                    "task",
                    &mut self.additional_properties,
                )?
            }
            "taskDefinition" => {
                crate::__private::field(
                    map,
                    &mut self.task_definition,
                    "taskDefinition",
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

impl<'de> serde::Deserialize<'de> for TaskReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.taskReport` object",
        )
    }
}
