// Generated from docs-src/api-reference/beta/resources/identitygovernance-disablethendeleteenforcementaction.md by `cargo xtask regenerate`. Do not edit.
/// A two-step enforcement action: an identity that fails to comply is turned off at once, and removed when a grace period you choose has passed. Set it as the enforcementAction of a lifecyclePolicy.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisableThenDeleteEnforcementAction {
    /// Days between disabling an identity that is out of compliance and deleting it.
    pub deletion_grace_period_in_days: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DisableThenDeleteEnforcementAction {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DisableThenDeleteEnforcementActionBuilder {
        <DisableThenDeleteEnforcementActionBuilder as Default>::default()
    }
}

/// Builds a [`DisableThenDeleteEnforcementAction`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DisableThenDeleteEnforcementActionBuilder {
    inner: DisableThenDeleteEnforcementAction,
}

impl DisableThenDeleteEnforcementActionBuilder {
    /// Sets `deletionGracePeriodInDays`.
    ///
    /// Days between disabling an identity that is out of compliance and deleting it.
    pub fn deletion_grace_period_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.deletion_grace_period_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletionGracePeriodInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Days between disabling an identity that is out of compliance and deleting it.
    pub fn set_deletion_grace_period_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.deletion_grace_period_in_days = value.into();
        self
    }
    /// Sends `deletionGracePeriodInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days between disabling an identity that is out of compliance and deleting it.
    pub fn null_deletion_grace_period_in_days(mut self) -> Self {
        self.inner.deletion_grace_period_in_days = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`DisableThenDeleteEnforcementAction`].
    pub fn build(self) -> DisableThenDeleteEnforcementAction {
        self.inner
    }
}

impl crate::GraphType for DisableThenDeleteEnforcementAction {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "deletionGracePeriodInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for DisableThenDeleteEnforcementAction {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "deletionGracePeriodInDays", &self.deletion_grace_period_in_days)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "deletionGracePeriodInDays" => !self.deletion_grace_period_in_days.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for DisableThenDeleteEnforcementAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for DisableThenDeleteEnforcementAction {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deletionGracePeriodInDays" => crate::__private::field(map, &mut self.deletion_grace_period_in_days)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for DisableThenDeleteEnforcementAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
