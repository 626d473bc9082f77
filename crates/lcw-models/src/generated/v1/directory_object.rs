// Generated from docs-src/api-reference/v1.0/resources/directoryobject.md by `cargo xtask regenerate`. Do not edit.
/// Base type of the objects kept in the directory, such as users, groups and applications. The type is open: the service may send more properties than these.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryObject {
    /// Key of the directory object. Inherited from entity.
    ///
    /// Read-only. Not nullable.
    pub id: crate::Nullable<String>,
    /// When the object was moved to the deleted items; unset while the object is live.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DirectoryObject {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DirectoryObjectBuilder {
        <DirectoryObjectBuilder as Default>::default()
    }
}

/// Builds a [`DirectoryObject`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DirectoryObjectBuilder {
    inner: DirectoryObject,
}

impl DirectoryObjectBuilder {
    /// Sets `id`.
    ///
    /// Key of the directory object. Inherited from entity.
    ///
    /// Read-only. Not nullable.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the directory object. Inherited from entity.
    ///
    /// Read-only. Not nullable.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the directory object. Inherited from entity.
    ///
    /// Read-only. Not nullable.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `deletedDateTime`.
    ///
    /// When the object was moved to the deleted items; unset while the object is live.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the object was moved to the deleted items; unset while the object is live.
    pub fn set_deleted_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = value.into();
        self
    }
    /// Sends `deletedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the object was moved to the deleted items; unset while the object is live.
    pub fn null_deleted_date_time(mut self) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`DirectoryObject`].
    pub fn build(self) -> DirectoryObject {
        self.inner
    }
}

impl crate::GraphType for DirectoryObject {
    const ODATA_TYPE: &'static str = "#microsoft.graph.directoryObject";
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
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for DirectoryObject {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for DirectoryObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for DirectoryObject {
    const EXPECTING: &'static str = "a `microsoft.graph.directoryObject` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "deletedDateTime" => crate::__private::field(map, &mut self.deleted_date_time)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.directoryObject` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DirectoryObjectKind {
    /// A `microsoft.graph.application`.
    Application(crate::v1::Application),
    /// A `microsoft.graph.directoryObject`.
    DirectoryObject(crate::v1::DirectoryObject),
    /// A `microsoft.graph.group`.
    Group(crate::v1::Group),
    /// A `microsoft.graph.user`.
    User(crate::v1::User),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::Application> for DirectoryObjectKind {
    fn from(value: crate::v1::Application) -> Self {
        DirectoryObjectKind::Application(value)
    }
}

impl From<crate::v1::DirectoryObject> for DirectoryObjectKind {
    fn from(value: crate::v1::DirectoryObject) -> Self {
        DirectoryObjectKind::DirectoryObject(value)
    }
}

impl From<crate::v1::Group> for DirectoryObjectKind {
    fn from(value: crate::v1::Group) -> Self {
        DirectoryObjectKind::Group(value)
    }
}

impl From<crate::v1::User> for DirectoryObjectKind {
    fn from(value: crate::v1::User) -> Self {
        DirectoryObjectKind::User(value)
    }
}

impl serde::Serialize for DirectoryObjectKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DirectoryObjectKind::Application(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::Application as crate::GraphType>::ODATA_TYPE),
            ),
            DirectoryObjectKind::DirectoryObject(value) => serde::Serialize::serialize(value, serializer),
            DirectoryObjectKind::Group(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::Group as crate::GraphType>::ODATA_TYPE),
            ),
            DirectoryObjectKind::User(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::User as crate::GraphType>::ODATA_TYPE),
            ),
            DirectoryObjectKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for DirectoryObjectKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.application") => started
                .finish_as(map, Some(<crate::v1::Application as crate::GraphType>::ODATA_TYPE))
                .map(DirectoryObjectKind::Application),
            Some("microsoft.graph.directoryObject") => started.finish(map).map(DirectoryObjectKind::DirectoryObject),
            Some("microsoft.graph.group") => started
                .finish_as(map, Some(<crate::v1::Group as crate::GraphType>::ODATA_TYPE))
                .map(DirectoryObjectKind::Group),
            Some("microsoft.graph.user") => started
                .finish_as(map, Some(<crate::v1::User as crate::GraphType>::ODATA_TYPE))
                .map(DirectoryObjectKind::User),
            None => started.finish(map).map(DirectoryObjectKind::DirectoryObject),
            _ => started.finish_unknown(map).map(DirectoryObjectKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryObjectKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.directoryObject` object")
    }
}
