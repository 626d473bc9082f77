// Generated from docs-src/api-reference/beta/resources/onpremisesprovisioningerror.md by `cargo xtask regenerate`. Do not edit.
/// An error that Microsoft's synchronization product raised while provisioning an object from the on-premises directory.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnPremisesProvisioningError {
    /// Kind of error, such as `PropertyConflict`.
    pub category: crate::Nullable<String>,
    /// When the error happened.
    pub occurred_date_time: crate::Nullable<crate::Timestamp>,
    /// Property that caused the error, such as `UserPrincipalName`.
    pub property_causing_error: crate::Nullable<String>,
    /// Value of that property which caused the error.
    pub value: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OnPremisesProvisioningError {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> OnPremisesProvisioningErrorBuilder {
        <OnPremisesProvisioningErrorBuilder as Default>::default()
    }
}

/// Builds a [`OnPremisesProvisioningError`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct OnPremisesProvisioningErrorBuilder {
    inner: OnPremisesProvisioningError,
}

impl OnPremisesProvisioningErrorBuilder {
    /// Sets `category`.
    ///
    /// Kind of error, such as `PropertyConflict`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of error, such as `PropertyConflict`.
    pub fn set_category(mut self, value: Option<String>) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of error, such as `PropertyConflict`.
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `occurredDateTime`.
    ///
    /// When the error happened.
    pub fn occurred_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.occurred_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `occurredDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the error happened.
    pub fn set_occurred_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.occurred_date_time = value.into();
        self
    }
    /// Sends `occurredDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the error happened.
    pub fn null_occurred_date_time(mut self) -> Self {
        self.inner.occurred_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `propertyCausingError`.
    ///
    /// Property that caused the error, such as `UserPrincipalName`.
    pub fn property_causing_error(mut self, value: impl Into<String>) -> Self {
        self.inner.property_causing_error = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `propertyCausingError` to a value, or leaves it out of the body with `None`.
    ///
    /// Property that caused the error, such as `UserPrincipalName`.
    pub fn set_property_causing_error(mut self, value: Option<String>) -> Self {
        self.inner.property_causing_error = value.into();
        self
    }
    /// Sends `propertyCausingError` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Property that caused the error, such as `UserPrincipalName`.
    pub fn null_property_causing_error(mut self) -> Self {
        self.inner.property_causing_error = crate::Nullable::Null;
        self
    }
    /// Sets `value`.
    ///
    /// Value of that property which caused the error.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.inner.value = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `value` to a value, or leaves it out of the body with `None`.
    ///
    /// Value of that property which caused the error.
    pub fn set_value(mut self, value: Option<String>) -> Self {
        self.inner.value = value.into();
        self
    }
    /// Sends `value` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Value of that property which caused the error.
    pub fn null_value(mut self) -> Self {
        self.inner.value = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`OnPremisesProvisioningError`].
    pub fn build(self) -> OnPremisesProvisioningError {
        self.inner
    }
}

impl crate::GraphType for OnPremisesProvisioningError {
    const ODATA_TYPE: &'static str = "#microsoft.graph.onPremisesProvisioningError";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "category",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "occurredDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "propertyCausingError",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "value",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for OnPremisesProvisioningError {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "occurredDateTime", &self.occurred_date_time)?;
        crate::__private::write_field(map, "propertyCausingError", &self.property_causing_error)?;
        crate::__private::write_field(map, "value", &self.value)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "category" => !self.category.is_absent(),
            "occurredDateTime" => !self.occurred_date_time.is_absent(),
            "propertyCausingError" => !self.property_causing_error.is_absent(),
            "value" => !self.value.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for OnPremisesProvisioningError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for OnPremisesProvisioningError {
    const EXPECTING: &'static str = "a `microsoft.graph.onPremisesProvisioningError` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => crate::__private::field(map, &mut self.category)?,
            "occurredDateTime" => crate::__private::field(map, &mut self.occurred_date_time)?,
            "propertyCausingError" => crate::__private::field(map, &mut self.property_causing_error)?,
            "value" => crate::__private::field(map, &mut self.value)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for OnPremisesProvisioningError {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
