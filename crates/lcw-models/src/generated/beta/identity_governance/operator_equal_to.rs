// Generated from docs-src/api-reference/beta/resources/identitygovernance-operatorequalto.md by `cargo xtask regenerate`. Do not edit.
/// A workflowTriggerTimeBasedOperator that matches a user when the date in the user's attribute is exactly offsetInDays days away from today.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperatorEqualTo {
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Use `on` when offsetInDays is `0`, and `before` or `after` for any other offset. Inherited from workflowTriggerTimeBasedOperator.
    pub event_timing: crate::Nullable<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    /// Exact distance in days between today and the date in the user attribute. Must be a nonnegative integer.
    pub offset_in_days: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OperatorEqualTo {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OperatorEqualToBuilder {
        <OperatorEqualToBuilder as Default>::default()
    }
}

/// Builds a [`OperatorEqualTo`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OperatorEqualToBuilder {
    inner: OperatorEqualTo,
}

impl OperatorEqualToBuilder {
    /// Sets `eventTiming`.
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Use `on` when offsetInDays is `0`, and `before` or `after` for any other offset. Inherited from workflowTriggerTimeBasedOperator.
    pub fn event_timing(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `eventTiming` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Use `on` when offsetInDays is `0`, and `before` or `after` for any other offset. Inherited from workflowTriggerTimeBasedOperator.
    pub fn set_event_timing(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = value.into();
        self
    }
    /// Sends `eventTiming` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Use `on` when offsetInDays is `0`, and `before` or `after` for any other offset. Inherited from workflowTriggerTimeBasedOperator.
    pub fn null_event_timing(mut self) -> Self {
        self.inner.event_timing = crate::Nullable::Null;
        self
    }
    /// Sets `offsetInDays`.
    ///
    /// Exact distance in days between today and the date in the user attribute. Must be a nonnegative integer.
    pub fn offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.offset_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `offsetInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Exact distance in days between today and the date in the user attribute. Must be a nonnegative integer.
    pub fn set_offset_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.offset_in_days = value.into();
        self
    }
    /// Sends `offsetInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Exact distance in days between today and the date in the user attribute. Must be a nonnegative integer.
    pub fn null_offset_in_days(mut self) -> Self {
        self.inner.offset_in_days = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OperatorEqualTo`].
    pub fn build(self) -> OperatorEqualTo {
        self.inner
    }
}

impl crate::GraphType for OperatorEqualTo {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.operatorEqualTo";
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
        crate::PropertyInfo {
            name: "offsetInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for OperatorEqualTo {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "eventTiming", &self.event_timing)?;
        crate::__private::write_field(map, "offsetInDays", &self.offset_in_days)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "eventTiming" => !self.event_timing.is_absent(),
            "offsetInDays" => !self.offset_in_days.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OperatorEqualTo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OperatorEqualTo {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.operatorEqualTo` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventTiming" => crate::__private::field(map, &mut self.event_timing)?,
            "offsetInDays" => crate::__private::field(map, &mut self.offset_in_days)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OperatorEqualTo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
