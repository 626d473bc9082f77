// Generated from docs-src/api-reference/beta/resources/identitygovernance-subjectprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of a lifecycle workflow run for one subject, such as a provisioning object. It has the same shape as userProcessingResult, except that its subject property is typed as workflowSubject, so subjects other than users can be described.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectProcessingResult {
    /// Key that identifies one subject processing result. Inherited from entity. Read-only.
    pub id: crate::Nullable<String>,
    /// When processing of the subject finished. Read-only.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// How many tasks failed for the subject. Read-only.
    pub failed_tasks_count: crate::Nullable<i32>,
    /// Overall state of processing for the subject. Read-only. Supports `$filter` (`eq`, `ne`).
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// When processing was planned to start. Read-only.
    pub scheduled_date_time: crate::Nullable<crate::Timestamp>,
    /// When processing actually began. Read-only.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// The subject the tasks ran for. Read-only.
    pub subject: crate::Nullable<crate::beta::identity_governance::WorkflowSubjectKind>,
    /// Kind of subject the tasks ran for. Being a flags enumeration, it can hold several members at once. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. `provisioningObject` is a member of this evolvable enum that is only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub subject_type: crate::Nullable<crate::beta::identity_governance::SubjectTypeSet>,
    /// How many tasks the workflow holds in total. Read-only.
    pub total_tasks_count: crate::Nullable<i32>,
    /// How many tasks are still waiting to be processed. Read-only.
    pub total_unprocessed_tasks_count: crate::Nullable<i32>,
    /// How the workflow was executed. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`, `activatedWithScope`, `extensibilityOnDemand`. `activatedWithScope` and `extensibilityOnDemand` are members of this evolvable enum that are only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub workflow_execution_type: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionType>,
    /// Version the workflow had when it ran. Read-only.
    pub workflow_version: crate::Nullable<i32>,
    /// Runs that reprocessed this subject processing result.
    pub reprocessed_runs: crate::Nullable<Vec<crate::beta::identity_governance::Run>>,
    /// Results of the individual tasks run for the subject. Read-only.
    pub task_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubjectProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SubjectProcessingResultBuilder {
        <SubjectProcessingResultBuilder as Default>::default()
    }
}

/// Builds a [`SubjectProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SubjectProcessingResultBuilder {
    inner: SubjectProcessingResult,
}

