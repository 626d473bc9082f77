// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// The `microsoft.graph.callRecords.endpoint` type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// The `fooBar` property.
    pub foo_bar: crate::Nullable<String>,
    /// On the wire: `FooBar`.
    pub foo_bar_2: crate::Nullable<i32>,
    /// The `default` property.
    pub default_: crate::Nullable<bool>,
    /// The `additionalProperties` property.
    pub additional_properties_: crate::Nullable<String>,
    /// The `build` property.
    pub build_: crate::Nullable<String>,
    /// The `move` property.
    pub move_: crate::Nullable<String>,
    /// On the wire: `3rdPartyId`.
    pub v_3_rd_party_id: crate::Nullable<String>,
    /// On the wire: `@microsoft.graph.downloadUrl`.
    pub microsoft_graph_download_url: crate::Nullable<String>,
    /// On the wire: `content.downloadUrl`.
    pub content_download_url: crate::Nullable<String>,
    /// The `name` property.
    pub name: crate::Nullable<String>,
    /// On the wire: `setName`.
    pub set_name_2: crate::Nullable<String>,
    /// The `callType` property.
    pub call_type: crate::Nullable<crate::beta::call_records::CallType>,
    /// The `rootEndpoint` property.
    pub root_endpoint: crate::Nullable<Box<crate::beta::Endpoint>>,
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
    /// Sets `fooBar`.
    pub fn foo_bar(mut self, value: impl Into<String>) -> Self {
        self.inner.foo_bar = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `fooBar` to a value, or leaves it out of the body with `None`.
    pub fn set_foo_bar(mut self, value: Option<String>) -> Self {
        self.inner.foo_bar = value.into();
        self
    }
    /// Sends `fooBar` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_foo_bar(mut self) -> Self {
        self.inner.foo_bar = crate::Nullable::Null;
        self
    }
    /// Sets `FooBar`.
    ///
    /// On the wire: `FooBar`.
    pub fn foo_bar_2(mut self, value: impl Into<i32>) -> Self {
        self.inner.foo_bar_2 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `FooBar` to a value, or leaves it out of the body with `None`.
    ///
    /// On the wire: `FooBar`.
    pub fn set_foo_bar_2(mut self, value: Option<i32>) -> Self {
        self.inner.foo_bar_2 = value.into();
        self
    }
    /// Sends `FooBar` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// On the wire: `FooBar`.
    pub fn null_foo_bar_2(mut self) -> Self {
        self.inner.foo_bar_2 = crate::Nullable::Null;
        self
    }
    /// Sets `default`.
    pub fn default_(mut self, value: impl Into<bool>) -> Self {
        self.inner.default_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `default` to a value, or leaves it out of the body with `None`.
    pub fn set_default(mut self, value: Option<bool>) -> Self {
        self.inner.default_ = value.into();
        self
    }
    /// Sends `default` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_default(mut self) -> Self {
        self.inner.default_ = crate::Nullable::Null;
        self
    }
    /// Sets `additionalProperties`.
    pub fn additional_properties_(mut self, value: impl Into<String>) -> Self {
        self.inner.additional_properties_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `additionalProperties` to a value, or leaves it out of the body with `None`.
    pub fn set_additional_properties(mut self, value: Option<String>) -> Self {
        self.inner.additional_properties_ = value.into();
        self
    }
    /// Sends `additionalProperties` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_additional_properties(mut self) -> Self {
        self.inner.additional_properties_ = crate::Nullable::Null;
        self
    }
    /// Sets `build`.
    pub fn build_(mut self, value: impl Into<String>) -> Self {
        self.inner.build_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `build` to a value, or leaves it out of the body with `None`.
    pub fn set_build(mut self, value: Option<String>) -> Self {
        self.inner.build_ = value.into();
        self
    }
    /// Sends `build` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_build(mut self) -> Self {
        self.inner.build_ = crate::Nullable::Null;
        self
    }
    /// Sets `move`.
    pub fn move_(mut self, value: impl Into<String>) -> Self {
        self.inner.move_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `move` to a value, or leaves it out of the body with `None`.
    pub fn set_move(mut self, value: Option<String>) -> Self {
        self.inner.move_ = value.into();
        self
    }
    /// Sends `move` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_move(mut self) -> Self {
        self.inner.move_ = crate::Nullable::Null;
        self
    }
    /// Sets `3rdPartyId`.
    ///
    /// On the wire: `3rdPartyId`.
    pub fn v_3_rd_party_id(mut self, value: impl Into<String>) -> Self {
        self.inner.v_3_rd_party_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `3rdPartyId` to a value, or leaves it out of the body with `None`.
    ///
    /// On the wire: `3rdPartyId`.
    pub fn set_v_3_rd_party_id(mut self, value: Option<String>) -> Self {
        self.inner.v_3_rd_party_id = value.into();
        self
    }
    /// Sends `3rdPartyId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// On the wire: `3rdPartyId`.
    pub fn null_v_3_rd_party_id(mut self) -> Self {
        self.inner.v_3_rd_party_id = crate::Nullable::Null;
        self
    }
    /// Sets `@microsoft.graph.downloadUrl`.
    ///
    /// On the wire: `@microsoft.graph.downloadUrl`.
    pub fn microsoft_graph_download_url(mut self, value: impl Into<String>) -> Self {
        self.inner.microsoft_graph_download_url = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `@microsoft.graph.downloadUrl` to a value, or leaves it out of the body with `None`.
    ///
    /// On the wire: `@microsoft.graph.downloadUrl`.
    pub fn set_microsoft_graph_download_url(mut self, value: Option<String>) -> Self {
        self.inner.microsoft_graph_download_url = value.into();
        self
    }
    /// Sends `@microsoft.graph.downloadUrl` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// On the wire: `@microsoft.graph.downloadUrl`.
    pub fn null_microsoft_graph_download_url(mut self) -> Self {
        self.inner.microsoft_graph_download_url = crate::Nullable::Null;
        self
    }
    /// Sets `content.downloadUrl`.
    ///
    /// On the wire: `content.downloadUrl`.
    pub fn content_download_url(mut self, value: impl Into<String>) -> Self {
        self.inner.content_download_url = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `content.downloadUrl` to a value, or leaves it out of the body with `None`.
    ///
    /// On the wire: `content.downloadUrl`.
    pub fn set_content_download_url(mut self, value: Option<String>) -> Self {
        self.inner.content_download_url = value.into();
        self
    }
    /// Sends `content.downloadUrl` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// On the wire: `content.downloadUrl`.
    pub fn null_content_download_url(mut self) -> Self {
        self.inner.content_download_url = crate::Nullable::Null;
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner.name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `name` to a value, or leaves it out of the body with `None`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.inner.name = value.into();
        self
    }
    /// Sends `name` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_name(mut self) -> Self {
        self.inner.name = crate::Nullable::Null;
        self
    }
    /// Sets `setName`.
    ///
    /// On the wire: `setName`.
    pub fn set_name_2(mut self, value: impl Into<String>) -> Self {
        self.inner.set_name_2 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `setName` to a value, or leaves it out of the body with `None`.
    ///
    /// On the wire: `setName`.
    pub fn set_set_name_2(mut self, value: Option<String>) -> Self {
        self.inner.set_name_2 = value.into();
        self
    }
    /// Sends `setName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// On the wire: `setName`.
    pub fn null_set_name_2(mut self) -> Self {
        self.inner.set_name_2 = crate::Nullable::Null;
        self
    }
    /// Sets `callType`.
    pub fn call_type(mut self, value: impl Into<crate::beta::call_records::CallType>) -> Self {
        self.inner.call_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `callType` to a value, or leaves it out of the body with `None`.
    pub fn set_call_type(mut self, value: Option<crate::beta::call_records::CallType>) -> Self {
        self.inner.call_type = value.into();
        self
    }
    /// Sends `callType` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_call_type(mut self) -> Self {
        self.inner.call_type = crate::Nullable::Null;
        self
    }
    /// Sets `rootEndpoint`.
    pub fn root_endpoint(mut self, value: impl Into<Box<crate::beta::Endpoint>>) -> Self {
        self.inner.root_endpoint = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `rootEndpoint` to a value, or leaves it out of the body with `None`.
    pub fn set_root_endpoint(mut self, value: Option<Box<crate::beta::Endpoint>>) -> Self {
        self.inner.root_endpoint = value.into();
        self
    }
    /// Sends `rootEndpoint` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_root_endpoint(mut self) -> Self {
        self.inner.root_endpoint = crate::Nullable::Null;
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
    const ODATA_TYPE: &'static str = "#microsoft.graph.callRecords.endpoint";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "fooBar",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "FooBar",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "default",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "additionalProperties",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "build",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "move",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "3rdPartyId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "@microsoft.graph.downloadUrl",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "content.downloadUrl",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
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
            name: "setName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "callType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.callRecords.callType",
                members: &[
                    "unknown",
                    "groupCall",
                    "group_Call",
                    "self",
                    "3way",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "rootEndpoint",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.endpoint"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Endpoint {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "fooBar", &self.foo_bar)?;
        crate::__private::write_field(map, "FooBar", &self.foo_bar_2)?;
        crate::__private::write_field(map, "default", &self.default_)?;
        crate::__private::write_field(map, "additionalProperties", &self.additional_properties_)?;
        crate::__private::write_field(map, "build", &self.build_)?;
        crate::__private::write_field(map, "move", &self.move_)?;
        crate::__private::write_field(map, "3rdPartyId", &self.v_3_rd_party_id)?;
        crate::__private::write_field(map, "@microsoft.graph.downloadUrl", &self.microsoft_graph_download_url)?;
        crate::__private::write_field(map, "content.downloadUrl", &self.content_download_url)?;
        crate::__private::write_field(map, "name", &self.name)?;
        crate::__private::write_field(map, "setName", &self.set_name_2)?;
        crate::__private::write_field(map, "callType", &self.call_type)?;
        crate::__private::write_field(map, "rootEndpoint", &self.root_endpoint)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "fooBar" => !self.foo_bar.is_absent(),
            "FooBar" => !self.foo_bar_2.is_absent(),
            "default" => !self.default_.is_absent(),
            "additionalProperties" => !self.additional_properties_.is_absent(),
            "build" => !self.build_.is_absent(),
            "move" => !self.move_.is_absent(),
            "3rdPartyId" => !self.v_3_rd_party_id.is_absent(),
            "@microsoft.graph.downloadUrl" => !self.microsoft_graph_download_url.is_absent(),
            "content.downloadUrl" => !self.content_download_url.is_absent(),
            "name" => !self.name.is_absent(),
            "setName" => !self.set_name_2.is_absent(),
            "callType" => !self.call_type.is_absent(),
            "rootEndpoint" => !self.root_endpoint.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.callRecords.endpoint` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fooBar" => crate::__private::field(map, &mut self.foo_bar)?,
            "FooBar" => crate::__private::field(map, &mut self.foo_bar_2)?,
            "default" => crate::__private::field(map, &mut self.default_)?,
            "additionalProperties" => crate::__private::field(map, &mut self.additional_properties_)?,
            "build" => crate::__private::field(map, &mut self.build_)?,
            "move" => crate::__private::field(map, &mut self.move_)?,
            "3rdPartyId" => crate::__private::field(map, &mut self.v_3_rd_party_id)?,
            "@microsoft.graph.downloadUrl" => crate::__private::field(map, &mut self.microsoft_graph_download_url)?,
            "content.downloadUrl" => crate::__private::field(map, &mut self.content_download_url)?,
            "name" => crate::__private::field(map, &mut self.name)?,
            "setName" => crate::__private::field(map, &mut self.set_name_2)?,
            "callType" => crate::__private::field(map, &mut self.call_type)?,
            "rootEndpoint" => crate::__private::field(map, &mut self.root_endpoint)?,
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
