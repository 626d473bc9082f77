// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflowexecutionconditions.md by `cargo xtask regenerate`. Do not edit.
/// Abstract type behind the executionConditions of workflowTemplate and workflowBase objects. The conditions say when a workflow starts and which users it targets. Concrete conditions use one of these derived types:
///
/// - onDemandExecutionOnly
/// - triggerAndScopeBasedConditions
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowExecutionConditions {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecutionConditions {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowExecutionConditionsBuilder {
        <WorkflowExecutionConditionsBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowExecutionConditions`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowExecutionConditionsBuilder {
    inner: WorkflowExecutionConditions,
}

impl WorkflowExecutionConditionsBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowExecutionConditions`].
    pub fn build(self) -> WorkflowExecutionConditions {
        self.inner
    }
}

impl crate::GraphType for WorkflowExecutionConditions {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowExecutionConditions";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for WorkflowExecutionConditions {
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

impl serde::Serialize for WorkflowExecutionConditions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowExecutionConditions {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowExecutionConditions` object";
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

impl<'de> serde::Deserialize<'de> for WorkflowExecutionConditions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.workflowExecutionConditions` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowExecutionConditionsKind {
    /// A `microsoft.graph.identityGovernance.onDemandExecutionOnly`.
    OnDemandExecutionOnly(crate::v1::identity_governance::OnDemandExecutionOnly),
    /// A `microsoft.graph.identityGovernance.provisioningAttributeMapping`.
    ProvisioningAttributeMapping(crate::v1::identity_governance::ProvisioningAttributeMapping),
    /// A `microsoft.graph.identityGovernance.triggerAndScopeBasedConditions`.
    TriggerAndScopeBasedConditions(crate::v1::identity_governance::TriggerAndScopeBasedConditions),
    /// A `microsoft.graph.identityGovernance.workflowExecutionConditions`.
    WorkflowExecutionConditions(crate::v1::identity_governance::WorkflowExecutionConditions),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::identity_governance::OnDemandExecutionOnly> for WorkflowExecutionConditionsKind {
    fn from(value: crate::v1::identity_governance::OnDemandExecutionOnly) -> Self {
        WorkflowExecutionConditionsKind::OnDemandExecutionOnly(value)
    }
}

impl From<crate::v1::identity_governance::ProvisioningAttributeMapping> for WorkflowExecutionConditionsKind {
    fn from(value: crate::v1::identity_governance::ProvisioningAttributeMapping) -> Self {
        WorkflowExecutionConditionsKind::ProvisioningAttributeMapping(value)
    }
}

impl From<crate::v1::identity_governance::TriggerAndScopeBasedConditions> for WorkflowExecutionConditionsKind {
    fn from(value: crate::v1::identity_governance::TriggerAndScopeBasedConditions) -> Self {
        WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(value)
    }
}

impl From<crate::v1::identity_governance::WorkflowExecutionConditions> for WorkflowExecutionConditionsKind {
    fn from(value: crate::v1::identity_governance::WorkflowExecutionConditions) -> Self {
        WorkflowExecutionConditionsKind::WorkflowExecutionConditions(value)
    }
}

impl serde::Serialize for WorkflowExecutionConditionsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WorkflowExecutionConditionsKind::OnDemandExecutionOnly(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::OnDemandExecutionOnly as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionConditionsKind::ProvisioningAttributeMapping(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowExecutionConditionsKind::WorkflowExecutionConditions(value) => serde::Serialize::serialize(value, serializer),
            WorkflowExecutionConditionsKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for WorkflowExecutionConditionsKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.onDemandExecutionOnly") => started
                .finish_as(map, Some(<crate::v1::identity_governance::OnDemandExecutionOnly as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionConditionsKind::OnDemandExecutionOnly),
            Some("microsoft.graph.identityGovernance.provisioningAttributeMapping") => started
                .finish_as(map, Some(<crate::v1::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionConditionsKind::ProvisioningAttributeMapping),
            Some("microsoft.graph.identityGovernance.triggerAndScopeBasedConditions") => started
                .finish_as(map, Some(<crate::v1::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions),
            Some("microsoft.graph.identityGovernance.workflowExecutionConditions") => started.finish(map).map(WorkflowExecutionConditionsKind::WorkflowExecutionConditions),
            None => started.finish(map).map(WorkflowExecutionConditionsKind::WorkflowExecutionConditions),
            _ => started.finish_unknown(map).map(WorkflowExecutionConditionsKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowExecutionConditionsKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.workflowExecutionConditions` object")
    }
}
