// Generated from docs-src/api-reference/beta/resources/licenseprocessingstate.md by `cargo xtask regenerate`. Do not edit.
/// How far the service has got in giving a group's licenses to its members.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LicenseProcessingState {
    /// Progress of the license processing, such as `QueuedForProcessing`, `ProcessingInProgress` or `ProcessingComplete`.
    pub state: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LicenseProcessingState {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LicenseProcessingStateBuilder {
        <LicenseProcessingStateBuilder as Default>::default()
    }
}

/// Builds a [`LicenseProcessingState`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LicenseProcessingStateBuilder {
    inner: LicenseProcessingState,
}

impl LicenseProcessingStateBuilder {
    /// Sets `state`.
    ///
    /// Progress of the license processing, such as `QueuedForProcessing`, `ProcessingInProgress` or `ProcessingComplete`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.inner.state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `state` to a value, or leaves it out of the body with `None`.
    ///
    /// Progress of the license processing, such as `QueuedForProcessing`, `ProcessingInProgress` or `ProcessingComplete`.
    pub fn set_state(mut self, value: Option<String>) -> Self {
        self.inner.state = value.into();
        self
    }
    /// Sends `state` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Progress of the license processing, such as `QueuedForProcessing`, `ProcessingInProgress` or `ProcessingComplete`.
    pub fn null_state(mut self) -> Self {
        self.inner.state = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LicenseProcessingState`].
    pub fn build(self) -> LicenseProcessingState {
        self.inner
    }
}

impl crate::GraphType for LicenseProcessingState {
    const ODATA_TYPE: &'static str = "#microsoft.graph.licenseProcessingState";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "state",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LicenseProcessingState {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "state", &self.state)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "state" => !self.state.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LicenseProcessingState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LicenseProcessingState {
    const EXPECTING: &'static str = "a `microsoft.graph.licenseProcessingState` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "state" => crate::__private::field(map, &mut self.state)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LicenseProcessingState {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
