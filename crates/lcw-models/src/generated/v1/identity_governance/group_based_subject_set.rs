// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-groupbasedsubjectset.md by `cargo xtask regenerate`. Do not edit.
/// Names the group that scopes a lifecycle workflow started by a membershipChangeTrigger.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupBasedSubjectSet {
    /// Group whose members joining or leaving fire the membershipChangeTrigger workflow.
    pub groups: crate::Nullable<Vec<crate::v1::Group>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GroupBasedSubjectSet {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> GroupBasedSubjectSetBuilder {
        <GroupBasedSubjectSetBuilder as Default>::default()
    }
}

/// Builds a [`GroupBasedSubjectSet`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct GroupBasedSubjectSetBuilder {
    inner: GroupBasedSubjectSet,
}

impl GroupBasedSubjectSetBuilder {
    /// Appends one item to `groups` (creating the collection if needed).
    ///
    /// Group whose members joining or leaving fire the membershipChangeTrigger workflow.
    pub fn groups(mut self, item: impl Into<crate::v1::Group>) -> Self {
        self.inner.groups.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `groups` to a value, or leaves it out of the body with `None`.
    ///
    /// Group whose members joining or leaving fire the membershipChangeTrigger workflow.
    pub fn set_groups(mut self, value: Option<Vec<crate::v1::Group>>) -> Self {
        self.inner.groups = value.into();
        self
    }
    /// Sends `groups` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Group whose members joining or leaving fire the membershipChangeTrigger workflow.
    pub fn null_groups(mut self) -> Self {
        self.inner.groups = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`GroupBasedSubjectSet`].
    pub fn build(self) -> GroupBasedSubjectSet {
        self.inner
    }
}

impl crate::GraphType for GroupBasedSubjectSet {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.groupBasedSubjectSet";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "groups",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.group"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for GroupBasedSubjectSet {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "groups", &self.groups)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "groups" => !self.groups.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for GroupBasedSubjectSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for GroupBasedSubjectSet {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.groupBasedSubjectSet` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groups" => crate::__private::object_list(map, &mut self.groups)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for GroupBasedSubjectSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
