// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-quarantinecondition.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the thresholds checked against a run of a workflow to decide whether the workflow must be quarantined. The conditions are listed in the conditions property of a quarantineConfiguration.
///
/// Being abstract, this type has no instances of its own. Derived types:
///
/// - countBasedQuarantineCondition
/// - percentageBasedQuarantineCondition
///
/// The `@odata.type` property tells the kinds of condition apart.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuarantineCondition {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl QuarantineCondition {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> QuarantineConditionBuilder {
        <QuarantineConditionBuilder as Default>::default()
    }
}

/// Builds a [`QuarantineCondition`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct QuarantineConditionBuilder {
    inner: QuarantineCondition,
}

impl QuarantineConditionBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`QuarantineCondition`].
    pub fn build(self) -> QuarantineCondition {
        self.inner
    }
}

impl crate::GraphType for QuarantineCondition {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.quarantineCondition";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for QuarantineCondition {
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

impl serde::Serialize for QuarantineCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for QuarantineCondition {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.quarantineCondition` object";
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

impl<'de> serde::Deserialize<'de> for QuarantineCondition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.quarantineCondition` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuarantineConditionKind {
    /// A `microsoft.graph.identityGovernance.countBasedQuarantineCondition`.
    CountBasedQuarantineCondition(crate::v1::identity_governance::CountBasedQuarantineCondition),
    /// A `microsoft.graph.identityGovernance.percentageBasedQuarantineCondition`.
    PercentageBasedQuarantineCondition(crate::v1::identity_governance::PercentageBasedQuarantineCondition),
    /// A `microsoft.graph.identityGovernance.quarantineCondition`.
    QuarantineCondition(crate::v1::identity_governance::QuarantineCondition),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::identity_governance::CountBasedQuarantineCondition> for QuarantineConditionKind {
    fn from(value: crate::v1::identity_governance::CountBasedQuarantineCondition) -> Self {
        QuarantineConditionKind::CountBasedQuarantineCondition(value)
    }
}

impl From<crate::v1::identity_governance::PercentageBasedQuarantineCondition> for QuarantineConditionKind {
    fn from(value: crate::v1::identity_governance::PercentageBasedQuarantineCondition) -> Self {
        QuarantineConditionKind::PercentageBasedQuarantineCondition(value)
    }
}

impl From<crate::v1::identity_governance::QuarantineCondition> for QuarantineConditionKind {
    fn from(value: crate::v1::identity_governance::QuarantineCondition) -> Self {
        QuarantineConditionKind::QuarantineCondition(value)
    }
}

impl serde::Serialize for QuarantineConditionKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            QuarantineConditionKind::CountBasedQuarantineCondition(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::ODATA_TYPE),
            ),
            QuarantineConditionKind::PercentageBasedQuarantineCondition(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::ODATA_TYPE),
            ),
            QuarantineConditionKind::QuarantineCondition(value) => serde::Serialize::serialize(value, serializer),
            QuarantineConditionKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for QuarantineConditionKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.countBasedQuarantineCondition") => started
                .finish_as(map, Some(<crate::v1::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::ODATA_TYPE))
                .map(QuarantineConditionKind::CountBasedQuarantineCondition),
            Some("microsoft.graph.identityGovernance.percentageBasedQuarantineCondition") => started
                .finish_as(map, Some(<crate::v1::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::ODATA_TYPE))
                .map(QuarantineConditionKind::PercentageBasedQuarantineCondition),
            Some("microsoft.graph.identityGovernance.quarantineCondition") => started.finish(map).map(QuarantineConditionKind::QuarantineCondition),
            None => started.finish(map).map(QuarantineConditionKind::QuarantineCondition),
            _ => started.finish_unknown(map).map(QuarantineConditionKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for QuarantineConditionKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.quarantineCondition` object")
    }
}
