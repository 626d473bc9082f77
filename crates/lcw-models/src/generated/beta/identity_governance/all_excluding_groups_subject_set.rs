// Generated from docs-src/api-reference/beta/resources/identitygovernance-allexcludinggroupssubjectset.md by `cargo xtask regenerate`. Do not edit.
/// A scope that takes in every identity apart from the members of the groups it excludes. Set it as the scope of a lifecyclePolicy to keep certain groups out of the policy's evaluation.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllExcludingGroupsSubjectSet {
    /// Groups whose members stay outside the policy scope. A policy can exclude at most 10 groups.
    pub excluded_groups: crate::Nullable<Vec<crate::beta::Group>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AllExcludingGroupsSubjectSet {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AllExcludingGroupsSubjectSetBuilder {
        <AllExcludingGroupsSubjectSetBuilder as Default>::default()
    }
}

/// Builds a [`AllExcludingGroupsSubjectSet`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AllExcludingGroupsSubjectSetBuilder {
    inner: AllExcludingGroupsSubjectSet,
}

impl AllExcludingGroupsSubjectSetBuilder {
    /// Appends one item to `excludedGroups` (creating the collection if needed).
    ///
    /// Groups whose members stay outside the policy scope. A policy can exclude at most 10 groups.
    pub fn excluded_groups(mut self, item: impl Into<crate::beta::Group>) -> Self {
        self.inner.excluded_groups.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `excludedGroups` to a value, or leaves it out of the body with `None`.
    ///
    /// Groups whose members stay outside the policy scope. A policy can exclude at most 10 groups.
    pub fn set_excluded_groups(mut self, value: Option<Vec<crate::beta::Group>>) -> Self {
        self.inner.excluded_groups = value.into();
        self
    }
    /// Sends `excludedGroups` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Groups whose members stay outside the policy scope. A policy can exclude at most 10 groups.
    pub fn null_excluded_groups(mut self) -> Self {
        self.inner.excluded_groups = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AllExcludingGroupsSubjectSet`].
    pub fn build(self) -> AllExcludingGroupsSubjectSet {
        self.inner
    }
}

impl crate::GraphType for AllExcludingGroupsSubjectSet {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "excludedGroups",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.group"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AllExcludingGroupsSubjectSet {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "excludedGroups", &self.excluded_groups)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "excludedGroups" => !self.excluded_groups.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AllExcludingGroupsSubjectSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AllExcludingGroupsSubjectSet {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "excludedGroups" => crate::__private::object_list(map, &mut self.excluded_groups)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AllExcludingGroupsSubjectSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
