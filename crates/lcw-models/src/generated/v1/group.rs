// Generated from docs-src/api-reference/v1.0/resources/group.md by `cargo xtask regenerate`. Do not edit.
/// A group in the directory; it comes in several kinds, such as Microsoft 365 groups, security groups and distribution lists. Lifecycle workflows use groups to pick users and as task targets. The type is open: the service may send more properties than these.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// Key of the group. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub id: crate::Nullable<String>,
    /// When the group was moved to the deleted items.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Whether people outside the organization can mail the group.
    ///
    /// Returned only on `$select`.
    pub allow_external_senders: crate::Nullable<bool>,
    /// Sensitivity labels put on the group.
    ///
    /// Read-only. Returned only on `$select`.
    pub assigned_labels: crate::Nullable<Vec<crate::v1::AssignedLabel>>,
    /// Licenses the group hands to its members.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`).
    pub assigned_licenses: crate::Nullable<Vec<crate::v1::AssignedLicense>>,
    /// Whether new members start receiving the group's email.
    ///
    /// Returned only on `$select`.
    pub auto_subscribe_new_members: crate::Nullable<bool>,
    /// Classification of the group, such as a business impact level.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub classification: crate::Nullable<String>,
    /// When the group was made.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// Free text about the group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`) and `$search`.
    pub description: crate::Nullable<String>,
    /// Name of the group as people see it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub display_name: crate::Nullable<String>,
    /// When the group expires, following the expiration policy.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub expiration_date_time: crate::Nullable<crate::Timestamp>,
    /// Kind of group: `Unified` for a Microsoft 365 group, `DynamicMembership` for rule-based membership; empty for a plain security or distribution group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub group_types: crate::Nullable<Vec<String>>,
    /// Whether some members could not get the group's licenses.
    ///
    /// Supports `$filter` (`eq`).
    pub has_members_with_license_errors: crate::Nullable<bool>,
    /// Whether Outlook address lists leave the group out.
    ///
    /// Returned only on `$select`.
    pub hide_from_address_lists: crate::Nullable<bool>,
    /// Whether Outlook clients leave the group out.
    ///
    /// Returned only on `$select`.
    pub hide_from_outlook_clients: crate::Nullable<bool>,
    /// Whether directory roles can be given to the group; set only when the group is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub is_assignable_to_role: crate::Nullable<bool>,
    /// Whether the signed-in user gets the group's email.
    ///
    /// Returned only on `$select`.
    pub is_subscribed_by_mail: crate::Nullable<bool>,
    /// How far the service got in giving the group's licenses to its members.
    ///
    /// Read-only. Returned only on `$select`.
    pub license_processing_state: crate::Nullable<crate::v1::LicenseProcessingState>,
    /// SMTP address of the group.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub mail: crate::Nullable<String>,
    /// Whether the group can receive mail.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub mail_enabled: crate::Nullable<bool>,
    /// Mail alias of the group, unique in the organization.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub mail_nickname: crate::Nullable<String>,
    /// Rule that decides the members of a dynamic group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub membership_rule: crate::Nullable<String>,
    /// Whether the membership rule is evaluated: `On` or `Paused`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub membership_rule_processing_state: crate::Nullable<String>,
    /// When the group was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub on_premises_last_sync_date_time: crate::Nullable<crate::Timestamp>,
    /// Errors raised while Microsoft's synchronization product provisioned the group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub on_premises_provisioning_errors: crate::Nullable<Vec<crate::v1::OnPremisesProvisioningError>>,
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub on_premises_sam_account_name: crate::Nullable<String>,
    /// Security identifier (SID) of the on-premises group.
    ///
    /// Read-only. Supports `$filter`.
    pub on_premises_security_identifier: crate::Nullable<String>,
    /// `true` while the group is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub on_premises_sync_enabled: crate::Nullable<bool>,
    /// Geography where the group's data should be kept.
    pub preferred_data_location: crate::Nullable<String>,
    /// Language the group prefers, such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub preferred_language: crate::Nullable<String>,
    /// Every email address of the group, each with its protocol prefix.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `NOT`, `ge`, `le`, `startsWith`).
    pub proxy_addresses: crate::Nullable<Vec<String>>,
    /// When the group was last renewed.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub renewed_date_time: crate::Nullable<crate::Timestamp>,
    /// Behaviors chosen when a Microsoft 365 group is created.
    pub resource_behavior_options: crate::Nullable<Vec<String>>,
    /// Resources set up with the group, such as `Team`.
    pub resource_provisioning_options: crate::Nullable<Vec<String>>,
    /// Whether the group is a security group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub security_enabled: crate::Nullable<bool>,
    /// Security identifier (SID) of the group in the cloud.
    pub security_identifier: crate::Nullable<String>,
    /// Color theme of a Microsoft 365 group.
    pub theme: crate::Nullable<String>,
    /// How many conversations the signed-in user has not yet seen.
    ///
    /// Returned only on `$select`.
    pub unseen_count: crate::Nullable<i32>,
    /// Who can join and see a Microsoft 365 group: `Public`, `Private` or `HiddenMembership`.
    pub visibility: crate::Nullable<String>,
    /// Users and groups allowed to post to the group.
    pub accepted_senders: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// App roles granted to the group.
    ///
    /// Supports `$expand`.
    pub app_role_assignments: crate::Nullable<Vec<crate::v1::AppRoleAssignment>>,
    /// Calendar of the group.
    ///
    /// Read-only.
    pub calendar: crate::Nullable<crate::v1::Calendar>,
    /// Events of the group's calendar within a time window.
    ///
    /// Read-only.
    pub calendar_view: crate::Nullable<Vec<crate::v1::Event>>,
    /// Conversations of the group.
    pub conversations: crate::Nullable<Vec<crate::v1::Conversation>>,
    /// The user or app that made the group.
    ///
    /// Read-only.
    pub created_on_behalf_of: crate::Nullable<Box<crate::v1::DirectoryObjectKind>>,
    /// Default drive of the group.
    ///
    /// Read-only.
    pub drive: crate::Nullable<crate::v1::Drive>,
    /// Drives of the group.
    ///
    /// Read-only.
    pub drives: crate::Nullable<Vec<crate::v1::Drive>>,
    /// Events of the group.
    pub events: crate::Nullable<Vec<crate::v1::Event>>,
    /// Open extensions added to the group.
    ///
    /// Read-only.
    pub extensions: crate::Nullable<Vec<crate::v1::Extension>>,
    /// Expiration policies that apply to the group.
    ///
    /// Read-only.
    pub group_lifecycle_policies: crate::Nullable<Vec<crate::v1::GroupLifecyclePolicy>>,
    /// Groups and administrative units this group is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub member_of: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// Direct members of the group.
    ///
    /// Supports `$expand`.
    pub members: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// Members that could not get the group's licenses.
    ///
    /// Read-only.
    pub members_with_license_errors: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// Notebooks of the group.
    ///
    /// Read-only.
    pub onenote: crate::Nullable<crate::v1::Onenote>,
    /// Owners of the group.
    ///
    /// Supports `$expand`.
    pub owners: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// Permissions granted to apps for this group only.
    ///
    /// Supports `$expand`.
    pub permission_grants: crate::Nullable<Vec<crate::v1::ResourceSpecificPermissionGrant>>,
    /// Profile photo of the group.
    pub photo: crate::Nullable<crate::v1::ProfilePhoto>,
    /// Profile photos of the group in several sizes.
    ///
    /// Read-only.
    pub photos: crate::Nullable<Vec<crate::v1::ProfilePhoto>>,
    /// Planner data of the group.
    pub planner: crate::Nullable<crate::v1::PlannerGroup>,
    /// Users and groups not allowed to post to the group.
    pub rejected_senders: crate::Nullable<Vec<crate::v1::DirectoryObjectKind>>,
    /// Settings of the group.
    ///
    /// Read-only.
    pub settings: crate::Nullable<Vec<crate::v1::GroupSetting>>,
    /// SharePoint sites of the group.
    pub sites: crate::Nullable<Vec<crate::v1::Site>>,
    /// Conversation threads of the group.
    pub threads: crate::Nullable<Vec<crate::v1::ConversationThread>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Group {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> GroupBuilder {
        <GroupBuilder as Default>::default()
    }
}

