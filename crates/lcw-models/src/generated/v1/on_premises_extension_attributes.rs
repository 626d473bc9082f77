// Generated from docs-src/api-reference/v1.0/resources/onpremisesextensionattributes.md by `cargo xtask regenerate`. Do not edit.
/// The fifteen extension attributes of an object, also known as Exchange custom attributes 1 to 15. For an object synchronized from on-premises they are read-only; for a cloud-only object they can be set.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnPremisesExtensionAttributes {
    /// Extension attribute 1.
    pub extension_attribute1: crate::Nullable<String>,
    /// Extension attribute 2.
    pub extension_attribute2: crate::Nullable<String>,
    /// Extension attribute 3.
    pub extension_attribute3: crate::Nullable<String>,
    /// Extension attribute 4.
    pub extension_attribute4: crate::Nullable<String>,
    /// Extension attribute 5.
    pub extension_attribute5: crate::Nullable<String>,
    /// Extension attribute 6.
    pub extension_attribute6: crate::Nullable<String>,
    /// Extension attribute 7.
    pub extension_attribute7: crate::Nullable<String>,
    /// Extension attribute 8.
    pub extension_attribute8: crate::Nullable<String>,
    /// Extension attribute 9.
    pub extension_attribute9: crate::Nullable<String>,
    /// Extension attribute 10.
    pub extension_attribute10: crate::Nullable<String>,
    /// Extension attribute 11.
    pub extension_attribute11: crate::Nullable<String>,
    /// Extension attribute 12.
    pub extension_attribute12: crate::Nullable<String>,
    /// Extension attribute 13.
    pub extension_attribute13: crate::Nullable<String>,
    /// Extension attribute 14.
    pub extension_attribute14: crate::Nullable<String>,
    /// Extension attribute 15.
    pub extension_attribute15: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OnPremisesExtensionAttributes {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OnPremisesExtensionAttributesBuilder {
        <OnPremisesExtensionAttributesBuilder as Default>::default()
    }
}

/// Builds a [`OnPremisesExtensionAttributes`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OnPremisesExtensionAttributesBuilder {
    inner: OnPremisesExtensionAttributes,
}

