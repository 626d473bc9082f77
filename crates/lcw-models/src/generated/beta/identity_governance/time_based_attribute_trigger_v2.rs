// Generated from docs-src/api-reference/beta/resources/identitygovernance-timebasedattributetriggerv2.md by `cargo xtask regenerate`. Do not edit.
/// Extensible time-based trigger: it starts a lifecycle workflow once a date attribute of the user passes the test of a configurable operator.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeBasedAttributeTriggerV2 {
    /// Name of the user attribute of date type that gets tested, for example `employeeHireDate` or `employeeLeaveDateTime`.
    pub attribute: crate::Nullable<String>,
    /// Operator that decides how the date attribute is tested.
    pub operator: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionTriggerOperatorKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TimeBasedAttributeTriggerV2 {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TimeBasedAttributeTriggerV2Builder {
        <TimeBasedAttributeTriggerV2Builder as Default>::default()
    }
}

/// Builds a [`TimeBasedAttributeTriggerV2`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TimeBasedAttributeTriggerV2Builder {
    inner: TimeBasedAttributeTriggerV2,
}

impl TimeBasedAttributeTriggerV2Builder {
    /// Sets `attribute`.
    ///
    /// Name of the user attribute of date type that gets tested, for example `employeeHireDate` or `employeeLeaveDateTime`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.inner.attribute = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `attribute` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the user attribute of date type that gets tested, for example `employeeHireDate` or `employeeLeaveDateTime`.
    pub fn set_attribute(mut self, value: Option<String>) -> Self {
        self.inner.attribute = value.into();
        self
    }
    /// Sends `attribute` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the user attribute of date type that gets tested, for example `employeeHireDate` or `employeeLeaveDateTime`.
    pub fn null_attribute(mut self) -> Self {
        self.inner.attribute = crate::Nullable::Null;
        self
    }
    /// Sets `operator`.
    ///
    /// Operator that decides how the date attribute is tested.
    pub fn operator(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionTriggerOperatorKind>,
    ) -> Self {
        self.inner.operator = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `operator` to a value, or leaves it out of the body with `None`.
    ///
    /// Operator that decides how the date attribute is tested.
    pub fn set_operator(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionTriggerOperatorKind>,
    ) -> Self {
        self.inner.operator = value.into();
        self
    }
    /// Sends `operator` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Operator that decides how the date attribute is tested.
    pub fn null_operator(mut self) -> Self {
        self.inner.operator = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TimeBasedAttributeTriggerV2`].
    pub fn build(self) -> TimeBasedAttributeTriggerV2 {
        self.inner
    }
}

impl crate::GraphType for TimeBasedAttributeTriggerV2 {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "attribute",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "operator",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionTriggerOperator"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TimeBasedAttributeTriggerV2 {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "attribute", &self.attribute)?;
        crate::__private::write_field(map, "operator", &self.operator)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "attribute" => !self.attribute.is_absent(),
            "operator" => !self.operator.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TimeBasedAttributeTriggerV2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TimeBasedAttributeTriggerV2 {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attribute" => crate::__private::field(map, &mut self.attribute)?,
            "operator" => crate::__private::field(map, &mut self.operator)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TimeBasedAttributeTriggerV2 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
