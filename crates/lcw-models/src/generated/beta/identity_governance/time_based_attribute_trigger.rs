// Generated from docs-src/api-reference/beta/resources/identitygovernance-timebasedattributetrigger.md by `cargo xtask regenerate`. Do not edit.
/// Starts a lifecycle workflow from a date attribute of the user. Together, the scope and the trigger decide when the workflow runs and which identities it runs for.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeBasedAttributeTrigger {
    /// Number of days before (negative) or after (positive) the date in the time-based attribute at which the workflow fires. With `employeeHireDate` and an offsetInDays of -1, for example, the workflow fires the day before the hire date.
    pub offset_in_days: crate::Nullable<i32>,
    /// Time-based user property that the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `unknownFutureValue`.
    pub time_based_attribute: crate::Nullable<crate::beta::identity_governance::WorkflowTriggerTimeBasedAttribute>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TimeBasedAttributeTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TimeBasedAttributeTriggerBuilder {
        <TimeBasedAttributeTriggerBuilder as Default>::default()
    }
}

/// Builds a [`TimeBasedAttributeTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TimeBasedAttributeTriggerBuilder {
    inner: TimeBasedAttributeTrigger,
}

impl TimeBasedAttributeTriggerBuilder {
    /// Sets `offsetInDays`.
    ///
    /// Number of days before (negative) or after (positive) the date in the time-based attribute at which the workflow fires. With `employeeHireDate` and an offsetInDays of -1, for example, the workflow fires the day before the hire date.
    pub fn offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.offset_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `offsetInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Number of days before (negative) or after (positive) the date in the time-based attribute at which the workflow fires. With `employeeHireDate` and an offsetInDays of -1, for example, the workflow fires the day before the hire date.
    pub fn set_offset_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.offset_in_days = value.into();
        self
    }
    /// Sends `offsetInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Number of days before (negative) or after (positive) the date in the time-based attribute at which the workflow fires. With `employeeHireDate` and an offsetInDays of -1, for example, the workflow fires the day before the hire date.
    pub fn null_offset_in_days(mut self) -> Self {
        self.inner.offset_in_days = crate::Nullable::Null;
        self
    }
    /// Sets `timeBasedAttribute`.
    ///
    /// Time-based user property that the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `unknownFutureValue`.
    pub fn time_based_attribute(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowTriggerTimeBasedAttribute>,
    ) -> Self {
        self.inner.time_based_attribute = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeBasedAttribute` to a value, or leaves it out of the body with `None`.
    ///
    /// Time-based user property that the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `unknownFutureValue`.
    pub fn set_time_based_attribute(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowTriggerTimeBasedAttribute>,
    ) -> Self {
        self.inner.time_based_attribute = value.into();
        self
    }
    /// Sends `timeBasedAttribute` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Time-based user property that the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `unknownFutureValue`.
    pub fn null_time_based_attribute(mut self) -> Self {
        self.inner.time_based_attribute = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TimeBasedAttributeTrigger`].
    pub fn build(self) -> TimeBasedAttributeTrigger {
        self.inner
    }
}

impl crate::GraphType for TimeBasedAttributeTrigger {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "offsetInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "timeBasedAttribute",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.workflowTriggerTimeBasedAttribute",
                members: &[
                    "employeeHireDate",
                    "employeeLeaveDateTime",
                    "unknownFutureValue",
                    "createdDateTime",
                ],
                after_sentinel: &["createdDateTime"],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TimeBasedAttributeTrigger {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "offsetInDays", &self.offset_in_days)?;
        crate::__private::write_field(map, "timeBasedAttribute", &self.time_based_attribute)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "offsetInDays" => !self.offset_in_days.is_absent(),
            "timeBasedAttribute" => !self.time_based_attribute.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TimeBasedAttributeTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TimeBasedAttributeTrigger {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.timeBasedAttributeTrigger` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "offsetInDays" => crate::__private::field(map, &mut self.offset_in_days)?,
            "timeBasedAttribute" => crate::__private::field(map, &mut self.time_based_attribute)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TimeBasedAttributeTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
