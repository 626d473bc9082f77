// Generated from docs-src/api-reference/beta/resources/identitygovernance-subjectprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of a lifecycle workflow run for one subject, such as a provisioning object. It has the same shape as userProcessingResult, except that its subject property is typed as workflowSubject, so subjects other than users can be described.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectProcessingResult {
    /// Key that identifies one subject processing result. Inherited from entity. Read-only.
    pub id: Option<String>,
    /// When processing of the subject finished. Read-only.
    pub completed_date_time: Option<crate::Timestamp>,
    /// How many tasks failed for the subject. Read-only.
    pub failed_tasks_count: Option<i32>,
    /// Overall state of processing for the subject. Read-only. Supports `$filter` (`eq`, `ne`).
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// When processing was planned to start. Read-only.
    pub scheduled_date_time: Option<crate::Timestamp>,
    /// When processing actually began. Read-only.
    pub started_date_time: Option<crate::Timestamp>,
    /// The subject the tasks ran for. Read-only.
    pub subject: Option<super::WorkflowSubjectKind>,
    /// Kind of subject the tasks ran for. Being a flags enumeration, it can hold several members at once. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. `provisioningObject` is a member of this evolvable enum that is only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub subject_type: Option<super::SubjectTypeSet>,
    /// How many tasks the workflow holds in total. Read-only.
    pub total_tasks_count: Option<i32>,
    /// How many tasks are still waiting to be processed. Read-only.
    pub total_unprocessed_tasks_count: Option<i32>,
    /// How the workflow was executed. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`, `activatedWithScope`, `extensibilityOnDemand`. `activatedWithScope` and `extensibilityOnDemand` are members of this evolvable enum that are only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub workflow_execution_type: Option<super::WorkflowExecutionType>,
    /// Version the workflow had when it ran. Read-only.
    pub workflow_version: Option<i32>,
    /// Runs that reprocessed this subject processing result.
    pub reprocessed_runs: Option<Vec<super::Run>>,
    /// Results of the individual tasks run for the subject. Read-only.
    pub task_processing_results: Option<Vec<super::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubjectProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SubjectProcessingResultBuilder {
        SubjectProcessingResultBuilder::default()
    }
}

/// Builds a [`SubjectProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SubjectProcessingResultBuilder {
    inner: SubjectProcessingResult,
}

impl SubjectProcessingResultBuilder {
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
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<super::WorkflowSubjectKind>) -> Self {
        self.inner.subject = Some(value.into());
        self
    }
    /// Sets `subjectType`.
    pub fn subject_type(mut self, value: impl Into<super::SubjectTypeSet>) -> Self {
        self.inner.subject_type = Some(value.into());
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
    /// Sets `reprocessedRuns`.
    pub fn reprocessed_runs(mut self, value: impl Into<Vec<super::Run>>) -> Self {
        self.inner.reprocessed_runs = Some(value.into());
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
    /// The finished [`SubjectProcessingResult`].
    pub fn build(self) -> SubjectProcessingResult {
        self.inner
    }
}

impl crate::GraphType for SubjectProcessingResult {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.subjectProcessingResult";
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
            filter: &[],
            orderby: false,
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
            orderby: false,
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
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
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
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowSubject",
            ),
        },
        crate::PropertyInfo {
            name: "subjectType",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.subjectType",
                members: &[
                    "user",
                    "agentIdentity",
                    "unknownFutureValue",
                    "provisioningObject",
                ],
                after_sentinel: &["provisioningObject"],
                flags: true,
            },
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
            orderby: false,
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
            name: "reprocessedRuns",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
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

impl crate::__private::WriteFields for SubjectProcessingResult {
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
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        if let Some(value) = &self.subject_type {
            map.serialize_entry("subjectType", value)?;
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
        if let Some(value) = &self.reprocessed_runs {
            map.serialize_entry("reprocessedRuns", value)?;
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
            "subject" => self.subject.is_some(),
            "subjectType" => self.subject_type.is_some(),
            "totalTasksCount" => self.total_tasks_count.is_some(),
            "totalUnprocessedTasksCount" => self.total_unprocessed_tasks_count.is_some(),
            "workflowExecutionType" => self.workflow_execution_type.is_some(),
            "workflowVersion" => self.workflow_version.is_some(),
            "reprocessedRuns" => self.reprocessed_runs.is_some(),
            "taskProcessingResults" => self.task_processing_results.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for SubjectProcessingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for SubjectProcessingResult {
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
            "subject" => {
                crate::__private::field(
                    map,
                    &mut self.subject,
                    "subject",
                    &mut self.additional_properties,
                )?
            }
            "subjectType" => {
                crate::__private::field(
                    map,
                    &mut self.subject_type,
                    "subjectType",
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
            "reprocessedRuns" => {
                crate::__private::field(
                    map,
                    &mut self.reprocessed_runs,
                    "reprocessedRuns",
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

impl<'de> serde::Deserialize<'de> for SubjectProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.subjectProcessingResult` object",
        )
    }
}
