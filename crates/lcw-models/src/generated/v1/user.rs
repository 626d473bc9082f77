// Generated from docs-src/api-reference/v1.0/resources/user.md by `cargo xtask regenerate`. Do not edit.
/// A user account in the directory: the subject that lifecycle workflows run for. This page lists only the properties that lifecycle workflows refer to; the full type has many more.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct User {
    /// Key of the user. Inherited from directoryObject. Read-only.
    pub id: crate::Nullable<String>,
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Name of the user as shown in address lists.
    pub display_name: crate::Nullable<String>,
    /// Primary SMTP address of the user.
    pub mail: crate::Nullable<String>,
    /// Sign-in name of the user, shaped like an email address.
    pub user_principal_name: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl User {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserBuilder {
        UserBuilder::default()
    }
}

/// Builds a [`User`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserBuilder {
    inner: User,
}

impl UserBuilder {
    /// Sets `id`.
    ///
    /// Key of the user. Inherited from directoryObject. Read-only.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the user. Inherited from directoryObject. Read-only.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the user. Inherited from directoryObject. Read-only.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `deletedDateTime`.
    ///
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub fn set_deleted_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = value.into();
        self
    }
    /// Sends `deletedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub fn null_deleted_date_time(mut self) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the user as shown in address lists.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the user as shown in address lists.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the user as shown in address lists.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `mail`.
    ///
    /// Primary SMTP address of the user.
    pub fn mail(mut self, value: impl Into<String>) -> Self {
        self.inner.mail = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mail` to a value, or leaves it out of the body with `None`.
    ///
    /// Primary SMTP address of the user.
    pub fn set_mail(mut self, value: Option<String>) -> Self {
        self.inner.mail = value.into();
        self
    }
    /// Sends `mail` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Primary SMTP address of the user.
    pub fn null_mail(mut self) -> Self {
        self.inner.mail = crate::Nullable::Null;
        self
    }
    /// Sets `userPrincipalName`.
    ///
    /// Sign-in name of the user, shaped like an email address.
    pub fn user_principal_name(mut self, value: impl Into<String>) -> Self {
        self.inner.user_principal_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `userPrincipalName` to a value, or leaves it out of the body with `None`.
    ///
    /// Sign-in name of the user, shaped like an email address.
    pub fn set_user_principal_name(mut self, value: Option<String>) -> Self {
        self.inner.user_principal_name = value.into();
        self
    }
    /// Sends `userPrincipalName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Sign-in name of the user, shaped like an email address.
    pub fn null_user_principal_name(mut self) -> Self {
        self.inner.user_principal_name = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`User`].
    pub fn build(self) -> User {
        self.inner
    }
}

impl crate::GraphType for User {
    const ODATA_TYPE: &'static str = "#microsoft.graph.user";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
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
            name: "mail",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "userPrincipalName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for User {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "mail", &self.mail)?;
        crate::__private::write_field(
            map,
            "userPrincipalName",
            &self.user_principal_name,
        )?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "mail" => !self.mail.is_absent(),
            "userPrincipalName" => !self.user_principal_name.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for User {
    const EXPECTING: &'static str = "a `microsoft.graph.user` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "deletedDateTime" => {
                crate::__private::field(map, &mut self.deleted_date_time)?
            }
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "mail" => crate::__private::field(map, &mut self.mail)?,
            "userPrincipalName" => {
                crate::__private::field(map, &mut self.user_principal_name)?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
