// Generated from docs-src/api-reference/beta/resources/identitygovernance-operatorlessthanequalto.md by `cargo xtask regenerate`. Do not edit.
/// A workflowTriggerTimeBasedOperator that matches a user when the date in the user's attribute is at most offsetInDays days away from today.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperatorLessThanEqualTo {
    /// Whether the operator looks at days before the user attribute's date, after it, or on it. The possible values are: `before`, `after`, `on`, `unknownFutureValue`. Use `on` when offsetInDays is `0`, and `before` or `after` for any other offset. Inherited from workflowTriggerTimeBasedOperator.
    pub event_timing: Option<super::WorkflowTriggerOperatorEventTiming>,
    /// Largest distance in days allowed between today and the date in the user attribute. Must be a nonnegative integer.
    pub offset_in_days: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OperatorLessThanEqualTo {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OperatorLessThanEqualToBuilder {
        OperatorLessThanEqualToBuilder::default()
    }
}

/// Builds a [`OperatorLessThanEqualTo`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OperatorLessThanEqualToBuilder {
    inner: OperatorLessThanEqualTo,
}

impl OperatorLessThanEqualToBuilder {
    /// Sets `eventTiming`.
    pub fn event_timing(
        mut self,
        value: impl Into<super::WorkflowTriggerOperatorEventTiming>,
    ) -> Self {
        self.inner.event_timing = Some(value.into());
        self
    }
    /// Sets `offsetInDays`.
    pub fn offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.offset_in_days = Some(value.into());
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OperatorLessThanEqualTo`].
    pub fn build(self) -> OperatorLessThanEqualTo {
        self.inner
    }
}

impl crate::GraphType for OperatorLessThanEqualTo {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.operatorLessThanEqualTo";
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
        },
        crate::PropertyInfo {
            name: "offsetInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for OperatorLessThanEqualTo {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.event_timing {
            map.serialize_entry("eventTiming", value)?;
        }
        if let Some(value) = &self.offset_in_days {
            map.serialize_entry("offsetInDays", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "eventTiming" => self.event_timing.is_some(),
            "offsetInDays" => self.offset_in_days.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OperatorLessThanEqualTo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OperatorLessThanEqualTo {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventTiming" => {
                crate::__private::field(
                    map,
                    &mut self.event_timing,
                    "eventTiming",
                    &mut self.additional_properties,
                )?
            }
            "offsetInDays" => {
                crate::__private::field(
                    map,
                    &mut self.offset_in_days,
                    "offsetInDays",
                    &mut self.additional_properties,
                )?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OperatorLessThanEqualTo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.operatorLessThanEqualTo` object",
        )
    }
}