impl OnPremisesExtensionAttributesBuilder {
    /// Sets `extensionAttribute1`.
    ///
    /// Extension attribute 1.
    pub fn extension_attribute1(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute1 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute1` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 1.
    pub fn set_extension_attribute1(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute1 = value.into();
        self
    }
    /// Sends `extensionAttribute1` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 1.
    pub fn null_extension_attribute1(mut self) -> Self {
        self.inner.extension_attribute1 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute2`.
    ///
    /// Extension attribute 2.
    pub fn extension_attribute2(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute2 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute2` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 2.
    pub fn set_extension_attribute2(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute2 = value.into();
        self
    }
    /// Sends `extensionAttribute2` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 2.
    pub fn null_extension_attribute2(mut self) -> Self {
        self.inner.extension_attribute2 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute3`.
    ///
    /// Extension attribute 3.
    pub fn extension_attribute3(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute3 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute3` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 3.
    pub fn set_extension_attribute3(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute3 = value.into();
        self
    }
    /// Sends `extensionAttribute3` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 3.
    pub fn null_extension_attribute3(mut self) -> Self {
        self.inner.extension_attribute3 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute4`.
    ///
    /// Extension attribute 4.
    pub fn extension_attribute4(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute4 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute4` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 4.
    pub fn set_extension_attribute4(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute4 = value.into();
        self
    }
    /// Sends `extensionAttribute4` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 4.
    pub fn null_extension_attribute4(mut self) -> Self {
        self.inner.extension_attribute4 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute5`.
    ///
    /// Extension attribute 5.
    pub fn extension_attribute5(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute5 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute5` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 5.
    pub fn set_extension_attribute5(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute5 = value.into();
        self
    }
    /// Sends `extensionAttribute5` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 5.
    pub fn null_extension_attribute5(mut self) -> Self {
        self.inner.extension_attribute5 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute6`.
    ///
    /// Extension attribute 6.
    pub fn extension_attribute6(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute6 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute6` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 6.
    pub fn set_extension_attribute6(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute6 = value.into();
        self
    }
    /// Sends `extensionAttribute6` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 6.
    pub fn null_extension_attribute6(mut self) -> Self {
        self.inner.extension_attribute6 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute7`.
    ///
    /// Extension attribute 7.
    pub fn extension_attribute7(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute7 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute7` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 7.
    pub fn set_extension_attribute7(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute7 = value.into();
        self
    }
    /// Sends `extensionAttribute7` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 7.
    pub fn null_extension_attribute7(mut self) -> Self {
        self.inner.extension_attribute7 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute8`.
    ///
    /// Extension attribute 8.
    pub fn extension_attribute8(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute8 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute8` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 8.
    pub fn set_extension_attribute8(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute8 = value.into();
        self
    }
    /// Sends `extensionAttribute8` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 8.
    pub fn null_extension_attribute8(mut self) -> Self {
        self.inner.extension_attribute8 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute9`.
    ///
    /// Extension attribute 9.
    pub fn extension_attribute9(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute9 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute9` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 9.
    pub fn set_extension_attribute9(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute9 = value.into();
        self
    }
    /// Sends `extensionAttribute9` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 9.
    pub fn null_extension_attribute9(mut self) -> Self {
        self.inner.extension_attribute9 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute10`.
    ///
    /// Extension attribute 10.
    pub fn extension_attribute10(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute10 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute10` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 10.
    pub fn set_extension_attribute10(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute10 = value.into();
        self
    }
    /// Sends `extensionAttribute10` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 10.
    pub fn null_extension_attribute10(mut self) -> Self {
        self.inner.extension_attribute10 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute11`.
    ///
    /// Extension attribute 11.
    pub fn extension_attribute11(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute11 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute11` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 11.
    pub fn set_extension_attribute11(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute11 = value.into();
        self
    }
    /// Sends `extensionAttribute11` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 11.
    pub fn null_extension_attribute11(mut self) -> Self {
        self.inner.extension_attribute11 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute12`.
    ///
    /// Extension attribute 12.
    pub fn extension_attribute12(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute12 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute12` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 12.
    pub fn set_extension_attribute12(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute12 = value.into();
        self
    }
    /// Sends `extensionAttribute12` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 12.
    pub fn null_extension_attribute12(mut self) -> Self {
        self.inner.extension_attribute12 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute13`.
    ///
    /// Extension attribute 13.
    pub fn extension_attribute13(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute13 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute13` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 13.
    pub fn set_extension_attribute13(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute13 = value.into();
        self
    }
    /// Sends `extensionAttribute13` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 13.
    pub fn null_extension_attribute13(mut self) -> Self {
        self.inner.extension_attribute13 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute14`.
    ///
    /// Extension attribute 14.
    pub fn extension_attribute14(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute14 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute14` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 14.
    pub fn set_extension_attribute14(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute14 = value.into();
        self
    }
    /// Sends `extensionAttribute14` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 14.
    pub fn null_extension_attribute14(mut self) -> Self {
        self.inner.extension_attribute14 = crate::Nullable::Null;
        self
    }
    /// Sets `extensionAttribute15`.
    ///
    /// Extension attribute 15.
    pub fn extension_attribute15(mut self, value: impl Into<String>) -> Self {
        self.inner.extension_attribute15 = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `extensionAttribute15` to a value, or leaves it out of the body with `None`.
    ///
    /// Extension attribute 15.
    pub fn set_extension_attribute15(mut self, value: Option<String>) -> Self {
        self.inner.extension_attribute15 = value.into();
        self
    }
    /// Sends `extensionAttribute15` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Extension attribute 15.
    pub fn null_extension_attribute15(mut self) -> Self {
        self.inner.extension_attribute15 = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OnPremisesExtensionAttributes`].
    pub fn build(self) -> OnPremisesExtensionAttributes {
        self.inner
    }
}

impl crate::GraphType for OnPremisesExtensionAttributes {
    const ODATA_TYPE: &'static str = "#microsoft.graph.onPremisesExtensionAttributes";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "extensionAttribute1",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute2",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute3",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute4",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute5",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute6",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute7",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute8",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute9",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute10",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute11",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute12",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute13",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute14",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensionAttribute15",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for OnPremisesExtensionAttributes {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "extensionAttribute1", &self.extension_attribute1)?;
        crate::__private::write_field(map, "extensionAttribute2", &self.extension_attribute2)?;
        crate::__private::write_field(map, "extensionAttribute3", &self.extension_attribute3)?;
        crate::__private::write_field(map, "extensionAttribute4", &self.extension_attribute4)?;
        crate::__private::write_field(map, "extensionAttribute5", &self.extension_attribute5)?;
        crate::__private::write_field(map, "extensionAttribute6", &self.extension_attribute6)?;
        crate::__private::write_field(map, "extensionAttribute7", &self.extension_attribute7)?;
        crate::__private::write_field(map, "extensionAttribute8", &self.extension_attribute8)?;
        crate::__private::write_field(map, "extensionAttribute9", &self.extension_attribute9)?;
        crate::__private::write_field(map, "extensionAttribute10", &self.extension_attribute10)?;
        crate::__private::write_field(map, "extensionAttribute11", &self.extension_attribute11)?;
        crate::__private::write_field(map, "extensionAttribute12", &self.extension_attribute12)?;
        crate::__private::write_field(map, "extensionAttribute13", &self.extension_attribute13)?;
        crate::__private::write_field(map, "extensionAttribute14", &self.extension_attribute14)?;
        crate::__private::write_field(map, "extensionAttribute15", &self.extension_attribute15)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "extensionAttribute1" => !self.extension_attribute1.is_absent(),
            "extensionAttribute2" => !self.extension_attribute2.is_absent(),
            "extensionAttribute3" => !self.extension_attribute3.is_absent(),
            "extensionAttribute4" => !self.extension_attribute4.is_absent(),
            "extensionAttribute5" => !self.extension_attribute5.is_absent(),
            "extensionAttribute6" => !self.extension_attribute6.is_absent(),
            "extensionAttribute7" => !self.extension_attribute7.is_absent(),
            "extensionAttribute8" => !self.extension_attribute8.is_absent(),
            "extensionAttribute9" => !self.extension_attribute9.is_absent(),
            "extensionAttribute10" => !self.extension_attribute10.is_absent(),
            "extensionAttribute11" => !self.extension_attribute11.is_absent(),
            "extensionAttribute12" => !self.extension_attribute12.is_absent(),
            "extensionAttribute13" => !self.extension_attribute13.is_absent(),
            "extensionAttribute14" => !self.extension_attribute14.is_absent(),
            "extensionAttribute15" => !self.extension_attribute15.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OnPremisesExtensionAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OnPremisesExtensionAttributes {
    const EXPECTING: &'static str = "a `microsoft.graph.onPremisesExtensionAttributes` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extensionAttribute1" => crate::__private::field(map, &mut self.extension_attribute1)?,
            "extensionAttribute2" => crate::__private::field(map, &mut self.extension_attribute2)?,
            "extensionAttribute3" => crate::__private::field(map, &mut self.extension_attribute3)?,
            "extensionAttribute4" => crate::__private::field(map, &mut self.extension_attribute4)?,
            "extensionAttribute5" => crate::__private::field(map, &mut self.extension_attribute5)?,
            "extensionAttribute6" => crate::__private::field(map, &mut self.extension_attribute6)?,
            "extensionAttribute7" => crate::__private::field(map, &mut self.extension_attribute7)?,
            "extensionAttribute8" => crate::__private::field(map, &mut self.extension_attribute8)?,
            "extensionAttribute9" => crate::__private::field(map, &mut self.extension_attribute9)?,
            "extensionAttribute10" => crate::__private::field(map, &mut self.extension_attribute10)?,
            "extensionAttribute11" => crate::__private::field(map, &mut self.extension_attribute11)?,
            "extensionAttribute12" => crate::__private::field(map, &mut self.extension_attribute12)?,
            "extensionAttribute13" => crate::__private::field(map, &mut self.extension_attribute13)?,
            "extensionAttribute14" => crate::__private::field(map, &mut self.extension_attribute14)?,
            "extensionAttribute15" => crate::__private::field(map, &mut self.extension_attribute15)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OnPremisesExtensionAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
