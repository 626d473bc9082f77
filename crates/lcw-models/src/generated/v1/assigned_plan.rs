// Generated from docs-src/api-reference/v1.0/resources/assignedplan.md by `cargo xtask regenerate`. Do not edit.
/// A service plan that a user or an organization holds, with its state.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssignedPlan {
    /// When the plan was given, as a UTC timestamp.
    pub assigned_date_time: crate::Nullable<crate::Timestamp>,
    /// State of the plan, such as `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`.
    pub capability_status: crate::Nullable<String>,
    /// Service the plan belongs to, such as `exchange`.
    pub service: crate::Nullable<String>,
    /// Identifier of the service plan.
    pub service_plan_id: crate::Nullable<crate::Guid>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AssignedPlan {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AssignedPlanBuilder {
        <AssignedPlanBuilder as Default>::default()
    }
}

/// Builds a [`AssignedPlan`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AssignedPlanBuilder {
    inner: AssignedPlan,
}

impl AssignedPlanBuilder {
    /// Sets `assignedDateTime`.
    ///
    /// When the plan was given, as a UTC timestamp.
    pub fn assigned_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.assigned_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `assignedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the plan was given, as a UTC timestamp.
    pub fn set_assigned_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.assigned_date_time = value.into();
        self
    }
    /// Sends `assignedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the plan was given, as a UTC timestamp.
    pub fn null_assigned_date_time(mut self) -> Self {
        self.inner.assigned_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `capabilityStatus`.
    ///
    /// State of the plan, such as `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`.
    pub fn capability_status(mut self, value: impl Into<String>) -> Self {
        self.inner.capability_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `capabilityStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// State of the plan, such as `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`.
    pub fn set_capability_status(mut self, value: Option<String>) -> Self {
        self.inner.capability_status = value.into();
        self
    }
    /// Sends `capabilityStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State of the plan, such as `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`.
    pub fn null_capability_status(mut self) -> Self {
        self.inner.capability_status = crate::Nullable::Null;
        self
    }
    /// Sets `service`.
    ///
    /// Service the plan belongs to, such as `exchange`.
    pub fn service(mut self, value: impl Into<String>) -> Self {
        self.inner.service = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `service` to a value, or leaves it out of the body with `None`.
    ///
    /// Service the plan belongs to, such as `exchange`.
    pub fn set_service(mut self, value: Option<String>) -> Self {
        self.inner.service = value.into();
        self
    }
    /// Sends `service` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Service the plan belongs to, such as `exchange`.
    pub fn null_service(mut self) -> Self {
        self.inner.service = crate::Nullable::Null;
        self
    }
    /// Sets `servicePlanId`.
    ///
    /// Identifier of the service plan.
    pub fn service_plan_id(mut self, value: impl Into<crate::Guid>) -> Self {
        self.inner.service_plan_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `servicePlanId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the service plan.
    pub fn set_service_plan_id(mut self, value: Option<crate::Guid>) -> Self {
        self.inner.service_plan_id = value.into();
        self
    }
    /// Sends `servicePlanId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the service plan.
    pub fn null_service_plan_id(mut self) -> Self {
        self.inner.service_plan_id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AssignedPlan`].
    pub fn build(self) -> AssignedPlan {
        self.inner
    }
}

impl crate::GraphType for AssignedPlan {
    const ODATA_TYPE: &'static str = "#microsoft.graph.assignedPlan";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "assignedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "capabilityStatus",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "service",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "servicePlanId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Guid,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AssignedPlan {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "assignedDateTime", &self.assigned_date_time)?;
        crate::__private::write_field(map, "capabilityStatus", &self.capability_status)?;
        crate::__private::write_field(map, "service", &self.service)?;
        crate::__private::write_field(map, "servicePlanId", &self.service_plan_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "assignedDateTime" => !self.assigned_date_time.is_absent(),
            "capabilityStatus" => !self.capability_status.is_absent(),
            "service" => !self.service.is_absent(),
            "servicePlanId" => !self.service_plan_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AssignedPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AssignedPlan {
    const EXPECTING: &'static str = "a `microsoft.graph.assignedPlan` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assignedDateTime" => crate::__private::field(map, &mut self.assigned_date_time)?,
            "capabilityStatus" => crate::__private::field(map, &mut self.capability_status)?,
            "service" => crate::__private::field(map, &mut self.service)?,
            "servicePlanId" => crate::__private::field(map, &mut self.service_plan_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AssignedPlan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
