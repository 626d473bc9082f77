// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyscopeprocessingattempt.md by `cargo xtask regenerate`. Do not edit.
/// The most recent attempt at scope processing that is kept for a lifecycle policy. It is the value of the latestAttempt property of lifecyclePolicyScopeProcessing.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyScopeProcessingAttempt {
    /// When the attempt finished.
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// Error details when the attempt did not succeed.
    pub error: crate::Nullable<crate::beta::PublicError>,
    /// When the attempt began.
    pub started_date_time: crate::Nullable<crate::Timestamp>,
    /// Where the attempt stands, or how it ended. The possible values are: `notStarted`, `evaluating`, `processing`, `completed`, `failed`, `timedOut`, `invalidScope`, `unknownFutureValue`.
    pub status: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttemptStatus>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyScopeProcessingAttempt {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyScopeProcessingAttemptBuilder {
        <LifecyclePolicyScopeProcessingAttemptBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyScopeProcessingAttempt`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyScopeProcessingAttemptBuilder {
    inner: LifecyclePolicyScopeProcessingAttempt,
}

impl LifecyclePolicyScopeProcessingAttemptBuilder {
    /// Sets `completedDateTime`.
    ///
    /// When the attempt finished.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the attempt finished.
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the attempt finished.
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `error`.
    ///
    /// Error details when the attempt did not succeed.
    pub fn error(mut self, value: impl Into<crate::beta::PublicError>) -> Self {
        self.inner.error = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `error` to a value, or leaves it out of the body with `None`.
    ///
    /// Error details when the attempt did not succeed.
    pub fn set_error(mut self, value: Option<crate::beta::PublicError>) -> Self {
        self.inner.error = value.into();
        self
    }
    /// Sends `error` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Error details when the attempt did not succeed.
    pub fn null_error(mut self) -> Self {
        self.inner.error = crate::Nullable::Null;
        self
    }
    /// Sets `startedDateTime`.
    ///
    /// When the attempt began.
    pub fn started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `startedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the attempt began.
    pub fn set_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.started_date_time = value.into();
        self
    }
    /// Sends `startedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the attempt began.
    pub fn null_started_date_time(mut self) -> Self {
        self.inner.started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `status`.
    ///
    /// Where the attempt stands, or how it ended. The possible values are: `notStarted`, `evaluating`, `processing`, `completed`, `failed`, `timedOut`, `invalidScope`, `unknownFutureValue`.
    pub fn status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttemptStatus>,
    ) -> Self {
        self.inner.status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `status` to a value, or leaves it out of the body with `None`.
    ///
    /// Where the attempt stands, or how it ended. The possible values are: `notStarted`, `evaluating`, `processing`, `completed`, `failed`, `timedOut`, `invalidScope`, `unknownFutureValue`.
    pub fn set_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttemptStatus>,
    ) -> Self {
        self.inner.status = value.into();
        self
    }
    /// Sends `status` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Where the attempt stands, or how it ended. The possible values are: `notStarted`, `evaluating`, `processing`, `completed`, `failed`, `timedOut`, `invalidScope`, `unknownFutureValue`.
    pub fn null_status(mut self) -> Self {
        self.inner.status = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyScopeProcessingAttempt`].
    pub fn build(self) -> LifecyclePolicyScopeProcessingAttempt {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyScopeProcessingAttempt {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttempt";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "completedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "error",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.publicError"),
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
            name: "status",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttemptStatus",
                members: &[
                    "notStarted",
                    "evaluating",
                    "processing",
                    "completed",
                    "failed",
                    "timedOut",
                    "invalidScope",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyScopeProcessingAttempt {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "error", &self.error)?;
        crate::__private::write_field(map, "startedDateTime", &self.started_date_time)?;
        crate::__private::write_field(map, "status", &self.status)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "error" => !self.error.is_absent(),
            "startedDateTime" => !self.started_date_time.is_absent(),
            "status" => !self.status.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyScopeProcessingAttempt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyScopeProcessingAttempt {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttempt` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "completedDateTime" => crate::__private::field(map, &mut self.completed_date_time)?,
            "error" => crate::__private::field(map, &mut self.error)?,
            "startedDateTime" => crate::__private::field(map, &mut self.started_date_time)?,
            "status" => crate::__private::field(map, &mut self.status)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyScopeProcessingAttempt {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
