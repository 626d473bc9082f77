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
    pub id: crate::Nullable<String>,
    /// When the policy was created.
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// Text describing the policy.
    pub description: crate::Nullable<String>,
    /// Name of the policy as shown to people.
    pub display_name: crate::Nullable<String>,
    /// What happens to an identity under this policy once it is out of compliance. The type is polymorphic: the value is a deleteOnlyEnforcementAction, a disableOnlyEnforcementAction, or a disableThenDeleteEnforcementAction.
    pub enforcement_action: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyEnforcementActionKind>,
    /// Days that pass between an identity falling out of compliance and the enforcement action running.
    pub grace_period_in_days: crate::Nullable<i32>,
    /// When true, the policy is switched on and evaluated.
    pub is_enabled: crate::Nullable<bool>,
    /// When the policy last changed.
    pub last_modified_date_time: crate::Nullable<crate::Timestamp>,
    /// How the policy notifies, such as the day offsets after non-compliance on which a notice goes out.
    pub notification_schedule: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyNotificationSettings>,
    /// Tells a built-in default policy managed by the system apart from one an administrator made. The possible values are: `userCreated`, `systemDefault`, `unknownFutureValue`.
    pub policy_source: crate::Nullable<crate::beta::identity_governance::LifecyclePolicySource>,
    /// Subjects that fall under the policy. To leave certain groups out of evaluation, for instance, use an allExcludingGroupsSubjectSet.
    pub scope: crate::Nullable<crate::beta::SubjectSetKind>,
    /// Version of the policy; it goes up by one with every update.
    pub version_number: crate::Nullable<i32>,
    /// User or service principal that made the policy.
    pub created_by: crate::Nullable<crate::beta::DirectoryObjectKind>,
    /// User or service principal behind the latest change to the policy.
    pub last_modified_by: crate::Nullable<crate::beta::DirectoryObjectKind>,
    /// Most recent processing report of the policy.
    pub report: crate::Nullable<crate::beta::identity_governance::LifecyclePolicyReport>,
    /// Compliance rules defined inline on the policy and checked when it is evaluated. An identity must satisfy all of them (AND logic). A policy holds at most 10 rules.
    pub rules: crate::Nullable<Vec<crate::beta::identity_governance::LifecyclePolicyRuleKind>>,
    /// Earlier versions of the policy.
    pub versions: crate::Nullable<Vec<crate::beta::identity_governance::LifecyclePolicyKind>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicy {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyBuilder {
        <LifecyclePolicyBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicy`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyBuilder {
    inner: LifecyclePolicy,
}

impl LifecyclePolicyBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the policy. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the policy. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the policy. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When the policy was created.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the policy was created.
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the policy was created.
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text describing the policy.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text describing the policy.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text describing the policy.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the policy as shown to people.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the policy as shown to people.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the policy as shown to people.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `enforcementAction`.
    ///
    /// What happens to an identity under this policy once it is out of compliance. The type is polymorphic: the value is a deleteOnlyEnforcementAction, a disableOnlyEnforcementAction, or a disableThenDeleteEnforcementAction.
    pub fn enforcement_action(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyEnforcementActionKind>,
    ) -> Self {
        self.inner.enforcement_action = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `enforcementAction` to a value, or leaves it out of the body with `None`.
    ///
    /// What happens to an identity under this policy once it is out of compliance. The type is polymorphic: the value is a deleteOnlyEnforcementAction, a disableOnlyEnforcementAction, or a disableThenDeleteEnforcementAction.
    pub fn set_enforcement_action(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyEnforcementActionKind>,
    ) -> Self {
        self.inner.enforcement_action = value.into();
        self
    }
    /// Sends `enforcementAction` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// What happens to an identity under this policy once it is out of compliance. The type is polymorphic: the value is a deleteOnlyEnforcementAction, a disableOnlyEnforcementAction, or a disableThenDeleteEnforcementAction.
    pub fn null_enforcement_action(mut self) -> Self {
        self.inner.enforcement_action = crate::Nullable::Null;
        self
    }
    /// Sets `gracePeriodInDays`.
    ///
    /// Days that pass between an identity falling out of compliance and the enforcement action running.
    pub fn grace_period_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.grace_period_in_days = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `gracePeriodInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Days that pass between an identity falling out of compliance and the enforcement action running.
    pub fn set_grace_period_in_days(mut self, value: Option<i32>) -> Self {
        self.inner.grace_period_in_days = value.into();
        self
    }
    /// Sends `gracePeriodInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days that pass between an identity falling out of compliance and the enforcement action running.
    pub fn null_grace_period_in_days(mut self) -> Self {
        self.inner.grace_period_in_days = crate::Nullable::Null;
        self
    }
    /// Sets `isEnabled`.
    ///
    /// When true, the policy is switched on and evaluated.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When true, the policy is switched on and evaluated.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When true, the policy is switched on and evaluated.
    pub fn null_is_enabled(mut self) -> Self {
        self.inner.is_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedDateTime`.
    ///
    /// When the policy last changed.
    pub fn last_modified_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the policy last changed.
    pub fn set_last_modified_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = value.into();
        self
    }
    /// Sends `lastModifiedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the policy last changed.
    pub fn null_last_modified_date_time(mut self) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `notificationSchedule`.
    ///
    /// How the policy notifies, such as the day offsets after non-compliance on which a notice goes out.
    pub fn notification_schedule(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyNotificationSettings>,
    ) -> Self {
        self.inner.notification_schedule = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `notificationSchedule` to a value, or leaves it out of the body with `None`.
    ///
    /// How the policy notifies, such as the day offsets after non-compliance on which a notice goes out.
    pub fn set_notification_schedule(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyNotificationSettings>,
    ) -> Self {
        self.inner.notification_schedule = value.into();
        self
    }
    /// Sends `notificationSchedule` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the policy notifies, such as the day offsets after non-compliance on which a notice goes out.
    pub fn null_notification_schedule(mut self) -> Self {
        self.inner.notification_schedule = crate::Nullable::Null;
        self
    }
    /// Sets `policySource`.
    ///
    /// Tells a built-in default policy managed by the system apart from one an administrator made. The possible values are: `userCreated`, `systemDefault`, `unknownFutureValue`.
    pub fn policy_source(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicySource>,
    ) -> Self {
        self.inner.policy_source = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `policySource` to a value, or leaves it out of the body with `None`.
    ///
    /// Tells a built-in default policy managed by the system apart from one an administrator made. The possible values are: `userCreated`, `systemDefault`, `unknownFutureValue`.
    pub fn set_policy_source(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicySource>,
    ) -> Self {
        self.inner.policy_source = value.into();
        self
    }
    /// Sends `policySource` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tells a built-in default policy managed by the system apart from one an administrator made. The possible values are: `userCreated`, `systemDefault`, `unknownFutureValue`.
    pub fn null_policy_source(mut self) -> Self {
        self.inner.policy_source = crate::Nullable::Null;
        self
    }
    /// Sets `scope`.
    ///
    /// Subjects that fall under the policy. To leave certain groups out of evaluation, for instance, use an allExcludingGroupsSubjectSet.
    pub fn scope(mut self, value: impl Into<crate::beta::SubjectSetKind>) -> Self {
        self.inner.scope = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `scope` to a value, or leaves it out of the body with `None`.
    ///
    /// Subjects that fall under the policy. To leave certain groups out of evaluation, for instance, use an allExcludingGroupsSubjectSet.
    pub fn set_scope(mut self, value: Option<crate::beta::SubjectSetKind>) -> Self {
        self.inner.scope = value.into();
        self
    }
    /// Sends `scope` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subjects that fall under the policy. To leave certain groups out of evaluation, for instance, use an allExcludingGroupsSubjectSet.
    pub fn null_scope(mut self) -> Self {
        self.inner.scope = crate::Nullable::Null;
        self
    }
    /// Sets `versionNumber`.
    ///
    /// Version of the policy; it goes up by one with every update.
    pub fn version_number(mut self, value: impl Into<i32>) -> Self {
        self.inner.version_number = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `versionNumber` to a value, or leaves it out of the body with `None`.
    ///
    /// Version of the policy; it goes up by one with every update.
    pub fn set_version_number(mut self, value: Option<i32>) -> Self {
        self.inner.version_number = value.into();
        self
    }
    /// Sends `versionNumber` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version of the policy; it goes up by one with every update.
    pub fn null_version_number(mut self) -> Self {
        self.inner.version_number = crate::Nullable::Null;
        self
    }
    /// Sets `createdBy`.
    ///
    /// User or service principal that made the policy.
    pub fn created_by(mut self, value: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.created_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdBy` to a value, or leaves it out of the body with `None`.
    ///
    /// User or service principal that made the policy.
    pub fn set_created_by(mut self, value: Option<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.created_by = value.into();
        self
    }
    /// Sends `createdBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User or service principal that made the policy.
    pub fn null_created_by(mut self) -> Self {
        self.inner.created_by = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedBy`.
    ///
    /// User or service principal behind the latest change to the policy.
    pub fn last_modified_by(mut self, value: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.last_modified_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedBy` to a value, or leaves it out of the body with `None`.
    ///
    /// User or service principal behind the latest change to the policy.
    pub fn set_last_modified_by(mut self, value: Option<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.last_modified_by = value.into();
        self
    }
    /// Sends `lastModifiedBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User or service principal behind the latest change to the policy.
    pub fn null_last_modified_by(mut self) -> Self {
        self.inner.last_modified_by = crate::Nullable::Null;
        self
    }
    /// Sets `report`.
    ///
    /// Most recent processing report of the policy.
    pub fn report(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecyclePolicyReport>,
    ) -> Self {
        self.inner.report = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `report` to a value, or leaves it out of the body with `None`.
    ///
    /// Most recent processing report of the policy.
    pub fn set_report(
        mut self,
        value: Option<crate::beta::identity_governance::LifecyclePolicyReport>,
    ) -> Self {
        self.inner.report = value.into();
        self
    }
    /// Sends `report` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Most recent processing report of the policy.
    pub fn null_report(mut self) -> Self {
        self.inner.report = crate::Nullable::Null;
        self
    }
    /// Appends one item to `rules` (creating the collection if needed).
    ///
    /// Compliance rules defined inline on the policy and checked when it is evaluated. An identity must satisfy all of them (AND logic). A policy holds at most 10 rules.
    pub fn rules(
        mut self,
        item: impl Into<crate::beta::identity_governance::LifecyclePolicyRuleKind>,
    ) -> Self {
        self.inner.rules.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `rules` to a value, or leaves it out of the body with `None`.
    ///
    /// Compliance rules defined inline on the policy and checked when it is evaluated. An identity must satisfy all of them (AND logic). A policy holds at most 10 rules.
    pub fn set_rules(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::LifecyclePolicyRuleKind>>,
    ) -> Self {
        self.inner.rules = value.into();
        self
    }
    /// Sends `rules` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Compliance rules defined inline on the policy and checked when it is evaluated. An identity must satisfy all of them (AND logic). A policy holds at most 10 rules.
    pub fn null_rules(mut self) -> Self {
        self.inner.rules = crate::Nullable::Null;
        self
    }
    /// Appends one item to `versions` (creating the collection if needed).
    ///
    /// Earlier versions of the policy.
    pub fn versions(
        mut self,
        item: impl Into<crate::beta::identity_governance::LifecyclePolicyKind>,
    ) -> Self {
        self.inner.versions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `versions` to a value, or leaves it out of the body with `None`.
    ///
    /// Earlier versions of the policy.
    pub fn set_versions(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::LifecyclePolicyKind>>,
    ) -> Self {
        self.inner.versions = value.into();
        self
    }
    /// Sends `versions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Earlier versions of the policy.
    pub fn null_versions(mut self) -> Self {
        self.inner.versions = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "enforcementAction",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "gracePeriodInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "notificationSchedule",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings"),
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "scope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.subjectSet"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "versionNumber",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "report",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecyclePolicyReport"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "rules",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecyclePolicyRule"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "versions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecyclePolicy"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicy {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "enforcementAction", &self.enforcement_action)?;
        crate::__private::write_field(map, "gracePeriodInDays", &self.grace_period_in_days)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "lastModifiedDateTime", &self.last_modified_date_time)?;
        crate::__private::write_field(map, "notificationSchedule", &self.notification_schedule)?;
        crate::__private::write_field(map, "policySource", &self.policy_source)?;
        crate::__private::write_field(map, "scope", &self.scope)?;
        crate::__private::write_field(map, "versionNumber", &self.version_number)?;
        crate::__private::write_field(map, "createdBy", &self.created_by)?;
        crate::__private::write_field(map, "lastModifiedBy", &self.last_modified_by)?;
        crate::__private::write_field(map, "report", &self.report)?;
        crate::__private::write_field(map, "rules", &self.rules)?;
        crate::__private::write_field(map, "versions", &self.versions)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "enforcementAction" => !self.enforcement_action.is_absent(),
            "gracePeriodInDays" => !self.grace_period_in_days.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "lastModifiedDateTime" => !self.last_modified_date_time.is_absent(),
            "notificationSchedule" => !self.notification_schedule.is_absent(),
            "policySource" => !self.policy_source.is_absent(),
            "scope" => !self.scope.is_absent(),
            "versionNumber" => !self.version_number.is_absent(),
            "createdBy" => !self.created_by.is_absent(),
            "lastModifiedBy" => !self.last_modified_by.is_absent(),
            "report" => !self.report.is_absent(),
            "rules" => !self.rules.is_absent(),
            "versions" => !self.versions.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicy` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "enforcementAction" => crate::__private::field(map, &mut self.enforcement_action)?,
            "gracePeriodInDays" => crate::__private::field(map, &mut self.grace_period_in_days)?,
            "isEnabled" => crate::__private::field(map, &mut self.is_enabled)?,
            "lastModifiedDateTime" => crate::__private::field(map, &mut self.last_modified_date_time)?,
            "notificationSchedule" => crate::__private::field(map, &mut self.notification_schedule)?,
            "policySource" => crate::__private::field(map, &mut self.policy_source)?,
            "scope" => crate::__private::field(map, &mut self.scope)?,
            "versionNumber" => crate::__private::field(map, &mut self.version_number)?,
            "createdBy" => crate::__private::field(map, &mut self.created_by)?,
            "lastModifiedBy" => crate::__private::field(map, &mut self.last_modified_by)?,
            "report" => crate::__private::field(map, &mut self.report)?,
            "rules" => crate::__private::field(map, &mut self.rules)?,
            "versions" => crate::__private::field(map, &mut self.versions)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.lifecyclePolicy` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LifecyclePolicyKind {
    /// A `microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy`.
    AgentIdentityLifecyclePolicy(crate::beta::identity_governance::AgentIdentityLifecyclePolicy),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicy`.
    LifecyclePolicy(crate::beta::identity_governance::LifecyclePolicy),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::AgentIdentityLifecyclePolicy> for LifecyclePolicyKind {
    fn from(value: crate::beta::identity_governance::AgentIdentityLifecyclePolicy) -> Self {
        LifecyclePolicyKind::AgentIdentityLifecyclePolicy(value)
    }
}

impl From<crate::beta::identity_governance::LifecyclePolicy> for LifecyclePolicyKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicy) -> Self {
        LifecyclePolicyKind::LifecyclePolicy(value)
    }
}

impl serde::Serialize for LifecyclePolicyKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LifecyclePolicyKind::AgentIdentityLifecyclePolicy(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::AgentIdentityLifecyclePolicy as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyKind::LifecyclePolicy(value) => serde::Serialize::serialize(value, serializer),
            LifecyclePolicyKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for LifecyclePolicyKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy") => started
                .finish_as(map, Some(<crate::beta::identity_governance::AgentIdentityLifecyclePolicy as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyKind::AgentIdentityLifecyclePolicy),
            Some("microsoft.graph.identityGovernance.lifecyclePolicy") => started.finish(map).map(LifecyclePolicyKind::LifecyclePolicy),
            None => started.finish(map).map(LifecyclePolicyKind::LifecyclePolicy),
            _ => started.finish_unknown(map).map(LifecyclePolicyKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.lifecyclePolicy` object")
    }
}