impl SubjectProcessingResultBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies one subject processing result. Inherited from entity. Read-only.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies one subject processing result. Inherited from entity. Read-only.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies one subject processing result. Inherited from entity. Read-only.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `completedDateTime`.
    ///
    /// When processing of the subject finished. Read-only.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When processing of the subject finished. Read-only.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When processing of the subject finished. Read-only.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasksCount`.
    ///
    /// How many tasks failed for the subject. Read-only.
    pub fn failed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks failed for the subject. Read-only.
    pub fn set_failed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks_count = value.into();
        self
    }
    /// Sends `failedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks failed for the subject. Read-only.
    pub fn null_failed_tasks_count(mut self) -> Self {
        self.inner.failed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Overall state of processing for the subject. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn processing_status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `processingStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Overall state of processing for the subject. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn set_processing_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = value.into();
        self
    }
    /// Sends `processingStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Overall state of processing for the subject. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `scheduledDateTime`.
    ///
    /// When processing was planned to start. Read-only.
    pub fn scheduled_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scheduledDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When processing was planned to start. Read-only.
    pub fn set_scheduled_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.scheduled_date_time = value.into();
        self
    }
    /// Sends `scheduledDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When processing was planned to start. Read-only.
    pub fn null_scheduled_date_time(mut self) -> Self {
        self.inner.scheduled_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When processing actually began. Read-only.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When processing actually began. Read-only.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When processing actually began. Read-only.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// The subject the tasks ran for. Read-only.
    pub fn subject(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// The subject the tasks ran for. Read-only.
    pub fn set_subject(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The subject the tasks ran for. Read-only.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Sets `subjectType`.
    ///
    /// Kind of subject the tasks ran for. Being a flags enumeration, it can hold several members at once. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. `provisioningObject` is a member of this evolvable enum that is only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn subject_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::SubjectTypeSet>,
    ) -> Self {
        self.inner.subject_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subjectType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of subject the tasks ran for. Being a flags enumeration, it can hold several members at once. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. `provisioningObject` is a member of this evolvable enum that is only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn set_subject_type(
        mut self,
        value: Option<crate::beta::identity_governance::SubjectTypeSet>,
    ) -> Self {
        self.inner.subject_type = value.into();
        self
    }
    /// Sends `subjectType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of subject the tasks ran for. Being a flags enumeration, it can hold several members at once. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. `provisioningObject` is a member of this evolvable enum that is only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn null_subject_type(mut self) -> Self {
        self.inner.subject_type = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasksCount`.
    ///
    /// How many tasks the workflow holds in total. Read-only.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks the workflow holds in total. Read-only.
    pub fn set_total_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks_count = value.into();
        self
    }
    /// Sends `totalTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks the workflow holds in total. Read-only.
    pub fn null_total_tasks_count(mut self) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `totalUnprocessedTasksCount`.
    ///
    /// How many tasks are still waiting to be processed. Read-only.
    pub fn total_unprocessed_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUnprocessedTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks are still waiting to be processed. Read-only.
    pub fn set_total_unprocessed_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_unprocessed_tasks_count = value.into();
        self
    }
    /// Sends `totalUnprocessedTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks are still waiting to be processed. Read-only.
    pub fn null_total_unprocessed_tasks_count(mut self) -> Self {
        self.inner.total_unprocessed_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `workflowExecutionType`.
    ///
    /// How the workflow was executed. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`, `activatedWithScope`, `extensibilityOnDemand`. `activatedWithScope` and `extensibilityOnDemand` are members of this evolvable enum that are only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn workflow_execution_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowExecutionType` to a value, or leaves it out of the body with `None`.
    ///
    /// How the workflow was executed. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`, `activatedWithScope`, `extensibilityOnDemand`. `activatedWithScope` and `extensibilityOnDemand` are members of this evolvable enum that are only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn set_workflow_execution_type(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionType>,
    ) -> Self {
        self.inner.workflow_execution_type = value.into();
        self
    }
    /// Sends `workflowExecutionType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the workflow was executed. The possible values are: `scheduled`, `onDemand`, `unknownFutureValue`, `activatedWithScope`, `extensibilityOnDemand`. `activatedWithScope` and `extensibilityOnDemand` are members of this evolvable enum that are only returned when you send the `Prefer: include-unknown-enum-members` request header. Read-only. Supports `$filter` (`eq`, `ne`).
    pub fn null_workflow_execution_type(mut self) -> Self {
        self.inner.workflow_execution_type = crate::Nullable::Null;
        self
    }
    /// Sets `workflowVersion`.
    ///
    /// Version the workflow had when it ran. Read-only.
    pub fn workflow_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowVersion` to a value, or leaves it out of the body with `None`.
    ///
    /// Version the workflow had when it ran. Read-only.
    pub fn set_workflow_version(mut self, value: Option<i32>) -> Self {
        self.inner.workflow_version = value.into();
        self
    }
    /// Sends `workflowVersion` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version the workflow had when it ran. Read-only.
    pub fn null_workflow_version(mut self) -> Self {
        self.inner.workflow_version = crate::Nullable::Null;
        self
    }
    /// Appends one item to `reprocessedRuns` (creating the collection if needed).
    ///
    /// Runs that reprocessed this subject processing result.
    pub fn reprocessed_runs(
        mut self,
        item: impl Into<crate::beta::identity_governance::Run>,
    ) -> Self {
        self.inner.reprocessed_runs.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `reprocessedRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs that reprocessed this subject processing result.
    pub fn set_reprocessed_runs(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::Run>>,
    ) -> Self {
        self.inner.reprocessed_runs = value.into();
        self
    }
    /// Sends `reprocessedRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs that reprocessed this subject processing result.
    pub fn null_reprocessed_runs(mut self) -> Self {
        self.inner.reprocessed_runs = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskProcessingResults` (creating the collection if needed).
    ///
    /// Results of the individual tasks run for the subject. Read-only.
    pub fn task_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Results of the individual tasks run for the subject. Read-only.
    pub fn set_task_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskProcessingResult>>,
    ) -> Self {
        self.inner.task_processing_results = value.into();
        self
    }
    /// Sends `taskProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Results of the individual tasks run for the subject. Read-only.
    pub fn null_task_processing_results(mut self) -> Self {
        self.inner.task_processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: true,
        },
        crate::PropertyInfo {
            name: "completedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "failedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: true,
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
            read_only: true,
        },
        crate::PropertyInfo {
            name: "scheduledDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "startedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowSubject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "subjectType",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.subjectType",
                members: &["user", "agentIdentity", "unknownFutureValue", "provisioningObject"],
                after_sentinel: &["provisioningObject"],
                flags: true,
            },
            read_only: true,
        },
        crate::PropertyInfo {
            name: "totalTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "totalUnprocessedTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: true,
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
            read_only: true,
        },
        crate::PropertyInfo {
            name: "workflowVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: true,
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
        crate::PropertyInfo {
            name: "taskProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskProcessingResult"),
            read_only: true,
        },
    ];
}

impl crate::__private::WriteFields for SubjectProcessingResult {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "failedTasksCount", &self.failed_tasks_count)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "scheduledDateTime", &self.scheduled_date_time)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        crate::__private::write_field(map, "subjectType", &self.subject_type)?;
        crate::__private::write_field(map, "totalTasksCount", &self.total_tasks_count)?;
        crate::__private::write_field(map, "totalUnprocessedTasksCount", &self.total_unprocessed_tasks_count)?;
        crate::__private::write_field(map, "workflowExecutionType", &self.workflow_execution_type)?;
        crate::__private::write_field(map, "workflowVersion", &self.workflow_version)?;
        crate::__private::write_field(map, "reprocessedRuns", &self.reprocessed_runs)?;
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
            "subject" => !self.subject.is_absent(),
            "subjectType" => !self.subject_type.is_absent(),
            "totalTasksCount" => !self.total_tasks_count.is_absent(),
            "totalUnprocessedTasksCount" => !self.total_unprocessed_tasks_count.is_absent(),
            "workflowExecutionType" => !self.workflow_execution_type.is_absent(),
            "workflowVersion" => !self.workflow_version.is_absent(),
            "reprocessedRuns" => !self.reprocessed_runs.is_absent(),
            "taskProcessingResults" => !self.task_processing_results.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.subjectProcessingResult` object";
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
            "subject" => crate::__private::field(map, &mut self.subject)?,
            "subjectType" => crate::__private::field(map, &mut self.subject_type)?,
            "totalTasksCount" => crate::__private::field(map, &mut self.total_tasks_count)?,
            "totalUnprocessedTasksCount" => crate::__private::field(map, &mut self.total_unprocessed_tasks_count)?,
            "workflowExecutionType" => crate::__private::field(map, &mut self.workflow_execution_type)?,
            "workflowVersion" => crate::__private::field(map, &mut self.workflow_version)?,
            "reprocessedRuns" => crate::__private::object_list(map, &mut self.reprocessed_runs)?,
            "taskProcessingResults" => crate::__private::object_list(map, &mut self.task_processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for SubjectProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
