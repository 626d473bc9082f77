// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-triggerandscopebasedconditions.md by `cargo xtask regenerate`. Do not edit.
/// Conditions of a lifecycle workflow that runs on its schedule: the scope names the users it covers and the trigger names the event that starts it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerAndScopeBasedConditions {
    /// Set of users the workflow is meant for.
    pub scope: crate::Nullable<crate::v1::SubjectSetKind>,
    /// Event that starts the workflow.
    pub trigger: crate::Nullable<crate::v1::identity_governance::WorkflowExecutionTriggerKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TriggerAndScopeBasedConditions {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TriggerAndScopeBasedConditionsBuilder {
        <TriggerAndScopeBasedConditionsBuilder as Default>::default()
    }
}

/// Builds a [`TriggerAndScopeBasedConditions`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TriggerAndScopeBasedConditionsBuilder {
    inner: TriggerAndScopeBasedConditions,
}

impl TriggerAndScopeBasedConditionsBuilder {
    /// Sets `scope`.
    ///
    /// Set of users the workflow is meant for.
    pub fn scope(mut self, value: impl Into<crate::v1::SubjectSetKind>) -> Self {
        self.inner.scope = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scope` to a value, or leaves it out of the body with `None`.
    ///
    /// Set of users the workflow is meant for.
    pub fn set_scope(mut self, value: Option<crate::v1::SubjectSetKind>) -> Self {
        self.inner.scope = value.into();
        self
    }
    /// Sends `scope` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Set of users the workflow is meant for.
    pub fn null_scope(mut self) -> Self {
        self.inner.scope = crate::Nullable::Null;
        self
    }
    /// Sets `trigger`.
    ///
    /// Event that starts the workflow.
    pub fn trigger(
        mut self,
        value: impl Into<crate::v1::identity_governance::WorkflowExecutionTriggerKind>,
    ) -> Self {
        self.inner.trigger = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `trigger` to a value, or leaves it out of the body with `None`.
    ///
    /// Event that starts the workflow.
    pub fn set_trigger(
        mut self,
        value: Option<crate::v1::identity_governance::WorkflowExecutionTriggerKind>,
    ) -> Self {
        self.inner.trigger = value.into();
        self
    }
    /// Sends `trigger` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Event that starts the workflow.
    pub fn null_trigger(mut self) -> Self {
        self.inner.trigger = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TriggerAndScopeBasedConditions`].
    pub fn build(self) -> TriggerAndScopeBasedConditions {
        self.inner
    }
}

impl crate::GraphType for TriggerAndScopeBasedConditions {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "scope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.subjectSet"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "trigger",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TriggerAndScopeBasedConditions {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "scope", &self.scope)?;
        crate::__private::write_field(map, "trigger", &self.trigger)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "scope" => !self.scope.is_absent(),
            "trigger" => !self.trigger.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TriggerAndScopeBasedConditions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TriggerAndScopeBasedConditions {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.triggerAndScopeBasedConditions` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => crate::__private::field(map, &mut self.scope)?,
            "trigger" => crate::__private::field(map, &mut self.trigger)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TriggerAndScopeBasedConditions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
