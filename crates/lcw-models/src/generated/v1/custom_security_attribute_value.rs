// Generated from docs-src/api-reference/v1.0/resources/customsecurityattributevalue.md by `cargo xtask regenerate`. Do not edit.
/// Custom security attribute values of a directory object. The type declares no properties: each attribute set arrives as an extra member named after the set.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomSecurityAttributeValue {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomSecurityAttributeValue {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomSecurityAttributeValueBuilder {
        <CustomSecurityAttributeValueBuilder as Default>::default()
    }
}

/// Builds a [`CustomSecurityAttributeValue`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomSecurityAttributeValueBuilder {
    inner: CustomSecurityAttributeValue,
}

impl CustomSecurityAttributeValueBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomSecurityAttributeValue`].
    pub fn build(self) -> CustomSecurityAttributeValue {
        self.inner
    }
}

impl crate::GraphType for CustomSecurityAttributeValue {
    const ODATA_TYPE: &'static str = "#microsoft.graph.customSecurityAttributeValue";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for CustomSecurityAttributeValue {
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

impl serde::Serialize for CustomSecurityAttributeValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomSecurityAttributeValue {
    const EXPECTING: &'static str = "a `microsoft.graph.customSecurityAttributeValue` object";
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

impl<'de> serde::Deserialize<'de> for CustomSecurityAttributeValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
