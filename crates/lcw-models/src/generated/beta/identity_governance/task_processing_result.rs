// Generated from docs-src/api-reference/beta/resources/identitygovernance-taskprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of one workflow task executed for one user, because the task belongs to a lifecycle workflow whose execution conditions the user met.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskProcessingResult {
    /// Key that identifies one task processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: crate::Nullable<String>,
    /// When execution of the taskProcessingResult finished; `null` while the task is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// When the taskProcessingResult came into being.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// Why the taskProcessingResult failed.
    pub failure_reason: crate::Nullable<String>,
    /// Execution state of the `taskProcessingResult`. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// When execution of the taskProcessingResult began; `null` until the task starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// The Azure AD user the task ran for.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub subject: crate::Nullable<crate::beta::User>,
    /// Workflow task this result belongs to
    pub task: crate::Nullable<crate::beta::identity_governance::Task>,
    /// More about how the task was processed.
    pub processing_info: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskProcessingResultBuilder {
        <TaskProcessingResultBuilder as Default>::default()
    }
}

/// Builds a [`TaskProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskProcessingResultBuilder {
    inner: TaskProcessingResult,
}

impl TaskProcessingResultBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies one task processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies one task processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies one task processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `completedDateTime`.
    ///
    /// When execution of the taskProcessingResult finished; `null` while the task is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When execution of the taskProcessingResult finished; `null` while the task is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When execution of the taskProcessingResult finished; `null` while the task is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When the taskProcessingResult came into being.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the taskProcessingResult came into being.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the taskProcessingResult came into being.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `failureReason`.
    ///
    /// Why the taskProcessingResult failed.
    pub fn failure_reason(mut self, value: impl Into<String>) -> Self {
        self.inner.failure_reason = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failureReason` to a value, or leaves it out of the body with `None`.
    ///
    /// Why the taskProcessingResult failed.
    pub fn set_failure_reason(mut self, value: Option<String>) -> Self {
        self.inner.failure_reason = value.into();
        self
    }
    /// Sends `failureReason` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Why the taskProcessingResult failed.
    pub fn null_failure_reason(mut self) -> Self {
        self.inner.failure_reason = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Execution state of the `taskProcessingResult`. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
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
    /// Execution state of the `taskProcessingResult`. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
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
    /// Execution state of the `taskProcessingResult`. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When execution of the taskProcessingResult began; `null` until the task starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When execution of the taskProcessingResult began; `null` until the task starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When execution of the taskProcessingResult began; `null` until the task starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// The Azure AD user the task ran for.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn subject(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// The Azure AD user the task ran for.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_subject(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The Azure AD user the task ran for.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Sets `task`.
    ///
    /// Workflow task this result belongs to
    pub fn task(mut self, value: impl Into<crate::beta::identity_governance::Task>) -> Self {
        self.inner.task = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `task` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflow task this result belongs to
    pub fn set_task(mut self, value: Option<crate::beta::identity_governance::Task>) -> Self {
        self.inner.task = value.into();
        self
    }
    /// Sends `task` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflow task this result belongs to
    pub fn null_task(mut self) -> Self {
        self.inner.task = crate::Nullable::Null;
        self
    }
    /// Sets `processingInfo`.
    ///
    /// More about how the task was processed.
    pub fn processing_info(mut self, value: impl Into<String>) -> Self {
        self.inner.processing_info = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `processingInfo` to a value, or leaves it out of the body with `None`.
    ///
    /// More about how the task was processed.
    pub fn set_processing_info(mut self, value: Option<String>) -> Self {
        self.inner.processing_info = value.into();
        self
    }
    /// Sends `processingInfo` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// More about how the task was processed.
    pub fn null_processing_info(mut self) -> Self {
        self.inner.processing_info = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TaskProcessingResult`].
    pub fn build(self) -> TaskProcessingResult {
        self.inner
    }
}

impl crate::GraphType for TaskProcessingResult {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.taskProcessingResult";
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
            name: "createdDateTime",
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
            name: "failureReason",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
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
            name: "subject",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "processingInfo",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TaskProcessingResult {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "failureReason", &self.failure_reason)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        crate::__private::write_field(map, "task", &self.task)?;
        crate::__private::write_field(map, "processingInfo", &self.processing_info)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "failureReason" => !self.failure_reason.is_absent(),
            "processingStatus" => !self.processing_status.is_absent(),
            "startedDateTime" => !self.started_date_time.is_absent(),
            "subject" => !self.subject.is_absent(),
            "task" => !self.task.is_absent(),
            "processingInfo" => !self.processing_info.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TaskProcessingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TaskProcessingResult {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.taskProcessingResult` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "completedDateTime" => crate::__private::field(map, &mut self.completed_date_time)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "failureReason" => crate::__private::field(map, &mut self.failure_reason)?,
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "startedDateTime" => crate::__private::field(map, &mut self.started_date_time)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            "task" => crate::__private::field(map, &mut self.task)?,
            "processingInfo" => crate::__private::field(map, &mut self.processing_info)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TaskProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
