// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-taskprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of one workflow task executed for one user, because the task belongs to a lifecycle workflow whose execution conditions the user met.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskProcessingResult {
    /// Key that identifies one task processing result. Inherited from entity.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// When execution of the taskProcessingResult finished; `null` while the task is still running.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub completed_date_time: Option<crate::Timestamp>,
    /// When the taskProcessingResult came into being.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub created_date_time: Option<crate::Timestamp>,
    /// Why the taskProcessingResult failed.
    pub failure_reason: Option<String>,
    /// Execution state of the `taskProcessingResult`. The possible values are: `queued`, `inProgress`, `completed`, `completedWithErrors`, `canceled`, `failed`, `unknownFutureValue`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// When execution of the taskProcessingResult began; `null` until the task starts.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub started_date_time: Option<crate::Timestamp>,
    /// The Azure AD user the task ran for.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub subject: Option<super::User>,
    /// Workflow task this result belongs to
    pub task: Option<super::Task>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskProcessingResultBuilder {
        TaskProcessingResultBuilder::default()
    }
}

/// Builds a [`TaskProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskProcessingResultBuilder {
    inner: TaskProcessingResult,
}

impl TaskProcessingResultBuilder {
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
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = Some(value.into());
        self
    }
    /// Sets `failureReason`.
    pub fn failure_reason(mut self, value: impl Into<String>) -> Self {
        self.inner.failure_reason = Some(value.into());
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
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<super::User>) -> Self {
        self.inner.subject = Some(value.into());
        self
    }
    /// Sets `task`.
    pub fn task(mut self, value: impl Into<super::Task>) -> Self {
        self.inner.task = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failureReason",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
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
            name: "subject",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
    ];
}

impl crate::__private::WriteFields for TaskProcessingResult {
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
        if let Some(value) = &self.created_date_time {
            map.serialize_entry("createdDateTime", value)?;
        }
        if let Some(value) = &self.failure_reason {
            map.serialize_entry("failureReason", value)?;
        }
        if let Some(value) = &self.processing_status {
            map.serialize_entry("processingStatus", value)?;
        }
        if let Some(value) = &self.started_date_time {
            map.serialize_entry("startedDateTime", value)?;
        }
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        if let Some(value) = &self.task {
            map.serialize_entry("task", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "completedDateTime" => self.completed_date_time.is_some(),
            "createdDateTime" => self.created_date_time.is_some(),
            "failureReason" => self.failure_reason.is_some(),
            "processingStatus" => self.processing_status.is_some(),
            "startedDateTime" => self.started_date_time.is_some(),
            "subject" => self.subject.is_some(),
            "task" => self.task.is_some(),
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
            "createdDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.created_date_time,
                    "createdDateTime",
                    &mut self.additional_properties,
                )?
            }
            "failureReason" => {
                crate::__private::field(
                    map,
                    &mut self.failure_reason,
                    "failureReason",
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
            "subject" => {
                crate::__private::field(
                    map,
                    &mut self.subject,
                    "subject",
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

impl<'de> serde::Deserialize<'de> for TaskProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.taskProcessingResult` object",
        )
    }
}
