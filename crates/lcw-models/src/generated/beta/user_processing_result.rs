// Generated from docs-src/api-reference/beta/resources/identitygovernance-userprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of running a lifecycle workflow for one user who met its execution conditions. It gathers the task processing results of all workflow tasks that the workflow ran for this user.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserProcessingResult {
    /// Key that identifies one user processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// When the workflow finished for the user; null while it is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: Option<crate::Timestamp>,
    /// How many tasks failed while the workflow ran.
    pub failed_tasks_count: Option<i32>,
    /// Execution state of the workflow for the user. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// When the workflow is planned to run for the user.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub scheduled_date_time: Option<crate::Timestamp>,
    /// When the workflow began running; `null` until it starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: Option<crate::Timestamp>,
    /// How many tasks the workflow execution held in total.
    pub total_tasks_count: Option<i32>,
    /// How many tasks of the workflow were left unprocessed.
    pub total_unprocessed_tasks_count: Option<i32>,
    /// Whether the workflow ran on a schedule or on demand. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub workflow_execution_type: Option<super::WorkflowExecutionType>,
    /// Version of the workflow that ran.
    pub workflow_version: Option<i32>,
    /// The Azure AD user that the `taskProcessingResult` is about.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub subject: Option<super::User>,
    /// Results of the individual tasks run for the user.
    pub task_processing_results: Option<Vec<super::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserProcessingResultBuilder {
        UserProcessingResultBuilder::default()
    }
}

/// Builds a [`UserProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserProcessingResultBuilder {
    inner: UserProcessingResult,
}

impl UserProcessingResultBuilder {
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
    /// Sets `processingStatus`.
    pub fn processing_status(
        mut self,
        value: impl Into<super::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = Some(value.into());
        self
    }
    /// Sets `scheduledDateTime`.
    pub fn scheduled_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = Some(value.into());
        self
    }
    /// Sets `startedDateTime`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = Some(value.into());
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
    /// Sets `workflowVersion`.
    pub fn workflow_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_version = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<super::User>) -> Self {
        self.inner.subject = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "workflowVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
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

impl crate::__private::WriteFields for UserProcessingResult {
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
        if let Some(value) = &self.processing_status {
            map.serialize_entry("processingStatus", value)?;
        }
        if let Some(value) = &self.scheduled_date_time {
            map.serialize_entry("scheduledDateTime", value)?;
        }
        if let Some(value) = &self.started_date_time {
            map.serialize_entry("startedDateTime", value)?;
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
        if let Some(value) = &self.workflow_version {
            map.serialize_entry("workflowVersion", value)?;
        }
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
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
            "failedTasksCount" => self.failed_tasks_count.is_some(),
            "processingStatus" => self.processing_status.is_some(),
            "scheduledDateTime" => self.scheduled_date_time.is_some(),
            "startedDateTime" => self.started_date_time.is_some(),
            "totalTasksCount" => self.total_tasks_count.is_some(),
            "totalUnprocessedTasksCount" => self.total_unprocessed_tasks_count.is_some(),
            "workflowExecutionType" => self.workflow_execution_type.is_some(),
            "workflowVersion" => self.workflow_version.is_some(),
            "subject" => self.subject.is_some(),
            "taskProcessingResults" => self.task_processing_results.is_some(),
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
            "processingStatus" => {
                crate::__private::field(
                    map,
                    &mut self.processing_status,
                    "processingStatus",
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
            "startedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.started_date_time,
                    "startedDateTime",
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
            "workflowVersion" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_version,
                    "workflowVersion",
                    &mut self.additional_properties,
                )?
            }
            "subject" => {
                crate::__private::field(
                    map,
                    &mut self.subject,
                    "subject",
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

impl<'de> serde::Deserialize<'de> for UserProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.userProcessingResult` object",
        )
    }
}
