// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// The `microsoft.graph.callRecords.option` type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OptionType {
    /// The `some` property.
    pub some: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OptionType {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OptionTypeBuilder {
        <OptionTypeBuilder as Default>::default()
    }
}

/// Builds a [`OptionType`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OptionTypeBuilder {
    inner: OptionType,
}

impl OptionTypeBuilder {
    /// Sets `some`.
    pub fn some(mut self, value: impl Into<String>) -> Self {
        self.inner.some = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `some` to a value, or leaves it out of the body with `None`.
    pub fn set_some(mut self, value: Option<String>) -> Self {
        self.inner.some = value.into();
        self
    }
    /// Sends `some` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_some(mut self) -> Self {
        self.inner.some = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OptionType`].
    pub fn build(self) -> OptionType {
        self.inner
    }
}

impl crate::GraphType for OptionType {
    const ODATA_TYPE: &'static str = "#microsoft.graph.callRecords.option";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "some",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for OptionType {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "some", &self.some)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "some" => !self.some.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OptionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OptionType {
    const EXPECTING: &'static str = "a `microsoft.graph.callRecords.option` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "some" => crate::__private::field(map, &mut self.some)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OptionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
