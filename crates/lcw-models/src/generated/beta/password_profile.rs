// Generated from docs-src/api-reference/beta/resources/passwordprofile.md by `cargo xtask regenerate`. Do not edit.
/// A user's password and whether it must change at the next sign-in.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PasswordProfile {
    /// `true` when the user must pick a new password at the next sign-in.
    pub force_change_password_next_sign_in: crate::Nullable<bool>,
    /// `true` when the user must complete multifactor authentication before picking a new password at the next sign-in.
    pub force_change_password_next_sign_in_with_mfa: crate::Nullable<bool>,
    /// The password. Must meet the rules set by the user's passwordPolicies; write-only, never returned.
    pub password: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordProfile {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> PasswordProfileBuilder {
        <PasswordProfileBuilder as Default>::default()
    }
}

/// Builds a [`PasswordProfile`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct PasswordProfileBuilder {
    inner: PasswordProfile,
}

impl PasswordProfileBuilder {
    /// Sets `forceChangePasswordNextSignIn`.
    ///
    /// `true` when the user must pick a new password at the next sign-in.
    pub fn force_change_password_next_sign_in(mut self, value: impl Into<bool>) -> Self {
        self.inner.force_change_password_next_sign_in = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `forceChangePasswordNextSignIn` to a value, or leaves it out of the body with `None`.
    ///
    /// `true` when the user must pick a new password at the next sign-in.
    pub fn set_force_change_password_next_sign_in(mut self, value: Option<bool>) -> Self {
        self.inner.force_change_password_next_sign_in = value.into();
        self
    }
    /// Sends `forceChangePasswordNextSignIn` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// `true` when the user must pick a new password at the next sign-in.
    pub fn null_force_change_password_next_sign_in(mut self) -> Self {
        self.inner.force_change_password_next_sign_in = crate::Nullable::Null;
        self
    }
    /// Sets `forceChangePasswordNextSignInWithMfa`.
    ///
    /// `true` when the user must complete multifactor authentication before picking a new password at the next sign-in.
    pub fn force_change_password_next_sign_in_with_mfa(mut self, value: impl Into<bool>) -> Self {
        self.inner.force_change_password_next_sign_in_with_mfa = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `forceChangePasswordNextSignInWithMfa` to a value, or leaves it out of the body with `None`.
    ///
    /// `true` when the user must complete multifactor authentication before picking a new password at the next sign-in.
    pub fn set_force_change_password_next_sign_in_with_mfa(mut self, value: Option<bool>) -> Self {
        self.inner.force_change_password_next_sign_in_with_mfa = value.into();
        self
    }
    /// Sends `forceChangePasswordNextSignInWithMfa` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// `true` when the user must complete multifactor authentication before picking a new password at the next sign-in.
    pub fn null_force_change_password_next_sign_in_with_mfa(mut self) -> Self {
        self.inner.force_change_password_next_sign_in_with_mfa = crate::Nullable::Null;
        self
    }
    /// Sets `password`.
    ///
    /// The password. Must meet the rules set by the user's passwordPolicies; write-only, never returned.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.inner.password = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `password` to a value, or leaves it out of the body with `None`.
    ///
    /// The password. Must meet the rules set by the user's passwordPolicies; write-only, never returned.
    pub fn set_password(mut self, value: Option<String>) -> Self {
        self.inner.password = value.into();
        self
    }
    /// Sends `password` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The password. Must meet the rules set by the user's passwordPolicies; write-only, never returned.
    pub fn null_password(mut self) -> Self {
        self.inner.password = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`PasswordProfile`].
    pub fn build(self) -> PasswordProfile {
        self.inner
    }
}

impl crate::GraphType for PasswordProfile {
    const ODATA_TYPE: &'static str = "#microsoft.graph.passwordProfile";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "forceChangePasswordNextSignIn",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "forceChangePasswordNextSignInWithMfa",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "password",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for PasswordProfile {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "forceChangePasswordNextSignIn", &self.force_change_password_next_sign_in)?;
        crate::__private::write_field(map, "forceChangePasswordNextSignInWithMfa", &self.force_change_password_next_sign_in_with_mfa)?;
        crate::__private::write_field(map, "password", &self.password)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "forceChangePasswordNextSignIn" => !self.force_change_password_next_sign_in.is_absent(),
            "forceChangePasswordNextSignInWithMfa" => !self.force_change_password_next_sign_in_with_mfa.is_absent(),
            "password" => !self.password.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for PasswordProfile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for PasswordProfile {
    const EXPECTING: &'static str = "a `microsoft.graph.passwordProfile` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "forceChangePasswordNextSignIn" => crate::__private::field(map, &mut self.force_change_password_next_sign_in)?,
            "forceChangePasswordNextSignInWithMfa" => crate::__private::field(map, &mut self.force_change_password_next_sign_in_with_mfa)?,
            "password" => crate::__private::field(map, &mut self.password)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for PasswordProfile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
