// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicy.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of lifecycle policies. A policy checks the identities it governs against compliance rules and runs an enforcement action on any identity that fails them. Each tenant may have at most 10 policies for each subject type.
///
/// This abstract type has no instances of its own; you work with this derived type:
///
/// - agentIdentityLifecyclePolicy
///
/// The @odata.type property tells the derived types apart.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicy {
    /// Key that identifies the policy. Inherited from entity.
    pub id: Option<String>,
    /// When the policy was created.
    pub created_date_time: Option<crate::Timestamp>,
    /// Text describing the policy.
    pub description: Option<String>,
    /// Name of the policy as shown to people.
    pub display_name: Option<String>,
    /// What happens to an identity under this policy once it is out of compliance. The type is polymorphic: the value is a deleteOnlyEnforcementAction, a disableOnlyEnforcementAction, or a disableThenDeleteEnforcementAction.
    pub enforcement_action: Option<super::LifecyclePolicyEnforcementActionKind>,
    /// Days that pass between an identity falling out of compliance and the enforcement action running.
    pub grace_period_in_days: Option<i32>,
    /// When true, the policy is switched on and evaluated.
    pub is_enabled: Option<bool>,
    /// When the policy last changed.
    pub last_modified_date_time: Option<crate::Timestamp>,
    /// How the policy notifies, such as the day offsets after non-compliance on which a notice goes out.
    pub notification_schedule: Option<super::LifecyclePolicyNotificationSettings>,
    /// Tells a built-in default policy managed by the system apart from one an administrator made. The possible values are: `userCreated`, `systemDefault`, `unknownFutureValue`.
    pub policy_source: Option<super::LifecyclePolicySource>,
    /// Subjects that fall under the policy. To leave certain groups out of evaluation, for instance, use an allExcludingGroupsSubjectSet.
    pub scope: Option<super::SubjectSetKind>,
    /// Version of the policy; it goes up by one with every update.
    pub version_number: Option<i32>,
    /// User or service principal that made the policy.
    pub created_by: Option<super::DirectoryObjectKind>,
    /// User or service principal behind the latest change to the policy.
    pub last_modified_by: Option<super::DirectoryObjectKind>,
    /// Most recent processing report of the policy.
    pub report: Option<super::LifecyclePolicyReport>,
    /// Compliance rules defined inline on the policy and checked when it is evaluated. An identity must satisfy all of them (AND logic). A policy holds at most 10 rules.
    pub rules: Option<Vec<super::LifecyclePolicyRuleKind>>,
    /// Earlier versions of the policy.
    pub versions: Option<Vec<super::LifecyclePolicyKind>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicy {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyBuilder {
        LifecyclePolicyBuilder::default()
    }
}

/// Builds a [`LifecyclePolicy`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyBuilder {
    inner: LifecyclePolicy,
}

