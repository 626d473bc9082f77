// Generated from docs-src/api-reference/v1.0/resources/mailboxsettings.md by `cargo xtask regenerate`. Do not edit.
/// The `microsoft.graph.localeInfo` type.
///
/// A stand-in for `microsoft.graph.localeInfo`, a type outside the lifecycle workflows family: only the properties these docs use are modelled, everything else stays in `additional_properties`.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocaleInfo {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LocaleInfo {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LocaleInfoBuilder {
        <LocaleInfoBuilder as Default>::default()
    }
}

/// Builds a [`LocaleInfo`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LocaleInfoBuilder {
    inner: LocaleInfo,
}

impl LocaleInfoBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LocaleInfo`].
    pub fn build(self) -> LocaleInfo {
        self.inner
    }
}

impl crate::GraphType for LocaleInfo {
    const ODATA_TYPE: &'static str = "#microsoft.graph.localeInfo";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for LocaleInfo {
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

impl serde::Serialize for LocaleInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LocaleInfo {
    const EXPECTING: &'static str = "a `microsoft.graph.localeInfo` object";
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

impl<'de> serde::Deserialize<'de> for LocaleInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
