// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyscopeprocessing.md by `cargo xtask regenerate`. Do not edit.
/// Where a lifecycle policy stands in working out its scope: the processing under way now, plus the most recent attempt that is kept. It is the value of the scopeProcessing property of a lifecyclePolicyReport.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyScopeProcessing {
    /// When the scope-processing operation now under way began.
    pub current_started_date_time: crate::Nullable<crate::Timestamp>,
    /// State of scope processing at present. The possible values are: `idle`, `notStarted`, `evaluating`, `processing`, `unknownFutureValue`.
    pub current_status: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyScopeProcessingStatus>,
    /// When scope processing most recently finished with success.
    pub last_successful_processing_date_time: crate::Nullable<crate::Timestamp>,
    /// Most recent scope-processing attempt that is kept.
    pub latest_attempt: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyScopeProcessing {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyScopeProcessingBuilder {
        <LifecyclePolicyScopeProcessingBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyScopeProcessing`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyScopeProcessingBuilder {
    inner: LifecyclePolicyScopeProcessing,
}

impl LifecyclePolicyScopeProcessingBuilder {
    /// Sets `currentStartedDateTime`.
    ///
    /// When the scope-processing operation now under way began.
    pub fn current_started_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.current_started_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `currentStartedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the scope-processing operation now under way began.
    pub fn set_current_started_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.current_started_date_time = value.into();
        self
    }
    /// Sends `currentStartedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the scope-processing operation now under way began.
    pub fn null_current_started_date_time(mut self) -> Self {
        self.inner.current_started_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `currentStatus`.
    ///
    /// State of scope processing at present. The possible values are: `idle`, `notStarted`, `evaluating`, `processing`, `unknownFutureValue`.
    pub fn current_status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyScopeProcessingStatus>,
    ) -> Self {
        self.inner.current_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `currentStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// State of scope processing at present. The possible values are: `idle`, `notStarted`, `evaluating`, `processing`, `unknownFutureValue`.
    pub fn set_current_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyScopeProcessingStatus>,
    ) -> Self {
        self.inner.current_status = value.into();
        self
    }
    /// Sends `currentStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State of scope processing at present. The possible values are: `idle`, `notStarted`, `evaluating`, `processing`, `unknownFutureValue`.
    pub fn null_current_status(mut self) -> Self {
        self.inner.current_status = crate::Nullable::Null;
        self
    }
    /// Sets `lastSuccessfulProcessingDateTime`.
    ///
    /// When scope processing most recently finished with success.
    pub fn last_successful_processing_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_successful_processing_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastSuccessfulProcessingDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When scope processing most recently finished with success.
    pub fn set_last_successful_processing_date_time(
        mut self,
        value: Option<crate::Timestamp>,
    ) -> Self {
        self.inner.last_successful_processing_date_time = value.into();
        self
    }
    /// Sends `lastSuccessfulProcessingDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When scope processing most recently finished with success.
    pub fn null_last_successful_processing_date_time(mut self) -> Self {
        self.inner.last_successful_processing_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `latestAttempt`.
    ///
    /// Most recent scope-processing attempt that is kept.
    pub fn latest_attempt(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt>,
    ) -> Self {
        self.inner.latest_attempt = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `latestAttempt` to a value, or leaves it out of the body with `None`.
    ///
    /// Most recent scope-processing attempt that is kept.
    pub fn set_latest_attempt(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt>,
    ) -> Self {
        self.inner.latest_attempt = value.into();
        self
    }
    /// Sends `latestAttempt` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Most recent scope-processing attempt that is kept.
    pub fn null_latest_attempt(mut self) -> Self {
        self.inner.latest_attempt = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyScopeProcessing`].
    pub fn build(self) -> LifecyclePolicyScopeProcessing {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyScopeProcessing {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "currentStartedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "currentStatus",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingStatus",
                members: &["idle", "notStarted", "evaluating", "processing", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastSuccessfulProcessingDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "latestAttempt",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttempt"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyScopeProcessing {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "currentStartedDateTime", &self.current_started_date_time)?;
        crate::__private::write_field(map, "currentStatus", &self.current_status)?;
        crate::__private::write_field(map, "lastSuccessfulProcessingDateTime", &self.last_successful_processing_date_time)?;
        crate::__private::write_field(map, "latestAttempt", &self.latest_attempt)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "currentStartedDateTime" => !self.current_started_date_time.is_absent(),
            "currentStatus" => !self.current_status.is_absent(),
            "lastSuccessfulProcessingDateTime" => !self.last_successful_processing_date_time.is_absent(),
            "latestAttempt" => !self.latest_attempt.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyScopeProcessing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyScopeProcessing {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentStartedDateTime" => crate::__private::field(map, &mut self.current_started_date_time)?,
            "currentStatus" => crate::__private::field(map, &mut self.current_status)?,
            "lastSuccessfulProcessingDateTime" => crate::__private::field(map, &mut self.last_successful_processing_date_time)?,
            "latestAttempt" => crate::__private::field(map, &mut self.latest_attempt)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyScopeProcessing {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
