// Generated from docs-src/api-reference/beta/resources/identity.md by `cargo xtask regenerate`. Do not edit.
/// Someone or something that acted, such as a user, a device or an app.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    /// Name of the identity as shown. It can change, so do not use it as a key.
    pub display_name: crate::Nullable<String>,
    /// Identifier of the identity.
    pub id: crate::Nullable<String>,
    /// Tenant the identity belongs to.
    pub tenant_id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identity {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> IdentityBuilder {
        <IdentityBuilder as Default>::default()
    }
}

/// Builds a [`Identity`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct IdentityBuilder {
    inner: Identity,
}

impl IdentityBuilder {
    /// Sets `displayName`.
    ///
    /// Name of the identity as shown. It can change, so do not use it as a key.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the identity as shown. It can change, so do not use it as a key.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the identity as shown. It can change, so do not use it as a key.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `id`.
    ///
    /// Identifier of the identity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the identity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the identity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `tenantId`.
    ///
    /// Tenant the identity belongs to.
    pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
        self.inner.tenant_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `tenantId` to a value, or leaves it out of the body with `None`.
    ///
    /// Tenant the identity belongs to.
    pub fn set_tenant_id(mut self, value: Option<String>) -> Self {
        self.inner.tenant_id = value.into();
        self
    }
    /// Sends `tenantId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tenant the identity belongs to.
    pub fn null_tenant_id(mut self) -> Self {
        self.inner.tenant_id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Identity`].
    pub fn build(self) -> Identity {
        self.inner
    }
}

impl crate::GraphType for Identity {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identity";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "tenantId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Identity {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "tenantId", &self.tenant_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "displayName" => !self.display_name.is_absent(),
            "id" => !self.id.is_absent(),
            "tenantId" => !self.tenant_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Identity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Identity {
    const EXPECTING: &'static str = "a `microsoft.graph.identity` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "id" => crate::__private::field(map, &mut self.id)?,
            "tenantId" => crate::__private::field(map, &mut self.tenant_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Identity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
