// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectenforcement.md by `cargo xtask regenerate`. Do not edit.
/// Where enforcement of a lifecycle policy currently stands for one subject, with its last and next actions. A lifecyclePolicySubjectReport carries it in its enforcement property.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectEnforcement {
    /// Whether enforcement is locked.
    pub is_locked: Option<bool>,
    /// Whether enforcement has arrived at a final state.
    pub is_terminal: Option<bool>,
    /// Most recent enforcement action that finished. The possible values are: `none`, `warningStateEnabled`, `nonComplianceNotificationSent`, `firstNotificationSent`, `secondNotificationSent`, `finalNotificationSent`, `disabled`, `deleted`, `complianceRestored`, `unknownFutureValue`.
    pub last_action: Option<super::LifecyclePolicyEnforcementActionState>,
    /// When the most recent enforcement action finished.
    pub last_action_date_time: Option<crate::Timestamp>,
    /// Enforcement action that comes next. The possible values are: `nonComplianceNotification`, `firstNotification`, `secondNotification`, `finalNotification`, `disable`, `disableNotification`, `delete`, `unknownFutureValue`.
    pub next_action: Option<super::LifecyclePolicyNextEnforcementAction>,
    /// When the next enforcement action is due to run.
    pub next_action_date_time: Option<crate::Timestamp>,
    /// State of enforcement at present. The possible values are: `notRequired`, `notStarted`, `processing`, `waiting`, `actionDue`, `complete`, `unknown`, `unknownFutureValue`.
    pub status: Option<super::LifecyclePolicyEnforcementStatus>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectEnforcement {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectEnforcementBuilder {
        LifecyclePolicySubjectEnforcementBuilder::default()
    }
}

/// Builds a [`LifecyclePolicySubjectEnforcement`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectEnforcementBuilder {
    inner: LifecyclePolicySubjectEnforcement,
}

impl LifecyclePolicySubjectEnforcementBuilder {
    /// Sets `isLocked`.
    pub fn is_locked(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_locked = Some(value.into());
        self
    }
    /// Sets `isTerminal`.
    pub fn is_terminal(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_terminal = Some(value.into());
        self
    }
    /// Sets `lastAction`.
    pub fn last_action(
        mut self,
        value: impl Into<super::LifecyclePolicyEnforcementActionState>,
    ) -> Self {
        self.inner.last_action = Some(value.into());
        self
    }
    /// Sets `lastActionDateTime`.
    pub fn last_action_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_action_date_time = Some(value.into());
        self
    }
    /// Sets `nextAction`.
    pub fn next_action(
        mut self,
        value: impl Into<super::LifecyclePolicyNextEnforcementAction>,
    ) -> Self {
        self.inner.next_action = Some(value.into());
        self
    }
    /// Sets `nextActionDateTime`.
    pub fn next_action_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.next_action_date_time = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<super::LifecyclePolicyEnforcementStatus>,
    ) -> Self {
        self.inner.status = Some(value.into());
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
    /// The finished [`LifecyclePolicySubjectEnforcement`].
    pub fn build(self) -> LifecyclePolicySubjectEnforcement {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicySubjectEnforcement {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "isLocked",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "isTerminal",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "lastAction",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyEnforcementActionState",
                members: &[
                    "none",
                    "warningStateEnabled",
                    "nonComplianceNotificationSent",
                    "firstNotificationSent",
                    "secondNotificationSent",
                    "finalNotificationSent",
                    "disabled",
                    "deleted",
                    "complianceRestored",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "lastActionDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "nextAction",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyNextEnforcementAction",
                members: &[
                    "nonComplianceNotification",
                    "firstNotification",
                    "secondNotification",
                    "finalNotification",
                    "disable",
                    "disableNotification",
                    "delete",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "nextActionDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "status",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicyEnforcementStatus",
                members: &[
                    "notRequired",
                    "notStarted",
                    "processing",
                    "waiting",
                    "actionDue",
                    "complete",
                    "unknown",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectEnforcement {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.is_locked {
            map.serialize_entry("isLocked", value)?;
        }
        if let Some(value) = &self.is_terminal {
            map.serialize_entry("isTerminal", value)?;
        }
        if let Some(value) = &self.last_action {
            map.serialize_entry("lastAction", value)?;
        }
        if let Some(value) = &self.last_action_date_time {
            map.serialize_entry("lastActionDateTime", value)?;
        }
        if let Some(value) = &self.next_action {
            map.serialize_entry("nextAction", value)?;
        }
        if let Some(value) = &self.next_action_date_time {
            map.serialize_entry("nextActionDateTime", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "isLocked" => self.is_locked.is_some(),
            "isTerminal" => self.is_terminal.is_some(),
            "lastAction" => self.last_action.is_some(),
            "lastActionDateTime" => self.last_action_date_time.is_some(),
            "nextAction" => self.next_action.is_some(),
            "nextActionDateTime" => self.next_action_date_time.is_some(),
            "status" => self.status.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicySubjectEnforcement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicySubjectEnforcement {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isLocked" => {
                crate::__private::field(
                    map,
                    &mut self.is_locked,
                    "isLocked",
                    &mut self.additional_properties,
                )?
            }
            "isTerminal" => {
                crate::__private::field(
                    map,
                    &mut self.is_terminal,
                    "isTerminal",
                    &mut self.additional_properties,
                )?
            }
            "lastAction" => {
                crate::__private::field(
                    map,
                    &mut self.last_action,
                    "lastAction",
                    &mut self.additional_properties,
                )?
            }
            "lastActionDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_action_date_time,
                    "lastActionDateTime",
                    &mut self.additional_properties,
                )?
            }
            "nextAction" => {
                crate::__private::field(
                    map,
                    &mut self.next_action,
                    "nextAction",
                    &mut self.additional_properties,
                )?
            }
            "nextActionDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.next_action_date_time,
                    "nextActionDateTime",
                    &mut self.additional_properties,
                )?
            }
            "status" => {
                crate::__private::field(
                    map,
                    &mut self.status,
                    "status",
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectEnforcement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement` object",
        )
    }
}
