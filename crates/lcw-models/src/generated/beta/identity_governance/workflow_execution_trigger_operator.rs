// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowexecutiontriggeroperator.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the operators with which a timeBasedAttributeTriggerV2 tests a date attribute of the user. It has no instances of its own.
///
/// It goes in the operator property of timeBasedAttributeTriggerV2.
///
/// Derived type:
///
/// - workflowTriggerTimeBasedOperator
///
/// The `@odata.type` property tells the kinds of operator apart.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowExecutionTriggerOperator {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecutionTriggerOperator {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowExecutionTriggerOperatorBuilder {
        <WorkflowExecutionTriggerOperatorBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowExecutionTriggerOperator`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowExecutionTriggerOperatorBuilder {
    inner: WorkflowExecutionTriggerOperator,
}

impl WorkflowExecutionTriggerOperatorBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowExecutionTriggerOperator`].
    pub fn build(self) -> WorkflowExecutionTriggerOperator {
        self.inner
    }
}

impl crate::GraphType for WorkflowExecutionTriggerOperator {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowExecutionTriggerOperator";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for WorkflowExecutionTriggerOperator {
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

impl serde::Serialize for WorkflowExecutionTriggerOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowExecutionTriggerOperator {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowExecutionTriggerOperator` object";
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

impl<'de> serde::Deserialize<'de> for WorkflowExecutionTriggerOperator {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.workflowExecutionTriggerOperator` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowExecutionTriggerOperatorKind {
    /// A `microsoft.graph.identityGovernance.operatorBetween`.
    OperatorBetween(crate::beta::identity_governance::OperatorBetween),
    /// A `microsoft.graph.identityGovernance.operatorEqualTo`.
    OperatorEqualTo(crate::beta::identity_governance::OperatorEqualTo),
    /// A `microsoft.graph.identityGovernance.operatorLessThanEqualTo`.
    OperatorLessThanEqualTo(crate::beta::identity_governance::OperatorLessThanEqualTo),
    /// A `microsoft.graph.identityGovernance.workflowExecutionTriggerOperator`.
    WorkflowExecutionTriggerOperator(crate::beta::identity_governance::WorkflowExecutionTriggerOperator),
    /// A `microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator`.
    WorkflowTriggerTimeBasedOperator(crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::OperatorBetween> for WorkflowExecutionTriggerOperatorKind {
    fn from(value: crate::beta::identity_governance::OperatorBetween) -> Self {
        WorkflowExecutionTriggerOperatorKind::OperatorBetween(value)
    }
}

impl From<crate::beta::identity_governance::OperatorEqualTo> for WorkflowExecutionTriggerOperatorKind {
    fn from(value: crate::beta::identity_governance::OperatorEqualTo) -> Self {
        WorkflowExecutionTriggerOperatorKind::OperatorEqualTo(value)
    }
}

impl From<crate::beta::identity_governance::OperatorLessThanEqualTo> for WorkflowExecutionTriggerOperatorKind {
    fn from(value: crate::beta::identity_governance::OperatorLessThanEqualTo) -> Self {
        WorkflowExecutionTriggerOperatorKind::OperatorLessThanEqualTo(value)
    }
}

impl From<crate::beta::identity_governance::WorkflowExecutionTriggerOperator> for WorkflowExecutionTriggerOperatorKind {
    fn from(value: crate::beta::identity_governance::WorkflowExecutionTriggerOperator) -> Self {
        WorkflowExecutionTriggerOperatorKind::WorkflowExecutionTriggerOperator(value)
    }
}

impl From<crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator> for WorkflowExecutionTriggerOperatorKind {
    fn from(value: crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator) -> Self {
        WorkflowExecutionTriggerOperatorKind::WorkflowTriggerTimeBasedOperator(value)
    }
}

impl serde::Serialize for WorkflowExecutionTriggerOperatorKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WorkflowExecutionTriggerOperatorKind::OperatorBetween(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::OperatorBetween as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerOperatorKind::OperatorEqualTo(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::OperatorEqualTo as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerOperatorKind::OperatorLessThanEqualTo(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::OperatorLessThanEqualTo as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerOperatorKind::WorkflowExecutionTriggerOperator(value) => serde::Serialize::serialize(value, serializer),
            WorkflowExecutionTriggerOperatorKind::WorkflowTriggerTimeBasedOperator(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerOperatorKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for WorkflowExecutionTriggerOperatorKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.operatorBetween") => started
                .finish_as(map, Some(<crate::beta::identity_governance::OperatorBetween as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerOperatorKind::OperatorBetween),
            Some("microsoft.graph.identityGovernance.operatorEqualTo") => started
                .finish_as(map, Some(<crate::beta::identity_governance::OperatorEqualTo as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerOperatorKind::OperatorEqualTo),
            Some("microsoft.graph.identityGovernance.operatorLessThanEqualTo") => started
                .finish_as(map, Some(<crate::beta::identity_governance::OperatorLessThanEqualTo as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerOperatorKind::OperatorLessThanEqualTo),
            Some("microsoft.graph.identityGovernance.workflowExecutionTriggerOperator") => started.finish(map).map(WorkflowExecutionTriggerOperatorKind::WorkflowExecutionTriggerOperator),
            Some("microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator") => started
                .finish_as(map, Some(<crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerOperatorKind::WorkflowTriggerTimeBasedOperator),
            None => started.finish(map).map(WorkflowExecutionTriggerOperatorKind::WorkflowExecutionTriggerOperator),
            _ => started.finish_unknown(map).map(WorkflowExecutionTriggerOperatorKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowExecutionTriggerOperatorKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.workflowExecutionTriggerOperator` object")
    }
}
