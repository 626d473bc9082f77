// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyimpactaction.md by `cargo xtask regenerate`. Do not edit.
/// One action a lifecycle policy applied to a subject while its impact was being evaluated. Objects of this type make up the actionsTaken property of a lifecyclePolicyImpactSummary.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyImpactAction {
    /// Kind of action applied to the subject. The possible values are: `objectCoveredByPolicy`, `attestationNeededWarning`, `attestationNeededNotificationSent`, `disabledDueToAttestationNonCompliance`, `deletedDueToAttestationNonCompliance`, `unknownFutureValue`.
    pub action_type: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyImpactActionType>,
    /// When the action happened.
    pub date_time: crate::Nullable<crate::Timestamp>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyImpactAction {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyImpactActionBuilder {
        <LifecyclePolicyImpactActionBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyImpactAction`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyImpactActionBuilder {
    inner: LifecyclePolicyImpactAction,
}

impl LifecyclePolicyImpactActionBuilder {
    /// Sets `actionType`.
    ///
    /// Kind of action applied to the subject. The possible values are: `objectCoveredByPolicy`, `attestationNeededWarning`, `attestationNeededNotificationSent`, `disabledDueToAttestationNonCompliance`, `deletedDueToAttestationNonCompliance`, `unknownFutureValue`.
    pub fn action_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyImpactActionType>,
    ) -> Self {
        self.inner.action_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `actionType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of action applied to the subject. The possible values are: `objectCoveredByPolicy`, `attestationNeededWarning`, `attestationNeededNotificationSent`, `disabledDueToAttestationNonCompliance`, `deletedDueToAttestationNonCompliance`, `unknownFutureValue`.
    pub fn set_action_type(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyImpactActionType>,
    ) -> Self {
        self.inner.action_type = value.into();
        self
    }
    /// Sends `actionType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of action applied to the subject. The possible values are: `objectCoveredByPolicy`, `attestationNeededWarning`, `attestationNeededNotificationSent`, `disabledDueToAttestationNonCompliance`, `deletedDueToAttestationNonCompliance`, `unknownFutureValue`.
    pub fn null_action_type(mut self) -> Self {
        self.inner.action_type = crate::Nullable::Null;
        self
    }
    /// Sets `dateTime`.
    ///
    /// When the action happened.
    pub fn date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `dateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the action happened.
    pub fn set_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.date_time = value.into();
        self
    }
    /// Sends `dateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the action happened.
    pub fn null_date_time(mut self) -> Self {
        self.inner.date_time = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyImpactAction`].
    pub fn build(self) -> LifecyclePolicyImpactAction {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyImpactAction {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyImpactAction";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "actionType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyImpactActionType",
                members: &[
                    "objectCoveredByPolicy",
                    "attestationNeededWarning",
                    "attestationNeededNotificationSent",
                    "disabledDueToAttestationNonCompliance",
                    "deletedDueToAttestationNonCompliance",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "dateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyImpactAction {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "actionType", &self.action_type)?;
        crate::__private::write_field(map, "dateTime", &self.date_time)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "actionType" => !self.action_type.is_absent(),
            "dateTime" => !self.date_time.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyImpactAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyImpactAction {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyImpactAction` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => crate::__private::field(map, &mut self.action_type)?,
            "dateTime" => crate::__private::field(map, &mut self.date_time)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyImpactAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