impl LifecyclePolicyBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `enforcementAction`.
    pub fn enforcement_action(
        mut self,
        value: impl Into<super::LifecyclePolicyEnforcementActionKind>,
    ) -> Self {
        self.inner.enforcement_action = Some(value.into());
        self
    }
    /// Sets `gracePeriodInDays`.
    pub fn grace_period_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.grace_period_in_days = Some(value.into());
        self
    }
    /// Sets `isEnabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = Some(value.into());
        self
    }
    /// Sets `lastModifiedDateTime`.
    pub fn last_modified_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_modified_date_time = Some(value.into());
        self
    }
    /// Sets `notificationSchedule`.
    pub fn notification_schedule(
        mut self,
        value: impl Into<super::LifecyclePolicyNotificationSettings>,
    ) -> Self {
        self.inner.notification_schedule = Some(value.into());
        self
    }
    /// Sets `policySource`.
    pub fn policy_source(
        mut self,
        value: impl Into<super::LifecyclePolicySource>,
    ) -> Self {
        self.inner.policy_source = Some(value.into());
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<super::SubjectSetKind>) -> Self {
        self.inner.scope = Some(value.into());
        self
    }
    /// Sets `versionNumber`.
    pub fn version_number(mut self, value: impl Into<i32>) -> Self {
        self.inner.version_number = Some(value.into());
        self
    }
    /// Sets `createdBy`.
    pub fn created_by(mut self, value: impl Into<super::DirectoryObjectKind>) -> Self {
        self.inner.created_by = Some(value.into());
        self
    }
    /// Sets `lastModifiedBy`.
    pub fn last_modified_by(
        mut self,
        value: impl Into<super::DirectoryObjectKind>,
    ) -> Self {
        self.inner.last_modified_by = Some(value.into());
        self
    }
    /// Sets `report`.
    pub fn report(mut self, value: impl Into<super::LifecyclePolicyReport>) -> Self {
        self.inner.report = Some(value.into());
        self
    }
    /// Sets `rules`.
    pub fn rules(
        mut self,
        value: impl Into<Vec<super::LifecyclePolicyRuleKind>>,
    ) -> Self {
        self.inner.rules = Some(value.into());
        self
    }
    /// Sets `versions`.
    pub fn versions(
        mut self,
        value: impl Into<Vec<super::LifecyclePolicyKind>>,
    ) -> Self {
        self.inner.versions = Some(value.into());
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
    /// The finished [`LifecyclePolicy`].
    pub fn build(self) -> LifecyclePolicy {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicy {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicy";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "enforcementAction",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction",
            ),
        },
        crate::PropertyInfo {
            name: "gracePeriodInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "notificationSchedule",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings",
            ),
        },
        crate::PropertyInfo {
            name: "policySource",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecyclePolicySource",
                members: &["userCreated", "systemDefault", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "scope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.subjectSet"),
        },
        crate::PropertyInfo {
            name: "versionNumber",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
        },
        crate::PropertyInfo {
            name: "report",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecyclePolicyReport",
            ),
        },
        crate::PropertyInfo {
            name: "rules",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecyclePolicyRule",
            ),
        },
        crate::PropertyInfo {
            name: "versions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecyclePolicy",
            ),
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicy {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.created_date_time {
            map.serialize_entry("createdDateTime", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.enforcement_action {
            map.serialize_entry("enforcementAction", value)?;
        }
        if let Some(value) = &self.grace_period_in_days {
            map.serialize_entry("gracePeriodInDays", value)?;
        }
        if let Some(value) = &self.is_enabled {
            map.serialize_entry("isEnabled", value)?;
        }
        if let Some(value) = &self.last_modified_date_time {
            map.serialize_entry("lastModifiedDateTime", value)?;
        }
        if let Some(value) = &self.notification_schedule {
            map.serialize_entry("notificationSchedule", value)?;
        }
        if let Some(value) = &self.policy_source {
            map.serialize_entry("policySource", value)?;
        }
        if let Some(value) = &self.scope {
            map.serialize_entry("scope", value)?;
        }
        if let Some(value) = &self.version_number {
            map.serialize_entry("versionNumber", value)?;
        }
        if let Some(value) = &self.created_by {
            map.serialize_entry("createdBy", value)?;
        }
        if let Some(value) = &self.last_modified_by {
            map.serialize_entry("lastModifiedBy", value)?;
        }
        if let Some(value) = &self.report {
            map.serialize_entry("report", value)?;
        }
        if let Some(value) = &self.rules {
            map.serialize_entry("rules", value)?;
        }
        if let Some(value) = &self.versions {
            map.serialize_entry("versions", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "createdDateTime" => self.created_date_time.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "enforcementAction" => self.enforcement_action.is_some(),
            "gracePeriodInDays" => self.grace_period_in_days.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "lastModifiedDateTime" => self.last_modified_date_time.is_some(),
            "notificationSchedule" => self.notification_schedule.is_some(),
            "policySource" => self.policy_source.is_some(),
            "scope" => self.scope.is_some(),
            "versionNumber" => self.version_number.is_some(),
            "createdBy" => self.created_by.is_some(),
            "lastModifiedBy" => self.last_modified_by.is_some(),
            "report" => self.report.is_some(),
            "rules" => self.rules.is_some(),
            "versions" => self.versions.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicy {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "createdDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.created_date_time,
                    "createdDateTime",
                    &mut self.additional_properties,
                )?
            }
            "description" => {
                crate::__private::field(
                    map,
                    &mut self.description,
                    "description",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "enforcementAction" => {
                crate::__private::field(
                    map,
                    &mut self.enforcement_action,
                    "enforcementAction",
                    &mut self.additional_properties,
                )?
            }
            "gracePeriodInDays" => {
                crate::__private::field(
                    map,
                    &mut self.grace_period_in_days,
                    "gracePeriodInDays",
                    &mut self.additional_properties,
                )?
            }
            "isEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_enabled,
                    "isEnabled",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_date_time,
                    "lastModifiedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "notificationSchedule" => {
                crate::__private::field(
                    map,
                    &mut self.notification_schedule,
                    "notificationSchedule",
                    &mut self.additional_properties,
                )?
            }
            "policySource" => {
                crate::__private::field(
                    map,
                    &mut self.policy_source,
                    "policySource",
                    &mut self.additional_properties,
                )?
            }
            "scope" => {
                crate::__private::field(
                    map,
                    &mut self.scope,
                    "scope",
                    &mut self.additional_properties,
                )?
            }
            "versionNumber" => {
                crate::__private::field(
                    map,
                    &mut self.version_number,
                    "versionNumber",
                    &mut self.additional_properties,
                )?
            }
            "createdBy" => {
                crate::__private::field(
                    map,
                    &mut self.created_by,
                    "createdBy",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedBy" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_by,
                    "lastModifiedBy",
                    &mut self.additional_properties,
                )?
            }
            "report" => {
                crate::__private::field(
                    map,
                    &mut self.report,
                    "report",
                    &mut self.additional_properties,
                )?
            }
            "rules" => {
                crate::__private::field(
                    map,
                    &mut self.rules,
                    "rules",
                    &mut self.additional_properties,
                )?
            }
            "versions" => {
                crate::__private::field(
                    map,
                    &mut self.versions,
                    "versions",
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicy` object",
        )
    }
}

/// A `microsoft.graph.identityGovernance.lifecyclePolicy` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LifecyclePolicyKind {
    /// A `microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy`.
    AgentIdentityLifecyclePolicy(super::AgentIdentityLifecyclePolicy),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicy`.
    LifecyclePolicy(super::LifecyclePolicy),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(serde_json::Map<String, serde_json::Value>),
}

impl From<super::AgentIdentityLifecyclePolicy> for LifecyclePolicyKind {
    fn from(value: super::AgentIdentityLifecyclePolicy) -> Self {
        LifecyclePolicyKind::AgentIdentityLifecyclePolicy(value)
    }
}

impl From<super::LifecyclePolicy> for LifecyclePolicyKind {
    fn from(value: super::LifecyclePolicy) -> Self {
        LifecyclePolicyKind::LifecyclePolicy(value)
    }
}

impl serde::Serialize for LifecyclePolicyKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LifecyclePolicyKind::AgentIdentityLifecyclePolicy(value) => {
                crate::__private::serialize_object(
                    value,
                    serializer,
                    Some(
                        <super::AgentIdentityLifecyclePolicy as crate::GraphType>::ODATA_TYPE,
                    ),
                )
            }
            LifecyclePolicyKind::LifecyclePolicy(value) => {
                serde::Serialize::serialize(value, serializer)
            }
            LifecyclePolicyKind::Unknown(object) => {
                serde::Serialize::serialize(object, serializer)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let object = <serde_json::Map<
            String,
            serde_json::Value,
        > as serde::Deserialize>::deserialize(deserializer)?;
        let tag = crate::__private::odata_type(&object).map(str::to_owned);
        match tag.as_deref() {
            Some("microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy") => {
                crate::__private::decode_as(object)
                    .map(LifecyclePolicyKind::AgentIdentityLifecyclePolicy)
            }
            Some("microsoft.graph.identityGovernance.lifecyclePolicy") => {
                crate::__private::decode_as(object)
                    .map(LifecyclePolicyKind::LifecyclePolicy)
            }
            None => {
                crate::__private::decode_as(object)
                    .map(LifecyclePolicyKind::LifecyclePolicy)
            }
            _ => Ok(LifecyclePolicyKind::Unknown(object)),
        }
    }
}
