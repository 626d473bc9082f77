// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-userinactivitytrigger.md by `cargo xtask regenerate`. Do not edit.
/// Starts a workflow for a user once that user has stayed inactive for long enough.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserInactivityTrigger {
    /// Days without activity after which the workflow fires for the user.
    pub inactivity_period_in_days: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserInactivityTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserInactivityTriggerBuilder {
        <UserInactivityTriggerBuilder as Default>::default()
    }
}

/// Builds a [`UserInactivityTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserInactivityTriggerBuilder {
    inner: UserInactivityTrigger,
}

impl UserInactivityTriggerBuilder {
    /// Sets `inactivityPeriodInDays`.
    ///
    /// Days without activity after which the workflow fires for the user.
    pub fn inactivity_period_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.inactivity_period_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `inactivityPeriodInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Days without activity after which the workflow fires for the user.
    pub fn set_inactivity_period_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.inactivity_period_in_days = value.into();
        self
    }
    /// Sends `inactivityPeriodInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days without activity after which the workflow fires for the user.
    pub fn null_inactivity_period_in_days(mut self) -> Self {
        self.inner.inactivity_period_in_days = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`UserInactivityTrigger`].
    pub fn build(self) -> UserInactivityTrigger {
        self.inner
    }
}

impl crate::GraphType for UserInactivityTrigger {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.userInactivityTrigger";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "inactivityPeriodInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for UserInactivityTrigger {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "inactivityPeriodInDays", &self.inactivity_period_in_days)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "inactivityPeriodInDays" => !self.inactivity_period_in_days.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for UserInactivityTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for UserInactivityTrigger {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.userInactivityTrigger` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inactivityPeriodInDays" => crate::__private::field(map, &mut self.inactivity_period_in_days)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for UserInactivityTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
