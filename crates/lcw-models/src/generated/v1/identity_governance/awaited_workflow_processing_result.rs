// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-awaitedworkflowprocessingresult.md by `cargo xtask regenerate`. Do not edit.
/// Outcome of a workflow execution whose caller waited for it to finish. The activateAndWait action of the workflow resource hands back this type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AwaitedWorkflowProcessingResult {
    /// Where the workflow execution stands.
    pub processing_status: crate::Nullable<crate::v1::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// Why the execution has its current processing status; the list can be empty.
    pub status_reasons: crate::Nullable<Vec<String>>,
    /// Subject the workflow processed.
    pub subject: crate::Nullable<crate::v1::identity_governance::WorkflowSubjectKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AwaitedWorkflowProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AwaitedWorkflowProcessingResultBuilder {
        <AwaitedWorkflowProcessingResultBuilder as Default>::default()
    }
}

/// Builds a [`AwaitedWorkflowProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AwaitedWorkflowProcessingResultBuilder {
    inner: AwaitedWorkflowProcessingResult,
}

impl AwaitedWorkflowProcessingResultBuilder {
    /// Sets `processingStatus`.
    ///
    /// Where the workflow execution stands.
    pub fn processing_status(
        mut self,
        value: impl Into<crate::v1::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `processingStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Where the workflow execution stands.
    pub fn set_processing_status(
        mut self,
        value: Option<crate::v1::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = value.into();
        self
    }
    /// Sends `processingStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Where the workflow execution stands.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Appends one item to `statusReasons` (creating the collection if needed).
    ///
    /// Why the execution has its current processing status; the list can be empty.
    pub fn status_reasons(mut self, item: impl Into<String>) -> Self {
        self.inner.status_reasons.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `statusReasons` to a value, or leaves it out of the body with `None`.
    ///
    /// Why the execution has its current processing status; the list can be empty.
    pub fn set_status_reasons(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.status_reasons = value.into();
        self
    }
    /// Sends `statusReasons` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Why the execution has its current processing status; the list can be empty.
    pub fn null_status_reasons(mut self) -> Self {
        self.inner.status_reasons = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// Subject the workflow processed.
    pub fn subject(
        mut self,
        value: impl Into<crate::v1::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// Subject the workflow processed.
    pub fn set_subject(
        mut self,
        value: Option<crate::v1::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subject the workflow processed.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AwaitedWorkflowProcessingResult`].
    pub fn build(self) -> AwaitedWorkflowProcessingResult {
        self.inner
    }
}

impl crate::GraphType for AwaitedWorkflowProcessingResult {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "processingStatus",
            filter: &[],
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "statusReasons",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowSubject"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AwaitedWorkflowProcessingResult {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "statusReasons", &self.status_reasons)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "processingStatus" => !self.processing_status.is_absent(),
            "statusReasons" => !self.status_reasons.is_absent(),
            "subject" => !self.subject.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AwaitedWorkflowProcessingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AwaitedWorkflowProcessingResult {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "statusReasons" => crate::__private::field(map, &mut self.status_reasons)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AwaitedWorkflowProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
