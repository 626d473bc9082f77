// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-countbasedquarantinecondition.md by `cargo xtask regenerate`. Do not edit.
/// A quarantineCondition based on a head count: as soon as one run of a workflow would handle more users than the set limit, the workflow is put into quarantine. Add it to the conditions of a quarantineConfiguration.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountBasedQuarantineCondition {
    /// Highest number of users one run may process; above it, the workflow goes into quarantine.
    pub threshold: crate::Nullable<crate::Int64>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CountBasedQuarantineCondition {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CountBasedQuarantineConditionBuilder {
        <CountBasedQuarantineConditionBuilder as Default>::default()
    }
}

/// Builds a [`CountBasedQuarantineCondition`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CountBasedQuarantineConditionBuilder {
    inner: CountBasedQuarantineCondition,
}

impl CountBasedQuarantineConditionBuilder {
    /// Sets `threshold`.
    ///
    /// Highest number of users one run may process; above it, the workflow goes into quarantine.
    pub fn threshold(mut self, value: impl Into<crate::Int64>) -> Self {
        self.inner.threshold = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `threshold` to a value, or leaves it out of the body with `None`.
    ///
    /// Highest number of users one run may process; above it, the workflow goes into quarantine.
    pub fn set_threshold(mut self, value: Option<crate::Int64>) -> Self {
        self.inner.threshold = value.into();
        self
    }
    /// Sends `threshold` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Highest number of users one run may process; above it, the workflow goes into quarantine.
    pub fn null_threshold(mut self) -> Self {
        self.inner.threshold = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CountBasedQuarantineCondition`].
    pub fn build(self) -> CountBasedQuarantineCondition {
        self.inner
    }
}

impl crate::GraphType for CountBasedQuarantineCondition {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.countBasedQuarantineCondition";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "threshold",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int64,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CountBasedQuarantineCondition {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "threshold", &self.threshold)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "threshold" => !self.threshold.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CountBasedQuarantineCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CountBasedQuarantineCondition {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.countBasedQuarantineCondition` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "threshold" => crate::__private::field(map, &mut self.threshold)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CountBasedQuarantineCondition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
