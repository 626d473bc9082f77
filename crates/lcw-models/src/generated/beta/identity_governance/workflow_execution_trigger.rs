// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowexecutiontrigger.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the workflow triggers. Each derived trigger type describes the event that makes a workflow run.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowExecutionTrigger {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecutionTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowExecutionTriggerBuilder {
        <WorkflowExecutionTriggerBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowExecutionTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowExecutionTriggerBuilder {
    inner: WorkflowExecutionTrigger,
}

impl WorkflowExecutionTriggerBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowExecutionTrigger`].
    pub fn build(self) -> WorkflowExecutionTrigger {
        self.inner
    }
}

impl crate::GraphType for WorkflowExecutionTrigger {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowExecutionTrigger";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for WorkflowExecutionTrigger {
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

impl serde::Serialize for WorkflowExecutionTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowExecutionTrigger {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowExecutionTrigger` object";
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

impl<'de> serde::Deserialize<'de> for WorkflowExecutionTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.workflowExecutionTrigger` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowExecutionTriggerKind {
    /// A `microsoft.graph.identityGovernance.attributeChangeTrigger`.
    AttributeChangeTrigger(crate::beta::identity_governance::AttributeChangeTrigger),
    /// A `microsoft.graph.identityGovernance.membershipChangeTrigger`.
    MembershipChangeTrigger(crate::beta::identity_governance::MembershipChangeTrigger),
    /// A `microsoft.graph.identityGovernance.timeBasedAttributeTrigger`.
    TimeBasedAttributeTrigger(crate::beta::identity_governance::TimeBasedAttributeTrigger),
    /// A `microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2`.
    TimeBasedAttributeTriggerV2(crate::beta::identity_governance::TimeBasedAttributeTriggerV2),
    /// A `microsoft.graph.identityGovernance.userInactivityTrigger`.
    UserInactivityTrigger(crate::beta::identity_governance::UserInactivityTrigger),
    /// A `microsoft.graph.identityGovernance.workflowExecutionTrigger`.
    WorkflowExecutionTrigger(crate::beta::identity_governance::WorkflowExecutionTrigger),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::AttributeChangeTrigger> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::AttributeChangeTrigger) -> Self {
        WorkflowExecutionTriggerKind::AttributeChangeTrigger(value)
    }
}

impl From<crate::beta::identity_governance::MembershipChangeTrigger> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::MembershipChangeTrigger) -> Self {
        WorkflowExecutionTriggerKind::MembershipChangeTrigger(value)
    }
}

impl From<crate::beta::identity_governance::TimeBasedAttributeTrigger> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::TimeBasedAttributeTrigger) -> Self {
        WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(value)
    }
}

impl From<crate::beta::identity_governance::TimeBasedAttributeTriggerV2> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::TimeBasedAttributeTriggerV2) -> Self {
        WorkflowExecutionTriggerKind::TimeBasedAttributeTriggerV2(value)
    }
}

impl From<crate::beta::identity_governance::UserInactivityTrigger> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::UserInactivityTrigger) -> Self {
        WorkflowExecutionTriggerKind::UserInactivityTrigger(value)
    }
}

impl From<crate::beta::identity_governance::WorkflowExecutionTrigger> for WorkflowExecutionTriggerKind {
    fn from(value: crate::beta::identity_governance::WorkflowExecutionTrigger) -> Self {
        WorkflowExecutionTriggerKind::WorkflowExecutionTrigger(value)
    }
}

impl serde::Serialize for WorkflowExecutionTriggerKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WorkflowExecutionTriggerKind::AttributeChangeTrigger(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::AttributeChangeTrigger as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerKind::MembershipChangeTrigger(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::MembershipChangeTrigger as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerKind::TimeBasedAttributeTriggerV2(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::TimeBasedAttributeTriggerV2 as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerKind::UserInactivityTrigger(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::UserInactivityTrigger as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionTriggerKind::WorkflowExecutionTrigger(value) => serde::Serialize::serialize(value, serializer),
            WorkflowExecutionTriggerKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for WorkflowExecutionTriggerKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.attributeChangeTrigger") => started
                .finish_as(map, Some(<crate::beta::identity_governance::AttributeChangeTrigger as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerKind::AttributeChangeTrigger),
            Some("microsoft.graph.identityGovernance.membershipChangeTrigger") => started
                .finish_as(map, Some(<crate::beta::identity_governance::MembershipChangeTrigger as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerKind::MembershipChangeTrigger),
            Some("microsoft.graph.identityGovernance.timeBasedAttributeTrigger") => started
                .finish_as(map, Some(<crate::beta::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger),
            Some("microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2") => started
                .finish_as(map, Some(<crate::beta::identity_governance::TimeBasedAttributeTriggerV2 as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerKind::TimeBasedAttributeTriggerV2),
            Some("microsoft.graph.identityGovernance.userInactivityTrigger") => started
                .finish_as(map, Some(<crate::beta::identity_governance::UserInactivityTrigger as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionTriggerKind::UserInactivityTrigger),
            Some("microsoft.graph.identityGovernance.workflowExecutionTrigger") => started.finish(map).map(WorkflowExecutionTriggerKind::WorkflowExecutionTrigger),
            None => started.finish(map).map(WorkflowExecutionTriggerKind::WorkflowExecutionTrigger),
            _ => started.finish_unknown(map).map(WorkflowExecutionTriggerKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowExecutionTriggerKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.workflowExecutionTrigger` object")
    }
}
