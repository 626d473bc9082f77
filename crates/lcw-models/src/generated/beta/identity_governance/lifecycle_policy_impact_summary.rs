// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyimpactsummary.md by `cargo xtask regenerate`. Do not edit.
/// Sums up, for one subject, what a lifecycle policy does to it over a given period. The impact function returns objects of this type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyImpactSummary {
    /// Key that identifies the impact result. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Actions the policy took on the subject within the evaluated period.
    pub actions_taken: crate::Nullable<Vec<crate::beta::identity_governance::LifecyclePolicyImpactAction>>,
    /// Subject that the policy evaluated.
    pub subject: crate::Nullable<crate::beta::DirectoryObjectKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyImpactSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyImpactSummaryBuilder {
        <LifecyclePolicyImpactSummaryBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyImpactSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyImpactSummaryBuilder {
    inner: LifecyclePolicyImpactSummary,
}

impl LifecyclePolicyImpactSummaryBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the impact result. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the impact result. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the impact result. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `actionsTaken` (creating the collection if needed).
    ///
    /// Actions the policy took on the subject within the evaluated period.
    pub fn actions_taken(
        mut self,
        item: impl Into<crate::beta::identity_governance::LifecyclePolicyImpactAction>,
    ) -> Self {
        self.inner.actions_taken.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `actionsTaken` to a value, or leaves it out of the body with `None`.
    ///
    /// Actions the policy took on the subject within the evaluated period.
    pub fn set_actions_taken(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::LifecyclePolicyImpactAction>>,
    ) -> Self {
        self.inner.actions_taken = value.into();
        self
    }
    /// Sends `actionsTaken` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Actions the policy took on the subject within the evaluated period.
    pub fn null_actions_taken(mut self) -> Self {
        self.inner.actions_taken = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// Subject that the policy evaluated.
    pub fn subject(mut self, value: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// Subject that the policy evaluated.
    pub fn set_subject(mut self, value: Option<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subject that the policy evaluated.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyImpactSummary`].
    pub fn build(self) -> LifecyclePolicyImpactSummary {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyImpactSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyImpactSummary";
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
            name: "actionsTaken",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyImpactAction"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyImpactSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "actionsTaken", &self.actions_taken)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "actionsTaken" => !self.actions_taken.is_absent(),
            "subject" => !self.subject.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyImpactSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyImpactSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyImpactSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "actionsTaken" => crate::__private::object_list(map, &mut self.actions_taken)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyImpactSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
