// Generated from docs-src/api-reference/beta/resources/subjectset.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the types that describe a set of subjects, for example the users a lifecycle workflow covers. It has no properties of its own; derived types add them.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectSet {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubjectSet {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SubjectSetBuilder {
        <SubjectSetBuilder as Default>::default()
    }
}

/// Builds a [`SubjectSet`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SubjectSetBuilder {
    inner: SubjectSet,
}

impl SubjectSetBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`SubjectSet`].
    pub fn build(self) -> SubjectSet {
        self.inner
    }
}

impl crate::GraphType for SubjectSet {
    const ODATA_TYPE: &'static str = "#microsoft.graph.subjectSet";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for SubjectSet {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        let _ = key;
        false
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for SubjectSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for SubjectSet {
    const EXPECTING: &'static str = "a `microsoft.graph.subjectSet` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for SubjectSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.subjectSet` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubjectSetKind {
    /// A `microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet`.
    AllExcludingGroupsSubjectSet(crate::beta::identity_governance::AllExcludingGroupsSubjectSet),
    /// A `microsoft.graph.identityGovernance.groupBasedSubjectSet`.
    GroupBasedSubjectSet(crate::beta::identity_governance::GroupBasedSubjectSet),
    /// A `microsoft.graph.identityGovernance.ruleBasedSubjectSet`.
    RuleBasedSubjectSet(crate::beta::identity_governance::RuleBasedSubjectSet),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::AllExcludingGroupsSubjectSet> for SubjectSetKind {
    fn from(value: crate::beta::identity_governance::AllExcludingGroupsSubjectSet) -> Self {
        SubjectSetKind::AllExcludingGroupsSubjectSet(value)
    }
}

impl From<crate::beta::identity_governance::GroupBasedSubjectSet> for SubjectSetKind {
    fn from(value: crate::beta::identity_governance::GroupBasedSubjectSet) -> Self {
        SubjectSetKind::GroupBasedSubjectSet(value)
    }
}

impl From<crate::beta::identity_governance::RuleBasedSubjectSet> for SubjectSetKind {
    fn from(value: crate::beta::identity_governance::RuleBasedSubjectSet) -> Self {
        SubjectSetKind::RuleBasedSubjectSet(value)
    }
}

impl serde::Serialize for SubjectSetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SubjectSetKind::AllExcludingGroupsSubjectSet(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::AllExcludingGroupsSubjectSet as crate::GraphType>::ODATA_TYPE),
            ),
            SubjectSetKind::GroupBasedSubjectSet(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::GroupBasedSubjectSet as crate::GraphType>::ODATA_TYPE),
            ),
            SubjectSetKind::RuleBasedSubjectSet(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::RuleBasedSubjectSet as crate::GraphType>::ODATA_TYPE),
            ),
            SubjectSetKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for SubjectSetKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet") => started
                .finish_as(map, Some(<crate::beta::identity_governance::AllExcludingGroupsSubjectSet as crate::GraphType>::ODATA_TYPE))
                .map(SubjectSetKind::AllExcludingGroupsSubjectSet),
            Some("microsoft.graph.identityGovernance.groupBasedSubjectSet") => started
                .finish_as(map, Some(<crate::beta::identity_governance::GroupBasedSubjectSet as crate::GraphType>::ODATA_TYPE))
                .map(SubjectSetKind::GroupBasedSubjectSet),
            Some("microsoft.graph.identityGovernance.ruleBasedSubjectSet") => started
                .finish_as(map, Some(<crate::beta::identity_governance::RuleBasedSubjectSet as crate::GraphType>::ODATA_TYPE))
                .map(SubjectSetKind::RuleBasedSubjectSet),
            _ => started.finish_unknown(map).map(SubjectSetKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SubjectSetKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.subjectSet` object")
    }
}
