// Generated from docs-src/api-reference/v1.0/resources/user.md by `cargo xtask regenerate`. Do not edit.
/// A user account in the directory: the subject that lifecycle workflows run for. This page lists only the properties that lifecycle workflows refer to; the full type has many more.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct User {
    /// Key of the user. Inherited from directoryObject. Read-only.
    pub id: Option<String>,
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub deleted_date_time: Option<crate::Timestamp>,
    /// Name of the user as shown in address lists.
    pub display_name: Option<String>,
    /// Primary SMTP address of the user.
    pub mail: Option<String>,
    /// Sign-in name of the user, shaped like an email address.
    pub user_principal_name: Option<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
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
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `deletedDateTime`.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `mail`.
    pub fn mail(mut self, value: impl Into<String>) -> Self {
        self.inner.mail = Some(value.into());
        self
    }
    /// Sets `userPrincipalName`.
    pub fn user_principal_name(mut self, value: impl Into<String>) -> Self {
        self.inner.user_principal_name = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "mail",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "userPrincipalName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
    ];
}

impl crate::__private::WriteFields for User {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.deleted_date_time {
            map.serialize_entry("deletedDateTime", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.mail {
            map.serialize_entry("mail", value)?;
        }
        if let Some(value) = &self.user_principal_name {
            map.serialize_entry("userPrincipalName", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "deletedDateTime" => self.deleted_date_time.is_some(),
            "displayName" => self.display_name.is_some(),
            "mail" => self.mail.is_some(),
            "userPrincipalName" => self.user_principal_name.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "deletedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.deleted_date_time,
                    "deletedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "mail" => {
                crate::__private::field(
                    map,
                    &mut self.mail,
                    "mail",
                    &mut self.additional_properties,
                )?
            }
            "userPrincipalName" => {
                crate::__private::field(
                    map,
                    &mut self.user_principal_name,
                    "userPrincipalName",
                    &mut self.additional_properties,
                )?
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
            "a `microsoft.graph.user` object",
        )
    }
}