/// Builds a [`Group`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct GroupBuilder {
    inner: Group,
}

impl GroupBuilder {
    /// Sets `id`.
    ///
    /// Key of the group. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the group. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the group. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `deletedDateTime`.
    ///
    /// When the group was moved to the deleted items.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the group was moved to the deleted items.
    pub fn set_deleted_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = value.into();
        self
    }
    /// Sends `deletedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the group was moved to the deleted items.
    pub fn null_deleted_date_time(mut self) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `allowExternalSenders`.
    ///
    /// Whether people outside the organization can mail the group.
    ///
    /// Returned only on `$select`.
    pub fn allow_external_senders(mut self, value: impl Into<bool>) -> Self {
        self.inner.allow_external_senders = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `allowExternalSenders` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether people outside the organization can mail the group.
    ///
    /// Returned only on `$select`.
    pub fn set_allow_external_senders(mut self, value: Option<bool>) -> Self {
        self.inner.allow_external_senders = value.into();
        self
    }
    /// Sends `allowExternalSenders` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether people outside the organization can mail the group.
    ///
    /// Returned only on `$select`.
    pub fn null_allow_external_senders(mut self) -> Self {
        self.inner.allow_external_senders = crate::Nullable::Null;
        self
    }
    /// Appends one item to `assignedLabels` (creating the collection if needed).
    ///
    /// Sensitivity labels put on the group.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn assigned_labels(mut self, item: impl Into<crate::v1::AssignedLabel>) -> Self {
        self.inner.assigned_labels.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `assignedLabels` to a value, or leaves it out of the body with `None`.
    ///
    /// Sensitivity labels put on the group.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn set_assigned_labels(mut self, value: Option<Vec<crate::v1::AssignedLabel>>) -> Self {
        self.inner.assigned_labels = value.into();
        self
    }
    /// Sends `assignedLabels` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Sensitivity labels put on the group.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn null_assigned_labels(mut self) -> Self {
        self.inner.assigned_labels = crate::Nullable::Null;
        self
    }
    /// Appends one item to `assignedLicenses` (creating the collection if needed).
    ///
    /// Licenses the group hands to its members.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`).
    pub fn assigned_licenses(mut self, item: impl Into<crate::v1::AssignedLicense>) -> Self {
        self.inner.assigned_licenses.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `assignedLicenses` to a value, or leaves it out of the body with `None`.
    ///
    /// Licenses the group hands to its members.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`).
    pub fn set_assigned_licenses(mut self, value: Option<Vec<crate::v1::AssignedLicense>>) -> Self {
        self.inner.assigned_licenses = value.into();
        self
    }
    /// Sends `assignedLicenses` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Licenses the group hands to its members.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`).
    pub fn null_assigned_licenses(mut self) -> Self {
        self.inner.assigned_licenses = crate::Nullable::Null;
        self
    }
    /// Sets `autoSubscribeNewMembers`.
    ///
    /// Whether new members start receiving the group's email.
    ///
    /// Returned only on `$select`.
    pub fn auto_subscribe_new_members(mut self, value: impl Into<bool>) -> Self {
        self.inner.auto_subscribe_new_members = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `autoSubscribeNewMembers` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether new members start receiving the group's email.
    ///
    /// Returned only on `$select`.
    pub fn set_auto_subscribe_new_members(mut self, value: Option<bool>) -> Self {
        self.inner.auto_subscribe_new_members = value.into();
        self
    }
    /// Sends `autoSubscribeNewMembers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether new members start receiving the group's email.
    ///
    /// Returned only on `$select`.
    pub fn null_auto_subscribe_new_members(mut self) -> Self {
        self.inner.auto_subscribe_new_members = crate::Nullable::Null;
        self
    }
    /// Sets `classification`.
    ///
    /// Classification of the group, such as a business impact level.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn classification(mut self, value: impl Into<String>) -> Self {
        self.inner.classification = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `classification` to a value, or leaves it out of the body with `None`.
    ///
    /// Classification of the group, such as a business impact level.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn set_classification(mut self, value: Option<String>) -> Self {
        self.inner.classification = value.into();
        self
    }
    /// Sends `classification` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Classification of the group, such as a business impact level.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn null_classification(mut self) -> Self {
        self.inner.classification = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When the group was made.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the group was made.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the group was made.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Free text about the group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`) and `$search`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Free text about the group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`) and `$search`.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Free text about the group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`) and `$search`.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the group as people see it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the group as people see it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the group as people see it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `expirationDateTime`.
    ///
    /// When the group expires, following the expiration policy.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn expiration_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.expiration_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `expirationDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the group expires, following the expiration policy.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn set_expiration_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.expiration_date_time = value.into();
        self
    }
    /// Sends `expirationDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the group expires, following the expiration policy.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn null_expiration_date_time(mut self) -> Self {
        self.inner.expiration_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `groupTypes` (creating the collection if needed).
    ///
    /// Kind of group: `Unified` for a Microsoft 365 group, `DynamicMembership` for rule-based membership; empty for a plain security or distribution group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn group_types(mut self, item: impl Into<String>) -> Self {
        self.inner.group_types.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `groupTypes` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of group: `Unified` for a Microsoft 365 group, `DynamicMembership` for rule-based membership; empty for a plain security or distribution group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn set_group_types(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.group_types = value.into();
        self
    }
    /// Sends `groupTypes` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of group: `Unified` for a Microsoft 365 group, `DynamicMembership` for rule-based membership; empty for a plain security or distribution group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn null_group_types(mut self) -> Self {
        self.inner.group_types = crate::Nullable::Null;
        self
    }
    /// Sets `hasMembersWithLicenseErrors`.
    ///
    /// Whether some members could not get the group's licenses.
    ///
    /// Supports `$filter` (`eq`).
    pub fn has_members_with_license_errors(mut self, value: impl Into<bool>) -> Self {
        self.inner.has_members_with_license_errors = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `hasMembersWithLicenseErrors` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether some members could not get the group's licenses.
    ///
    /// Supports `$filter` (`eq`).
    pub fn set_has_members_with_license_errors(mut self, value: Option<bool>) -> Self {
        self.inner.has_members_with_license_errors = value.into();
        self
    }
    /// Sends `hasMembersWithLicenseErrors` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether some members could not get the group's licenses.
    ///
    /// Supports `$filter` (`eq`).
    pub fn null_has_members_with_license_errors(mut self) -> Self {
        self.inner.has_members_with_license_errors = crate::Nullable::Null;
        self
    }
    /// Sets `hideFromAddressLists`.
    ///
    /// Whether Outlook address lists leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn hide_from_address_lists(mut self, value: impl Into<bool>) -> Self {
        self.inner.hide_from_address_lists = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `hideFromAddressLists` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether Outlook address lists leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn set_hide_from_address_lists(mut self, value: Option<bool>) -> Self {
        self.inner.hide_from_address_lists = value.into();
        self
    }
    /// Sends `hideFromAddressLists` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether Outlook address lists leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn null_hide_from_address_lists(mut self) -> Self {
        self.inner.hide_from_address_lists = crate::Nullable::Null;
        self
    }
    /// Sets `hideFromOutlookClients`.
    ///
    /// Whether Outlook clients leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn hide_from_outlook_clients(mut self, value: impl Into<bool>) -> Self {
        self.inner.hide_from_outlook_clients = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `hideFromOutlookClients` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether Outlook clients leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn set_hide_from_outlook_clients(mut self, value: Option<bool>) -> Self {
        self.inner.hide_from_outlook_clients = value.into();
        self
    }
    /// Sends `hideFromOutlookClients` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether Outlook clients leave the group out.
    ///
    /// Returned only on `$select`.
    pub fn null_hide_from_outlook_clients(mut self) -> Self {
        self.inner.hide_from_outlook_clients = crate::Nullable::Null;
        self
    }
    /// Sets `isAssignableToRole`.
    ///
    /// Whether directory roles can be given to the group; set only when the group is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn is_assignable_to_role(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_assignable_to_role = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isAssignableToRole` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether directory roles can be given to the group; set only when the group is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn set_is_assignable_to_role(mut self, value: Option<bool>) -> Self {
        self.inner.is_assignable_to_role = value.into();
        self
    }
    /// Sends `isAssignableToRole` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether directory roles can be given to the group; set only when the group is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn null_is_assignable_to_role(mut self) -> Self {
        self.inner.is_assignable_to_role = crate::Nullable::Null;
        self
    }
    /// Sets `isSubscribedByMail`.
    ///
    /// Whether the signed-in user gets the group's email.
    ///
    /// Returned only on `$select`.
    pub fn is_subscribed_by_mail(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_subscribed_by_mail = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isSubscribedByMail` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the signed-in user gets the group's email.
    ///
    /// Returned only on `$select`.
    pub fn set_is_subscribed_by_mail(mut self, value: Option<bool>) -> Self {
        self.inner.is_subscribed_by_mail = value.into();
        self
    }
    /// Sends `isSubscribedByMail` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the signed-in user gets the group's email.
    ///
    /// Returned only on `$select`.
    pub fn null_is_subscribed_by_mail(mut self) -> Self {
        self.inner.is_subscribed_by_mail = crate::Nullable::Null;
        self
    }
    /// Sets `licenseProcessingState`.
    ///
    /// How far the service got in giving the group's licenses to its members.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn license_processing_state(
        mut self,
        value: impl Into<crate::v1::LicenseProcessingState>,
    ) -> Self {
        self.inner.license_processing_state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `licenseProcessingState` to a value, or leaves it out of the body with `None`.
    ///
    /// How far the service got in giving the group's licenses to its members.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn set_license_processing_state(
        mut self,
        value: Option<crate::v1::LicenseProcessingState>,
    ) -> Self {
        self.inner.license_processing_state = value.into();
        self
    }
    /// Sends `licenseProcessingState` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How far the service got in giving the group's licenses to its members.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn null_license_processing_state(mut self) -> Self {
        self.inner.license_processing_state = crate::Nullable::Null;
        self
    }
    /// Sets `mail`.
    ///
    /// SMTP address of the group.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn mail(mut self, value: impl Into<String>) -> Self {
        self.inner.mail = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mail` to a value, or leaves it out of the body with `None`.
    ///
    /// SMTP address of the group.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_mail(mut self, value: Option<String>) -> Self {
        self.inner.mail = value.into();
        self
    }
    /// Sends `mail` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// SMTP address of the group.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_mail(mut self) -> Self {
        self.inner.mail = crate::Nullable::Null;
        self
    }
    /// Sets `mailEnabled`.
    ///
    /// Whether the group can receive mail.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn mail_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.mail_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mailEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the group can receive mail.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn set_mail_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.mail_enabled = value.into();
        self
    }
    /// Sends `mailEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the group can receive mail.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`).
    pub fn null_mail_enabled(mut self) -> Self {
        self.inner.mail_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `mailNickname`.
    ///
    /// Mail alias of the group, unique in the organization.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn mail_nickname(mut self, value: impl Into<String>) -> Self {
        self.inner.mail_nickname = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mailNickname` to a value, or leaves it out of the body with `None`.
    ///
    /// Mail alias of the group, unique in the organization.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_mail_nickname(mut self, value: Option<String>) -> Self {
        self.inner.mail_nickname = value.into();
        self
    }
    /// Sends `mailNickname` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Mail alias of the group, unique in the organization.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_mail_nickname(mut self) -> Self {
        self.inner.mail_nickname = crate::Nullable::Null;
        self
    }
    /// Sets `membershipRule`.
    ///
    /// Rule that decides the members of a dynamic group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn membership_rule(mut self, value: impl Into<String>) -> Self {
        self.inner.membership_rule = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `membershipRule` to a value, or leaves it out of the body with `None`.
    ///
    /// Rule that decides the members of a dynamic group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn set_membership_rule(mut self, value: Option<String>) -> Self {
        self.inner.membership_rule = value.into();
        self
    }
    /// Sends `membershipRule` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Rule that decides the members of a dynamic group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn null_membership_rule(mut self) -> Self {
        self.inner.membership_rule = crate::Nullable::Null;
        self
    }
    /// Sets `membershipRuleProcessingState`.
    ///
    /// Whether the membership rule is evaluated: `On` or `Paused`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn membership_rule_processing_state(mut self, value: impl Into<String>) -> Self {
        self.inner.membership_rule_processing_state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `membershipRuleProcessingState` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the membership rule is evaluated: `On` or `Paused`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn set_membership_rule_processing_state(mut self, value: Option<String>) -> Self {
        self.inner.membership_rule_processing_state = value.into();
        self
    }
    /// Sends `membershipRuleProcessingState` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the membership rule is evaluated: `On` or `Paused`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn null_membership_rule_processing_state(mut self) -> Self {
        self.inner.membership_rule_processing_state = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesLastSyncDateTime`.
    ///
    /// When the group was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn on_premises_last_sync_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.on_premises_last_sync_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesLastSyncDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the group was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn set_on_premises_last_sync_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.on_premises_last_sync_date_time = value.into();
        self
    }
    /// Sends `onPremisesLastSyncDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the group was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn null_on_premises_last_sync_date_time(mut self) -> Self {
        self.inner.on_premises_last_sync_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `onPremisesProvisioningErrors` (creating the collection if needed).
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn on_premises_provisioning_errors(
        mut self,
        item: impl Into<crate::v1::OnPremisesProvisioningError>,
    ) -> Self {
        self.inner.on_premises_provisioning_errors.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `onPremisesProvisioningErrors` to a value, or leaves it out of the body with `None`.
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn set_on_premises_provisioning_errors(
        mut self,
        value: Option<Vec<crate::v1::OnPremisesProvisioningError>>,
    ) -> Self {
        self.inner.on_premises_provisioning_errors = value.into();
        self
    }
    /// Sends `onPremisesProvisioningErrors` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the group.
    ///
    /// Supports `$filter` (`eq`, `NOT`).
    pub fn null_on_premises_provisioning_errors(mut self) -> Self {
        self.inner.on_premises_provisioning_errors = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSamAccountName`.
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn on_premises_sam_account_name(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_sam_account_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSamAccountName` to a value, or leaves it out of the body with `None`.
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_on_premises_sam_account_name(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_sam_account_name = value.into();
        self
    }
    /// Sends `onPremisesSamAccountName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_on_premises_sam_account_name(mut self) -> Self {
        self.inner.on_premises_sam_account_name = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSecurityIdentifier`.
    ///
    /// Security identifier (SID) of the on-premises group.
    ///
    /// Read-only. Supports `$filter`.
    pub fn on_premises_security_identifier(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_security_identifier = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSecurityIdentifier` to a value, or leaves it out of the body with `None`.
    ///
    /// Security identifier (SID) of the on-premises group.
    ///
    /// Read-only. Supports `$filter`.
    pub fn set_on_premises_security_identifier(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_security_identifier = value.into();
        self
    }
    /// Sends `onPremisesSecurityIdentifier` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Security identifier (SID) of the on-premises group.
    ///
    /// Read-only. Supports `$filter`.
    pub fn null_on_premises_security_identifier(mut self) -> Self {
        self.inner.on_premises_security_identifier = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSyncEnabled`.
    ///
    /// `true` while the group is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn on_premises_sync_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.on_premises_sync_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSyncEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// `true` while the group is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn set_on_premises_sync_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.on_premises_sync_enabled = value.into();
        self
    }
    /// Sends `onPremisesSyncEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// `true` while the group is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn null_on_premises_sync_enabled(mut self) -> Self {
        self.inner.on_premises_sync_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `preferredDataLocation`.
    ///
    /// Geography where the group's data should be kept.
    pub fn preferred_data_location(mut self, value: impl Into<String>) -> Self {
        self.inner.preferred_data_location = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `preferredDataLocation` to a value, or leaves it out of the body with `None`.
    ///
    /// Geography where the group's data should be kept.
    pub fn set_preferred_data_location(mut self, value: Option<String>) -> Self {
        self.inner.preferred_data_location = value.into();
        self
    }
    /// Sends `preferredDataLocation` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Geography where the group's data should be kept.
    pub fn null_preferred_data_location(mut self) -> Self {
        self.inner.preferred_data_location = crate::Nullable::Null;
        self
    }
    /// Sets `preferredLanguage`.
    ///
    /// Language the group prefers, such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn preferred_language(mut self, value: impl Into<String>) -> Self {
        self.inner.preferred_language = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `preferredLanguage` to a value, or leaves it out of the body with `None`.
    ///
    /// Language the group prefers, such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_preferred_language(mut self, value: Option<String>) -> Self {
        self.inner.preferred_language = value.into();
        self
    }
    /// Sends `preferredLanguage` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Language the group prefers, such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_preferred_language(mut self) -> Self {
        self.inner.preferred_language = crate::Nullable::Null;
        self
    }
    /// Appends one item to `proxyAddresses` (creating the collection if needed).
    ///
    /// Every email address of the group, each with its protocol prefix.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn proxy_addresses(mut self, item: impl Into<String>) -> Self {
        self.inner.proxy_addresses.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `proxyAddresses` to a value, or leaves it out of the body with `None`.
    ///
    /// Every email address of the group, each with its protocol prefix.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn set_proxy_addresses(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.proxy_addresses = value.into();
        self
    }
    /// Sends `proxyAddresses` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Every email address of the group, each with its protocol prefix.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `NOT`, `ge`, `le`, `startsWith`).
    pub fn null_proxy_addresses(mut self) -> Self {
        self.inner.proxy_addresses = crate::Nullable::Null;
        self
    }
    /// Sets `renewedDateTime`.
    ///
    /// When the group was last renewed.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn renewed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.renewed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `renewedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the group was last renewed.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn set_renewed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.renewed_date_time = value.into();
        self
    }
    /// Sends `renewedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the group was last renewed.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `NOT`, `ge`, `le`, `in`).
    pub fn null_renewed_date_time(mut self) -> Self {
        self.inner.renewed_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `resourceBehaviorOptions` (creating the collection if needed).
    ///
    /// Behaviors chosen when a Microsoft 365 group is created.
    pub fn resource_behavior_options(mut self, item: impl Into<String>) -> Self {
        self.inner.resource_behavior_options.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `resourceBehaviorOptions` to a value, or leaves it out of the body with `None`.
    ///
    /// Behaviors chosen when a Microsoft 365 group is created.
    pub fn set_resource_behavior_options(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.resource_behavior_options = value.into();
        self
    }
    /// Sends `resourceBehaviorOptions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Behaviors chosen when a Microsoft 365 group is created.
    pub fn null_resource_behavior_options(mut self) -> Self {
        self.inner.resource_behavior_options = crate::Nullable::Null;
        self
    }
    /// Appends one item to `resourceProvisioningOptions` (creating the collection if needed).
    ///
    /// Resources set up with the group, such as `Team`.
    pub fn resource_provisioning_options(mut self, item: impl Into<String>) -> Self {
        self.inner.resource_provisioning_options.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `resourceProvisioningOptions` to a value, or leaves it out of the body with `None`.
    ///
    /// Resources set up with the group, such as `Team`.
    pub fn set_resource_provisioning_options(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.resource_provisioning_options = value.into();
        self
    }
    /// Sends `resourceProvisioningOptions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Resources set up with the group, such as `Team`.
    pub fn null_resource_provisioning_options(mut self) -> Self {
        self.inner.resource_provisioning_options = crate::Nullable::Null;
        self
    }
    /// Sets `securityEnabled`.
    ///
    /// Whether the group is a security group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn security_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.security_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `securityEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the group is a security group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn set_security_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.security_enabled = value.into();
        self
    }
    /// Sends `securityEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the group is a security group.
    ///
    /// Supports `$filter` (`eq`, `ne`, `NOT`, `in`).
    pub fn null_security_enabled(mut self) -> Self {
        self.inner.security_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `securityIdentifier`.
    ///
    /// Security identifier (SID) of the group in the cloud.
    pub fn security_identifier(mut self, value: impl Into<String>) -> Self {
        self.inner.security_identifier = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `securityIdentifier` to a value, or leaves it out of the body with `None`.
    ///
    /// Security identifier (SID) of the group in the cloud.
    pub fn set_security_identifier(mut self, value: Option<String>) -> Self {
        self.inner.security_identifier = value.into();
        self
    }
    /// Sends `securityIdentifier` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Security identifier (SID) of the group in the cloud.
    pub fn null_security_identifier(mut self) -> Self {
        self.inner.security_identifier = crate::Nullable::Null;
        self
    }
    /// Sets `theme`.
    ///
    /// Color theme of a Microsoft 365 group.
    pub fn theme(mut self, value: impl Into<String>) -> Self {
        self.inner.theme = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `theme` to a value, or leaves it out of the body with `None`.
    ///
    /// Color theme of a Microsoft 365 group.
    pub fn set_theme(mut self, value: Option<String>) -> Self {
        self.inner.theme = value.into();
        self
    }
    /// Sends `theme` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Color theme of a Microsoft 365 group.
    pub fn null_theme(mut self) -> Self {
        self.inner.theme = crate::Nullable::Null;
        self
    }
    /// Sets `unseenCount`.
    ///
    /// How many conversations the signed-in user has not yet seen.
    ///
    /// Returned only on `$select`.
    pub fn unseen_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.unseen_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `unseenCount` to a value, or leaves it out of the body with `None`.
    ///
    /// How many conversations the signed-in user has not yet seen.
    ///
    /// Returned only on `$select`.
    pub fn set_unseen_count(mut self, value: Option<i32>) -> Self {
        self.inner.unseen_count = value.into();
        self
    }
    /// Sends `unseenCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many conversations the signed-in user has not yet seen.
    ///
    /// Returned only on `$select`.
    pub fn null_unseen_count(mut self) -> Self {
        self.inner.unseen_count = crate::Nullable::Null;
        self
    }
    /// Sets `visibility`.
    ///
    /// Who can join and see a Microsoft 365 group: `Public`, `Private` or `HiddenMembership`.
    pub fn visibility(mut self, value: impl Into<String>) -> Self {
        self.inner.visibility = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `visibility` to a value, or leaves it out of the body with `None`.
    ///
    /// Who can join and see a Microsoft 365 group: `Public`, `Private` or `HiddenMembership`.
    pub fn set_visibility(mut self, value: Option<String>) -> Self {
        self.inner.visibility = value.into();
        self
    }
    /// Sends `visibility` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Who can join and see a Microsoft 365 group: `Public`, `Private` or `HiddenMembership`.
    pub fn null_visibility(mut self) -> Self {
        self.inner.visibility = crate::Nullable::Null;
        self
    }
    /// Appends one item to `acceptedSenders` (creating the collection if needed).
    ///
    /// Users and groups allowed to post to the group.
    pub fn accepted_senders(mut self, item: impl Into<crate::v1::DirectoryObjectKind>) -> Self {
        self.inner.accepted_senders.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `acceptedSenders` to a value, or leaves it out of the body with `None`.
    ///
    /// Users and groups allowed to post to the group.
    pub fn set_accepted_senders(
        mut self,
        value: Option<Vec<crate::v1::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.accepted_senders = value.into();
        self
    }
    /// Sends `acceptedSenders` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users and groups allowed to post to the group.
    pub fn null_accepted_senders(mut self) -> Self {
        self.inner.accepted_senders = crate::Nullable::Null;
        self
    }
    /// Appends one item to `appRoleAssignments` (creating the collection if needed).
    ///
    /// App roles granted to the group.
    ///
    /// Supports `$expand`.
    pub fn app_role_assignments(mut self, item: impl Into<crate::v1::AppRoleAssignment>) -> Self {
        self.inner.app_role_assignments.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `appRoleAssignments` to a value, or leaves it out of the body with `None`.
    ///
    /// App roles granted to the group.
    ///
    /// Supports `$expand`.
    pub fn set_app_role_assignments(
        mut self,
        value: Option<Vec<crate::v1::AppRoleAssignment>>,
    ) -> Self {
        self.inner.app_role_assignments = value.into();
        self
    }
    /// Sends `appRoleAssignments` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// App roles granted to the group.
    ///
    /// Supports `$expand`.
    pub fn null_app_role_assignments(mut self) -> Self {
        self.inner.app_role_assignments = crate::Nullable::Null;
        self
    }
    /// Sets `calendar`.
    ///
    /// Calendar of the group.
    ///
    /// Read-only.
    pub fn calendar(mut self, value: impl Into<crate::v1::Calendar>) -> Self {
        self.inner.calendar = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `calendar` to a value, or leaves it out of the body with `None`.
    ///
    /// Calendar of the group.
    ///
    /// Read-only.
    pub fn set_calendar(mut self, value: Option<crate::v1::Calendar>) -> Self {
        self.inner.calendar = value.into();
        self
    }
    /// Sends `calendar` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Calendar of the group.
    ///
    /// Read-only.
    pub fn null_calendar(mut self) -> Self {
        self.inner.calendar = crate::Nullable::Null;
        self
    }
    /// Appends one item to `calendarView` (creating the collection if needed).
    ///
    /// Events of the group's calendar within a time window.
    ///
    /// Read-only.
    pub fn calendar_view(mut self, item: impl Into<crate::v1::Event>) -> Self {
        self.inner.calendar_view.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `calendarView` to a value, or leaves it out of the body with `None`.
    ///
    /// Events of the group's calendar within a time window.
    ///
    /// Read-only.
    pub fn set_calendar_view(mut self, value: Option<Vec<crate::v1::Event>>) -> Self {
        self.inner.calendar_view = value.into();
        self
    }
    /// Sends `calendarView` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Events of the group's calendar within a time window.
    ///
    /// Read-only.
    pub fn null_calendar_view(mut self) -> Self {
        self.inner.calendar_view = crate::Nullable::Null;
        self
    }
    /// Appends one item to `conversations` (creating the collection if needed).
    ///
    /// Conversations of the group.
    pub fn conversations(mut self, item: impl Into<crate::v1::Conversation>) -> Self {
        self.inner.conversations.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `conversations` to a value, or leaves it out of the body with `None`.
    ///
    /// Conversations of the group.
    pub fn set_conversations(mut self, value: Option<Vec<crate::v1::Conversation>>) -> Self {
        self.inner.conversations = value.into();
        self
    }
    /// Sends `conversations` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Conversations of the group.
    pub fn null_conversations(mut self) -> Self {
        self.inner.conversations = crate::Nullable::Null;
        self
    }
    /// Sets `createdOnBehalfOf`.
    ///
    /// The user or app that made the group.
    ///
    /// Read-only.
    pub fn created_on_behalf_of(
        mut self,
        value: impl Into<Box<crate::v1::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.created_on_behalf_of = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdOnBehalfOf` to a value, or leaves it out of the body with `None`.
    ///
    /// The user or app that made the group.
    ///
    /// Read-only.
    pub fn set_created_on_behalf_of(
        mut self,
        value: Option<Box<crate::v1::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.created_on_behalf_of = value.into();
        self
    }
    /// Sends `createdOnBehalfOf` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user or app that made the group.
    ///
    /// Read-only.
    pub fn null_created_on_behalf_of(mut self) -> Self {
        self.inner.created_on_behalf_of = crate::Nullable::Null;
        self
    }
    /// Sets `drive`.
    ///
    /// Default drive of the group.
    ///
    /// Read-only.
    pub fn drive(mut self, value: impl Into<crate::v1::Drive>) -> Self {
        self.inner.drive = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `drive` to a value, or leaves it out of the body with `None`.
    ///
    /// Default drive of the group.
    ///
    /// Read-only.
    pub fn set_drive(mut self, value: Option<crate::v1::Drive>) -> Self {
        self.inner.drive = value.into();
        self
    }
    /// Sends `drive` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Default drive of the group.
    ///
    /// Read-only.
    pub fn null_drive(mut self) -> Self {
        self.inner.drive = crate::Nullable::Null;
        self
    }
    /// Appends one item to `drives` (creating the collection if needed).
    ///
    /// Drives of the group.
    ///
    /// Read-only.
    pub fn drives(mut self, item: impl Into<crate::v1::Drive>) -> Self {
        self.inner.drives.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `drives` to a value, or leaves it out of the body with `None`.
    ///
    /// Drives of the group.
    ///
    /// Read-only.
    pub fn set_drives(mut self, value: Option<Vec<crate::v1::Drive>>) -> Self {
        self.inner.drives = value.into();
        self
    }
    /// Sends `drives` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Drives of the group.
    ///
    /// Read-only.
    pub fn null_drives(mut self) -> Self {
        self.inner.drives = crate::Nullable::Null;
        self
    }
    /// Appends one item to `events` (creating the collection if needed).
    ///
    /// Events of the group.
    pub fn events(mut self, item: impl Into<crate::v1::Event>) -> Self {
        self.inner.events.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `events` to a value, or leaves it out of the body with `None`.
    ///
    /// Events of the group.
    pub fn set_events(mut self, value: Option<Vec<crate::v1::Event>>) -> Self {
        self.inner.events = value.into();
        self
    }
    /// Sends `events` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Events of the group.
    pub fn null_events(mut self) -> Self {
        self.inner.events = crate::Nullable::Null;
        self
    }
    /// Appends one item to `extensions` (creating the collection if needed).
    ///
    /// Open extensions added to the group.
    ///
    /// Read-only.
    pub fn extensions(mut self, item: impl Into<crate::v1::Extension>) -> Self {
        self.inner.extensions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `extensions` to a value, or leaves it out of the body with `None`.
    ///
    /// Open extensions added to the group.
    ///
    /// Read-only.
    pub fn set_extensions(mut self, value: Option<Vec<crate::v1::Extension>>) -> Self {
        self.inner.extensions = value.into();
        self
    }
    /// Sends `extensions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Open extensions added to the group.
    ///
    /// Read-only.
    pub fn null_extensions(mut self) -> Self {
        self.inner.extensions = crate::Nullable::Null;
        self
    }
    /// Appends one item to `groupLifecyclePolicies` (creating the collection if needed).
    ///
    /// Expiration policies that apply to the group.
    ///
    /// Read-only.
    pub fn group_lifecycle_policies(
        mut self,
        item: impl Into<crate::v1::GroupLifecyclePolicy>,
    ) -> Self {
        self.inner.group_lifecycle_policies.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `groupLifecyclePolicies` to a value, or leaves it out of the body with `None`.
    ///
    /// Expiration policies that apply to the group.
    ///
    /// Read-only.
    pub fn set_group_lifecycle_policies(
        mut self,
        value: Option<Vec<crate::v1::GroupLifecyclePolicy>>,
    ) -> Self {
        self.inner.group_lifecycle_policies = value.into();
        self
    }
    /// Sends `groupLifecyclePolicies` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Expiration policies that apply to the group.
    ///
    /// Read-only.
    pub fn null_group_lifecycle_policies(mut self) -> Self {
        self.inner.group_lifecycle_policies = crate::Nullable::Null;
        self
    }
    /// Appends one item to `memberOf` (creating the collection if needed).
    ///
    /// Groups and administrative units this group is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn member_of(mut self, item: impl Into<crate::v1::DirectoryObjectKind>) -> Self {
        self.inner.member_of.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `memberOf` to a value, or leaves it out of the body with `None`.
    ///
    /// Groups and administrative units this group is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_member_of(mut self, value: Option<Vec<crate::v1::DirectoryObjectKind>>) -> Self {
        self.inner.member_of = value.into();
        self
    }
    /// Sends `memberOf` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Groups and administrative units this group is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_member_of(mut self) -> Self {
        self.inner.member_of = crate::Nullable::Null;
        self
    }
    /// Appends one item to `members` (creating the collection if needed).
    ///
    /// Direct members of the group.
    ///
    /// Supports `$expand`.
    pub fn members(mut self, item: impl Into<crate::v1::DirectoryObjectKind>) -> Self {
        self.inner.members.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `members` to a value, or leaves it out of the body with `None`.
    ///
    /// Direct members of the group.
    ///
    /// Supports `$expand`.
    pub fn set_members(mut self, value: Option<Vec<crate::v1::DirectoryObjectKind>>) -> Self {
        self.inner.members = value.into();
        self
    }
    /// Sends `members` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Direct members of the group.
    ///
    /// Supports `$expand`.
    pub fn null_members(mut self) -> Self {
        self.inner.members = crate::Nullable::Null;
        self
    }
    /// Appends one item to `membersWithLicenseErrors` (creating the collection if needed).
    ///
    /// Members that could not get the group's licenses.
    ///
    /// Read-only.
    pub fn members_with_license_errors(
        mut self,
        item: impl Into<crate::v1::DirectoryObjectKind>,
    ) -> Self {
        self.inner.members_with_license_errors.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `membersWithLicenseErrors` to a value, or leaves it out of the body with `None`.
    ///
    /// Members that could not get the group's licenses.
    ///
    /// Read-only.
    pub fn set_members_with_license_errors(
        mut self,
        value: Option<Vec<crate::v1::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.members_with_license_errors = value.into();
        self
    }
    /// Sends `membersWithLicenseErrors` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Members that could not get the group's licenses.
    ///
    /// Read-only.
    pub fn null_members_with_license_errors(mut self) -> Self {
        self.inner.members_with_license_errors = crate::Nullable::Null;
        self
    }
    /// Sets `onenote`.
    ///
    /// Notebooks of the group.
    ///
    /// Read-only.
    pub fn onenote(mut self, value: impl Into<crate::v1::Onenote>) -> Self {
        self.inner.onenote = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onenote` to a value, or leaves it out of the body with `None`.
    ///
    /// Notebooks of the group.
    ///
    /// Read-only.
    pub fn set_onenote(mut self, value: Option<crate::v1::Onenote>) -> Self {
        self.inner.onenote = value.into();
        self
    }
    /// Sends `onenote` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Notebooks of the group.
    ///
    /// Read-only.
    pub fn null_onenote(mut self) -> Self {
        self.inner.onenote = crate::Nullable::Null;
        self
    }
    /// Appends one item to `owners` (creating the collection if needed).
    ///
    /// Owners of the group.
    ///
    /// Supports `$expand`.
    pub fn owners(mut self, item: impl Into<crate::v1::DirectoryObjectKind>) -> Self {
        self.inner.owners.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `owners` to a value, or leaves it out of the body with `None`.
    ///
    /// Owners of the group.
    ///
    /// Supports `$expand`.
    pub fn set_owners(mut self, value: Option<Vec<crate::v1::DirectoryObjectKind>>) -> Self {
        self.inner.owners = value.into();
        self
    }
    /// Sends `owners` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Owners of the group.
    ///
    /// Supports `$expand`.
    pub fn null_owners(mut self) -> Self {
        self.inner.owners = crate::Nullable::Null;
        self
    }
    /// Appends one item to `permissionGrants` (creating the collection if needed).
    ///
    /// Permissions granted to apps for this group only.
    ///
    /// Supports `$expand`.
    pub fn permission_grants(
        mut self,
        item: impl Into<crate::v1::ResourceSpecificPermissionGrant>,
    ) -> Self {
        self.inner.permission_grants.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `permissionGrants` to a value, or leaves it out of the body with `None`.
    ///
    /// Permissions granted to apps for this group only.
    ///
    /// Supports `$expand`.
    pub fn set_permission_grants(
        mut self,
        value: Option<Vec<crate::v1::ResourceSpecificPermissionGrant>>,
    ) -> Self {
        self.inner.permission_grants = value.into();
        self
    }
    /// Sends `permissionGrants` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Permissions granted to apps for this group only.
    ///
    /// Supports `$expand`.
    pub fn null_permission_grants(mut self) -> Self {
        self.inner.permission_grants = crate::Nullable::Null;
        self
    }
    /// Sets `photo`.
    ///
    /// Profile photo of the group.
    pub fn photo(mut self, value: impl Into<crate::v1::ProfilePhoto>) -> Self {
        self.inner.photo = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `photo` to a value, or leaves it out of the body with `None`.
    ///
    /// Profile photo of the group.
    pub fn set_photo(mut self, value: Option<crate::v1::ProfilePhoto>) -> Self {
        self.inner.photo = value.into();
        self
    }
    /// Sends `photo` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Profile photo of the group.
    pub fn null_photo(mut self) -> Self {
        self.inner.photo = crate::Nullable::Null;
        self
    }
    /// Appends one item to `photos` (creating the collection if needed).
    ///
    /// Profile photos of the group in several sizes.
    ///
    /// Read-only.
    pub fn photos(mut self, item: impl Into<crate::v1::ProfilePhoto>) -> Self {
        self.inner.photos.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `photos` to a value, or leaves it out of the body with `None`.
    ///
    /// Profile photos of the group in several sizes.
    ///
    /// Read-only.
    pub fn set_photos(mut self, value: Option<Vec<crate::v1::ProfilePhoto>>) -> Self {
        self.inner.photos = value.into();
        self
    }
    /// Sends `photos` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Profile photos of the group in several sizes.
    ///
    /// Read-only.
    pub fn null_photos(mut self) -> Self {
        self.inner.photos = crate::Nullable::Null;
        self
    }
    /// Sets `planner`.
    ///
    /// Planner data of the group.
    pub fn planner(mut self, value: impl Into<crate::v1::PlannerGroup>) -> Self {
        self.inner.planner = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `planner` to a value, or leaves it out of the body with `None`.
    ///
    /// Planner data of the group.
    pub fn set_planner(mut self, value: Option<crate::v1::PlannerGroup>) -> Self {
        self.inner.planner = value.into();
        self
    }
    /// Sends `planner` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Planner data of the group.
    pub fn null_planner(mut self) -> Self {
        self.inner.planner = crate::Nullable::Null;
        self
    }
    /// Appends one item to `rejectedSenders` (creating the collection if needed).
    ///
    /// Users and groups not allowed to post to the group.
    pub fn rejected_senders(mut self, item: impl Into<crate::v1::DirectoryObjectKind>) -> Self {
        self.inner.rejected_senders.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `rejectedSenders` to a value, or leaves it out of the body with `None`.
    ///
    /// Users and groups not allowed to post to the group.
    pub fn set_rejected_senders(
        mut self,
        value: Option<Vec<crate::v1::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.rejected_senders = value.into();
        self
    }
    /// Sends `rejectedSenders` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users and groups not allowed to post to the group.
    pub fn null_rejected_senders(mut self) -> Self {
        self.inner.rejected_senders = crate::Nullable::Null;
        self
    }
    /// Appends one item to `settings` (creating the collection if needed).
    ///
    /// Settings of the group.
    ///
    /// Read-only.
    pub fn settings(mut self, item: impl Into<crate::v1::GroupSetting>) -> Self {
        self.inner.settings.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `settings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings of the group.
    ///
    /// Read-only.
    pub fn set_settings(mut self, value: Option<Vec<crate::v1::GroupSetting>>) -> Self {
        self.inner.settings = value.into();
        self
    }
    /// Sends `settings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings of the group.
    ///
    /// Read-only.
    pub fn null_settings(mut self) -> Self {
        self.inner.settings = crate::Nullable::Null;
        self
    }
    /// Appends one item to `sites` (creating the collection if needed).
    ///
    /// SharePoint sites of the group.
    pub fn sites(mut self, item: impl Into<crate::v1::Site>) -> Self {
        self.inner.sites.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `sites` to a value, or leaves it out of the body with `None`.
    ///
    /// SharePoint sites of the group.
    pub fn set_sites(mut self, value: Option<Vec<crate::v1::Site>>) -> Self {
        self.inner.sites = value.into();
        self
    }
    /// Sends `sites` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// SharePoint sites of the group.
    pub fn null_sites(mut self) -> Self {
        self.inner.sites = crate::Nullable::Null;
        self
    }
    /// Appends one item to `threads` (creating the collection if needed).
    ///
    /// Conversation threads of the group.
    pub fn threads(mut self, item: impl Into<crate::v1::ConversationThread>) -> Self {
        self.inner.threads.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `threads` to a value, or leaves it out of the body with `None`.
    ///
    /// Conversation threads of the group.
    pub fn set_threads(mut self, value: Option<Vec<crate::v1::ConversationThread>>) -> Self {
        self.inner.threads = value.into();
        self
    }
    /// Sends `threads` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Conversation threads of the group.
    pub fn null_threads(mut self) -> Self {
        self.inner.threads = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Group`].
    pub fn build(self) -> Group {
        self.inner
    }
}

impl crate::GraphType for Group {
    const ODATA_TYPE: &'static str = "#microsoft.graph.group";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "allowExternalSenders",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "assignedLabels",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.assignedLabel"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "assignedLicenses",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.assignedLicense"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "autoSubscribeNewMembers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "classification",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "expirationDateTime",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "groupTypes",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "hasMembersWithLicenseErrors",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "hideFromAddressLists",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "hideFromOutlookClients",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isAssignableToRole",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isSubscribedByMail",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "licenseProcessingState",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.licenseProcessingState"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "mail",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "mailEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "mailNickname",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "membershipRule",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "membershipRuleProcessingState",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "onPremisesLastSyncDateTime",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesProvisioningErrors",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.onPremisesProvisioningError"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "onPremisesSamAccountName",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesSecurityIdentifier",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesSyncEnabled",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "preferredDataLocation",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "preferredLanguage",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "proxyAddresses",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "renewedDateTime",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "resourceBehaviorOptions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "resourceProvisioningOptions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "securityEnabled",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "securityIdentifier",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "theme",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "unseenCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "visibility",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "acceptedSenders",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "appRoleAssignments",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.appRoleAssignment"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "calendar",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.calendar"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "calendarView",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.event"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "conversations",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.conversation"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdOnBehalfOf",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "drive",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.drive"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "drives",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.drive"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "events",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.event"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "extensions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.extension"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "groupLifecyclePolicies",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.groupLifecyclePolicy"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "memberOf",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "members",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "membersWithLicenseErrors",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onenote",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.onenote"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "owners",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "permissionGrants",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.resourceSpecificPermissionGrant"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "photo",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.profilePhoto"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "photos",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.profilePhoto"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "planner",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.plannerGroup"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "rejectedSenders",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.groupSetting"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "sites",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.site"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "threads",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.conversationThread"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Group {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "allowExternalSenders", &self.allow_external_senders)?;
        crate::__private::write_field(map, "assignedLabels", &self.assigned_labels)?;
        crate::__private::write_field(map, "assignedLicenses", &self.assigned_licenses)?;
        crate::__private::write_field(map, "autoSubscribeNewMembers", &self.auto_subscribe_new_members)?;
        crate::__private::write_field(map, "classification", &self.classification)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "expirationDateTime", &self.expiration_date_time)?;
        crate::__private::write_field(map, "groupTypes", &self.group_types)?;
        crate::__private::write_field(map, "hasMembersWithLicenseErrors", &self.has_members_with_license_errors)?;
        crate::__private::write_field(map, "hideFromAddressLists", &self.hide_from_address_lists)?;
        crate::__private::write_field(map, "hideFromOutlookClients", &self.hide_from_outlook_clients)?;
        crate::__private::write_field(map, "isAssignableToRole", &self.is_assignable_to_role)?;
        crate::__private::write_field(map, "isSubscribedByMail", &self.is_subscribed_by_mail)?;
        crate::__private::write_field(map, "licenseProcessingState", &self.license_processing_state)?;
        crate::__private::write_field(map, "mail", &self.mail)?;
        crate::__private::write_field(map, "mailEnabled", &self.mail_enabled)?;
        crate::__private::write_field(map, "mailNickname", &self.mail_nickname)?;
        crate::__private::write_field(map, "membershipRule", &self.membership_rule)?;
        crate::__private::write_field(map, "membershipRuleProcessingState", &self.membership_rule_processing_state)?;
        crate::__private::write_field(map, "onPremisesLastSyncDateTime", &self.on_premises_last_sync_date_time)?;
        crate::__private::write_field(map, "onPremisesProvisioningErrors", &self.on_premises_provisioning_errors)?;
        crate::__private::write_field(map, "onPremisesSamAccountName", &self.on_premises_sam_account_name)?;
        crate::__private::write_field(map, "onPremisesSecurityIdentifier", &self.on_premises_security_identifier)?;
        crate::__private::write_field(map, "onPremisesSyncEnabled", &self.on_premises_sync_enabled)?;
        crate::__private::write_field(map, "preferredDataLocation", &self.preferred_data_location)?;
        crate::__private::write_field(map, "preferredLanguage", &self.preferred_language)?;
        crate::__private::write_field(map, "proxyAddresses", &self.proxy_addresses)?;
        crate::__private::write_field(map, "renewedDateTime", &self.renewed_date_time)?;
        crate::__private::write_field(map, "resourceBehaviorOptions", &self.resource_behavior_options)?;
        crate::__private::write_field(map, "resourceProvisioningOptions", &self.resource_provisioning_options)?;
        crate::__private::write_field(map, "securityEnabled", &self.security_enabled)?;
        crate::__private::write_field(map, "securityIdentifier", &self.security_identifier)?;
        crate::__private::write_field(map, "theme", &self.theme)?;
        crate::__private::write_field(map, "unseenCount", &self.unseen_count)?;
        crate::__private::write_field(map, "visibility", &self.visibility)?;
        crate::__private::write_field(map, "acceptedSenders", &self.accepted_senders)?;
        crate::__private::write_field(map, "appRoleAssignments", &self.app_role_assignments)?;
        crate::__private::write_field(map, "calendar", &self.calendar)?;
        crate::__private::write_field(map, "calendarView", &self.calendar_view)?;
        crate::__private::write_field(map, "conversations", &self.conversations)?;
        crate::__private::write_field(map, "createdOnBehalfOf", &self.created_on_behalf_of)?;
        crate::__private::write_field(map, "drive", &self.drive)?;
        crate::__private::write_field(map, "drives", &self.drives)?;
        crate::__private::write_field(map, "events", &self.events)?;
        crate::__private::write_field(map, "extensions", &self.extensions)?;
        crate::__private::write_field(map, "groupLifecyclePolicies", &self.group_lifecycle_policies)?;
        crate::__private::write_field(map, "memberOf", &self.member_of)?;
        crate::__private::write_field(map, "members", &self.members)?;
        crate::__private::write_field(map, "membersWithLicenseErrors", &self.members_with_license_errors)?;
        crate::__private::write_field(map, "onenote", &self.onenote)?;
        crate::__private::write_field(map, "owners", &self.owners)?;
        crate::__private::write_field(map, "permissionGrants", &self.permission_grants)?;
        crate::__private::write_field(map, "photo", &self.photo)?;
        crate::__private::write_field(map, "photos", &self.photos)?;
        crate::__private::write_field(map, "planner", &self.planner)?;
        crate::__private::write_field(map, "rejectedSenders", &self.rejected_senders)?;
        crate::__private::write_field(map, "settings", &self.settings)?;
        crate::__private::write_field(map, "sites", &self.sites)?;
        crate::__private::write_field(map, "threads", &self.threads)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "allowExternalSenders" => !self.allow_external_senders.is_absent(),
            "assignedLabels" => !self.assigned_labels.is_absent(),
            "assignedLicenses" => !self.assigned_licenses.is_absent(),
            "autoSubscribeNewMembers" => !self.auto_subscribe_new_members.is_absent(),
            "classification" => !self.classification.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "expirationDateTime" => !self.expiration_date_time.is_absent(),
            "groupTypes" => !self.group_types.is_absent(),
            "hasMembersWithLicenseErrors" => !self.has_members_with_license_errors.is_absent(),
            "hideFromAddressLists" => !self.hide_from_address_lists.is_absent(),
            "hideFromOutlookClients" => !self.hide_from_outlook_clients.is_absent(),
            "isAssignableToRole" => !self.is_assignable_to_role.is_absent(),
            "isSubscribedByMail" => !self.is_subscribed_by_mail.is_absent(),
            "licenseProcessingState" => !self.license_processing_state.is_absent(),
            "mail" => !self.mail.is_absent(),
            "mailEnabled" => !self.mail_enabled.is_absent(),
            "mailNickname" => !self.mail_nickname.is_absent(),
            "membershipRule" => !self.membership_rule.is_absent(),
            "membershipRuleProcessingState" => !self.membership_rule_processing_state.is_absent(),
            "onPremisesLastSyncDateTime" => !self.on_premises_last_sync_date_time.is_absent(),
            "onPremisesProvisioningErrors" => !self.on_premises_provisioning_errors.is_absent(),
            "onPremisesSamAccountName" => !self.on_premises_sam_account_name.is_absent(),
            "onPremisesSecurityIdentifier" => !self.on_premises_security_identifier.is_absent(),
            "onPremisesSyncEnabled" => !self.on_premises_sync_enabled.is_absent(),
            "preferredDataLocation" => !self.preferred_data_location.is_absent(),
            "preferredLanguage" => !self.preferred_language.is_absent(),
            "proxyAddresses" => !self.proxy_addresses.is_absent(),
            "renewedDateTime" => !self.renewed_date_time.is_absent(),
            "resourceBehaviorOptions" => !self.resource_behavior_options.is_absent(),
            "resourceProvisioningOptions" => !self.resource_provisioning_options.is_absent(),
            "securityEnabled" => !self.security_enabled.is_absent(),
            "securityIdentifier" => !self.security_identifier.is_absent(),
            "theme" => !self.theme.is_absent(),
            "unseenCount" => !self.unseen_count.is_absent(),
            "visibility" => !self.visibility.is_absent(),
            "acceptedSenders" => !self.accepted_senders.is_absent(),
            "appRoleAssignments" => !self.app_role_assignments.is_absent(),
            "calendar" => !self.calendar.is_absent(),
            "calendarView" => !self.calendar_view.is_absent(),
            "conversations" => !self.conversations.is_absent(),
            "createdOnBehalfOf" => !self.created_on_behalf_of.is_absent(),
            "drive" => !self.drive.is_absent(),
            "drives" => !self.drives.is_absent(),
            "events" => !self.events.is_absent(),
            "extensions" => !self.extensions.is_absent(),
            "groupLifecyclePolicies" => !self.group_lifecycle_policies.is_absent(),
            "memberOf" => !self.member_of.is_absent(),
            "members" => !self.members.is_absent(),
            "membersWithLicenseErrors" => !self.members_with_license_errors.is_absent(),
            "onenote" => !self.onenote.is_absent(),
            "owners" => !self.owners.is_absent(),
            "permissionGrants" => !self.permission_grants.is_absent(),
            "photo" => !self.photo.is_absent(),
            "photos" => !self.photos.is_absent(),
            "planner" => !self.planner.is_absent(),
            "rejectedSenders" => !self.rejected_senders.is_absent(),
            "settings" => !self.settings.is_absent(),
            "sites" => !self.sites.is_absent(),
            "threads" => !self.threads.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Group {
    const EXPECTING: &'static str = "a `microsoft.graph.group` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "deletedDateTime" => crate::__private::field(map, &mut self.deleted_date_time)?,
            "allowExternalSenders" => crate::__private::field(map, &mut self.allow_external_senders)?,
            "assignedLabels" => crate::__private::object_list(map, &mut self.assigned_labels)?,
            "assignedLicenses" => crate::__private::object_list(map, &mut self.assigned_licenses)?,
            "autoSubscribeNewMembers" => crate::__private::field(map, &mut self.auto_subscribe_new_members)?,
            "classification" => crate::__private::field(map, &mut self.classification)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "expirationDateTime" => crate::__private::field(map, &mut self.expiration_date_time)?,
            "groupTypes" => crate::__private::field(map, &mut self.group_types)?,
            "hasMembersWithLicenseErrors" => crate::__private::field(map, &mut self.has_members_with_license_errors)?,
            "hideFromAddressLists" => crate::__private::field(map, &mut self.hide_from_address_lists)?,
            "hideFromOutlookClients" => crate::__private::field(map, &mut self.hide_from_outlook_clients)?,
            "isAssignableToRole" => crate::__private::field(map, &mut self.is_assignable_to_role)?,
            "isSubscribedByMail" => crate::__private::field(map, &mut self.is_subscribed_by_mail)?,
            "licenseProcessingState" => crate::__private::field(map, &mut self.license_processing_state)?,
            "mail" => crate::__private::field(map, &mut self.mail)?,
            "mailEnabled" => crate::__private::field(map, &mut self.mail_enabled)?,
            "mailNickname" => crate::__private::field(map, &mut self.mail_nickname)?,
            "membershipRule" => crate::__private::field(map, &mut self.membership_rule)?,
            "membershipRuleProcessingState" => crate::__private::field(map, &mut self.membership_rule_processing_state)?,
            "onPremisesLastSyncDateTime" => crate::__private::field(map, &mut self.on_premises_last_sync_date_time)?,
            "onPremisesProvisioningErrors" => crate::__private::object_list(map, &mut self.on_premises_provisioning_errors)?,
            "onPremisesSamAccountName" => crate::__private::field(map, &mut self.on_premises_sam_account_name)?,
            "onPremisesSecurityIdentifier" => crate::__private::field(map, &mut self.on_premises_security_identifier)?,
            "onPremisesSyncEnabled" => crate::__private::field(map, &mut self.on_premises_sync_enabled)?,
            "preferredDataLocation" => crate::__private::field(map, &mut self.preferred_data_location)?,
            "preferredLanguage" => crate::__private::field(map, &mut self.preferred_language)?,
            "proxyAddresses" => crate::__private::field(map, &mut self.proxy_addresses)?,
            "renewedDateTime" => crate::__private::field(map, &mut self.renewed_date_time)?,
            "resourceBehaviorOptions" => crate::__private::field(map, &mut self.resource_behavior_options)?,
            "resourceProvisioningOptions" => crate::__private::field(map, &mut self.resource_provisioning_options)?,
            "securityEnabled" => crate::__private::field(map, &mut self.security_enabled)?,
            "securityIdentifier" => crate::__private::field(map, &mut self.security_identifier)?,
            "theme" => crate::__private::field(map, &mut self.theme)?,
            "unseenCount" => crate::__private::field(map, &mut self.unseen_count)?,
            "visibility" => crate::__private::field(map, &mut self.visibility)?,
            "acceptedSenders" => crate::__private::field(map, &mut self.accepted_senders)?,
            "appRoleAssignments" => crate::__private::object_list(map, &mut self.app_role_assignments)?,
            "calendar" => crate::__private::field(map, &mut self.calendar)?,
            "calendarView" => crate::__private::object_list(map, &mut self.calendar_view)?,
            "conversations" => crate::__private::object_list(map, &mut self.conversations)?,
            "createdOnBehalfOf" => crate::__private::field(map, &mut self.created_on_behalf_of)?,
            "drive" => crate::__private::field(map, &mut self.drive)?,
            "drives" => crate::__private::object_list(map, &mut self.drives)?,
            "events" => crate::__private::object_list(map, &mut self.events)?,
            "extensions" => crate::__private::object_list(map, &mut self.extensions)?,
            "groupLifecyclePolicies" => crate::__private::object_list(map, &mut self.group_lifecycle_policies)?,
            "memberOf" => crate::__private::field(map, &mut self.member_of)?,
            "members" => crate::__private::field(map, &mut self.members)?,
            "membersWithLicenseErrors" => crate::__private::field(map, &mut self.members_with_license_errors)?,
            "onenote" => crate::__private::field(map, &mut self.onenote)?,
            "owners" => crate::__private::field(map, &mut self.owners)?,
            "permissionGrants" => crate::__private::object_list(map, &mut self.permission_grants)?,
            "photo" => crate::__private::field(map, &mut self.photo)?,
            "photos" => crate::__private::object_list(map, &mut self.photos)?,
            "planner" => crate::__private::field(map, &mut self.planner)?,
            "rejectedSenders" => crate::__private::field(map, &mut self.rejected_senders)?,
            "settings" => crate::__private::object_list(map, &mut self.settings)?,
            "sites" => crate::__private::object_list(map, &mut self.sites)?,
            "threads" => crate::__private::object_list(map, &mut self.threads)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
