// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectreport.md by `cargo xtask regenerate`. Do not edit.
/// What processing a lifecycle policy produced for one subject.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectReport {
    /// Key that identifies the subject report. Inherited from entity.
    pub id: Option<String>,
    /// Whether the subject complies, with the time that was evaluated.
    pub compliance: Option<super::LifecyclePolicySubjectCompliance>,
    /// Points to the lifecycle policy that is in effect for the subject.
    pub effective_policy: Option<super::LifecyclePolicyReference>,
    /// Enforcement state of the subject and the schedule of its actions.
    pub enforcement: Option<super::LifecyclePolicySubjectEnforcement>,
    /// How this policy relates to the subject. The possible values are: `effective`, `inScopeButIneffective`, `pending`, `unknownFutureValue`.
    pub relationship: Option<super::LifecyclePolicyRelationship>,
    /// Subject that this result is about.
    pub subject: Option<super::LifecyclePolicySubjectReferenceKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectReportBuilder {
        LifecyclePolicySubjectReportBuilder::default()
    }
}

/// Builds a [`LifecyclePolicySubjectReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectReportBuilder {
    inner: LifecyclePolicySubjectReport,
}

impl LifecyclePolicySubjectReportBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `compliance`.
    pub fn compliance(
        mut self,
        value: impl Into<super::LifecyclePolicySubjectCompliance>,
    ) -> Self {
        self.inner.compliance = Some(value.into());
        self
    }
    /// Sets `effectivePolicy`.
    pub fn effective_policy(
        mut self,
        value: impl Into<super::LifecyclePolicyReference>,
    ) -> Self {
        self.inner.effective_policy = Some(value.into());
        self
    }
    /// Sets `enforcement`.
    pub fn enforcement(
        mut self,
        value: impl Into<super::LifecyclePolicySubjectEnforcement>,
    ) -> Self {
        self.inner.enforcement = Some(value.into());
        self
    }
    /// Sets `relationship`.
    pub fn relationship(
        mut self,
        value: impl Into<super::LifecyclePolicyRelationship>,
    ) -> Self {
        self.inner.relationship = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(
        mut self,
        value: impl Into<super::LifecyclePolicySubjectReferenceKind>,
    ) -> Self {
        self.inner.subject = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "compliance",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance",
            ),
        },
        crate::PropertyInfo {
            name: "effectivePolicy",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicyReference",
            ),
        },
        crate::PropertyInfo {
            name: "enforcement",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement",
            ),
        },
        crate::PropertyInfo {
            name: "relationship",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyRelationship",
                members: &[
                    "effective",
                    "inScopeButIneffective",
                    "pending",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicySubjectReference",
            ),
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectReport {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.compliance {
            map.serialize_entry("compliance", value)?;
        }
        if let Some(value) = &self.effective_policy {
            map.serialize_entry("effectivePolicy", value)?;
        }
        if let Some(value) = &self.enforcement {
            map.serialize_entry("enforcement", value)?;
        }
        if let Some(value) = &self.relationship {
            map.serialize_entry("relationship", value)?;
        }
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "compliance" => self.compliance.is_some(),
            "effectivePolicy" => self.effective_policy.is_some(),
            "enforcement" => self.enforcement.is_some(),
            "relationship" => self.relationship.is_some(),
            "subject" => self.subject.is_some(),
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
            "compliance" => {
                crate::__private::field(
                    map,
                    &mut self.compliance,
                    "compliance",
                    &mut self.additional_properties,
                )?
            }
            "effectivePolicy" => {
                crate::__private::field(
                    map,
                    &mut self.effective_policy,
                    "effectivePolicy",
                    &mut self.additional_properties,
                )?
            }
            "enforcement" => {
                crate::__private::field(
                    map,
                    &mut self.enforcement,
                    "enforcement",
                    &mut self.additional_properties,
                )?
            }
            "relationship" => {
                crate::__private::field(
                    map,
                    &mut self.relationship,
                    "relationship",
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectReport` object",
        )
    }
}
