// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowtriggertimebasedoperator.md by `cargo xtask regenerate`. Do not edit.
/// Abstract workflowExecutionTriggerOperator that compares a date attribute of the user with today's date. It has no instances of its own.
///
/// It goes in the operator property of timeBasedAttributeTriggerV2.
///
/// Derived types:
///
/// - operatorBetween
/// - operatorEqualTo
/// - operatorLessThanEqualTo
///
/// The `@odata.type` property tells the kinds of operator apart.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowTriggerTimeBasedOperator {
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Which of them are allowed depends on the derived type.
    pub event_timing: crate::Nullable<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowTriggerTimeBasedOperator {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowTriggerTimeBasedOperatorBuilder {
        <WorkflowTriggerTimeBasedOperatorBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowTriggerTimeBasedOperator`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowTriggerTimeBasedOperatorBuilder {
    inner: WorkflowTriggerTimeBasedOperator,
}

impl WorkflowTriggerTimeBasedOperatorBuilder {
    /// Sets `eventTiming`.
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Which of them are allowed depends on the derived type.
    pub fn event_timing(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `eventTiming` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Which of them are allowed depends on the derived type.
    pub fn set_event_timing(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = value.into();
        self
    }
    /// Sends `eventTiming` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Which of them are allowed depends on the derived type.
    pub fn null_event_timing(mut self) -> Self {
        self.inner.event_timing = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowTriggerTimeBasedOperator`].
    pub fn build(self) -> WorkflowTriggerTimeBasedOperator {
        self.inner
    }
}

impl crate::GraphType for WorkflowTriggerTimeBasedOperator {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "eventTiming",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.workflowTriggerOperatorEventTiming",
                members: &["before", "after", "on", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowTriggerTimeBasedOperator {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "eventTiming", &self.event_timing)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "eventTiming" => !self.event_timing.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowTriggerTimeBasedOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowTriggerTimeBasedOperator {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventTiming" => crate::__private::field(map, &mut self.event_timing)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowTriggerTimeBasedOperator {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
