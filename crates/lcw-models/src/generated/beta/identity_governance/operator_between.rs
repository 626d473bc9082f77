// Generated from docs-src/api-reference/beta/resources/identitygovernance-operatorbetween.md by `cargo xtask regenerate`. Do not edit.
/// A workflowTriggerTimeBasedOperator that matches a user when the date in the user's attribute lies between two day offsets from today.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperatorBetween {
    /// Whether the operator looks at days before or after the user attribute's date. The possible values are: `before`, `after`, `unknownFutureValue`. Inherited from workflowTriggerTimeBasedOperator.
    pub event_timing: crate::Nullable<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    /// Lower end of the range in days, itself excluded. Must be a nonnegative integer smaller than lessThanOffsetInDays.
    pub greater_than_offset_in_days: crate::Nullable<i32>,
    /// Upper end of the range in days, itself excluded. Must be a nonnegative integer larger than greaterThanOffsetInDays. The two ends can be at most 180 days apart.
    pub less_than_offset_in_days: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OperatorBetween {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OperatorBetweenBuilder {
        <OperatorBetweenBuilder as Default>::default()
    }
}

/// Builds a [`OperatorBetween`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OperatorBetweenBuilder {
    inner: OperatorBetween,
}

impl OperatorBetweenBuilder {
    /// Sets `eventTiming`.
    ///
    /// Whether the operator looks at days before or after the user attribute's date. The possible values are: `before`, `after`, `unknownFutureValue`. Inherited from workflowTriggerTimeBasedOperator.
    pub fn event_timing(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `eventTiming` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the operator looks at days before or after the user attribute's date. The possible values are: `before`, `after`, `unknownFutureValue`. Inherited from workflowTriggerTimeBasedOperator.
    pub fn set_event_timing(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = value.into();
        self
    }
    /// Sends `eventTiming` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the operator looks at days before or after the user attribute's date. The possible values are: `before`, `after`, `unknownFutureValue`. Inherited from workflowTriggerTimeBasedOperator.
    pub fn null_event_timing(mut self) -> Self {
        self.inner.event_timing = crate::Nullable::Null;
        self
    }
    /// Sets `greaterThanOffsetInDays`.
    ///
    /// Lower end of the range in days, itself excluded. Must be a nonnegative integer smaller than lessThanOffsetInDays.
    pub fn greater_than_offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.greater_than_offset_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `greaterThanOffsetInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Lower end of the range in days, itself excluded. Must be a nonnegative integer smaller than lessThanOffsetInDays.
    pub fn set_greater_than_offset_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.greater_than_offset_in_days = value.into();
        self
    }
    /// Sends `greaterThanOffsetInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Lower end of the range in days, itself excluded. Must be a nonnegative integer smaller than lessThanOffsetInDays.
    pub fn null_greater_than_offset_in_days(mut self) -> Self {
        self.inner.greater_than_offset_in_days = crate::Nullable::Null;
        self
    }
    /// Sets `lessThanOffsetInDays`.
    ///
    /// Upper end of the range in days, itself excluded. Must be a nonnegative integer larger than greaterThanOffsetInDays. The two ends can be at most 180 days apart.
    pub fn less_than_offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.less_than_offset_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lessThanOffsetInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Upper end of the range in days, itself excluded. Must be a nonnegative integer larger than greaterThanOffsetInDays. The two ends can be at most 180 days apart.
    pub fn set_less_than_offset_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.less_than_offset_in_days = value.into();
        self
    }
    /// Sends `lessThanOffsetInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Upper end of the range in days, itself excluded. Must be a nonnegative integer larger than greaterThanOffsetInDays. The two ends can be at most 180 days apart.
    pub fn null_less_than_offset_in_days(mut self) -> Self {
        self.inner.less_than_offset_in_days = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OperatorBetween`].
    pub fn build(self) -> OperatorBetween {
        self.inner
    }
}

impl crate::GraphType for OperatorBetween {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.operatorBetween";
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
            name: "greaterThanOffsetInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lessThanOffsetInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for OperatorBetween {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "eventTiming", &self.event_timing)?;
        crate::__private::write_field(map, "greaterThanOffsetInDays", &self.greater_than_offset_in_days)?;
        crate::__private::write_field(map, "lessThanOffsetInDays", &self.less_than_offset_in_days)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "eventTiming" => !self.event_timing.is_absent(),
            "greaterThanOffsetInDays" => !self.greater_than_offset_in_days.is_absent(),
            "lessThanOffsetInDays" => !self.less_than_offset_in_days.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OperatorBetween {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OperatorBetween {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.operatorBetween` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventTiming" => crate::__private::field(map, &mut self.event_timing)?,
            "greaterThanOffsetInDays" => crate::__private::field(map, &mut self.greater_than_offset_in_days)?,
            "lessThanOffsetInDays" => crate::__private::field(map, &mut self.less_than_offset_in_days)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OperatorBetween {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
