// Generated from docs-src/api-reference/v1.0/resources/directoryobject.md by `cargo xtask regenerate`. Do not edit.
/// Base type of the objects that live in the directory, such as users, groups and applications. This page lists only the properties that lifecycle workflows refer to; the full type has many more.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryObject {
    /// Key of the directory object. Inherited from entity. Read-only.
    pub id: Option<String>,
    /// When the object was soft-deleted; unset while the object is live. Read-only.
    pub deleted_date_time: Option<crate::Timestamp>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DirectoryObject {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DirectoryObjectBuilder {
        DirectoryObjectBuilder::default()
    }
}

/// Builds a [`DirectoryObject`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DirectoryObjectBuilder {
    inner: DirectoryObject,
}

impl DirectoryObjectBuilder {
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
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
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
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
    ];
}

impl crate::__private::WriteFields for DirectoryObject {
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
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "deletedDateTime" => self.deleted_date_time.is_some(),
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

impl<'de> serde::Deserialize<'de> for DirectoryObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.directoryObject` object",
        )
    }
}

/// A `microsoft.graph.directoryObject` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DirectoryObjectKind {
    /// A `microsoft.graph.application`.
    Application(super::Application),
    /// A `microsoft.graph.directoryObject`.
    DirectoryObject(super::DirectoryObject),
    /// A `microsoft.graph.group`.
    Group(super::Group),
    /// A `microsoft.graph.user`.
    User(super::User),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(serde_json::Map<String, serde_json::Value>),
}

impl From<super::Application> for DirectoryObjectKind {
    fn from(value: super::Application) -> Self {
        DirectoryObjectKind::Application(value)
    }
}

impl From<super::DirectoryObject> for DirectoryObjectKind {
    fn from(value: super::DirectoryObject) -> Self {
        DirectoryObjectKind::DirectoryObject(value)
    }
}

impl From<super::Group> for DirectoryObjectKind {
    fn from(value: super::Group) -> Self {
        DirectoryObjectKind::Group(value)
    }
}

impl From<super::User> for DirectoryObjectKind {
    fn from(value: super::User) -> Self {
        DirectoryObjectKind::User(value)
    }
}

impl serde::Serialize for DirectoryObjectKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DirectoryObjectKind::Application(value) => {
                crate::__private::serialize_object(
                    value,
                    serializer,
                    Some(<super::Application as crate::GraphType>::ODATA_TYPE),
                )
            }
            DirectoryObjectKind::DirectoryObject(value) => {
                serde::Serialize::serialize(value, serializer)
            }
            DirectoryObjectKind::Group(value) => {
                crate::__private::serialize_object(
                    value,
                    serializer,
                    Some(<super::Group as crate::GraphType>::ODATA_TYPE),
                )
            }
            DirectoryObjectKind::User(value) => {
                crate::__private::serialize_object(
                    value,
                    serializer,
                    Some(<super::User as crate::GraphType>::ODATA_TYPE),
                )
            }
            DirectoryObjectKind::Unknown(object) => {
                serde::Serialize::serialize(object, serializer)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryObjectKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let object = <serde_json::Map<
            String,
            serde_json::Value,
        > as serde::Deserialize>::deserialize(deserializer)?;
        let tag = crate::__private::odata_type(&object).map(str::to_owned);
        match tag.as_deref() {
            Some("microsoft.graph.application") => {
                crate::__private::decode_as(object).map(DirectoryObjectKind::Application)
            }
            Some("microsoft.graph.directoryObject") => {
                crate::__private::decode_as(object)
                    .map(DirectoryObjectKind::DirectoryObject)
            }
            Some("microsoft.graph.group") => {
                crate::__private::decode_as(object).map(DirectoryObjectKind::Group)
            }
            Some("microsoft.graph.user") => {
                crate::__private::decode_as(object).map(DirectoryObjectKind::User)
            }
            None => {
                crate::__private::decode_as(object)
                    .map(DirectoryObjectKind::DirectoryObject)
            }
            _ => Ok(DirectoryObjectKind::Unknown(object)),
        }
    }
}
