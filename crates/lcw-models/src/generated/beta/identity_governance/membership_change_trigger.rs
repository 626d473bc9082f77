// Generated from docs-src/api-reference/beta/resources/identitygovernance-membershipchangetrigger.md by `cargo xtask regenerate`. Do not edit.
/// Abstract trigger: a change in a user's group membership makes the execution conditions of the workflow apply to that user.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MembershipChangeTrigger {
    /// Kind of change to the workflow's group that fires the workflowExecutionTrigger. Possible values are: `add`, `remove`, `unknownFutureValue`.
    pub change_type: crate::Nullable<crate::beta::identity_governance::MembershipChangeType>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MembershipChangeTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> MembershipChangeTriggerBuilder {
        <MembershipChangeTriggerBuilder as Default>::default()
    }
}

/// Builds a [`MembershipChangeTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct MembershipChangeTriggerBuilder {
    inner: MembershipChangeTrigger,
}

impl MembershipChangeTriggerBuilder {
    /// Sets `changeType`.
    ///
    /// Kind of change to the workflow's group that fires the workflowExecutionTrigger. Possible values are: `add`, `remove`, `unknownFutureValue`.
    pub fn change_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::MembershipChangeType>,
    ) -> Self {
        self.inner.change_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `changeType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of change to the workflow's group that fires the workflowExecutionTrigger. Possible values are: `add`, `remove`, `unknownFutureValue`.
    pub fn set_change_type(
        mut self,
        value: Option<crate::beta::identity_governance::MembershipChangeType>,
    ) -> Self {
        self.inner.change_type = value.into();
        self
    }
    /// Sends `changeType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of change to the workflow's group that fires the workflowExecutionTrigger. Possible values are: `add`, `remove`, `unknownFutureValue`.
    pub fn null_change_type(mut self) -> Self {
        self.inner.change_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`MembershipChangeTrigger`].
    pub fn build(self) -> MembershipChangeTrigger {
        self.inner
    }
}

impl crate::GraphType for MembershipChangeTrigger {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.membershipChangeTrigger";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "changeType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.membershipChangeType",
                members: &["add", "remove", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for MembershipChangeTrigger {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "changeType", &self.change_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "changeType" => !self.change_type.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for MembershipChangeTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for MembershipChangeTrigger {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.membershipChangeTrigger` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "changeType" => crate::__private::field(map, &mut self.change_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for MembershipChangeTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
