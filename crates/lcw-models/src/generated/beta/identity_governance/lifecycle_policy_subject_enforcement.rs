// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectenforcement.md by `cargo xtask regenerate`. Do not edit.
/// Where enforcement of a lifecycle policy currently stands for one subject, with its last and next actions. A lifecyclePolicySubjectReport carries it in its enforcement property.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectEnforcement {
    /// Whether enforcement is locked.
    pub is_locked: crate::Nullable<bool>,
    /// Whether enforcement has arrived at a final state.
    pub is_terminal: crate::Nullable<bool>,
    /// Most recent enforcement action that finished. The possible values are: `none`, `warningStateEnabled`, `nonComplianceNotificationSent`, `firstNotificationSent`, `secondNotificationSent`, `finalNotificationSent`, `disabled`, `deleted`, `complianceRestored`, `unknownFutureValue`.
    pub last_action: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyEnforcementActionState>,
    /// When the most recent enforcement action finished.
    pub last_action_date_time: crate::Nullable<crate::Timestamp>,
    /// Enforcement action that comes next. The possible values are: `nonComplianceNotification`, `firstNotification`, `secondNotification`, `finalNotification`, `disable`, `disableNotification`, `delete`, `unknownFutureValue`.
    pub next_action: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyNextEnforcementAction>,
    /// When the next enforcement action is due to run.
    pub next_action_date_time: crate::Nullable<crate::Timestamp>,
    /// State of enforcement at present. The possible values are: `notRequired`, `notStarted`, `processing`, `waiting`, `actionDue`, `complete`, `unknown`, `unknownFutureValue`.
    pub status: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyEnforcementStatus>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectEnforcement {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectEnforcementBuilder {
        <LifecyclePolicySubjectEnforcementBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicySubjectEnforcement`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectEnforcementBuilder {
    inner: LifecyclePolicySubjectEnforcement,
}

impl LifecyclePolicySubjectEnforcementBuilder {
    /// Sets `isLocked`.
    ///
    /// Whether enforcement is locked.
    pub fn is_locked(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_locked = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isLocked` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether enforcement is locked.
    pub fn set_is_locked(mut self, value: Option<bool>) -> Self {
        self.inner.is_locked = value.into();
        self
    }
    /// Sends `isLocked` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether enforcement is locked.
    pub fn null_is_locked(mut self) -> Self {
        self.inner.is_locked = crate::Nullable::Null;
        self
    }
    /// Sets `isTerminal`.
    ///
    /// Whether enforcement has arrived at a final state.
    pub fn is_terminal(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_terminal = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isTerminal` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether enforcement has arrived at a final state.
    pub fn set_is_terminal(mut self, value: Option<bool>) -> Self {
        self.inner.is_terminal = value.into();
        self
    }
    /// Sends `isTerminal` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether enforcement has arrived at a final state.
    pub fn null_is_terminal(mut self) -> Self {
        self.inner.is_terminal = crate::Nullable::Null;
        self
    }
    /// Sets `lastAction`.
    ///
    /// Most recent enforcement action that finished. The possible values are: `none`, `warningStateEnabled`, `nonComplianceNotificationSent`, `firstNotificationSent`, `secondNotificationSent`, `finalNotificationSent`, `disabled`, `deleted`, `complianceRestored`, `unknownFutureValue`.
    pub fn last_action(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyEnforcementActionState>,
    ) -> Self {
        self.inner.last_action = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastAction` to a value, or leaves it out of the body with `None`.
    ///
    /// Most recent enforcement action that finished. The possible values are: `none`, `warningStateEnabled`, `nonComplianceNotificationSent`, `firstNotificationSent`, `secondNotificationSent`, `finalNotificationSent`, `disabled`, `deleted`, `complianceRestored`, `unknownFutureValue`.
    pub fn set_last_action(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyEnforcementActionState>,
    ) -> Self {
        self.inner.last_action = value.into();
        self
    }
    /// Sends `lastAction` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Most recent enforcement action that finished. The possible values are: `none`, `warningStateEnabled`, `nonComplianceNotificationSent`, `firstNotificationSent`, `secondNotificationSent`, `finalNotificationSent`, `disabled`, `deleted`, `complianceRestored`, `unknownFutureValue`.
    pub fn null_last_action(mut self) -> Self {
        self.inner.last_action = crate::Nullable::Null;
        self
    }
    /// Sets `lastActionDateTime`.
    ///
    /// When the most recent enforcement action finished.
    pub fn last_action_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_action_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastActionDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the most recent enforcement action finished.
    pub fn set_last_action_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_action_date_time = value.into();
        self
    }
    /// Sends `lastActionDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the most recent enforcement action finished.
    pub fn null_last_action_date_time(mut self) -> Self {
        self.inner.last_action_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `nextAction`.
    ///
    /// Enforcement action that comes next. The possible values are: `nonComplianceNotification`, `firstNotification`, `secondNotification`, `finalNotification`, `disable`, `disableNotification`, `delete`, `unknownFutureValue`.
    pub fn next_action(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyNextEnforcementAction>,
    ) -> Self {
        self.inner.next_action = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `nextAction` to a value, or leaves it out of the body with `None`.
    ///
    /// Enforcement action that comes next. The possible values are: `nonComplianceNotification`, `firstNotification`, `secondNotification`, `finalNotification`, `disable`, `disableNotification`, `delete`, `unknownFutureValue`.
    pub fn set_next_action(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyNextEnforcementAction>,
    ) -> Self {
        self.inner.next_action = value.into();
        self
    }
    /// Sends `nextAction` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Enforcement action that comes next. The possible values are: `nonComplianceNotification`, `firstNotification`, `secondNotification`, `finalNotification`, `disable`, `disableNotification`, `delete`, `unknownFutureValue`.
    pub fn null_next_action(mut self) -> Self {
        self.inner.next_action = crate::Nullable::Null;
        self
    }
    /// Sets `nextActionDateTime`.
    ///
    /// When the next enforcement action is due to run.
    pub fn next_action_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.next_action_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `nextActionDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the next enforcement action is due to run.
    pub fn set_next_action_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.next_action_date_time = value.into();
        self
    }
    /// Sends `nextActionDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the next enforcement action is due to run.
    pub fn null_next_action_date_time(mut self) -> Self {
        self.inner.next_action_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `status`.
    ///
    /// State of enforcement at present. The possible values are: `notRequired`, `notStarted`, `processing`, `waiting`, `actionDue`, `complete`, `unknown`, `unknownFutureValue`.
    pub fn status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyEnforcementStatus>,
    ) -> Self {
        self.inner.status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `status` to a value, or leaves it out of the body with `None`.
    ///
    /// State of enforcement at present. The possible values are: `notRequired`, `notStarted`, `processing`, `waiting`, `actionDue`, `complete`, `unknown`, `unknownFutureValue`.
    pub fn set_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyEnforcementStatus>,
    ) -> Self {
        self.inner.status = value.into();
        self
    }
    /// Sends `status` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State of enforcement at present. The possible values are: `notRequired`, `notStarted`, `processing`, `waiting`, `actionDue`, `complete`, `unknown`, `unknownFutureValue`.
    pub fn null_status(mut self) -> Self {
        self.inner.status = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isTerminal",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastActionDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "nextActionDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
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
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectEnforcement {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "isLocked", &self.is_locked)?;
        crate::__private::write_field(map, "isTerminal", &self.is_terminal)?;
        crate::__private::write_field(map, "lastAction", &self.last_action)?;
        crate::__private::write_field(map, "lastActionDateTime", &self.last_action_date_time)?;
        crate::__private::write_field(map, "nextAction", &self.next_action)?;
        crate::__private::write_field(map, "nextActionDateTime", &self.next_action_date_time)?;
        crate::__private::write_field(map, "status", &self.status)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "isLocked" => !self.is_locked.is_absent(),
            "isTerminal" => !self.is_terminal.is_absent(),
            "lastAction" => !self.last_action.is_absent(),
            "lastActionDateTime" => !self.last_action_date_time.is_absent(),
            "nextAction" => !self.next_action.is_absent(),
            "nextActionDateTime" => !self.next_action_date_time.is_absent(),
            "status" => !self.status.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isLocked" => crate::__private::field(map, &mut self.is_locked)?,
            "isTerminal" => crate::__private::field(map, &mut self.is_terminal)?,
            "lastAction" => crate::__private::field(map, &mut self.last_action)?,
            "lastActionDateTime" => crate::__private::field(map, &mut self.last_action_date_time)?,
            "nextAction" => crate::__private::field(map, &mut self.next_action)?,
            "nextActionDateTime" => crate::__private::field(map, &mut self.next_action_date_time)?,
            "status" => crate::__private::field(map, &mut self.status)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectEnforcement {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
