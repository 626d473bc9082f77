// Generated from docs-src/api-reference/v1.0/resources/assignedlicense.md by `cargo xtask regenerate`. Do not edit.
/// A license given to a user or a group, with the service plans switched off in it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssignedLicense {
    /// Service plans of the license that are switched off.
    pub disabled_plans: crate::Nullable<Vec<crate::Guid>>,
    /// Identifier of the license's SKU.
    pub sku_id: crate::Nullable<crate::Guid>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AssignedLicense {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AssignedLicenseBuilder {
        <AssignedLicenseBuilder as Default>::default()
    }
}

/// Builds a [`AssignedLicense`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AssignedLicenseBuilder {
    inner: AssignedLicense,
}

impl AssignedLicenseBuilder {
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
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AssignedLicense`].
    pub fn build(self) -> AssignedLicense {
        self.inner
    }
}

impl crate::GraphType for AssignedLicense {
    const ODATA_TYPE: &'static str = "#microsoft.graph.assignedLicense";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
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
            name: "skuId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Guid,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AssignedLicense {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "disabledPlans", &self.disabled_plans)?;
        crate::__private::write_field(map, "skuId", &self.sku_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "disabledPlans" => !self.disabled_plans.is_absent(),
            "skuId" => !self.sku_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AssignedLicense {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AssignedLicense {
    const EXPECTING: &'static str = "a `microsoft.graph.assignedLicense` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disabledPlans" => crate::__private::field(map, &mut self.disabled_plans)?,
            "skuId" => crate::__private::field(map, &mut self.sku_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AssignedLicense {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
