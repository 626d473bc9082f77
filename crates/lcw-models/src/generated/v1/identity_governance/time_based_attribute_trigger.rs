// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-timebasedattributetrigger.md by `cargo xtask regenerate`. Do not edit.
/// Starts a lifecycle workflow relative to a date stored in a user attribute. The scope and this trigger together fix the moment the workflow runs and the identities it handles.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeBasedAttributeTrigger {
    /// Days between the date in the chosen attribute and the moment the workflow fires; negative means before, positive means after. With `employeeHireDate` and -1, say, the workflow fires on the eve of the hire date. Allowed range: -180 to 180.
    pub offset_in_days: crate::Nullable<i32>,
    /// Date-valued user property the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `createdDateTime`, `unknownFutureValue`.
    pub time_based_attribute: crate::Nullable<crate::v1::identity_governance::WorkflowTriggerTimeBasedAttribute>,
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
    /// Days between the date in the chosen attribute and the moment the workflow fires; negative means before, positive means after. With `employeeHireDate` and -1, say, the workflow fires on the eve of the hire date. Allowed range: -180 to 180.
    pub fn offset_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.offset_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `offsetInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Days between the date in the chosen attribute and the moment the workflow fires; negative means before, positive means after. With `employeeHireDate` and -1, say, the workflow fires on the eve of the hire date. Allowed range: -180 to 180.
    pub fn set_offset_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.offset_in_days = value.into();
        self
    }
    /// Sends `offsetInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days between the date in the chosen attribute and the moment the workflow fires; negative means before, positive means after. With `employeeHireDate` and -1, say, the workflow fires on the eve of the hire date. Allowed range: -180 to 180.
    pub fn null_offset_in_days(mut self) -> Self {
        self.inner.offset_in_days = crate::Nullable::Null;
        self
    }
    /// Sets `timeBasedAttribute`.
    ///
    /// Date-valued user property the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `createdDateTime`, `unknownFutureValue`.
    pub fn time_based_attribute(
        mut self,
        value: impl Into<crate::v1::identity_governance::WorkflowTriggerTimeBasedAttribute>,
    ) -> Self {
        self.inner.time_based_attribute = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeBasedAttribute` to a value, or leaves it out of the body with `None`.
    ///
    /// Date-valued user property the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `createdDateTime`, `unknownFutureValue`.
    pub fn set_time_based_attribute(
        mut self,
        value: Option<crate::v1::identity_governance::WorkflowTriggerTimeBasedAttribute>,
    ) -> Self {
        self.inner.time_based_attribute = value.into();
        self
    }
    /// Sends `timeBasedAttribute` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Date-valued user property the trigger reads. The possible values are: `employeeHireDate`, `employeeLeaveDateTime`, `createdDateTime`, `unknownFutureValue`.
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
