// Generated from docs-src/api-reference/beta/resources/application.md by `cargo xtask regenerate`. Do not edit.
/// An application registration in the directory; custom task extensions name the applications allowed to call back. This page lists only the properties that lifecycle workflows refer to; the full type has many more.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Application {
    /// Key of the application object. Inherited from directoryObject. Read-only.
    pub id: crate::Nullable<String>,
    /// When the object was moved to the deleted items; unset while the object is live.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Client identifier that the identity platform assigns to the application. Read-only.
    pub app_id: crate::Nullable<String>,
    /// Name of the application as shown to people.
    pub display_name: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Application {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ApplicationBuilder {
        <ApplicationBuilder as Default>::default()
    }
}

/// Builds a [`Application`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ApplicationBuilder {
    inner: Application,
}

impl ApplicationBuilder {
    /// Sets `id`.
    ///
    /// Key of the application object. Inherited from directoryObject. Read-only.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the application object. Inherited from directoryObject. Read-only.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the application object. Inherited from directoryObject. Read-only.
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
    /// Sets `appId`.
    ///
    /// Client identifier that the identity platform assigns to the application. Read-only.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.inner.app_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `appId` to a value, or leaves it out of the body with `None`.
    ///
    /// Client identifier that the identity platform assigns to the application. Read-only.
    pub fn set_app_id(mut self, value: Option<String>) -> Self {
        self.inner.app_id = value.into();
        self
    }
    /// Sends `appId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Client identifier that the identity platform assigns to the application. Read-only.
    pub fn null_app_id(mut self) -> Self {
        self.inner.app_id = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the application as shown to people.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the application as shown to people.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the application as shown to people.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Application`].
    pub fn build(self) -> Application {
        self.inner
    }
}

impl crate::GraphType for Application {
    const ODATA_TYPE: &'static str = "#microsoft.graph.application";
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
        crate::PropertyInfo {
            name: "appId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
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
    ];
}

impl crate::__private::WriteFields for Application {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "appId", &self.app_id)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "appId" => !self.app_id.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Application {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Application {
    const EXPECTING: &'static str = "a `microsoft.graph.application` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "deletedDateTime" => crate::__private::field(map, &mut self.deleted_date_time)?,
            "appId" => crate::__private::field(map, &mut self.app_id)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
