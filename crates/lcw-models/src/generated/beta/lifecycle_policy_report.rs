// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyreport.md by `cargo xtask regenerate`. Do not edit.
/// The most recent report on how a lifecycle policy was processed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyReport {
    /// Key that identifies the report. Inherited from entity.
    pub id: Option<String>,
    /// Version of the lifecycle policy that the report describes.
    pub policy_version: Option<i32>,
    /// Status of scope processing for the policy, both current and latest.
    pub scope_processing: Option<super::LifecyclePolicyScopeProcessing>,
    /// How many subjects the policy currently covers.
    pub subjects_in_scope_count: Option<i32>,
    /// Per-subject processing results that the report covers.
    pub subjects: Option<Vec<super::LifecyclePolicySubjectReport>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyReportBuilder {
        LifecyclePolicyReportBuilder::default()
    }
}

/// Builds a [`LifecyclePolicyReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyReportBuilder {
    inner: LifecyclePolicyReport,
}

impl LifecyclePolicyReportBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `policyVersion`.
    pub fn policy_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.policy_version = Some(value.into());
        self
    }
    /// Sets `scopeProcessing`.
    pub fn scope_processing(
        mut self,
        value: impl Into<super::LifecyclePolicyScopeProcessing>,
    ) -> Self {
        self.inner.scope_processing = Some(value.into());
        self
    }
    /// Sets `subjectsInScopeCount`.
    pub fn subjects_in_scope_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.subjects_in_scope_count = Some(value.into());
        self
    }
    /// Sets `subjects`.
    pub fn subjects(
        mut self,
        value: impl Into<Vec<super::LifecyclePolicySubjectReport>>,
    ) -> Self {
        self.inner.subjects = Some(value.into());
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
    /// The finished [`LifecyclePolicyReport`].
    pub fn build(self) -> LifecyclePolicyReport {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyReport {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyReport";
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
            name: "policyVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "scopeProcessing",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing",
            ),
        },
        crate::PropertyInfo {
            name: "subjectsInScopeCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "subjects",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecyclePolicySubjectReport",
            ),
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyReport {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.policy_version {
            map.serialize_entry("policyVersion", value)?;
        }
        if let Some(value) = &self.scope_processing {
            map.serialize_entry("scopeProcessing", value)?;
        }
        if let Some(value) = &self.subjects_in_scope_count {
            map.serialize_entry("subjectsInScopeCount", value)?;
        }
        if let Some(value) = &self.subjects {
            map.serialize_entry("subjects", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "policyVersion" => self.policy_version.is_some(),
            "scopeProcessing" => self.scope_processing.is_some(),
            "subjectsInScopeCount" => self.subjects_in_scope_count.is_some(),
            "subjects" => self.subjects.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyReport {
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
            "policyVersion" => {
                crate::__private::field(
                    map,
                    &mut self.policy_version,
                    "policyVersion",
                    &mut self.additional_properties,
                )?
            }
            "scopeProcessing" => {
                crate::__private::field(
                    map,
                    &mut self.scope_processing,
                    "scopeProcessing",
                    &mut self.additional_properties,
                )?
            }
            "subjectsInScopeCount" => {
                crate::__private::field(
                    map,
                    &mut self.subjects_in_scope_count,
                    "subjectsInScopeCount",
                    &mut self.additional_properties,
                )?
            }
            "subjects" => {
                crate::__private::field(
                    map,
                    &mut self.subjects,
                    "subjects",
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicyReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicyReport` object",
        )
    }
}
