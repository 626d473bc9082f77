// Generated from docs-src/api-reference/v1.0/resources/provisionedplan.md by `cargo xtask regenerate`. Do not edit.
/// A service plan that has been set up for a user, with its state.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedPlan {
    /// State of the plan, such as `Enabled`.
    pub capability_status: crate::Nullable<String>,
    /// Whether setting up the plan succeeded, such as `Success`.
    pub provisioning_status: crate::Nullable<String>,
    /// Service the plan belongs to, such as `exchange`.
    pub service: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisionedPlan {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ProvisionedPlanBuilder {
        <ProvisionedPlanBuilder as Default>::default()
    }
}

/// Builds a [`ProvisionedPlan`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ProvisionedPlanBuilder {
    inner: ProvisionedPlan,
}

impl ProvisionedPlanBuilder {
    /// Sets `capabilityStatus`.
    ///
    /// State of the plan, such as `Enabled`.
    pub fn capability_status(mut self, value: impl Into<String>) -> Self {
        self.inner.capability_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `capabilityStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// State of the plan, such as `Enabled`.
    pub fn set_capability_status(mut self, value: Option<String>) -> Self {
        self.inner.capability_status = value.into();
        self
    }
    /// Sends `capabilityStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State of the plan, such as `Enabled`.
    pub fn null_capability_status(mut self) -> Self {
        self.inner.capability_status = crate::Nullable::Null;
        self
    }
    /// Sets `provisioningStatus`.
    ///
    /// Whether setting up the plan succeeded, such as `Success`.
    pub fn provisioning_status(mut self, value: impl Into<String>) -> Self {
        self.inner.provisioning_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `provisioningStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether setting up the plan succeeded, such as `Success`.
    pub fn set_provisioning_status(mut self, value: Option<String>) -> Self {
        self.inner.provisioning_status = value.into();
        self
    }
    /// Sends `provisioningStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether setting up the plan succeeded, such as `Success`.
    pub fn null_provisioning_status(mut self) -> Self {
        self.inner.provisioning_status = crate::Nullable::Null;
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
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ProvisionedPlan`].
    pub fn build(self) -> ProvisionedPlan {
        self.inner
    }
}

impl crate::GraphType for ProvisionedPlan {
    const ODATA_TYPE: &'static str = "#microsoft.graph.provisionedPlan";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
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
            name: "provisioningStatus",
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
    ];
}

impl crate::__private::WriteFields for ProvisionedPlan {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "capabilityStatus", &self.capability_status)?;
        crate::__private::write_field(map, "provisioningStatus", &self.provisioning_status)?;
        crate::__private::write_field(map, "service", &self.service)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "capabilityStatus" => !self.capability_status.is_absent(),
            "provisioningStatus" => !self.provisioning_status.is_absent(),
            "service" => !self.service.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ProvisionedPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ProvisionedPlan {
    const EXPECTING: &'static str = "a `microsoft.graph.provisionedPlan` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "capabilityStatus" => crate::__private::field(map, &mut self.capability_status)?,
            "provisioningStatus" => crate::__private::field(map, &mut self.provisioning_status)?,
            "service" => crate::__private::field(map, &mut self.service)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ProvisionedPlan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
