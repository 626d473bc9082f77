// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectreport.md by `cargo xtask regenerate`. Do not edit.
/// What processing a lifecycle policy produced for one subject.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectReport {
    /// Key that identifies the subject report. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Whether the subject complies, with the time that was evaluated.
    pub compliance: crate::Nullable<crate::beta::identity_governance::LifecyclePolicySubjectCompliance>,
    /// Points to the lifecycle policy that is in effect for the subject.
    pub effective_policy: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyReference>,
    /// Enforcement state of the subject and the schedule of its actions.
    pub enforcement: crate::Nullable<crate::beta::identity_governance::LifecyclePolicySubjectEnforcement>,
    /// How this policy relates to the subject. The possible values are: `effective`, `inScopeButIneffective`, `pending`, `unknownFutureValue`.
    pub relationship: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyRelationship>,
    /// Subject that this result is about.
    pub subject: crate::Nullable<crate::beta::identity_governance::LifecyclePolicySubjectReferenceKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectReportBuilder {
        <LifecyclePolicySubjectReportBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicySubjectReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectReportBuilder {
    inner: LifecyclePolicySubjectReport,
}

impl LifecyclePolicySubjectReportBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the subject report. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the subject report. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the subject report. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `compliance`.
    ///
    /// Whether the subject complies, with the time that was evaluated.
    pub fn compliance(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicySubjectCompliance>,
    ) -> Self {
        self.inner.compliance = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `compliance` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the subject complies, with the time that was evaluated.
    pub fn set_compliance(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicySubjectCompliance>,
    ) -> Self {
        self.inner.compliance = value.into();
        self
    }
    /// Sends `compliance` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the subject complies, with the time that was evaluated.
    pub fn null_compliance(mut self) -> Self {
        self.inner.compliance = crate::Nullable::Null;
        self
    }
    /// Sets `effectivePolicy`.
    ///
    /// Points to the lifecycle policy that is in effect for the subject.
    pub fn effective_policy(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyReference>,
    ) -> Self {
        self.inner.effective_policy = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `effectivePolicy` to a value, or leaves it out of the body with `None`.
    ///
    /// Points to the lifecycle policy that is in effect for the subject.
    pub fn set_effective_policy(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyReference>,
    ) -> Self {
        self.inner.effective_policy = value.into();
        self
    }
    /// Sends `effectivePolicy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Points to the lifecycle policy that is in effect for the subject.
    pub fn null_effective_policy(mut self) -> Self {
        self.inner.effective_policy = crate::Nullable::Null;
        self
    }
    /// Sets `enforcement`.
    ///
    /// Enforcement state of the subject and the schedule of its actions.
    pub fn enforcement(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicySubjectEnforcement>,
    ) -> Self {
        self.inner.enforcement = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `enforcement` to a value, or leaves it out of the body with `None`.
    ///
    /// Enforcement state of the subject and the schedule of its actions.
    pub fn set_enforcement(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicySubjectEnforcement>,
    ) -> Self {
        self.inner.enforcement = value.into();
        self
    }
    /// Sends `enforcement` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Enforcement state of the subject and the schedule of its actions.
    pub fn null_enforcement(mut self) -> Self {
        self.inner.enforcement = crate::Nullable::Null;
        self
    }
    /// Sets `relationship`.
    ///
    /// How this policy relates to the subject. The possible values are: `effective`, `inScopeButIneffective`, `pending`, `unknownFutureValue`.
    pub fn relationship(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyRelationship>,
    ) -> Self {
        self.inner.relationship = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `relationship` to a value, or leaves it out of the body with `None`.
    ///
    /// How this policy relates to the subject. The possible values are: `effective`, `inScopeButIneffective`, `pending`, `unknownFutureValue`.
    pub fn set_relationship(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyRelationship>,
    ) -> Self {
        self.inner.relationship = value.into();
        self
    }
    /// Sends `relationship` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How this policy relates to the subject. The possible values are: `effective`, `inScopeButIneffective`, `pending`, `unknownFutureValue`.
    pub fn null_relationship(mut self) -> Self {
        self.inner.relationship = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// Subject that this result is about.
    pub fn subject(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicySubjectReferenceKind>,
    ) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// Subject that this result is about.
    pub fn set_subject(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicySubjectReferenceKind>,
    ) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subject that this result is about.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicySubjectReport`].
    pub fn build(self) -> LifecyclePolicySubjectReport {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicySubjectReport {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicySubjectReport";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "compliance",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "effectivePolicy",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyReference"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "enforcement",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "relationship",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyRelationship",
                members: &["effective", "inScopeButIneffective", "pending", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicySubjectReference"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectReport {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "compliance", &self.compliance)?;
        crate::__private::write_field(map, "effectivePolicy", &self.effective_policy)?;
        crate::__private::write_field(map, "enforcement", &self.enforcement)?;
        crate::__private::write_field(map, "relationship", &self.relationship)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "compliance" => !self.compliance.is_absent(),
            "effectivePolicy" => !self.effective_policy.is_absent(),
            "enforcement" => !self.enforcement.is_absent(),
            "relationship" => !self.relationship.is_absent(),
            "subject" => !self.subject.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicySubjectReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicySubjectReport {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectReport` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "compliance" => crate::__private::field(map, &mut self.compliance)?,
            "effectivePolicy" => crate::__private::field(map, &mut self.effective_policy)?,
            "enforcement" => crate::__private::field(map, &mut self.enforcement)?,
            "relationship" => crate::__private::field(map, &mut self.relationship)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectReport {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
