// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyreport.md by `cargo xtask regenerate`. Do not edit.
/// The most recent report on how a lifecycle policy was processed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyReport {
    /// Key that identifies the report. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Version of the lifecycle policy that the report describes.
    pub policy_version: crate::Nullable<i32>,
    /// Status of scope processing for the policy, both current and latest.
    pub scope_processing: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyScopeProcessing>,
    /// How many subjects the policy currently covers.
    pub subjects_in_scope_count: crate::Nullable<i32>,
    /// Per-subject processing results that the report covers.
    pub subjects: crate::Nullable<Vec<crate::beta::identity_governance::LifecyclePolicySubjectReport>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyReport {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyReportBuilder {
        <LifecyclePolicyReportBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyReport`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyReportBuilder {
    inner: LifecyclePolicyReport,
}

impl LifecyclePolicyReportBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the report. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the report. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the report. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `policyVersion`.
    ///
    /// Version of the lifecycle policy that the report describes.
    pub fn policy_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.policy_version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `policyVersion` to a value, or leaves it out of the body with `None`.
    ///
    /// Version of the lifecycle policy that the report describes.
    pub fn set_policy_version(mut self, value: Option<i32>) -> Self {
        self.inner.policy_version = value.into();
        self
    }
    /// Sends `policyVersion` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version of the lifecycle policy that the report describes.
    pub fn null_policy_version(mut self) -> Self {
        self.inner.policy_version = crate::Nullable::Null;
        self
    }
    /// Sets `scopeProcessing`.
    ///
    /// Status of scope processing for the policy, both current and latest.
    pub fn scope_processing(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyScopeProcessing>,
    ) -> Self {
        self.inner.scope_processing = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scopeProcessing` to a value, or leaves it out of the body with `None`.
    ///
    /// Status of scope processing for the policy, both current and latest.
    pub fn set_scope_processing(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyScopeProcessing>,
    ) -> Self {
        self.inner.scope_processing = value.into();
        self
    }
    /// Sends `scopeProcessing` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Status of scope processing for the policy, both current and latest.
    pub fn null_scope_processing(mut self) -> Self {
        self.inner.scope_processing = crate::Nullable::Null;
        self
    }
    /// Sets `subjectsInScopeCount`.
    ///
    /// How many subjects the policy currently covers.
    pub fn subjects_in_scope_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.subjects_in_scope_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subjectsInScopeCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many subjects the policy currently covers.
    pub fn set_subjects_in_scope_count(mut self, value: Option<i32>) -> Self {
        self.inner.subjects_in_scope_count = value.into();
        self
    }
    /// Sends `subjectsInScopeCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many subjects the policy currently covers.
    pub fn null_subjects_in_scope_count(mut self) -> Self {
        self.inner.subjects_in_scope_count = crate::Nullable::Null;
        self
    }
    /// Appends one item to `subjects` (creating the collection if needed).
    ///
    /// Per-subject processing results that the report covers.
    pub fn subjects(
        mut self,
        item: impl Into<crate::beta::identity_governance::LifecyclePolicySubjectReport>,
    ) -> Self {
        self.inner.subjects.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `subjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Per-subject processing results that the report covers.
    pub fn set_subjects(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::LifecyclePolicySubjectReport>>,
    ) -> Self {
        self.inner.subjects = value.into();
        self
    }
    /// Sends `subjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Per-subject processing results that the report covers.
    pub fn null_subjects(mut self) -> Self {
        self.inner.subjects = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "policyVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "scopeProcessing",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subjectsInScopeCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subjects",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecyclePolicySubjectReport"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyReport {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "policyVersion", &self.policy_version)?;
        crate::__private::write_field(map, "scopeProcessing", &self.scope_processing)?;
        crate::__private::write_field(map, "subjectsInScopeCount", &self.subjects_in_scope_count)?;
        crate::__private::write_field(map, "subjects", &self.subjects)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "policyVersion" => !self.policy_version.is_absent(),
            "scopeProcessing" => !self.scope_processing.is_absent(),
            "subjectsInScopeCount" => !self.subjects_in_scope_count.is_absent(),
            "subjects" => !self.subjects.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyReport` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "policyVersion" => crate::__private::field(map, &mut self.policy_version)?,
            "scopeProcessing" => crate::__private::field(map, &mut self.scope_processing)?,
            "subjectsInScopeCount" => crate::__private::field(map, &mut self.subjects_in_scope_count)?,
            "subjects" => crate::__private::object_list(map, &mut self.subjects)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyReport {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
