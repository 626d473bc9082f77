// Generated from docs-src/api-reference/beta/resources/licenseassignmentstate.md by `cargo xtask regenerate`. Do not edit.
/// How one license came to a user, directly or through a group, and how its assignment went.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LicenseAssignmentState {
    /// Group that gave the license; `null` when it was given directly.
    pub assigned_by_group: crate::Nullable<String>,
    /// Service plans of the license that are switched off.
    pub disabled_plans: crate::Nullable<Vec<crate::Guid>>,
    /// Why the assignment failed, such as `CountViolation` or `MutuallyExclusiveViolation`; `None` when it succeeded.
    pub error: crate::Nullable<String>,
    /// When the assignment state last changed.
    pub last_updated_date_time: crate::Nullable<crate::Timestamp>,
    /// Identifier of the license's SKU.
    pub sku_id: crate::Nullable<crate::Guid>,
    /// State of the assignment, such as `Active`, `ActiveWithError`, `Disabled` or `Error`.
    pub state: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LicenseAssignmentState {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LicenseAssignmentStateBuilder {
        <LicenseAssignmentStateBuilder as Default>::default()
    }
}

/// Builds a [`LicenseAssignmentState`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LicenseAssignmentStateBuilder {
    inner: LicenseAssignmentState,
}

impl LicenseAssignmentStateBuilder {
    /// Sets `assignedByGroup`.
    ///
    /// Group that gave the license; `null` when it was given directly.
    pub fn assigned_by_group(mut self, value: impl Into<String>) -> Self {
        self.inner.assigned_by_group = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `assignedByGroup` to a value, or leaves it out of the body with `None`.
    ///
    /// Group that gave the license; `null` when it was given directly.
    pub fn set_assigned_by_group(mut self, value: Option<String>) -> Self {
        self.inner.assigned_by_group = value.into();
        self
    }
    /// Sends `assignedByGroup` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Group that gave the license; `null` when it was given directly.
    pub fn null_assigned_by_group(mut self) -> Self {
        self.inner.assigned_by_group = crate::Nullable::Null;
        self
    }
    /// Appends one item to `disabledPlans` (creating the collection if needed).
    ///
    /// Service plans of the license that are switched off.
    pub fn disabled_plans(mut self, item: impl Into<crate::Guid>) -> Self {
        self.inner.disabled_plans.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `disabledPlans` to a value, or leaves it out of the body with `None`.
    ///
    /// Service plans of the license that are switched off.
    pub fn set_disabled_plans(mut self, value: Option<Vec<crate::Guid>>) -> Self {
        self.inner.disabled_plans = value.into();
        self
    }
    /// Sends `disabledPlans` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Service plans of the license that are switched off.
    pub fn null_disabled_plans(mut self) -> Self {
        self.inner.disabled_plans = crate::Nullable::Null;
        self
    }
    /// Sets `error`.
    ///
    /// Why the assignment failed, such as `CountViolation` or `MutuallyExclusiveViolation`; `None` when it succeeded.
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.inner.error = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `error` to a value, or leaves it out of the body with `None`.
    ///
    /// Why the assignment failed, such as `CountViolation` or `MutuallyExclusiveViolation`; `None` when it succeeded.
    pub fn set_error(mut self, value: Option<String>) -> Self {
        self.inner.error = value.into();
        self
    }
    /// Sends `error` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Why the assignment failed, such as `CountViolation` or `MutuallyExclusiveViolation`; `None` when it succeeded.
    pub fn null_error(mut self) -> Self {
        self.inner.error = crate::Nullable::Null;
        self
    }
    /// Sets `lastUpdatedDateTime`.
    ///
    /// When the assignment state last changed.
    pub fn last_updated_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastUpdatedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the assignment state last changed.
    pub fn set_last_updated_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_updated_date_time = value.into();
        self
    }
    /// Sends `lastUpdatedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the assignment state last changed.
    pub fn null_last_updated_date_time(mut self) -> Self {
        self.inner.last_updated_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `skuId`.
    ///
    /// Identifier of the license's SKU.
    pub fn sku_id(mut self, value: impl Into<crate::Guid>) -> Self {
        self.inner.sku_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `skuId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the license's SKU.
    pub fn set_sku_id(mut self, value: Option<crate::Guid>) -> Self {
        self.inner.sku_id = value.into();
        self
    }
    /// Sends `skuId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the license's SKU.
    pub fn null_sku_id(mut self) -> Self {
        self.inner.sku_id = crate::Nullable::Null;
        self
    }
    /// Sets `state`.
    ///
    /// State of the assignment, such as `Active`, `ActiveWithError`, `Disabled` or `Error`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.inner.state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `state` to a value, or leaves it out of the body with `None`.
    ///
    /// State of the assignment, such as `Active`, `ActiveWithError`, `Disabled` or `Error`.
    pub fn set_state(mut self, value: Option<String>) -> Self {
        self.inner.state = value.into();
        self
    }
    /// Sends `state` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State of the assignment, such as `Active`, `ActiveWithError`, `Disabled` or `Error`.
    pub fn null_state(mut self) -> Self {
        self.inner.state = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LicenseAssignmentState`].
    pub fn build(self) -> LicenseAssignmentState {
        self.inner
    }
}

impl crate::GraphType for LicenseAssignmentState {
    const ODATA_TYPE: &'static str = "#microsoft.graph.licenseAssignmentState";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "assignedByGroup",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "disabledPlans",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Guid,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "error",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastUpdatedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "skuId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Guid,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "state",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LicenseAssignmentState {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "assignedByGroup", &self.assigned_by_group)?;
        crate::__private::write_field(map, "disabledPlans", &self.disabled_plans)?;
        crate::__private::write_field(map, "error", &self.error)?;
        crate::__private::write_field(map, "lastUpdatedDateTime", &self.last_updated_date_time)?;
        crate::__private::write_field(map, "skuId", &self.sku_id)?;
        crate::__private::write_field(map, "state", &self.state)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "assignedByGroup" => !self.assigned_by_group.is_absent(),
            "disabledPlans" => !self.disabled_plans.is_absent(),
            "error" => !self.error.is_absent(),
            "lastUpdatedDateTime" => !self.last_updated_date_time.is_absent(),
            "skuId" => !self.sku_id.is_absent(),
            "state" => !self.state.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LicenseAssignmentState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LicenseAssignmentState {
    const EXPECTING: &'static str = "a `microsoft.graph.licenseAssignmentState` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assignedByGroup" => crate::__private::field(map, &mut self.assigned_by_group)?,
            "disabledPlans" => crate::__private::field(map, &mut self.disabled_plans)?,
            "error" => crate::__private::field(map, &mut self.error)?,
            "lastUpdatedDateTime" => crate::__private::field(map, &mut self.last_updated_date_time)?,
            "skuId" => crate::__private::field(map, &mut self.sku_id)?,
            "state" => crate::__private::field(map, &mut self.state)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LicenseAssignmentState {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
