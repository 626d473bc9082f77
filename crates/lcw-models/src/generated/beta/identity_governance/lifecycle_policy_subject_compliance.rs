// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectcompliance.md by `cargo xtask regenerate`. Do not edit.
/// Compliance of one subject against a particular lifecycle policy. A lifecyclePolicySubjectReport carries it in its compliance property.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectCompliance {
    /// When the subject was last checked for compliance.
    pub evaluated_date_time: crate::Nullable<crate::Timestamp>,
    /// Outcome of the compliance check for the subject. The possible values are: `notEvaluated`, `compliant`, `nonCompliant`, `unknownFutureValue`.
    pub status: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyComplianceStatus>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectCompliance {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectComplianceBuilder {
        <LifecyclePolicySubjectComplianceBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicySubjectCompliance`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectComplianceBuilder {
    inner: LifecyclePolicySubjectCompliance,
}

impl LifecyclePolicySubjectComplianceBuilder {
    /// Sets `evaluatedDateTime`.
    ///
    /// When the subject was last checked for compliance.
    pub fn evaluated_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.evaluated_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `evaluatedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the subject was last checked for compliance.
    pub fn set_evaluated_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.evaluated_date_time = value.into();
        self
    }
    /// Sends `evaluatedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the subject was last checked for compliance.
    pub fn null_evaluated_date_time(mut self) -> Self {
        self.inner.evaluated_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `status`.
    ///
    /// Outcome of the compliance check for the subject. The possible values are: `notEvaluated`, `compliant`, `nonCompliant`, `unknownFutureValue`.
    pub fn status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyComplianceStatus>,
    ) -> Self {
        self.inner.status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `status` to a value, or leaves it out of the body with `None`.
    ///
    /// Outcome of the compliance check for the subject. The possible values are: `notEvaluated`, `compliant`, `nonCompliant`, `unknownFutureValue`.
    pub fn set_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyComplianceStatus>,
    ) -> Self {
        self.inner.status = value.into();
        self
    }
    /// Sends `status` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Outcome of the compliance check for the subject. The possible values are: `notEvaluated`, `compliant`, `nonCompliant`, `unknownFutureValue`.
    pub fn null_status(mut self) -> Self {
        self.inner.status = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicySubjectCompliance`].
    pub fn build(self) -> LifecyclePolicySubjectCompliance {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicySubjectCompliance {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "evaluatedDateTime",
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
                name: "microsoft.graph.identityGovernance.lifecyclePolicyComplianceStatus",
                members: &["notEvaluated", "compliant", "nonCompliant", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectCompliance {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "evaluatedDateTime", &self.evaluated_date_time)?;
        crate::__private::write_field(map, "status", &self.status)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "evaluatedDateTime" => !self.evaluated_date_time.is_absent(),
            "status" => !self.status.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicySubjectCompliance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicySubjectCompliance {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "evaluatedDateTime" => crate::__private::field(map, &mut self.evaluated_date_time)?,
            "status" => crate::__private::field(map, &mut self.status)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectCompliance {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
