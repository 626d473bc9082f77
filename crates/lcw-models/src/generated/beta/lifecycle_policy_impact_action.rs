// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyimpactaction.md by `cargo xtask regenerate`. Do not edit.
/// One action a lifecycle policy applied to a subject while its impact was being evaluated. Objects of this type make up the actionsTaken property of a lifecyclePolicyImpactSummary.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyImpactAction {
    /// Kind of action applied to the subject. The possible values are: `objectCoveredByPolicy`, `attestationNeededWarning`, `attestationNeededNotificationSent`, `disabledDueToAttestationNonCompliance`, `deletedDueToAttestationNonCompliance`, `unknownFutureValue`.
    pub action_type: Option<super::LifecyclePolicyImpactActionType>,
    /// When the action happened.
    pub date_time: Option<crate::Timestamp>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyImpactAction {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyImpactActionBuilder {
        LifecyclePolicyImpactActionBuilder::default()
    }
}

/// Builds a [`LifecyclePolicyImpactAction`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyImpactActionBuilder {
    inner: LifecyclePolicyImpactAction,
}

impl LifecyclePolicyImpactActionBuilder {
    /// Sets `actionType`.
    pub fn action_type(
        mut self,
        value: impl Into<super::LifecyclePolicyImpactActionType>,
    ) -> Self {
        self.inner.action_type = Some(value.into());
        self
    }
    /// Sets `dateTime`.
    pub fn date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.date_time = Some(value.into());
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
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
        },
        crate::PropertyInfo {
            name: "dateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyImpactAction {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.action_type {
            map.serialize_entry("actionType", value)?;
        }
        if let Some(value) = &self.date_time {
            map.serialize_entry("dateTime", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "actionType" => self.action_type.is_some(),
            "dateTime" => self.date_time.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => {
                crate::__private::field(
                    map,
                    &mut self.action_type,
                    "actionType",
                    &mut self.additional_properties,
                )?
            }
            "dateTime" => {
                crate::__private::field(
                    map,
                    &mut self.date_time,
                    "dateTime",
                    &mut self.additional_properties,
                )?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyImpactAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicyImpactAction` object",
        )
    }
}
