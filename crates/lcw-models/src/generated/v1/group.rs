// Generated from docs-src/api-reference/v1.0/resources/group.md by `cargo xtask regenerate`. Do not edit.
/// A group in the directory, for example the group whose membership changes fire a lifecycle workflow. This page lists only the properties that lifecycle workflows refer to; the full type has many more.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// Key of the group. Inherited from directoryObject. Read-only.
    pub id: crate::Nullable<String>,
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Free text about the group.
    pub description: crate::Nullable<String>,
    /// Name of the group as shown to people.
    pub display_name: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Group {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> GroupBuilder {
        GroupBuilder::default()
    }
}

/// Builds a [`Group`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct GroupBuilder {
    inner: Group,
}

impl GroupBuilder {
    /// Sets `id`.
    ///
    /// Key of the group. Inherited from directoryObject. Read-only.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the group. Inherited from directoryObject. Read-only.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the group. Inherited from directoryObject. Read-only.
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
    /// Sets `description`.
    ///
    /// Free text about the group.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Free text about the group.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Free text about the group.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the group as shown to people.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the group as shown to people.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the group as shown to people.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
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
    /// The finished [`Group`].
    pub fn build(self) -> Group {
        self.inner
    }
}

impl crate::GraphType for Group {
    const ODATA_TYPE: &'static str = "#microsoft.graph.group";
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
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
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
    ];
}

impl crate::__private::WriteFields for Group {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Group {
    const EXPECTING: &'static str = "a `microsoft.graph.group` object";
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
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
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

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
