// Generated from docs-src/api-reference/v1.0/resources/objectidentity.md by `cargo xtask regenerate`. Do not edit.
/// One sign-in identity of a user: a local account, a federated organization account, or a social account.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObjectIdentity {
    /// Who issued the identity: the tenant's own domain for local accounts, otherwise the provider, such as `facebook.com`.
    pub issuer: crate::Nullable<String>,
    /// Identifier the issuer gave the user, such as a user name or email address.
    pub issuer_assigned_id: crate::Nullable<String>,
    /// How the identity signs in, such as `emailAddress`, `userName`, `federated` or `userPrincipalName`.
    pub sign_in_type: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ObjectIdentity {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ObjectIdentityBuilder {
        <ObjectIdentityBuilder as Default>::default()
    }
}

/// Builds a [`ObjectIdentity`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ObjectIdentityBuilder {
    inner: ObjectIdentity,
}

impl ObjectIdentityBuilder {
    /// Sets `issuer`.
    ///
    /// Who issued the identity: the tenant's own domain for local accounts, otherwise the provider, such as `facebook.com`.
    pub fn issuer(mut self, value: impl Into<String>) -> Self {
        self.inner.issuer = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `issuer` to a value, or leaves it out of the body with `None`.
    ///
    /// Who issued the identity: the tenant's own domain for local accounts, otherwise the provider, such as `facebook.com`.
    pub fn set_issuer(mut self, value: Option<String>) -> Self {
        self.inner.issuer = value.into();
        self
    }
    /// Sends `issuer` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Who issued the identity: the tenant's own domain for local accounts, otherwise the provider, such as `facebook.com`.
    pub fn null_issuer(mut self) -> Self {
        self.inner.issuer = crate::Nullable::Null;
        self
    }
    /// Sets `issuerAssignedId`.
    ///
    /// Identifier the issuer gave the user, such as a user name or email address.
    pub fn issuer_assigned_id(mut self, value: impl Into<String>) -> Self {
        self.inner.issuer_assigned_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `issuerAssignedId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier the issuer gave the user, such as a user name or email address.
    pub fn set_issuer_assigned_id(mut self, value: Option<String>) -> Self {
        self.inner.issuer_assigned_id = value.into();
        self
    }
    /// Sends `issuerAssignedId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier the issuer gave the user, such as a user name or email address.
    pub fn null_issuer_assigned_id(mut self) -> Self {
        self.inner.issuer_assigned_id = crate::Nullable::Null;
        self
    }
    /// Sets `signInType`.
    ///
    /// How the identity signs in, such as `emailAddress`, `userName`, `federated` or `userPrincipalName`.
    pub fn sign_in_type(mut self, value: impl Into<String>) -> Self {
        self.inner.sign_in_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `signInType` to a value, or leaves it out of the body with `None`.
    ///
    /// How the identity signs in, such as `emailAddress`, `userName`, `federated` or `userPrincipalName`.
    pub fn set_sign_in_type(mut self, value: Option<String>) -> Self {
        self.inner.sign_in_type = value.into();
        self
    }
    /// Sends `signInType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the identity signs in, such as `emailAddress`, `userName`, `federated` or `userPrincipalName`.
    pub fn null_sign_in_type(mut self) -> Self {
        self.inner.sign_in_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ObjectIdentity`].
    pub fn build(self) -> ObjectIdentity {
        self.inner
    }
}

impl crate::GraphType for ObjectIdentity {
    const ODATA_TYPE: &'static str = "#microsoft.graph.objectIdentity";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "issuer",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "issuerAssignedId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "signInType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for ObjectIdentity {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "issuer", &self.issuer)?;
        crate::__private::write_field(map, "issuerAssignedId", &self.issuer_assigned_id)?;
        crate::__private::write_field(map, "signInType", &self.sign_in_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "issuer" => !self.issuer.is_absent(),
            "issuerAssignedId" => !self.issuer_assigned_id.is_absent(),
            "signInType" => !self.sign_in_type.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ObjectIdentity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ObjectIdentity {
    const EXPECTING: &'static str = "a `microsoft.graph.objectIdentity` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "issuer" => crate::__private::field(map, &mut self.issuer)?,
            "issuerAssignedId" => crate::__private::field(map, &mut self.issuer_assigned_id)?,
            "signInType" => crate::__private::field(map, &mut self.sign_in_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ObjectIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
