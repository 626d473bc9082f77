// Generated from docs-src/api-reference/beta/resources/mailboxsettings.md by `cargo xtask regenerate`. Do not edit.
/// The `microsoft.graph.workingHours` type.
///
/// A stand-in for `microsoft.graph.workingHours`, a type outside the lifecycle workflows family: only the properties these docs use are modelled, everything else stays in `additional_properties`.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkingHours {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkingHours {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkingHoursBuilder {
        <WorkingHoursBuilder as Default>::default()
    }
}

/// Builds a [`WorkingHours`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkingHoursBuilder {
    inner: WorkingHours,
}

impl WorkingHoursBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkingHours`].
    pub fn build(self) -> WorkingHours {
        self.inner
    }
}

impl crate::GraphType for WorkingHours {
    const ODATA_TYPE: &'static str = "#microsoft.graph.workingHours";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for WorkingHours {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        let _ = key;
        false
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkingHours {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkingHours {
    const EXPECTING: &'static str = "a `microsoft.graph.workingHours` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkingHours {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
