// Generated from docs-src/api-reference/beta/resources/employeeorgdata.md by `cargo xtask regenerate`. Do not edit.
/// Where an employee sits in the organization.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmployeeOrgData {
    /// Cost center the user is charged to.
    pub cost_center: crate::Nullable<String>,
    /// Division the user works in.
    pub division: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EmployeeOrgData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> EmployeeOrgDataBuilder {
        <EmployeeOrgDataBuilder as Default>::default()
    }
}

/// Builds a [`EmployeeOrgData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct EmployeeOrgDataBuilder {
    inner: EmployeeOrgData,
}

impl EmployeeOrgDataBuilder {
    /// Sets `costCenter`.
    ///
    /// Cost center the user is charged to.
    pub fn cost_center(mut self, value: impl Into<String>) -> Self {
        self.inner.cost_center = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `costCenter` to a value, or leaves it out of the body with `None`.
    ///
    /// Cost center the user is charged to.
    pub fn set_cost_center(mut self, value: Option<String>) -> Self {
        self.inner.cost_center = value.into();
        self
    }
    /// Sends `costCenter` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Cost center the user is charged to.
    pub fn null_cost_center(mut self) -> Self {
        self.inner.cost_center = crate::Nullable::Null;
        self
    }
    /// Sets `division`.
    ///
    /// Division the user works in.
    pub fn division(mut self, value: impl Into<String>) -> Self {
        self.inner.division = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `division` to a value, or leaves it out of the body with `None`.
    ///
    /// Division the user works in.
    pub fn set_division(mut self, value: Option<String>) -> Self {
        self.inner.division = value.into();
        self
    }
    /// Sends `division` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Division the user works in.
    pub fn null_division(mut self) -> Self {
        self.inner.division = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`EmployeeOrgData`].
    pub fn build(self) -> EmployeeOrgData {
        self.inner
    }
}

impl crate::GraphType for EmployeeOrgData {
    const ODATA_TYPE: &'static str = "#microsoft.graph.employeeOrgData";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "costCenter",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "division",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for EmployeeOrgData {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "costCenter", &self.cost_center)?;
        crate::__private::write_field(map, "division", &self.division)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "costCenter" => !self.cost_center.is_absent(),
            "division" => !self.division.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for EmployeeOrgData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for EmployeeOrgData {
    const EXPECTING: &'static str = "a `microsoft.graph.employeeOrgData` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "costCenter" => crate::__private::field(map, &mut self.cost_center)?,
            "division" => crate::__private::field(map, &mut self.division)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for EmployeeOrgData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
