// Generated from docs-src/api-reference/beta/resources/keyvaluepair.md by `cargo xtask regenerate`. Do not edit.
/// A name with a value, used for example for the arguments of a lifecycle workflow task.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyValuePair {
    /// The name of the pair.
    pub name: crate::Nullable<String>,
    /// The value stored under the name.
    pub value: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KeyValuePair {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> KeyValuePairBuilder {
        <KeyValuePairBuilder as Default>::default()
    }
}

/// Builds a [`KeyValuePair`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct KeyValuePairBuilder {
    inner: KeyValuePair,
}

impl KeyValuePairBuilder {
    /// Sets `name`.
    ///
    /// The name of the pair.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner.name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `name` to a value, or leaves it out of the body with `None`.
    ///
    /// The name of the pair.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.inner.name = value.into();
        self
    }
    /// Sends `name` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The name of the pair.
    pub fn null_name(mut self) -> Self {
        self.inner.name = crate::Nullable::Null;
        self
    }
    /// Sets `value`.
    ///
    /// The value stored under the name.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.inner.value = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `value` to a value, or leaves it out of the body with `None`.
    ///
    /// The value stored under the name.
    pub fn set_value(mut self, value: Option<String>) -> Self {
        self.inner.value = value.into();
        self
    }
    /// Sends `value` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The value stored under the name.
    pub fn null_value(mut self) -> Self {
        self.inner.value = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`KeyValuePair`].
    pub fn build(self) -> KeyValuePair {
        self.inner
    }
}

impl crate::GraphType for KeyValuePair {
    const ODATA_TYPE: &'static str = "#microsoft.graph.keyValuePair";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "name",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "value",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for KeyValuePair {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "name", &self.name)?;
        crate::__private::write_field(map, "value", &self.value)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "name" => !self.name.is_absent(),
            "value" => !self.value.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for KeyValuePair {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for KeyValuePair {
    const EXPECTING: &'static str = "a `microsoft.graph.keyValuePair` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => crate::__private::field(map, &mut self.name)?,
            "value" => crate::__private::field(map, &mut self.value)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for KeyValuePair {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
