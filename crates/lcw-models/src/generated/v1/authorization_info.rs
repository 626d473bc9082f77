// Generated from docs-src/api-reference/v1.0/resources/authorizationinfo.md by `cargo xtask regenerate`. Do not edit.
/// Identifiers that the service matches against a certificate when a user signs in with it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthorizationInfo {
    /// Values matched against the user's certificate at sign-in.
    pub certificate_user_ids: crate::Nullable<Vec<String>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AuthorizationInfo {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AuthorizationInfoBuilder {
        <AuthorizationInfoBuilder as Default>::default()
    }
}

/// Builds a [`AuthorizationInfo`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AuthorizationInfoBuilder {
    inner: AuthorizationInfo,
}

impl AuthorizationInfoBuilder {
    /// Appends one item to `certificateUserIds` (creating the collection if needed).
    ///
    /// Values matched against the user's certificate at sign-in.
    pub fn certificate_user_ids(mut self, item: impl Into<String>) -> Self {
        self.inner.certificate_user_ids.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `certificateUserIds` to a value, or leaves it out of the body with `None`.
    ///
    /// Values matched against the user's certificate at sign-in.
    pub fn set_certificate_user_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.certificate_user_ids = value.into();
        self
    }
    /// Sends `certificateUserIds` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Values matched against the user's certificate at sign-in.
    pub fn null_certificate_user_ids(mut self) -> Self {
        self.inner.certificate_user_ids = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AuthorizationInfo`].
    pub fn build(self) -> AuthorizationInfo {
        self.inner
    }
}

impl crate::GraphType for AuthorizationInfo {
    const ODATA_TYPE: &'static str = "#microsoft.graph.authorizationInfo";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "certificateUserIds",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AuthorizationInfo {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "certificateUserIds", &self.certificate_user_ids)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "certificateUserIds" => !self.certificate_user_ids.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AuthorizationInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AuthorizationInfo {
    const EXPECTING: &'static str = "a `microsoft.graph.authorizationInfo` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certificateUserIds" => crate::__private::field(map, &mut self.certificate_user_ids)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AuthorizationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
