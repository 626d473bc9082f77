// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// The `microsoft.graph.endpoint` type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// The same name in another namespace.
    pub call_endpoint: crate::Nullable<Box<crate::beta::call_records::Endpoint>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Endpoint {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> EndpointBuilder {
        <EndpointBuilder as Default>::default()
    }
}

/// Builds a [`Endpoint`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct EndpointBuilder {
    inner: Endpoint,
}

impl EndpointBuilder {
    /// Sets `callEndpoint`.
    ///
    /// The same name in another namespace.
    pub fn call_endpoint(
        mut self,
        value: impl Into<Box<crate::beta::call_records::Endpoint>>,
    ) -> Self {
        self.inner.call_endpoint = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `callEndpoint` to a value, or leaves it out of the body with `None`.
    ///
    /// The same name in another namespace.
    pub fn set_call_endpoint(
        mut self,
        value: Option<Box<crate::beta::call_records::Endpoint>>,
    ) -> Self {
        self.inner.call_endpoint = value.into();
        self
    }
    /// Sends `callEndpoint` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The same name in another namespace.
    pub fn null_call_endpoint(mut self) -> Self {
        self.inner.call_endpoint = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Endpoint`].
    pub fn build(self) -> Endpoint {
        self.inner
    }
}

impl crate::GraphType for Endpoint {
    const ODATA_TYPE: &'static str = "#microsoft.graph.endpoint";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "callEndpoint",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.callRecords.endpoint"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Endpoint {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "callEndpoint", &self.call_endpoint)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "callEndpoint" => !self.call_endpoint.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Endpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Endpoint {
    const EXPECTING: &'static str = "a `microsoft.graph.endpoint` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callEndpoint" => crate::__private::field(map, &mut self.call_endpoint)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Endpoint {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
