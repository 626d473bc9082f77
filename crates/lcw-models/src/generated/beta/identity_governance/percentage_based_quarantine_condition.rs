// Generated from docs-src/api-reference/beta/resources/identitygovernance-percentagebasedquarantinecondition.md by `cargo xtask regenerate`. Do not edit.
/// A quarantineCondition based on a share of users: as soon as one run of a workflow would handle a larger percentage of the in-scope users than the set limit, the workflow is put into quarantine. Add it to the conditions of a quarantineConfiguration.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PercentageBasedQuarantineCondition {
    /// Highest percentage of the in-scope users one run may process; above it, the workflow goes into quarantine.
    pub percentage: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PercentageBasedQuarantineCondition {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> PercentageBasedQuarantineConditionBuilder {
        <PercentageBasedQuarantineConditionBuilder as Default>::default()
    }
}

/// Builds a [`PercentageBasedQuarantineCondition`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct PercentageBasedQuarantineConditionBuilder {
    inner: PercentageBasedQuarantineCondition,
}

impl PercentageBasedQuarantineConditionBuilder {
    /// Sets `percentage`.
    ///
    /// Highest percentage of the in-scope users one run may process; above it, the workflow goes into quarantine.
    pub fn percentage(mut self, value: impl Into<i32>) -> Self {
        self.inner.percentage = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `percentage` to a value, or leaves it out of the body with `None`.
    ///
    /// Highest percentage of the in-scope users one run may process; above it, the workflow goes into quarantine.
    pub fn set_percentage(mut self, value: Option<i32>) -> Self {
        self.inner.percentage = value.into();
        self
    }
    /// Sends `percentage` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Highest percentage of the in-scope users one run may process; above it, the workflow goes into quarantine.
    pub fn null_percentage(mut self) -> Self {
        self.inner.percentage = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`PercentageBasedQuarantineCondition`].
    pub fn build(self) -> PercentageBasedQuarantineCondition {
        self.inner
    }
}

impl crate::GraphType for PercentageBasedQuarantineCondition {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.percentageBasedQuarantineCondition";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "percentage",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for PercentageBasedQuarantineCondition {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "percentage", &self.percentage)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "percentage" => !self.percentage.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for PercentageBasedQuarantineCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for PercentageBasedQuarantineCondition {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.percentageBasedQuarantineCondition` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "percentage" => crate::__private::field(map, &mut self.percentage)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for PercentageBasedQuarantineCondition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
