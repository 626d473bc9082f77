// Generated from docs-src/api-reference/beta/resources/user.md by `cargo xtask regenerate`. Do not edit.
/// A user account in the directory, for example an employee that a lifecycle workflow onboards or offboards. The type is open: the service may send more properties than these.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct User {
    /// Key of the user, an opaque identifier. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub id: crate::Nullable<String>,
    /// When the user was moved to the deleted items.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Free text in which the user introduces themselves.
    ///
    /// Returned only on `$select`.
    pub about_me: crate::Nullable<String>,
    /// Whether the account can sign in: `true` when enabled, `false` when blocked. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub account_enabled: crate::Nullable<bool>,
    /// Age bracket set for the user by an administrator; one of `null`, `minor`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub age_group: crate::Nullable<String>,
    /// Licenses the user holds, whether given directly or through a group.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `not`).
    pub assigned_licenses: crate::Nullable<Vec<crate::beta::AssignedLicense>>,
    /// Service plans the user has been given.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`).
    pub assigned_plans: crate::Nullable<Vec<crate::beta::AssignedPlan>>,
    /// Identifiers used to match the user when signing in with a certificate.
    ///
    /// Supports `$filter` (`eq`, `startsWith`).
    pub authorization_info: crate::Nullable<crate::beta::AuthorizationInfo>,
    /// The user's date of birth, as a UTC timestamp.
    ///
    /// Returned only on `$select`.
    pub birthday: crate::Nullable<crate::Timestamp>,
    /// Work phone numbers of the user; the service keeps at most one number here.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub business_phones: crate::Nullable<Vec<String>>,
    /// Town or city where the user is based.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub city: crate::Nullable<String>,
    /// Organization the user belongs to, handy for guests from other companies.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub company_name: crate::Nullable<String>,
    /// Whether a parent or guardian agreed to the account of a minor; one of `null`, `granted`, `denied` or `notRequired` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub consent_provided_for_minor: crate::Nullable<String>,
    /// Country or region where the user is based, such as `US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub country: crate::Nullable<String>,
    /// When the user object came into being.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// How the account was made, for example `Invitation` for a guest, `LocalAccount` for a B2C local account, or `null` for an ordinary work or school account.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub creation_type: crate::Nullable<String>,
    /// Custom security attribute values an administrator assigned to the user.
    ///
    /// Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `startsWith`).
    pub custom_security_attributes: crate::Nullable<crate::beta::CustomSecurityAttributeValue>,
    /// Department the user works in.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub department: crate::Nullable<String>,
    /// Name of the user as address lists show it, usually first name and surname. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub display_name: crate::Nullable<String>,
    /// When the person joined, or will join, the organization; joiner workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub employee_hire_date: crate::Nullable<crate::Timestamp>,
    /// Identifier the organization gave the employee, often from its HR system.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub employee_id: crate::Nullable<String>,
    /// When the person leaves, or left, the organization; leaver workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub employee_leave_date_time: crate::Nullable<crate::Timestamp>,
    /// Where the user sits in the organization, such as division and cost center.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub employee_org_data: crate::Nullable<crate::beta::EmployeeOrgData>,
    /// Kind of worker, for example `Employee`, `Contractor` or `Vendor`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub employee_type: crate::Nullable<String>,
    /// Invitation state of a guest: `PendingAcceptance`, `Accepted`, or `null` for members.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub external_user_state: crate::Nullable<String>,
    /// When externalUserState last changed.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub external_user_state_change_date_time: crate::Nullable<String>,
    /// The user's fax number.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fax_number: crate::Nullable<String>,
    /// First name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub given_name: crate::Nullable<String>,
    /// Hire date as SharePoint Online keeps it; prefer employeeHireDate in Microsoft Graph.
    ///
    /// Returned only on `$select`.
    pub hire_date: crate::Nullable<crate::Timestamp>,
    /// Sign-in identities tied to the account: local accounts, federated organizations, or social providers.
    ///
    /// Supports `$filter` (`eq`).
    pub identities: crate::Nullable<Vec<crate::beta::ObjectIdentity>>,
    /// SIP addresses used for instant messaging and voice calls.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub im_addresses: crate::Nullable<Vec<String>>,
    /// Information catalogs linked to the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub info_catalogs: crate::Nullable<Vec<String>>,
    /// Interests the user lists about themselves.
    ///
    /// Returned only on `$select`.
    pub interests: crate::Nullable<Vec<String>>,
    /// Set aside by the service for later use; do not rely on it.
    pub is_resource_account: crate::Nullable<bool>,
    /// Job title of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub job_title: crate::Nullable<String>,
    /// When the password was last set or changed.
    ///
    /// Read-only. Returned only on `$select`.
    pub last_password_change_date_time: crate::Nullable<crate::Timestamp>,
    /// Legal age group the service derives from ageGroup and consentProvidedForMinor; one of `null`, `minorWithOutParentalConsent`, `minorWithParentalConsent`, `minorNoParentalConsentRequired`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Read-only. Returned only on `$select`.
    pub legal_age_group_classification: crate::Nullable<String>,
    /// For each license, whether it was given directly or through a group, and how its assignment went.
    ///
    /// Read-only. Returned only on `$select`.
    pub license_assignment_states: crate::Nullable<Vec<crate::beta::LicenseAssignmentState>>,
    /// Primary SMTP address of the user, such as `adele@contoso.com`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub mail: crate::Nullable<String>,
    /// Settings of the user's primary mailbox: automatic replies, locale, time zone and working hours.
    ///
    /// Returned only on `$select`.
    pub mailbox_settings: crate::Nullable<crate::beta::MailboxSettings>,
    /// Mail alias of the user. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub mail_nickname: crate::Nullable<String>,
    /// Main mobile phone number of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub mobile_phone: crate::Nullable<String>,
    /// Address of the user's personal site.
    ///
    /// Returned only on `$select`.
    pub my_site: crate::Nullable<String>,
    /// Office where the user works.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub office_location: crate::Nullable<String>,
    /// Distinguished name of the account in on-premises Active Directory, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub on_premises_distinguished_name: crate::Nullable<String>,
    /// DNS domain of the on-premises account, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub on_premises_domain_name: crate::Nullable<String>,
    /// The fifteen extension attributes (Exchange custom attributes) of the user.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub on_premises_extension_attributes: crate::Nullable<crate::beta::OnPremisesExtensionAttributes>,
    /// Links the cloud user to its on-premises Active Directory account; needed when the sign-in name uses a federated domain.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub on_premises_immutable_id: crate::Nullable<String>,
    /// When the object was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub on_premises_last_sync_date_time: crate::Nullable<crate::Timestamp>,
    /// Errors raised while Microsoft's synchronization product provisioned the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub on_premises_provisioning_errors: crate::Nullable<Vec<crate::beta::OnPremisesProvisioningError>>,
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub on_premises_sam_account_name: crate::Nullable<String>,
    /// Security identifier (SID) of the on-premises account.
    ///
    /// Read-only. Supports `$filter` (`eq`).
    pub on_premises_security_identifier: crate::Nullable<String>,
    /// `true` while the object is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub on_premises_sync_enabled: crate::Nullable<bool>,
    /// User principal name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub on_premises_user_principal_name: crate::Nullable<String>,
    /// More email addresses of the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub other_mails: crate::Nullable<Vec<String>>,
    /// Password policies of the user, such as `DisablePasswordExpiration` or `DisableStrongPassword`, comma separated when both apply.
    ///
    /// Supports `$filter` (`ne`, `not`, `eq`).
    pub password_policies: crate::Nullable<String>,
    /// Password of the user and whether it must change at next sign-in. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub password_profile: crate::Nullable<crate::beta::PasswordProfile>,
    /// Earlier projects the user lists.
    ///
    /// Returned only on `$select`.
    pub past_projects: crate::Nullable<Vec<String>>,
    /// Postal or ZIP code of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub postal_code: crate::Nullable<String>,
    /// Geography where the user's data should be kept.
    pub preferred_data_location: crate::Nullable<String>,
    /// Language the user prefers, as an ISO 639-1 code such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub preferred_language: crate::Nullable<String>,
    /// Name the user prefers to be called by.
    ///
    /// Returned only on `$select`.
    pub preferred_name: crate::Nullable<String>,
    /// Service plans already set up for this account.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub provisioned_plans: crate::Nullable<Vec<crate::beta::ProvisionedPlan>>,
    /// Every email address of the user, each with its protocol prefix, such as `SMTP:` for the primary one.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`, `endsWith`).
    pub proxy_addresses: crate::Nullable<Vec<String>>,
    /// Refresh and session tokens issued before this instant no longer work.
    ///
    /// Read-only.
    pub refresh_tokens_valid_from_date_time: crate::Nullable<crate::Timestamp>,
    /// Responsibilities the user lists.
    ///
    /// Returned only on `$select`.
    pub responsibilities: crate::Nullable<Vec<String>>,
    /// Schools the user lists as attended.
    ///
    /// Returned only on `$select`.
    pub schools: crate::Nullable<Vec<String>>,
    /// Security identifier (SID) of the user in the cloud.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub security_identifier: crate::Nullable<String>,
    /// Whether the global address list shows the user; unset counts as `true`.
    pub show_in_address_list: crate::Nullable<bool>,
    /// When the user last signed in, interactively or not.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`).
    pub sign_in_activity: crate::Nullable<crate::beta::SignInActivity>,
    /// Refresh and session tokens issued before this instant no longer work; revoking sign-in sessions moves it forward.
    ///
    /// Read-only.
    pub sign_in_sessions_valid_from_date_time: crate::Nullable<crate::Timestamp>,
    /// Skills the user lists.
    ///
    /// Returned only on `$select`.
    pub skills: crate::Nullable<Vec<String>>,
    /// State or province of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub state: crate::Nullable<String>,
    /// Street address of the user's workplace.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub street_address: crate::Nullable<String>,
    /// Family name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub surname: crate::Nullable<String>,
    /// Two-letter country code (ISO 3166) of where the user uses services; needed before licenses can be assigned.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub usage_location: crate::Nullable<String>,
    /// Sign-in name of the user, shaped like an email address (`alias@domain`) on one of the tenant's verified domains. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`) and `$orderby`.
    pub user_principal_name: crate::Nullable<String>,
    /// Kind of account, such as `Member` or `Guest`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub user_type: crate::Nullable<String>,
    /// Terms of use the user accepted or declined.
    ///
    /// Read-only.
    pub agreement_acceptances: crate::Nullable<Vec<crate::beta::AgreementAcceptance>>,
    /// App roles granted to the user.
    ///
    /// Supports `$expand`.
    pub app_role_assignments: crate::Nullable<Vec<crate::beta::AppRoleAssignment>>,
    /// Authentication methods of the user.
    pub authentication: crate::Nullable<crate::beta::Authentication>,
    /// Main calendar of the user.
    ///
    /// Read-only.
    pub calendar: crate::Nullable<crate::beta::Calendar>,
    /// Calendar groups of the user.
    ///
    /// Read-only.
    pub calendar_groups: crate::Nullable<Vec<crate::beta::CalendarGroup>>,
    /// Events of the user's calendar within a time window.
    ///
    /// Read-only.
    pub calendar_view: crate::Nullable<Vec<crate::beta::Event>>,
    /// Every calendar of the user.
    ///
    /// Read-only.
    pub calendars: crate::Nullable<Vec<crate::beta::Calendar>>,
    /// Folders holding the user's contacts.
    ///
    /// Read-only.
    pub contact_folders: crate::Nullable<Vec<crate::beta::ContactFolder>>,
    /// Contacts of the user.
    ///
    /// Read-only.
    pub contacts: crate::Nullable<Vec<crate::beta::Contact>>,
    /// Directory objects this user created.
    ///
    /// Read-only.
    pub created_objects: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Users and contacts whose manager is this user.
    ///
    /// Read-only. Supports `$expand`.
    pub direct_reports: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// The user's OneDrive.
    ///
    /// Read-only.
    pub drive: crate::Nullable<crate::beta::Drive>,
    /// Drives the user can reach.
    ///
    /// Read-only.
    pub drives: crate::Nullable<Vec<crate::beta::Drive>>,
    /// Events of the user, from the main calendar by default.
    ///
    /// Read-only.
    pub events: crate::Nullable<Vec<crate::beta::Event>>,
    /// Open extensions added to the user.
    ///
    /// Supports `$expand`.
    pub extensions: crate::Nullable<Vec<crate::beta::Extension>>,
    /// How the user's messages are sorted by relevance, with the user's own overrides.
    pub inference_classification: crate::Nullable<crate::beta::InferenceClassification>,
    /// Insights about the user's items.
    ///
    /// Read-only.
    pub insights: crate::Nullable<crate::beta::ItemInsights>,
    /// Groups the user belongs to.
    ///
    /// Read-only.
    pub joined_groups: crate::Nullable<Vec<crate::beta::Group>>,
    /// Mail folders of the user.
    ///
    /// Read-only.
    pub mail_folders: crate::Nullable<Vec<crate::beta::MailFolder>>,
    /// The user or contact who manages this user.
    ///
    /// Read-only. Supports `$expand`.
    pub manager: crate::Nullable<Box<crate::beta::DirectoryObjectKind>>,
    /// Groups and directory roles the user is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub member_of: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Teams the user is a member of.
    ///
    /// Read-only.
    pub joined_teams: crate::Nullable<Vec<crate::beta::Team>>,
    /// Messages of the user's mailbox.
    ///
    /// Read-only.
    pub messages: crate::Nullable<Vec<crate::beta::Message>>,
    /// The user's OneNote notebooks and pages.
    ///
    /// Read-only.
    pub onenote: crate::Nullable<crate::beta::Onenote>,
    /// Outlook services of the user.
    ///
    /// Read-only.
    pub outlook: crate::Nullable<crate::beta::OutlookUser>,
    /// Devices the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub owned_devices: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Directory objects the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub owned_objects: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Access reviews waiting for this user to decide.
    pub pending_access_review_instances: crate::Nullable<crate::beta::AccessReviewInstance>,
    /// People related to the user.
    ///
    /// Read-only.
    pub people: crate::Nullable<Vec<crate::beta::Person>>,
    /// Profile photo of the user.
    ///
    /// Read-only.
    pub photo: crate::Nullable<crate::beta::ProfilePhoto>,
    /// Profile photos of the user in several sizes.
    ///
    /// Read-only.
    pub photos: crate::Nullable<Vec<crate::beta::Photo>>,
    /// The user's Planner data.
    ///
    /// Read-only.
    pub planner: crate::Nullable<crate::beta::PlannerUser>,
    /// Profile of the user.
    pub profile: crate::Nullable<crate::beta::Profile>,
    /// Devices registered for the user.
    ///
    /// Read-only. Supports `$expand`.
    pub registered_devices: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Directory roles the user holds within an administrative unit.
    ///
    /// Read-only.
    pub scoped_role_member_of: crate::Nullable<Vec<crate::beta::ScopedRoleMembership>>,
    /// Settings of the user.
    ///
    /// Read-only.
    pub settings: crate::Nullable<crate::beta::UserSettings>,
    /// Teams settings and apps of the user.
    ///
    /// Read-only.
    pub teamwork: crate::Nullable<crate::beta::UserTeamwork>,
    /// The user's To Do lists and tasks.
    pub todo: crate::Nullable<crate::beta::Todo>,
    /// Groups and roles the user belongs to, directly or through nested groups.
    pub transitive_member_of: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Everyone who reports to the user, directly or further down.
    ///
    /// Read-only.
    pub transitive_reports: crate::Nullable<Vec<crate::beta::DirectoryObjectKind>>,
    /// Usage rights granted to the user.
    pub usage_rights: crate::Nullable<Vec<crate::beta::UsageRight>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl User {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserBuilder {
        <UserBuilder as Default>::default()
    }
}

/// Builds a [`User`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserBuilder {
    inner: User,
}

impl UserBuilder {
    /// Sets `id`.
    ///
    /// Key of the user, an opaque identifier. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the user, an opaque identifier. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the user, an opaque identifier. Inherited from directoryObject.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `deletedDateTime`.
    ///
    /// When the user was moved to the deleted items.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the user was moved to the deleted items.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_deleted_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = value.into();
        self
    }
    /// Sends `deletedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the user was moved to the deleted items.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_deleted_date_time(mut self) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `aboutMe`.
    ///
    /// Free text in which the user introduces themselves.
    ///
    /// Returned only on `$select`.
    pub fn about_me(mut self, value: impl Into<String>) -> Self {
        self.inner.about_me = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `aboutMe` to a value, or leaves it out of the body with `None`.
    ///
    /// Free text in which the user introduces themselves.
    ///
    /// Returned only on `$select`.
    pub fn set_about_me(mut self, value: Option<String>) -> Self {
        self.inner.about_me = value.into();
        self
    }
    /// Sends `aboutMe` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Free text in which the user introduces themselves.
    ///
    /// Returned only on `$select`.
    pub fn null_about_me(mut self) -> Self {
        self.inner.about_me = crate::Nullable::Null;
        self
    }
    /// Sets `accountEnabled`.
    ///
    /// Whether the account can sign in: `true` when enabled, `false` when blocked. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn account_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.account_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `accountEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the account can sign in: `true` when enabled, `false` when blocked. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_account_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.account_enabled = value.into();
        self
    }
    /// Sends `accountEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the account can sign in: `true` when enabled, `false` when blocked. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_account_enabled(mut self) -> Self {
        self.inner.account_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `ageGroup`.
    ///
    /// Age bracket set for the user by an administrator; one of `null`, `minor`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn age_group(mut self, value: impl Into<String>) -> Self {
        self.inner.age_group = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `ageGroup` to a value, or leaves it out of the body with `None`.
    ///
    /// Age bracket set for the user by an administrator; one of `null`, `minor`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_age_group(mut self, value: Option<String>) -> Self {
        self.inner.age_group = value.into();
        self
    }
    /// Sends `ageGroup` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Age bracket set for the user by an administrator; one of `null`, `minor`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_age_group(mut self) -> Self {
        self.inner.age_group = crate::Nullable::Null;
        self
    }
    /// Appends one item to `assignedLicenses` (creating the collection if needed).
    ///
    /// Licenses the user holds, whether given directly or through a group.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn assigned_licenses(mut self, item: impl Into<crate::beta::AssignedLicense>) -> Self {
        self.inner.assigned_licenses.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `assignedLicenses` to a value, or leaves it out of the body with `None`.
    ///
    /// Licenses the user holds, whether given directly or through a group.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn set_assigned_licenses(
        mut self,
        value: Option<Vec<crate::beta::AssignedLicense>>,
    ) -> Self {
        self.inner.assigned_licenses = value.into();
        self
    }
    /// Sends `assignedLicenses` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Licenses the user holds, whether given directly or through a group.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn null_assigned_licenses(mut self) -> Self {
        self.inner.assigned_licenses = crate::Nullable::Null;
        self
    }
    /// Appends one item to `assignedPlans` (creating the collection if needed).
    ///
    /// Service plans the user has been given.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn assigned_plans(mut self, item: impl Into<crate::beta::AssignedPlan>) -> Self {
        self.inner.assigned_plans.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `assignedPlans` to a value, or leaves it out of the body with `None`.
    ///
    /// Service plans the user has been given.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn set_assigned_plans(mut self, value: Option<Vec<crate::beta::AssignedPlan>>) -> Self {
        self.inner.assigned_plans = value.into();
        self
    }
    /// Sends `assignedPlans` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Service plans the user has been given.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`).
    pub fn null_assigned_plans(mut self) -> Self {
        self.inner.assigned_plans = crate::Nullable::Null;
        self
    }
    /// Sets `authorizationInfo`.
    ///
    /// Identifiers used to match the user when signing in with a certificate.
    ///
    /// Supports `$filter` (`eq`, `startsWith`).
    pub fn authorization_info(mut self, value: impl Into<crate::beta::AuthorizationInfo>) -> Self {
        self.inner.authorization_info = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `authorizationInfo` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifiers used to match the user when signing in with a certificate.
    ///
    /// Supports `$filter` (`eq`, `startsWith`).
    pub fn set_authorization_info(mut self, value: Option<crate::beta::AuthorizationInfo>) -> Self {
        self.inner.authorization_info = value.into();
        self
    }
    /// Sends `authorizationInfo` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifiers used to match the user when signing in with a certificate.
    ///
    /// Supports `$filter` (`eq`, `startsWith`).
    pub fn null_authorization_info(mut self) -> Self {
        self.inner.authorization_info = crate::Nullable::Null;
        self
    }
    /// Sets `birthday`.
    ///
    /// The user's date of birth, as a UTC timestamp.
    ///
    /// Returned only on `$select`.
    pub fn birthday(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.birthday = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `birthday` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's date of birth, as a UTC timestamp.
    ///
    /// Returned only on `$select`.
    pub fn set_birthday(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.birthday = value.into();
        self
    }
    /// Sends `birthday` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's date of birth, as a UTC timestamp.
    ///
    /// Returned only on `$select`.
    pub fn null_birthday(mut self) -> Self {
        self.inner.birthday = crate::Nullable::Null;
        self
    }
    /// Appends one item to `businessPhones` (creating the collection if needed).
    ///
    /// Work phone numbers of the user; the service keeps at most one number here.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn business_phones(mut self, item: impl Into<String>) -> Self {
        self.inner.business_phones.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `businessPhones` to a value, or leaves it out of the body with `None`.
    ///
    /// Work phone numbers of the user; the service keeps at most one number here.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn set_business_phones(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.business_phones = value.into();
        self
    }
    /// Sends `businessPhones` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Work phone numbers of the user; the service keeps at most one number here.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn null_business_phones(mut self) -> Self {
        self.inner.business_phones = crate::Nullable::Null;
        self
    }
    /// Sets `city`.
    ///
    /// Town or city where the user is based.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.inner.city = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `city` to a value, or leaves it out of the body with `None`.
    ///
    /// Town or city where the user is based.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_city(mut self, value: Option<String>) -> Self {
        self.inner.city = value.into();
        self
    }
    /// Sends `city` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Town or city where the user is based.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_city(mut self) -> Self {
        self.inner.city = crate::Nullable::Null;
        self
    }
    /// Sets `companyName`.
    ///
    /// Organization the user belongs to, handy for guests from other companies.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.inner.company_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `companyName` to a value, or leaves it out of the body with `None`.
    ///
    /// Organization the user belongs to, handy for guests from other companies.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_company_name(mut self, value: Option<String>) -> Self {
        self.inner.company_name = value.into();
        self
    }
    /// Sends `companyName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Organization the user belongs to, handy for guests from other companies.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_company_name(mut self) -> Self {
        self.inner.company_name = crate::Nullable::Null;
        self
    }
    /// Sets `consentProvidedForMinor`.
    ///
    /// Whether a parent or guardian agreed to the account of a minor; one of `null`, `granted`, `denied` or `notRequired` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn consent_provided_for_minor(mut self, value: impl Into<String>) -> Self {
        self.inner.consent_provided_for_minor = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `consentProvidedForMinor` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether a parent or guardian agreed to the account of a minor; one of `null`, `granted`, `denied` or `notRequired` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_consent_provided_for_minor(mut self, value: Option<String>) -> Self {
        self.inner.consent_provided_for_minor = value.into();
        self
    }
    /// Sends `consentProvidedForMinor` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether a parent or guardian agreed to the account of a minor; one of `null`, `granted`, `denied` or `notRequired` (plain strings in the service schema).
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_consent_provided_for_minor(mut self) -> Self {
        self.inner.consent_provided_for_minor = crate::Nullable::Null;
        self
    }
    /// Sets `country`.
    ///
    /// Country or region where the user is based, such as `US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.inner.country = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `country` to a value, or leaves it out of the body with `None`.
    ///
    /// Country or region where the user is based, such as `US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_country(mut self, value: Option<String>) -> Self {
        self.inner.country = value.into();
        self
    }
    /// Sends `country` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Country or region where the user is based, such as `US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_country(mut self) -> Self {
        self.inner.country = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When the user object came into being.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the user object came into being.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the user object came into being.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `creationType`.
    ///
    /// How the account was made, for example `Invitation` for a guest, `LocalAccount` for a B2C local account, or `null` for an ordinary work or school account.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn creation_type(mut self, value: impl Into<String>) -> Self {
        self.inner.creation_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `creationType` to a value, or leaves it out of the body with `None`.
    ///
    /// How the account was made, for example `Invitation` for a guest, `LocalAccount` for a B2C local account, or `null` for an ordinary work or school account.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_creation_type(mut self, value: Option<String>) -> Self {
        self.inner.creation_type = value.into();
        self
    }
    /// Sends `creationType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the account was made, for example `Invitation` for a guest, `LocalAccount` for a B2C local account, or `null` for an ordinary work or school account.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_creation_type(mut self) -> Self {
        self.inner.creation_type = crate::Nullable::Null;
        self
    }
    /// Sets `customSecurityAttributes`.
    ///
    /// Custom security attribute values an administrator assigned to the user.
    ///
    /// Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `startsWith`).
    pub fn custom_security_attributes(
        mut self,
        value: impl Into<crate::beta::CustomSecurityAttributeValue>,
    ) -> Self {
        self.inner.custom_security_attributes = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `customSecurityAttributes` to a value, or leaves it out of the body with `None`.
    ///
    /// Custom security attribute values an administrator assigned to the user.
    ///
    /// Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `startsWith`).
    pub fn set_custom_security_attributes(
        mut self,
        value: Option<crate::beta::CustomSecurityAttributeValue>,
    ) -> Self {
        self.inner.custom_security_attributes = value.into();
        self
    }
    /// Sends `customSecurityAttributes` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Custom security attribute values an administrator assigned to the user.
    ///
    /// Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `startsWith`).
    pub fn null_custom_security_attributes(mut self) -> Self {
        self.inner.custom_security_attributes = crate::Nullable::Null;
        self
    }
    /// Sets `department`.
    ///
    /// Department the user works in.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.inner.department = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `department` to a value, or leaves it out of the body with `None`.
    ///
    /// Department the user works in.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_department(mut self, value: Option<String>) -> Self {
        self.inner.department = value.into();
        self
    }
    /// Sends `department` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Department the user works in.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_department(mut self) -> Self {
        self.inner.department = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the user as address lists show it, usually first name and surname. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the user as address lists show it, usually first name and surname. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the user as address lists show it, usually first name and surname. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`), `$orderby` and `$search`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `employeeHireDate`.
    ///
    /// When the person joined, or will join, the organization; joiner workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn employee_hire_date(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.employee_hire_date = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `employeeHireDate` to a value, or leaves it out of the body with `None`.
    ///
    /// When the person joined, or will join, the organization; joiner workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_employee_hire_date(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.employee_hire_date = value.into();
        self
    }
    /// Sends `employeeHireDate` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the person joined, or will join, the organization; joiner workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_employee_hire_date(mut self) -> Self {
        self.inner.employee_hire_date = crate::Nullable::Null;
        self
    }
    /// Sets `employeeId`.
    ///
    /// Identifier the organization gave the employee, often from its HR system.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn employee_id(mut self, value: impl Into<String>) -> Self {
        self.inner.employee_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `employeeId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier the organization gave the employee, often from its HR system.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_employee_id(mut self, value: Option<String>) -> Self {
        self.inner.employee_id = value.into();
        self
    }
    /// Sends `employeeId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier the organization gave the employee, often from its HR system.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_employee_id(mut self) -> Self {
        self.inner.employee_id = crate::Nullable::Null;
        self
    }
    /// Sets `employeeLeaveDateTime`.
    ///
    /// When the person leaves, or left, the organization; leaver workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn employee_leave_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.employee_leave_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `employeeLeaveDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the person leaves, or left, the organization; leaver workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_employee_leave_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.employee_leave_date_time = value.into();
        self
    }
    /// Sends `employeeLeaveDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the person leaves, or left, the organization; leaver workflows trigger on it.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_employee_leave_date_time(mut self) -> Self {
        self.inner.employee_leave_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `employeeOrgData`.
    ///
    /// Where the user sits in the organization, such as division and cost center.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn employee_org_data(mut self, value: impl Into<crate::beta::EmployeeOrgData>) -> Self {
        self.inner.employee_org_data = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `employeeOrgData` to a value, or leaves it out of the body with `None`.
    ///
    /// Where the user sits in the organization, such as division and cost center.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_employee_org_data(mut self, value: Option<crate::beta::EmployeeOrgData>) -> Self {
        self.inner.employee_org_data = value.into();
        self
    }
    /// Sends `employeeOrgData` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Where the user sits in the organization, such as division and cost center.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_employee_org_data(mut self) -> Self {
        self.inner.employee_org_data = crate::Nullable::Null;
        self
    }
    /// Sets `employeeType`.
    ///
    /// Kind of worker, for example `Employee`, `Contractor` or `Vendor`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn employee_type(mut self, value: impl Into<String>) -> Self {
        self.inner.employee_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `employeeType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of worker, for example `Employee`, `Contractor` or `Vendor`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_employee_type(mut self, value: Option<String>) -> Self {
        self.inner.employee_type = value.into();
        self
    }
    /// Sends `employeeType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of worker, for example `Employee`, `Contractor` or `Vendor`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_employee_type(mut self) -> Self {
        self.inner.employee_type = crate::Nullable::Null;
        self
    }
    /// Sets `externalUserState`.
    ///
    /// Invitation state of a guest: `PendingAcceptance`, `Accepted`, or `null` for members.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn external_user_state(mut self, value: impl Into<String>) -> Self {
        self.inner.external_user_state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `externalUserState` to a value, or leaves it out of the body with `None`.
    ///
    /// Invitation state of a guest: `PendingAcceptance`, `Accepted`, or `null` for members.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_external_user_state(mut self, value: Option<String>) -> Self {
        self.inner.external_user_state = value.into();
        self
    }
    /// Sends `externalUserState` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Invitation state of a guest: `PendingAcceptance`, `Accepted`, or `null` for members.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_external_user_state(mut self) -> Self {
        self.inner.external_user_state = crate::Nullable::Null;
        self
    }
    /// Sets `externalUserStateChangeDateTime`.
    ///
    /// When externalUserState last changed.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn external_user_state_change_date_time(mut self, value: impl Into<String>) -> Self {
        self.inner.external_user_state_change_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `externalUserStateChangeDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When externalUserState last changed.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_external_user_state_change_date_time(mut self, value: Option<String>) -> Self {
        self.inner.external_user_state_change_date_time = value.into();
        self
    }
    /// Sends `externalUserStateChangeDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When externalUserState last changed.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_external_user_state_change_date_time(mut self) -> Self {
        self.inner.external_user_state_change_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `faxNumber`.
    ///
    /// The user's fax number.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn fax_number(mut self, value: impl Into<String>) -> Self {
        self.inner.fax_number = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `faxNumber` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's fax number.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_fax_number(mut self, value: Option<String>) -> Self {
        self.inner.fax_number = value.into();
        self
    }
    /// Sends `faxNumber` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's fax number.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_fax_number(mut self) -> Self {
        self.inner.fax_number = crate::Nullable::Null;
        self
    }
    /// Sets `givenName`.
    ///
    /// First name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn given_name(mut self, value: impl Into<String>) -> Self {
        self.inner.given_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `givenName` to a value, or leaves it out of the body with `None`.
    ///
    /// First name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_given_name(mut self, value: Option<String>) -> Self {
        self.inner.given_name = value.into();
        self
    }
    /// Sends `givenName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// First name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_given_name(mut self) -> Self {
        self.inner.given_name = crate::Nullable::Null;
        self
    }
    /// Sets `hireDate`.
    ///
    /// Hire date as SharePoint Online keeps it; prefer employeeHireDate in Microsoft Graph.
    ///
    /// Returned only on `$select`.
    pub fn hire_date(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.hire_date = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `hireDate` to a value, or leaves it out of the body with `None`.
    ///
    /// Hire date as SharePoint Online keeps it; prefer employeeHireDate in Microsoft Graph.
    ///
    /// Returned only on `$select`.
    pub fn set_hire_date(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.hire_date = value.into();
        self
    }
    /// Sends `hireDate` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Hire date as SharePoint Online keeps it; prefer employeeHireDate in Microsoft Graph.
    ///
    /// Returned only on `$select`.
    pub fn null_hire_date(mut self) -> Self {
        self.inner.hire_date = crate::Nullable::Null;
        self
    }
    /// Appends one item to `identities` (creating the collection if needed).
    ///
    /// Sign-in identities tied to the account: local accounts, federated organizations, or social providers.
    ///
    /// Supports `$filter` (`eq`).
    pub fn identities(mut self, item: impl Into<crate::beta::ObjectIdentity>) -> Self {
        self.inner.identities.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `identities` to a value, or leaves it out of the body with `None`.
    ///
    /// Sign-in identities tied to the account: local accounts, federated organizations, or social providers.
    ///
    /// Supports `$filter` (`eq`).
    pub fn set_identities(mut self, value: Option<Vec<crate::beta::ObjectIdentity>>) -> Self {
        self.inner.identities = value.into();
        self
    }
    /// Sends `identities` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Sign-in identities tied to the account: local accounts, federated organizations, or social providers.
    ///
    /// Supports `$filter` (`eq`).
    pub fn null_identities(mut self) -> Self {
        self.inner.identities = crate::Nullable::Null;
        self
    }
    /// Appends one item to `imAddresses` (creating the collection if needed).
    ///
    /// SIP addresses used for instant messaging and voice calls.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn im_addresses(mut self, item: impl Into<String>) -> Self {
        self.inner.im_addresses.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `imAddresses` to a value, or leaves it out of the body with `None`.
    ///
    /// SIP addresses used for instant messaging and voice calls.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn set_im_addresses(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.im_addresses = value.into();
        self
    }
    /// Sends `imAddresses` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// SIP addresses used for instant messaging and voice calls.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn null_im_addresses(mut self) -> Self {
        self.inner.im_addresses = crate::Nullable::Null;
        self
    }
    /// Appends one item to `infoCatalogs` (creating the collection if needed).
    ///
    /// Information catalogs linked to the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn info_catalogs(mut self, item: impl Into<String>) -> Self {
        self.inner.info_catalogs.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `infoCatalogs` to a value, or leaves it out of the body with `None`.
    ///
    /// Information catalogs linked to the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn set_info_catalogs(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.info_catalogs = value.into();
        self
    }
    /// Sends `infoCatalogs` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Information catalogs linked to the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn null_info_catalogs(mut self) -> Self {
        self.inner.info_catalogs = crate::Nullable::Null;
        self
    }
    /// Appends one item to `interests` (creating the collection if needed).
    ///
    /// Interests the user lists about themselves.
    ///
    /// Returned only on `$select`.
    pub fn interests(mut self, item: impl Into<String>) -> Self {
        self.inner.interests.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `interests` to a value, or leaves it out of the body with `None`.
    ///
    /// Interests the user lists about themselves.
    ///
    /// Returned only on `$select`.
    pub fn set_interests(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.interests = value.into();
        self
    }
    /// Sends `interests` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Interests the user lists about themselves.
    ///
    /// Returned only on `$select`.
    pub fn null_interests(mut self) -> Self {
        self.inner.interests = crate::Nullable::Null;
        self
    }
    /// Sets `isResourceAccount`.
    ///
    /// Set aside by the service for later use; do not rely on it.
    pub fn is_resource_account(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_resource_account = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isResourceAccount` to a value, or leaves it out of the body with `None`.
    ///
    /// Set aside by the service for later use; do not rely on it.
    pub fn set_is_resource_account(mut self, value: Option<bool>) -> Self {
        self.inner.is_resource_account = value.into();
        self
    }
    /// Sends `isResourceAccount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Set aside by the service for later use; do not rely on it.
    pub fn null_is_resource_account(mut self) -> Self {
        self.inner.is_resource_account = crate::Nullable::Null;
        self
    }
    /// Sets `jobTitle`.
    ///
    /// Job title of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn job_title(mut self, value: impl Into<String>) -> Self {
        self.inner.job_title = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `jobTitle` to a value, or leaves it out of the body with `None`.
    ///
    /// Job title of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_job_title(mut self, value: Option<String>) -> Self {
        self.inner.job_title = value.into();
        self
    }
    /// Sends `jobTitle` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Job title of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_job_title(mut self) -> Self {
        self.inner.job_title = crate::Nullable::Null;
        self
    }
    /// Sets `lastPasswordChangeDateTime`.
    ///
    /// When the password was last set or changed.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn last_password_change_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_password_change_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastPasswordChangeDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the password was last set or changed.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn set_last_password_change_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_password_change_date_time = value.into();
        self
    }
    /// Sends `lastPasswordChangeDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the password was last set or changed.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn null_last_password_change_date_time(mut self) -> Self {
        self.inner.last_password_change_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `legalAgeGroupClassification`.
    ///
    /// Legal age group the service derives from ageGroup and consentProvidedForMinor; one of `null`, `minorWithOutParentalConsent`, `minorWithParentalConsent`, `minorNoParentalConsentRequired`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Read-only. Returned only on `$select`.
    pub fn legal_age_group_classification(mut self, value: impl Into<String>) -> Self {
        self.inner.legal_age_group_classification = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `legalAgeGroupClassification` to a value, or leaves it out of the body with `None`.
    ///
    /// Legal age group the service derives from ageGroup and consentProvidedForMinor; one of `null`, `minorWithOutParentalConsent`, `minorWithParentalConsent`, `minorNoParentalConsentRequired`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Read-only. Returned only on `$select`.
    pub fn set_legal_age_group_classification(mut self, value: Option<String>) -> Self {
        self.inner.legal_age_group_classification = value.into();
        self
    }
    /// Sends `legalAgeGroupClassification` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Legal age group the service derives from ageGroup and consentProvidedForMinor; one of `null`, `minorWithOutParentalConsent`, `minorWithParentalConsent`, `minorNoParentalConsentRequired`, `notAdult` or `adult` (plain strings in the service schema).
    ///
    /// Read-only. Returned only on `$select`.
    pub fn null_legal_age_group_classification(mut self) -> Self {
        self.inner.legal_age_group_classification = crate::Nullable::Null;
        self
    }
    /// Appends one item to `licenseAssignmentStates` (creating the collection if needed).
    ///
    /// For each license, whether it was given directly or through a group, and how its assignment went.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn license_assignment_states(
        mut self,
        item: impl Into<crate::beta::LicenseAssignmentState>,
    ) -> Self {
        self.inner.license_assignment_states.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `licenseAssignmentStates` to a value, or leaves it out of the body with `None`.
    ///
    /// For each license, whether it was given directly or through a group, and how its assignment went.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn set_license_assignment_states(
        mut self,
        value: Option<Vec<crate::beta::LicenseAssignmentState>>,
    ) -> Self {
        self.inner.license_assignment_states = value.into();
        self
    }
    /// Sends `licenseAssignmentStates` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// For each license, whether it was given directly or through a group, and how its assignment went.
    ///
    /// Read-only. Returned only on `$select`.
    pub fn null_license_assignment_states(mut self) -> Self {
        self.inner.license_assignment_states = crate::Nullable::Null;
        self
    }
    /// Sets `mail`.
    ///
    /// Primary SMTP address of the user, such as `adele@contoso.com`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn mail(mut self, value: impl Into<String>) -> Self {
        self.inner.mail = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mail` to a value, or leaves it out of the body with `None`.
    ///
    /// Primary SMTP address of the user, such as `adele@contoso.com`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn set_mail(mut self, value: Option<String>) -> Self {
        self.inner.mail = value.into();
        self
    }
    /// Sends `mail` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Primary SMTP address of the user, such as `adele@contoso.com`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn null_mail(mut self) -> Self {
        self.inner.mail = crate::Nullable::Null;
        self
    }
    /// Sets `mailboxSettings`.
    ///
    /// Settings of the user's primary mailbox: automatic replies, locale, time zone and working hours.
    ///
    /// Returned only on `$select`.
    pub fn mailbox_settings(mut self, value: impl Into<crate::beta::MailboxSettings>) -> Self {
        self.inner.mailbox_settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mailboxSettings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings of the user's primary mailbox: automatic replies, locale, time zone and working hours.
    ///
    /// Returned only on `$select`.
    pub fn set_mailbox_settings(mut self, value: Option<crate::beta::MailboxSettings>) -> Self {
        self.inner.mailbox_settings = value.into();
        self
    }
    /// Sends `mailboxSettings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings of the user's primary mailbox: automatic replies, locale, time zone and working hours.
    ///
    /// Returned only on `$select`.
    pub fn null_mailbox_settings(mut self) -> Self {
        self.inner.mailbox_settings = crate::Nullable::Null;
        self
    }
    /// Sets `mailNickname`.
    ///
    /// Mail alias of the user. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn mail_nickname(mut self, value: impl Into<String>) -> Self {
        self.inner.mail_nickname = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mailNickname` to a value, or leaves it out of the body with `None`.
    ///
    /// Mail alias of the user. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_mail_nickname(mut self, value: Option<String>) -> Self {
        self.inner.mail_nickname = value.into();
        self
    }
    /// Sends `mailNickname` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Mail alias of the user. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_mail_nickname(mut self) -> Self {
        self.inner.mail_nickname = crate::Nullable::Null;
        self
    }
    /// Sets `mobilePhone`.
    ///
    /// Main mobile phone number of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn mobile_phone(mut self, value: impl Into<String>) -> Self {
        self.inner.mobile_phone = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mobilePhone` to a value, or leaves it out of the body with `None`.
    ///
    /// Main mobile phone number of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_mobile_phone(mut self, value: Option<String>) -> Self {
        self.inner.mobile_phone = value.into();
        self
    }
    /// Sends `mobilePhone` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Main mobile phone number of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_mobile_phone(mut self) -> Self {
        self.inner.mobile_phone = crate::Nullable::Null;
        self
    }
    /// Sets `mySite`.
    ///
    /// Address of the user's personal site.
    ///
    /// Returned only on `$select`.
    pub fn my_site(mut self, value: impl Into<String>) -> Self {
        self.inner.my_site = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `mySite` to a value, or leaves it out of the body with `None`.
    ///
    /// Address of the user's personal site.
    ///
    /// Returned only on `$select`.
    pub fn set_my_site(mut self, value: Option<String>) -> Self {
        self.inner.my_site = value.into();
        self
    }
    /// Sends `mySite` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Address of the user's personal site.
    ///
    /// Returned only on `$select`.
    pub fn null_my_site(mut self) -> Self {
        self.inner.my_site = crate::Nullable::Null;
        self
    }
    /// Sets `officeLocation`.
    ///
    /// Office where the user works.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn office_location(mut self, value: impl Into<String>) -> Self {
        self.inner.office_location = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `officeLocation` to a value, or leaves it out of the body with `None`.
    ///
    /// Office where the user works.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_office_location(mut self, value: Option<String>) -> Self {
        self.inner.office_location = value.into();
        self
    }
    /// Sends `officeLocation` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Office where the user works.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_office_location(mut self) -> Self {
        self.inner.office_location = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesDistinguishedName`.
    ///
    /// Distinguished name of the account in on-premises Active Directory, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn on_premises_distinguished_name(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_distinguished_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesDistinguishedName` to a value, or leaves it out of the body with `None`.
    ///
    /// Distinguished name of the account in on-premises Active Directory, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn set_on_premises_distinguished_name(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_distinguished_name = value.into();
        self
    }
    /// Sends `onPremisesDistinguishedName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Distinguished name of the account in on-premises Active Directory, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn null_on_premises_distinguished_name(mut self) -> Self {
        self.inner.on_premises_distinguished_name = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesDomainName`.
    ///
    /// DNS domain of the on-premises account, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn on_premises_domain_name(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_domain_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesDomainName` to a value, or leaves it out of the body with `None`.
    ///
    /// DNS domain of the on-premises account, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn set_on_premises_domain_name(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_domain_name = value.into();
        self
    }
    /// Sends `onPremisesDomainName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// DNS domain of the on-premises account, filled only for synchronized accounts.
    ///
    /// Read-only.
    pub fn null_on_premises_domain_name(mut self) -> Self {
        self.inner.on_premises_domain_name = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesExtensionAttributes`.
    ///
    /// The fifteen extension attributes (Exchange custom attributes) of the user.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn on_premises_extension_attributes(
        mut self,
        value: impl Into<crate::beta::OnPremisesExtensionAttributes>,
    ) -> Self {
        self.inner.on_premises_extension_attributes = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesExtensionAttributes` to a value, or leaves it out of the body with `None`.
    ///
    /// The fifteen extension attributes (Exchange custom attributes) of the user.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_on_premises_extension_attributes(
        mut self,
        value: Option<crate::beta::OnPremisesExtensionAttributes>,
    ) -> Self {
        self.inner.on_premises_extension_attributes = value.into();
        self
    }
    /// Sends `onPremisesExtensionAttributes` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The fifteen extension attributes (Exchange custom attributes) of the user.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_on_premises_extension_attributes(mut self) -> Self {
        self.inner.on_premises_extension_attributes = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesImmutableId`.
    ///
    /// Links the cloud user to its on-premises Active Directory account; needed when the sign-in name uses a federated domain.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn on_premises_immutable_id(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_immutable_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesImmutableId` to a value, or leaves it out of the body with `None`.
    ///
    /// Links the cloud user to its on-premises Active Directory account; needed when the sign-in name uses a federated domain.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_on_premises_immutable_id(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_immutable_id = value.into();
        self
    }
    /// Sends `onPremisesImmutableId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Links the cloud user to its on-premises Active Directory account; needed when the sign-in name uses a federated domain.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_on_premises_immutable_id(mut self) -> Self {
        self.inner.on_premises_immutable_id = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesLastSyncDateTime`.
    ///
    /// When the object was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn on_premises_last_sync_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.on_premises_last_sync_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesLastSyncDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the object was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn set_on_premises_last_sync_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.on_premises_last_sync_date_time = value.into();
        self
    }
    /// Sends `onPremisesLastSyncDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the object was last synchronized from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`).
    pub fn null_on_premises_last_sync_date_time(mut self) -> Self {
        self.inner.on_premises_last_sync_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `onPremisesProvisioningErrors` (creating the collection if needed).
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn on_premises_provisioning_errors(
        mut self,
        item: impl Into<crate::beta::OnPremisesProvisioningError>,
    ) -> Self {
        self.inner.on_premises_provisioning_errors.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `onPremisesProvisioningErrors` to a value, or leaves it out of the body with `None`.
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn set_on_premises_provisioning_errors(
        mut self,
        value: Option<Vec<crate::beta::OnPremisesProvisioningError>>,
    ) -> Self {
        self.inner.on_premises_provisioning_errors = value.into();
        self
    }
    /// Sends `onPremisesProvisioningErrors` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Errors raised while Microsoft's synchronization product provisioned the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn null_on_premises_provisioning_errors(mut self) -> Self {
        self.inner.on_premises_provisioning_errors = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSamAccountName`.
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn on_premises_sam_account_name(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_sam_account_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSamAccountName` to a value, or leaves it out of the body with `None`.
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_on_premises_sam_account_name(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_sam_account_name = value.into();
        self
    }
    /// Sends `onPremisesSamAccountName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// SAM account name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_on_premises_sam_account_name(mut self) -> Self {
        self.inner.on_premises_sam_account_name = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSecurityIdentifier`.
    ///
    /// Security identifier (SID) of the on-premises account.
    ///
    /// Read-only. Supports `$filter` (`eq`).
    pub fn on_premises_security_identifier(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_security_identifier = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSecurityIdentifier` to a value, or leaves it out of the body with `None`.
    ///
    /// Security identifier (SID) of the on-premises account.
    ///
    /// Read-only. Supports `$filter` (`eq`).
    pub fn set_on_premises_security_identifier(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_security_identifier = value.into();
        self
    }
    /// Sends `onPremisesSecurityIdentifier` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Security identifier (SID) of the on-premises account.
    ///
    /// Read-only. Supports `$filter` (`eq`).
    pub fn null_on_premises_security_identifier(mut self) -> Self {
        self.inner.on_premises_security_identifier = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesSyncEnabled`.
    ///
    /// `true` while the object is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn on_premises_sync_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.on_premises_sync_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesSyncEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// `true` while the object is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_on_premises_sync_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.on_premises_sync_enabled = value.into();
        self
    }
    /// Sends `onPremisesSyncEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// `true` while the object is synchronized from on-premises, `false` once it no longer is, `null` if it never was.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_on_premises_sync_enabled(mut self) -> Self {
        self.inner.on_premises_sync_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `onPremisesUserPrincipalName`.
    ///
    /// User principal name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn on_premises_user_principal_name(mut self, value: impl Into<String>) -> Self {
        self.inner.on_premises_user_principal_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremisesUserPrincipalName` to a value, or leaves it out of the body with `None`.
    ///
    /// User principal name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_on_premises_user_principal_name(mut self, value: Option<String>) -> Self {
        self.inner.on_premises_user_principal_name = value.into();
        self
    }
    /// Sends `onPremisesUserPrincipalName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User principal name copied from the on-premises directory.
    ///
    /// Read-only. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_on_premises_user_principal_name(mut self) -> Self {
        self.inner.on_premises_user_principal_name = crate::Nullable::Null;
        self
    }
    /// Appends one item to `otherMails` (creating the collection if needed).
    ///
    /// More email addresses of the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn other_mails(mut self, item: impl Into<String>) -> Self {
        self.inner.other_mails.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `otherMails` to a value, or leaves it out of the body with `None`.
    ///
    /// More email addresses of the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn set_other_mails(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.other_mails = value.into();
        self
    }
    /// Sends `otherMails` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// More email addresses of the user.
    ///
    /// Supports `$filter` (`eq`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`).
    pub fn null_other_mails(mut self) -> Self {
        self.inner.other_mails = crate::Nullable::Null;
        self
    }
    /// Sets `passwordPolicies`.
    ///
    /// Password policies of the user, such as `DisablePasswordExpiration` or `DisableStrongPassword`, comma separated when both apply.
    ///
    /// Supports `$filter` (`ne`, `not`, `eq`).
    pub fn password_policies(mut self, value: impl Into<String>) -> Self {
        self.inner.password_policies = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `passwordPolicies` to a value, or leaves it out of the body with `None`.
    ///
    /// Password policies of the user, such as `DisablePasswordExpiration` or `DisableStrongPassword`, comma separated when both apply.
    ///
    /// Supports `$filter` (`ne`, `not`, `eq`).
    pub fn set_password_policies(mut self, value: Option<String>) -> Self {
        self.inner.password_policies = value.into();
        self
    }
    /// Sends `passwordPolicies` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Password policies of the user, such as `DisablePasswordExpiration` or `DisableStrongPassword`, comma separated when both apply.
    ///
    /// Supports `$filter` (`ne`, `not`, `eq`).
    pub fn null_password_policies(mut self) -> Self {
        self.inner.password_policies = crate::Nullable::Null;
        self
    }
    /// Sets `passwordProfile`.
    ///
    /// Password of the user and whether it must change at next sign-in. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn password_profile(mut self, value: impl Into<crate::beta::PasswordProfile>) -> Self {
        self.inner.password_profile = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `passwordProfile` to a value, or leaves it out of the body with `None`.
    ///
    /// Password of the user and whether it must change at next sign-in. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_password_profile(mut self, value: Option<crate::beta::PasswordProfile>) -> Self {
        self.inner.password_profile = value.into();
        self
    }
    /// Sends `passwordProfile` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Password of the user and whether it must change at next sign-in. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_password_profile(mut self) -> Self {
        self.inner.password_profile = crate::Nullable::Null;
        self
    }
    /// Appends one item to `pastProjects` (creating the collection if needed).
    ///
    /// Earlier projects the user lists.
    ///
    /// Returned only on `$select`.
    pub fn past_projects(mut self, item: impl Into<String>) -> Self {
        self.inner.past_projects.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `pastProjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Earlier projects the user lists.
    ///
    /// Returned only on `$select`.
    pub fn set_past_projects(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.past_projects = value.into();
        self
    }
    /// Sends `pastProjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Earlier projects the user lists.
    ///
    /// Returned only on `$select`.
    pub fn null_past_projects(mut self) -> Self {
        self.inner.past_projects = crate::Nullable::Null;
        self
    }
    /// Sets `postalCode`.
    ///
    /// Postal or ZIP code of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.inner.postal_code = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `postalCode` to a value, or leaves it out of the body with `None`.
    ///
    /// Postal or ZIP code of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_postal_code(mut self, value: Option<String>) -> Self {
        self.inner.postal_code = value.into();
        self
    }
    /// Sends `postalCode` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Postal or ZIP code of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_postal_code(mut self) -> Self {
        self.inner.postal_code = crate::Nullable::Null;
        self
    }
    /// Sets `preferredDataLocation`.
    ///
    /// Geography where the user's data should be kept.
    pub fn preferred_data_location(mut self, value: impl Into<String>) -> Self {
        self.inner.preferred_data_location = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `preferredDataLocation` to a value, or leaves it out of the body with `None`.
    ///
    /// Geography where the user's data should be kept.
    pub fn set_preferred_data_location(mut self, value: Option<String>) -> Self {
        self.inner.preferred_data_location = value.into();
        self
    }
    /// Sends `preferredDataLocation` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Geography where the user's data should be kept.
    pub fn null_preferred_data_location(mut self) -> Self {
        self.inner.preferred_data_location = crate::Nullable::Null;
        self
    }
    /// Sets `preferredLanguage`.
    ///
    /// Language the user prefers, as an ISO 639-1 code such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn preferred_language(mut self, value: impl Into<String>) -> Self {
        self.inner.preferred_language = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `preferredLanguage` to a value, or leaves it out of the body with `None`.
    ///
    /// Language the user prefers, as an ISO 639-1 code such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_preferred_language(mut self, value: Option<String>) -> Self {
        self.inner.preferred_language = value.into();
        self
    }
    /// Sends `preferredLanguage` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Language the user prefers, as an ISO 639-1 code such as `en-US`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_preferred_language(mut self) -> Self {
        self.inner.preferred_language = crate::Nullable::Null;
        self
    }
    /// Sets `preferredName`.
    ///
    /// Name the user prefers to be called by.
    ///
    /// Returned only on `$select`.
    pub fn preferred_name(mut self, value: impl Into<String>) -> Self {
        self.inner.preferred_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `preferredName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name the user prefers to be called by.
    ///
    /// Returned only on `$select`.
    pub fn set_preferred_name(mut self, value: Option<String>) -> Self {
        self.inner.preferred_name = value.into();
        self
    }
    /// Sends `preferredName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name the user prefers to be called by.
    ///
    /// Returned only on `$select`.
    pub fn null_preferred_name(mut self) -> Self {
        self.inner.preferred_name = crate::Nullable::Null;
        self
    }
    /// Appends one item to `provisionedPlans` (creating the collection if needed).
    ///
    /// Service plans already set up for this account.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn provisioned_plans(mut self, item: impl Into<crate::beta::ProvisionedPlan>) -> Self {
        self.inner.provisioned_plans.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `provisionedPlans` to a value, or leaves it out of the body with `None`.
    ///
    /// Service plans already set up for this account.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn set_provisioned_plans(
        mut self,
        value: Option<Vec<crate::beta::ProvisionedPlan>>,
    ) -> Self {
        self.inner.provisioned_plans = value.into();
        self
    }
    /// Sends `provisionedPlans` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Service plans already set up for this account.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`).
    pub fn null_provisioned_plans(mut self) -> Self {
        self.inner.provisioned_plans = crate::Nullable::Null;
        self
    }
    /// Appends one item to `proxyAddresses` (creating the collection if needed).
    ///
    /// Every email address of the user, each with its protocol prefix, such as `SMTP:` for the primary one.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`, `endsWith`).
    pub fn proxy_addresses(mut self, item: impl Into<String>) -> Self {
        self.inner.proxy_addresses.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `proxyAddresses` to a value, or leaves it out of the body with `None`.
    ///
    /// Every email address of the user, each with its protocol prefix, such as `SMTP:` for the primary one.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`, `endsWith`).
    pub fn set_proxy_addresses(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.proxy_addresses = value.into();
        self
    }
    /// Sends `proxyAddresses` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Every email address of the user, each with its protocol prefix, such as `SMTP:` for the primary one.
    ///
    /// Read-only. Not nullable. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`, `endsWith`).
    pub fn null_proxy_addresses(mut self) -> Self {
        self.inner.proxy_addresses = crate::Nullable::Null;
        self
    }
    /// Sets `refreshTokensValidFromDateTime`.
    ///
    /// Refresh and session tokens issued before this instant no longer work.
    ///
    /// Read-only.
    pub fn refresh_tokens_valid_from_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.refresh_tokens_valid_from_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `refreshTokensValidFromDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Refresh and session tokens issued before this instant no longer work.
    ///
    /// Read-only.
    pub fn set_refresh_tokens_valid_from_date_time(
        mut self,
        value: Option<crate::Timestamp>,
    ) -> Self {
        self.inner.refresh_tokens_valid_from_date_time = value.into();
        self
    }
    /// Sends `refreshTokensValidFromDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Refresh and session tokens issued before this instant no longer work.
    ///
    /// Read-only.
    pub fn null_refresh_tokens_valid_from_date_time(mut self) -> Self {
        self.inner.refresh_tokens_valid_from_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `responsibilities` (creating the collection if needed).
    ///
    /// Responsibilities the user lists.
    ///
    /// Returned only on `$select`.
    pub fn responsibilities(mut self, item: impl Into<String>) -> Self {
        self.inner.responsibilities.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `responsibilities` to a value, or leaves it out of the body with `None`.
    ///
    /// Responsibilities the user lists.
    ///
    /// Returned only on `$select`.
    pub fn set_responsibilities(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.responsibilities = value.into();
        self
    }
    /// Sends `responsibilities` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Responsibilities the user lists.
    ///
    /// Returned only on `$select`.
    pub fn null_responsibilities(mut self) -> Self {
        self.inner.responsibilities = crate::Nullable::Null;
        self
    }
    /// Appends one item to `schools` (creating the collection if needed).
    ///
    /// Schools the user lists as attended.
    ///
    /// Returned only on `$select`.
    pub fn schools(mut self, item: impl Into<String>) -> Self {
        self.inner.schools.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `schools` to a value, or leaves it out of the body with `None`.
    ///
    /// Schools the user lists as attended.
    ///
    /// Returned only on `$select`.
    pub fn set_schools(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.schools = value.into();
        self
    }
    /// Sends `schools` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Schools the user lists as attended.
    ///
    /// Returned only on `$select`.
    pub fn null_schools(mut self) -> Self {
        self.inner.schools = crate::Nullable::Null;
        self
    }
    /// Sets `securityIdentifier`.
    ///
    /// Security identifier (SID) of the user in the cloud.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn security_identifier(mut self, value: impl Into<String>) -> Self {
        self.inner.security_identifier = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `securityIdentifier` to a value, or leaves it out of the body with `None`.
    ///
    /// Security identifier (SID) of the user in the cloud.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn set_security_identifier(mut self, value: Option<String>) -> Self {
        self.inner.security_identifier = value.into();
        self
    }
    /// Sends `securityIdentifier` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Security identifier (SID) of the user in the cloud.
    ///
    /// Read-only. Supports `$filter` (`eq`, `not`, `ge`, `le`, `startsWith`).
    pub fn null_security_identifier(mut self) -> Self {
        self.inner.security_identifier = crate::Nullable::Null;
        self
    }
    /// Sets `showInAddressList`.
    ///
    /// Whether the global address list shows the user; unset counts as `true`.
    pub fn show_in_address_list(mut self, value: impl Into<bool>) -> Self {
        self.inner.show_in_address_list = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `showInAddressList` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the global address list shows the user; unset counts as `true`.
    pub fn set_show_in_address_list(mut self, value: Option<bool>) -> Self {
        self.inner.show_in_address_list = value.into();
        self
    }
    /// Sends `showInAddressList` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the global address list shows the user; unset counts as `true`.
    pub fn null_show_in_address_list(mut self) -> Self {
        self.inner.show_in_address_list = crate::Nullable::Null;
        self
    }
    /// Sets `signInActivity`.
    ///
    /// When the user last signed in, interactively or not.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`).
    pub fn sign_in_activity(mut self, value: impl Into<crate::beta::SignInActivity>) -> Self {
        self.inner.sign_in_activity = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `signInActivity` to a value, or leaves it out of the body with `None`.
    ///
    /// When the user last signed in, interactively or not.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`).
    pub fn set_sign_in_activity(mut self, value: Option<crate::beta::SignInActivity>) -> Self {
        self.inner.sign_in_activity = value.into();
        self
    }
    /// Sends `signInActivity` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the user last signed in, interactively or not.
    ///
    /// Read-only. Returned only on `$select`. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`).
    pub fn null_sign_in_activity(mut self) -> Self {
        self.inner.sign_in_activity = crate::Nullable::Null;
        self
    }
    /// Sets `signInSessionsValidFromDateTime`.
    ///
    /// Refresh and session tokens issued before this instant no longer work; revoking sign-in sessions moves it forward.
    ///
    /// Read-only.
    pub fn sign_in_sessions_valid_from_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.sign_in_sessions_valid_from_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `signInSessionsValidFromDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Refresh and session tokens issued before this instant no longer work; revoking sign-in sessions moves it forward.
    ///
    /// Read-only.
    pub fn set_sign_in_sessions_valid_from_date_time(
        mut self,
        value: Option<crate::Timestamp>,
    ) -> Self {
        self.inner.sign_in_sessions_valid_from_date_time = value.into();
        self
    }
    /// Sends `signInSessionsValidFromDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Refresh and session tokens issued before this instant no longer work; revoking sign-in sessions moves it forward.
    ///
    /// Read-only.
    pub fn null_sign_in_sessions_valid_from_date_time(mut self) -> Self {
        self.inner.sign_in_sessions_valid_from_date_time = crate::Nullable::Null;
        self
    }
    /// Appends one item to `skills` (creating the collection if needed).
    ///
    /// Skills the user lists.
    ///
    /// Returned only on `$select`.
    pub fn skills(mut self, item: impl Into<String>) -> Self {
        self.inner.skills.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `skills` to a value, or leaves it out of the body with `None`.
    ///
    /// Skills the user lists.
    ///
    /// Returned only on `$select`.
    pub fn set_skills(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.skills = value.into();
        self
    }
    /// Sends `skills` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Skills the user lists.
    ///
    /// Returned only on `$select`.
    pub fn null_skills(mut self) -> Self {
        self.inner.skills = crate::Nullable::Null;
        self
    }
    /// Sets `state`.
    ///
    /// State or province of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.inner.state = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `state` to a value, or leaves it out of the body with `None`.
    ///
    /// State or province of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_state(mut self, value: Option<String>) -> Self {
        self.inner.state = value.into();
        self
    }
    /// Sends `state` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// State or province of the user's address.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_state(mut self) -> Self {
        self.inner.state = crate::Nullable::Null;
        self
    }
    /// Sets `streetAddress`.
    ///
    /// Street address of the user's workplace.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn street_address(mut self, value: impl Into<String>) -> Self {
        self.inner.street_address = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `streetAddress` to a value, or leaves it out of the body with `None`.
    ///
    /// Street address of the user's workplace.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_street_address(mut self, value: Option<String>) -> Self {
        self.inner.street_address = value.into();
        self
    }
    /// Sends `streetAddress` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Street address of the user's workplace.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_street_address(mut self) -> Self {
        self.inner.street_address = crate::Nullable::Null;
        self
    }
    /// Sets `surname`.
    ///
    /// Family name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn surname(mut self, value: impl Into<String>) -> Self {
        self.inner.surname = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `surname` to a value, or leaves it out of the body with `None`.
    ///
    /// Family name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_surname(mut self, value: Option<String>) -> Self {
        self.inner.surname = value.into();
        self
    }
    /// Sends `surname` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Family name of the user.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_surname(mut self) -> Self {
        self.inner.surname = crate::Nullable::Null;
        self
    }
    /// Sets `usageLocation`.
    ///
    /// Two-letter country code (ISO 3166) of where the user uses services; needed before licenses can be assigned.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn usage_location(mut self, value: impl Into<String>) -> Self {
        self.inner.usage_location = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `usageLocation` to a value, or leaves it out of the body with `None`.
    ///
    /// Two-letter country code (ISO 3166) of where the user uses services; needed before licenses can be assigned.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn set_usage_location(mut self, value: Option<String>) -> Self {
        self.inner.usage_location = value.into();
        self
    }
    /// Sends `usageLocation` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Two-letter country code (ISO 3166) of where the user uses services; needed before licenses can be assigned.
    ///
    /// Not nullable. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`).
    pub fn null_usage_location(mut self) -> Self {
        self.inner.usage_location = crate::Nullable::Null;
        self
    }
    /// Sets `userPrincipalName`.
    ///
    /// Sign-in name of the user, shaped like an email address (`alias@domain`) on one of the tenant's verified domains. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`) and `$orderby`.
    pub fn user_principal_name(mut self, value: impl Into<String>) -> Self {
        self.inner.user_principal_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `userPrincipalName` to a value, or leaves it out of the body with `None`.
    ///
    /// Sign-in name of the user, shaped like an email address (`alias@domain`) on one of the tenant's verified domains. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`) and `$orderby`.
    pub fn set_user_principal_name(mut self, value: Option<String>) -> Self {
        self.inner.user_principal_name = value.into();
        self
    }
    /// Sends `userPrincipalName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Sign-in name of the user, shaped like an email address (`alias@domain`) on one of the tenant's verified domains. Must be given when the user is created.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`) and `$orderby`.
    pub fn null_user_principal_name(mut self) -> Self {
        self.inner.user_principal_name = crate::Nullable::Null;
        self
    }
    /// Sets `userType`.
    ///
    /// Kind of account, such as `Member` or `Guest`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn user_type(mut self, value: impl Into<String>) -> Self {
        self.inner.user_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `userType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of account, such as `Member` or `Guest`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn set_user_type(mut self, value: Option<String>) -> Self {
        self.inner.user_type = value.into();
        self
    }
    /// Sends `userType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of account, such as `Member` or `Guest`.
    ///
    /// Supports `$filter` (`eq`, `ne`, `not`, `in`).
    pub fn null_user_type(mut self) -> Self {
        self.inner.user_type = crate::Nullable::Null;
        self
    }
    /// Appends one item to `agreementAcceptances` (creating the collection if needed).
    ///
    /// Terms of use the user accepted or declined.
    ///
    /// Read-only.
    pub fn agreement_acceptances(
        mut self,
        item: impl Into<crate::beta::AgreementAcceptance>,
    ) -> Self {
        self.inner.agreement_acceptances.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `agreementAcceptances` to a value, or leaves it out of the body with `None`.
    ///
    /// Terms of use the user accepted or declined.
    ///
    /// Read-only.
    pub fn set_agreement_acceptances(
        mut self,
        value: Option<Vec<crate::beta::AgreementAcceptance>>,
    ) -> Self {
        self.inner.agreement_acceptances = value.into();
        self
    }
    /// Sends `agreementAcceptances` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Terms of use the user accepted or declined.
    ///
    /// Read-only.
    pub fn null_agreement_acceptances(mut self) -> Self {
        self.inner.agreement_acceptances = crate::Nullable::Null;
        self
    }
    /// Appends one item to `appRoleAssignments` (creating the collection if needed).
    ///
    /// App roles granted to the user.
    ///
    /// Supports `$expand`.
    pub fn app_role_assignments(mut self, item: impl Into<crate::beta::AppRoleAssignment>) -> Self {
        self.inner.app_role_assignments.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `appRoleAssignments` to a value, or leaves it out of the body with `None`.
    ///
    /// App roles granted to the user.
    ///
    /// Supports `$expand`.
    pub fn set_app_role_assignments(
        mut self,
        value: Option<Vec<crate::beta::AppRoleAssignment>>,
    ) -> Self {
        self.inner.app_role_assignments = value.into();
        self
    }
    /// Sends `appRoleAssignments` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// App roles granted to the user.
    ///
    /// Supports `$expand`.
    pub fn null_app_role_assignments(mut self) -> Self {
        self.inner.app_role_assignments = crate::Nullable::Null;
        self
    }
    /// Sets `authentication`.
    ///
    /// Authentication methods of the user.
    pub fn authentication(mut self, value: impl Into<crate::beta::Authentication>) -> Self {
        self.inner.authentication = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `authentication` to a value, or leaves it out of the body with `None`.
    ///
    /// Authentication methods of the user.
    pub fn set_authentication(mut self, value: Option<crate::beta::Authentication>) -> Self {
        self.inner.authentication = value.into();
        self
    }
    /// Sends `authentication` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Authentication methods of the user.
    pub fn null_authentication(mut self) -> Self {
        self.inner.authentication = crate::Nullable::Null;
        self
    }
    /// Sets `calendar`.
    ///
    /// Main calendar of the user.
    ///
    /// Read-only.
    pub fn calendar(mut self, value: impl Into<crate::beta::Calendar>) -> Self {
        self.inner.calendar = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `calendar` to a value, or leaves it out of the body with `None`.
    ///
    /// Main calendar of the user.
    ///
    /// Read-only.
    pub fn set_calendar(mut self, value: Option<crate::beta::Calendar>) -> Self {
        self.inner.calendar = value.into();
        self
    }
    /// Sends `calendar` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Main calendar of the user.
    ///
    /// Read-only.
    pub fn null_calendar(mut self) -> Self {
        self.inner.calendar = crate::Nullable::Null;
        self
    }
    /// Appends one item to `calendarGroups` (creating the collection if needed).
    ///
    /// Calendar groups of the user.
    ///
    /// Read-only.
    pub fn calendar_groups(mut self, item: impl Into<crate::beta::CalendarGroup>) -> Self {
        self.inner.calendar_groups.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `calendarGroups` to a value, or leaves it out of the body with `None`.
    ///
    /// Calendar groups of the user.
    ///
    /// Read-only.
    pub fn set_calendar_groups(mut self, value: Option<Vec<crate::beta::CalendarGroup>>) -> Self {
        self.inner.calendar_groups = value.into();
        self
    }
    /// Sends `calendarGroups` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Calendar groups of the user.
    ///
    /// Read-only.
    pub fn null_calendar_groups(mut self) -> Self {
        self.inner.calendar_groups = crate::Nullable::Null;
        self
    }
    /// Appends one item to `calendarView` (creating the collection if needed).
    ///
    /// Events of the user's calendar within a time window.
    ///
    /// Read-only.
    pub fn calendar_view(mut self, item: impl Into<crate::beta::Event>) -> Self {
        self.inner.calendar_view.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `calendarView` to a value, or leaves it out of the body with `None`.
    ///
    /// Events of the user's calendar within a time window.
    ///
    /// Read-only.
    pub fn set_calendar_view(mut self, value: Option<Vec<crate::beta::Event>>) -> Self {
        self.inner.calendar_view = value.into();
        self
    }
    /// Sends `calendarView` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Events of the user's calendar within a time window.
    ///
    /// Read-only.
    pub fn null_calendar_view(mut self) -> Self {
        self.inner.calendar_view = crate::Nullable::Null;
        self
    }
    /// Appends one item to `calendars` (creating the collection if needed).
    ///
    /// Every calendar of the user.
    ///
    /// Read-only.
    pub fn calendars(mut self, item: impl Into<crate::beta::Calendar>) -> Self {
        self.inner.calendars.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `calendars` to a value, or leaves it out of the body with `None`.
    ///
    /// Every calendar of the user.
    ///
    /// Read-only.
    pub fn set_calendars(mut self, value: Option<Vec<crate::beta::Calendar>>) -> Self {
        self.inner.calendars = value.into();
        self
    }
    /// Sends `calendars` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Every calendar of the user.
    ///
    /// Read-only.
    pub fn null_calendars(mut self) -> Self {
        self.inner.calendars = crate::Nullable::Null;
        self
    }
    /// Appends one item to `contactFolders` (creating the collection if needed).
    ///
    /// Folders holding the user's contacts.
    ///
    /// Read-only.
    pub fn contact_folders(mut self, item: impl Into<crate::beta::ContactFolder>) -> Self {
        self.inner.contact_folders.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `contactFolders` to a value, or leaves it out of the body with `None`.
    ///
    /// Folders holding the user's contacts.
    ///
    /// Read-only.
    pub fn set_contact_folders(mut self, value: Option<Vec<crate::beta::ContactFolder>>) -> Self {
        self.inner.contact_folders = value.into();
        self
    }
    /// Sends `contactFolders` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Folders holding the user's contacts.
    ///
    /// Read-only.
    pub fn null_contact_folders(mut self) -> Self {
        self.inner.contact_folders = crate::Nullable::Null;
        self
    }
    /// Appends one item to `contacts` (creating the collection if needed).
    ///
    /// Contacts of the user.
    ///
    /// Read-only.
    pub fn contacts(mut self, item: impl Into<crate::beta::Contact>) -> Self {
        self.inner.contacts.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `contacts` to a value, or leaves it out of the body with `None`.
    ///
    /// Contacts of the user.
    ///
    /// Read-only.
    pub fn set_contacts(mut self, value: Option<Vec<crate::beta::Contact>>) -> Self {
        self.inner.contacts = value.into();
        self
    }
    /// Sends `contacts` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Contacts of the user.
    ///
    /// Read-only.
    pub fn null_contacts(mut self) -> Self {
        self.inner.contacts = crate::Nullable::Null;
        self
    }
    /// Appends one item to `createdObjects` (creating the collection if needed).
    ///
    /// Directory objects this user created.
    ///
    /// Read-only.
    pub fn created_objects(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.created_objects.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `createdObjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Directory objects this user created.
    ///
    /// Read-only.
    pub fn set_created_objects(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.created_objects = value.into();
        self
    }
    /// Sends `createdObjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Directory objects this user created.
    ///
    /// Read-only.
    pub fn null_created_objects(mut self) -> Self {
        self.inner.created_objects = crate::Nullable::Null;
        self
    }
    /// Appends one item to `directReports` (creating the collection if needed).
    ///
    /// Users and contacts whose manager is this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn direct_reports(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.direct_reports.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `directReports` to a value, or leaves it out of the body with `None`.
    ///
    /// Users and contacts whose manager is this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_direct_reports(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.direct_reports = value.into();
        self
    }
    /// Sends `directReports` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users and contacts whose manager is this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_direct_reports(mut self) -> Self {
        self.inner.direct_reports = crate::Nullable::Null;
        self
    }
    /// Sets `drive`.
    ///
    /// The user's OneDrive.
    ///
    /// Read-only.
    pub fn drive(mut self, value: impl Into<crate::beta::Drive>) -> Self {
        self.inner.drive = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `drive` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's OneDrive.
    ///
    /// Read-only.
    pub fn set_drive(mut self, value: Option<crate::beta::Drive>) -> Self {
        self.inner.drive = value.into();
        self
    }
    /// Sends `drive` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's OneDrive.
    ///
    /// Read-only.
    pub fn null_drive(mut self) -> Self {
        self.inner.drive = crate::Nullable::Null;
        self
    }
    /// Appends one item to `drives` (creating the collection if needed).
    ///
    /// Drives the user can reach.
    ///
    /// Read-only.
    pub fn drives(mut self, item: impl Into<crate::beta::Drive>) -> Self {
        self.inner.drives.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `drives` to a value, or leaves it out of the body with `None`.
    ///
    /// Drives the user can reach.
    ///
    /// Read-only.
    pub fn set_drives(mut self, value: Option<Vec<crate::beta::Drive>>) -> Self {
        self.inner.drives = value.into();
        self
    }
    /// Sends `drives` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Drives the user can reach.
    ///
    /// Read-only.
    pub fn null_drives(mut self) -> Self {
        self.inner.drives = crate::Nullable::Null;
        self
    }
    /// Appends one item to `events` (creating the collection if needed).
    ///
    /// Events of the user, from the main calendar by default.
    ///
    /// Read-only.
    pub fn events(mut self, item: impl Into<crate::beta::Event>) -> Self {
        self.inner.events.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `events` to a value, or leaves it out of the body with `None`.
    ///
    /// Events of the user, from the main calendar by default.
    ///
    /// Read-only.
    pub fn set_events(mut self, value: Option<Vec<crate::beta::Event>>) -> Self {
        self.inner.events = value.into();
        self
    }
    /// Sends `events` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Events of the user, from the main calendar by default.
    ///
    /// Read-only.
    pub fn null_events(mut self) -> Self {
        self.inner.events = crate::Nullable::Null;
        self
    }
    /// Appends one item to `extensions` (creating the collection if needed).
    ///
    /// Open extensions added to the user.
    ///
    /// Supports `$expand`.
    pub fn extensions(mut self, item: impl Into<crate::beta::Extension>) -> Self {
        self.inner.extensions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `extensions` to a value, or leaves it out of the body with `None`.
    ///
    /// Open extensions added to the user.
    ///
    /// Supports `$expand`.
    pub fn set_extensions(mut self, value: Option<Vec<crate::beta::Extension>>) -> Self {
        self.inner.extensions = value.into();
        self
    }
    /// Sends `extensions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Open extensions added to the user.
    ///
    /// Supports `$expand`.
    pub fn null_extensions(mut self) -> Self {
        self.inner.extensions = crate::Nullable::Null;
        self
    }
    /// Sets `inferenceClassification`.
    ///
    /// How the user's messages are sorted by relevance, with the user's own overrides.
    pub fn inference_classification(
        mut self,
        value: impl Into<crate::beta::InferenceClassification>,
    ) -> Self {
        self.inner.inference_classification = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `inferenceClassification` to a value, or leaves it out of the body with `None`.
    ///
    /// How the user's messages are sorted by relevance, with the user's own overrides.
    pub fn set_inference_classification(
        mut self,
        value: Option<crate::beta::InferenceClassification>,
    ) -> Self {
        self.inner.inference_classification = value.into();
        self
    }
    /// Sends `inferenceClassification` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the user's messages are sorted by relevance, with the user's own overrides.
    pub fn null_inference_classification(mut self) -> Self {
        self.inner.inference_classification = crate::Nullable::Null;
        self
    }
    /// Sets `insights`.
    ///
    /// Insights about the user's items.
    ///
    /// Read-only.
    pub fn insights(mut self, value: impl Into<crate::beta::ItemInsights>) -> Self {
        self.inner.insights = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `insights` to a value, or leaves it out of the body with `None`.
    ///
    /// Insights about the user's items.
    ///
    /// Read-only.
    pub fn set_insights(mut self, value: Option<crate::beta::ItemInsights>) -> Self {
        self.inner.insights = value.into();
        self
    }
    /// Sends `insights` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Insights about the user's items.
    ///
    /// Read-only.
    pub fn null_insights(mut self) -> Self {
        self.inner.insights = crate::Nullable::Null;
        self
    }
    /// Appends one item to `joinedGroups` (creating the collection if needed).
    ///
    /// Groups the user belongs to.
    ///
    /// Read-only.
    pub fn joined_groups(mut self, item: impl Into<crate::beta::Group>) -> Self {
        self.inner.joined_groups.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `joinedGroups` to a value, or leaves it out of the body with `None`.
    ///
    /// Groups the user belongs to.
    ///
    /// Read-only.
    pub fn set_joined_groups(mut self, value: Option<Vec<crate::beta::Group>>) -> Self {
        self.inner.joined_groups = value.into();
        self
    }
    /// Sends `joinedGroups` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Groups the user belongs to.
    ///
    /// Read-only.
    pub fn null_joined_groups(mut self) -> Self {
        self.inner.joined_groups = crate::Nullable::Null;
        self
    }
    /// Appends one item to `mailFolders` (creating the collection if needed).
    ///
    /// Mail folders of the user.
    ///
    /// Read-only.
    pub fn mail_folders(mut self, item: impl Into<crate::beta::MailFolder>) -> Self {
        self.inner.mail_folders.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `mailFolders` to a value, or leaves it out of the body with `None`.
    ///
    /// Mail folders of the user.
    ///
    /// Read-only.
    pub fn set_mail_folders(mut self, value: Option<Vec<crate::beta::MailFolder>>) -> Self {
        self.inner.mail_folders = value.into();
        self
    }
    /// Sends `mailFolders` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Mail folders of the user.
    ///
    /// Read-only.
    pub fn null_mail_folders(mut self) -> Self {
        self.inner.mail_folders = crate::Nullable::Null;
        self
    }
    /// Sets `manager`.
    ///
    /// The user or contact who manages this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn manager(mut self, value: impl Into<Box<crate::beta::DirectoryObjectKind>>) -> Self {
        self.inner.manager = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `manager` to a value, or leaves it out of the body with `None`.
    ///
    /// The user or contact who manages this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_manager(mut self, value: Option<Box<crate::beta::DirectoryObjectKind>>) -> Self {
        self.inner.manager = value.into();
        self
    }
    /// Sends `manager` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user or contact who manages this user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_manager(mut self) -> Self {
        self.inner.manager = crate::Nullable::Null;
        self
    }
    /// Appends one item to `memberOf` (creating the collection if needed).
    ///
    /// Groups and directory roles the user is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn member_of(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.member_of.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `memberOf` to a value, or leaves it out of the body with `None`.
    ///
    /// Groups and directory roles the user is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_member_of(mut self, value: Option<Vec<crate::beta::DirectoryObjectKind>>) -> Self {
        self.inner.member_of = value.into();
        self
    }
    /// Sends `memberOf` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Groups and directory roles the user is directly a member of.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_member_of(mut self) -> Self {
        self.inner.member_of = crate::Nullable::Null;
        self
    }
    /// Appends one item to `joinedTeams` (creating the collection if needed).
    ///
    /// Teams the user is a member of.
    ///
    /// Read-only.
    pub fn joined_teams(mut self, item: impl Into<crate::beta::Team>) -> Self {
        self.inner.joined_teams.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `joinedTeams` to a value, or leaves it out of the body with `None`.
    ///
    /// Teams the user is a member of.
    ///
    /// Read-only.
    pub fn set_joined_teams(mut self, value: Option<Vec<crate::beta::Team>>) -> Self {
        self.inner.joined_teams = value.into();
        self
    }
    /// Sends `joinedTeams` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Teams the user is a member of.
    ///
    /// Read-only.
    pub fn null_joined_teams(mut self) -> Self {
        self.inner.joined_teams = crate::Nullable::Null;
        self
    }
    /// Appends one item to `messages` (creating the collection if needed).
    ///
    /// Messages of the user's mailbox.
    ///
    /// Read-only.
    pub fn messages(mut self, item: impl Into<crate::beta::Message>) -> Self {
        self.inner.messages.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `messages` to a value, or leaves it out of the body with `None`.
    ///
    /// Messages of the user's mailbox.
    ///
    /// Read-only.
    pub fn set_messages(mut self, value: Option<Vec<crate::beta::Message>>) -> Self {
        self.inner.messages = value.into();
        self
    }
    /// Sends `messages` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Messages of the user's mailbox.
    ///
    /// Read-only.
    pub fn null_messages(mut self) -> Self {
        self.inner.messages = crate::Nullable::Null;
        self
    }
    /// Sets `onenote`.
    ///
    /// The user's OneNote notebooks and pages.
    ///
    /// Read-only.
    pub fn onenote(mut self, value: impl Into<crate::beta::Onenote>) -> Self {
        self.inner.onenote = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onenote` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's OneNote notebooks and pages.
    ///
    /// Read-only.
    pub fn set_onenote(mut self, value: Option<crate::beta::Onenote>) -> Self {
        self.inner.onenote = value.into();
        self
    }
    /// Sends `onenote` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's OneNote notebooks and pages.
    ///
    /// Read-only.
    pub fn null_onenote(mut self) -> Self {
        self.inner.onenote = crate::Nullable::Null;
        self
    }
    /// Sets `outlook`.
    ///
    /// Outlook services of the user.
    ///
    /// Read-only.
    pub fn outlook(mut self, value: impl Into<crate::beta::OutlookUser>) -> Self {
        self.inner.outlook = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `outlook` to a value, or leaves it out of the body with `None`.
    ///
    /// Outlook services of the user.
    ///
    /// Read-only.
    pub fn set_outlook(mut self, value: Option<crate::beta::OutlookUser>) -> Self {
        self.inner.outlook = value.into();
        self
    }
    /// Sends `outlook` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Outlook services of the user.
    ///
    /// Read-only.
    pub fn null_outlook(mut self) -> Self {
        self.inner.outlook = crate::Nullable::Null;
        self
    }
    /// Appends one item to `ownedDevices` (creating the collection if needed).
    ///
    /// Devices the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn owned_devices(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.owned_devices.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `ownedDevices` to a value, or leaves it out of the body with `None`.
    ///
    /// Devices the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_owned_devices(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.owned_devices = value.into();
        self
    }
    /// Sends `ownedDevices` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Devices the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_owned_devices(mut self) -> Self {
        self.inner.owned_devices = crate::Nullable::Null;
        self
    }
    /// Appends one item to `ownedObjects` (creating the collection if needed).
    ///
    /// Directory objects the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn owned_objects(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.owned_objects.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `ownedObjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Directory objects the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_owned_objects(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.owned_objects = value.into();
        self
    }
    /// Sends `ownedObjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Directory objects the user owns.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_owned_objects(mut self) -> Self {
        self.inner.owned_objects = crate::Nullable::Null;
        self
    }
    /// Sets `pendingAccessReviewInstances`.
    ///
    /// Access reviews waiting for this user to decide.
    pub fn pending_access_review_instances(
        mut self,
        value: impl Into<crate::beta::AccessReviewInstance>,
    ) -> Self {
        self.inner.pending_access_review_instances = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `pendingAccessReviewInstances` to a value, or leaves it out of the body with `None`.
    ///
    /// Access reviews waiting for this user to decide.
    pub fn set_pending_access_review_instances(
        mut self,
        value: Option<crate::beta::AccessReviewInstance>,
    ) -> Self {
        self.inner.pending_access_review_instances = value.into();
        self
    }
    /// Sends `pendingAccessReviewInstances` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Access reviews waiting for this user to decide.
    pub fn null_pending_access_review_instances(mut self) -> Self {
        self.inner.pending_access_review_instances = crate::Nullable::Null;
        self
    }
    /// Appends one item to `people` (creating the collection if needed).
    ///
    /// People related to the user.
    ///
    /// Read-only.
    pub fn people(mut self, item: impl Into<crate::beta::Person>) -> Self {
        self.inner.people.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `people` to a value, or leaves it out of the body with `None`.
    ///
    /// People related to the user.
    ///
    /// Read-only.
    pub fn set_people(mut self, value: Option<Vec<crate::beta::Person>>) -> Self {
        self.inner.people = value.into();
        self
    }
    /// Sends `people` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// People related to the user.
    ///
    /// Read-only.
    pub fn null_people(mut self) -> Self {
        self.inner.people = crate::Nullable::Null;
        self
    }
    /// Sets `photo`.
    ///
    /// Profile photo of the user.
    ///
    /// Read-only.
    pub fn photo(mut self, value: impl Into<crate::beta::ProfilePhoto>) -> Self {
        self.inner.photo = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `photo` to a value, or leaves it out of the body with `None`.
    ///
    /// Profile photo of the user.
    ///
    /// Read-only.
    pub fn set_photo(mut self, value: Option<crate::beta::ProfilePhoto>) -> Self {
        self.inner.photo = value.into();
        self
    }
    /// Sends `photo` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Profile photo of the user.
    ///
    /// Read-only.
    pub fn null_photo(mut self) -> Self {
        self.inner.photo = crate::Nullable::Null;
        self
    }
    /// Appends one item to `photos` (creating the collection if needed).
    ///
    /// Profile photos of the user in several sizes.
    ///
    /// Read-only.
    pub fn photos(mut self, item: impl Into<crate::beta::Photo>) -> Self {
        self.inner.photos.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `photos` to a value, or leaves it out of the body with `None`.
    ///
    /// Profile photos of the user in several sizes.
    ///
    /// Read-only.
    pub fn set_photos(mut self, value: Option<Vec<crate::beta::Photo>>) -> Self {
        self.inner.photos = value.into();
        self
    }
    /// Sends `photos` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Profile photos of the user in several sizes.
    ///
    /// Read-only.
    pub fn null_photos(mut self) -> Self {
        self.inner.photos = crate::Nullable::Null;
        self
    }
    /// Sets `planner`.
    ///
    /// The user's Planner data.
    ///
    /// Read-only.
    pub fn planner(mut self, value: impl Into<crate::beta::PlannerUser>) -> Self {
        self.inner.planner = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `planner` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's Planner data.
    ///
    /// Read-only.
    pub fn set_planner(mut self, value: Option<crate::beta::PlannerUser>) -> Self {
        self.inner.planner = value.into();
        self
    }
    /// Sends `planner` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's Planner data.
    ///
    /// Read-only.
    pub fn null_planner(mut self) -> Self {
        self.inner.planner = crate::Nullable::Null;
        self
    }
    /// Sets `profile`.
    ///
    /// Profile of the user.
    pub fn profile(mut self, value: impl Into<crate::beta::Profile>) -> Self {
        self.inner.profile = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `profile` to a value, or leaves it out of the body with `None`.
    ///
    /// Profile of the user.
    pub fn set_profile(mut self, value: Option<crate::beta::Profile>) -> Self {
        self.inner.profile = value.into();
        self
    }
    /// Sends `profile` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Profile of the user.
    pub fn null_profile(mut self) -> Self {
        self.inner.profile = crate::Nullable::Null;
        self
    }
    /// Appends one item to `registeredDevices` (creating the collection if needed).
    ///
    /// Devices registered for the user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn registered_devices(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.registered_devices.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `registeredDevices` to a value, or leaves it out of the body with `None`.
    ///
    /// Devices registered for the user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn set_registered_devices(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.registered_devices = value.into();
        self
    }
    /// Sends `registeredDevices` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Devices registered for the user.
    ///
    /// Read-only. Supports `$expand`.
    pub fn null_registered_devices(mut self) -> Self {
        self.inner.registered_devices = crate::Nullable::Null;
        self
    }
    /// Appends one item to `scopedRoleMemberOf` (creating the collection if needed).
    ///
    /// Directory roles the user holds within an administrative unit.
    ///
    /// Read-only.
    pub fn scoped_role_member_of(
        mut self,
        item: impl Into<crate::beta::ScopedRoleMembership>,
    ) -> Self {
        self.inner.scoped_role_member_of.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `scopedRoleMemberOf` to a value, or leaves it out of the body with `None`.
    ///
    /// Directory roles the user holds within an administrative unit.
    ///
    /// Read-only.
    pub fn set_scoped_role_member_of(
        mut self,
        value: Option<Vec<crate::beta::ScopedRoleMembership>>,
    ) -> Self {
        self.inner.scoped_role_member_of = value.into();
        self
    }
    /// Sends `scopedRoleMemberOf` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Directory roles the user holds within an administrative unit.
    ///
    /// Read-only.
    pub fn null_scoped_role_member_of(mut self) -> Self {
        self.inner.scoped_role_member_of = crate::Nullable::Null;
        self
    }
    /// Sets `settings`.
    ///
    /// Settings of the user.
    ///
    /// Read-only.
    pub fn settings(mut self, value: impl Into<crate::beta::UserSettings>) -> Self {
        self.inner.settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `settings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings of the user.
    ///
    /// Read-only.
    pub fn set_settings(mut self, value: Option<crate::beta::UserSettings>) -> Self {
        self.inner.settings = value.into();
        self
    }
    /// Sends `settings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings of the user.
    ///
    /// Read-only.
    pub fn null_settings(mut self) -> Self {
        self.inner.settings = crate::Nullable::Null;
        self
    }
    /// Sets `teamwork`.
    ///
    /// Teams settings and apps of the user.
    ///
    /// Read-only.
    pub fn teamwork(mut self, value: impl Into<crate::beta::UserTeamwork>) -> Self {
        self.inner.teamwork = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `teamwork` to a value, or leaves it out of the body with `None`.
    ///
    /// Teams settings and apps of the user.
    ///
    /// Read-only.
    pub fn set_teamwork(mut self, value: Option<crate::beta::UserTeamwork>) -> Self {
        self.inner.teamwork = value.into();
        self
    }
    /// Sends `teamwork` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Teams settings and apps of the user.
    ///
    /// Read-only.
    pub fn null_teamwork(mut self) -> Self {
        self.inner.teamwork = crate::Nullable::Null;
        self
    }
    /// Sets `todo`.
    ///
    /// The user's To Do lists and tasks.
    pub fn todo(mut self, value: impl Into<crate::beta::Todo>) -> Self {
        self.inner.todo = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `todo` to a value, or leaves it out of the body with `None`.
    ///
    /// The user's To Do lists and tasks.
    pub fn set_todo(mut self, value: Option<crate::beta::Todo>) -> Self {
        self.inner.todo = value.into();
        self
    }
    /// Sends `todo` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user's To Do lists and tasks.
    pub fn null_todo(mut self) -> Self {
        self.inner.todo = crate::Nullable::Null;
        self
    }
    /// Appends one item to `transitiveMemberOf` (creating the collection if needed).
    ///
    /// Groups and roles the user belongs to, directly or through nested groups.
    pub fn transitive_member_of(
        mut self,
        item: impl Into<crate::beta::DirectoryObjectKind>,
    ) -> Self {
        self.inner.transitive_member_of.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `transitiveMemberOf` to a value, or leaves it out of the body with `None`.
    ///
    /// Groups and roles the user belongs to, directly or through nested groups.
    pub fn set_transitive_member_of(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.transitive_member_of = value.into();
        self
    }
    /// Sends `transitiveMemberOf` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Groups and roles the user belongs to, directly or through nested groups.
    pub fn null_transitive_member_of(mut self) -> Self {
        self.inner.transitive_member_of = crate::Nullable::Null;
        self
    }
    /// Appends one item to `transitiveReports` (creating the collection if needed).
    ///
    /// Everyone who reports to the user, directly or further down.
    ///
    /// Read-only.
    pub fn transitive_reports(mut self, item: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.transitive_reports.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `transitiveReports` to a value, or leaves it out of the body with `None`.
    ///
    /// Everyone who reports to the user, directly or further down.
    ///
    /// Read-only.
    pub fn set_transitive_reports(
        mut self,
        value: Option<Vec<crate::beta::DirectoryObjectKind>>,
    ) -> Self {
        self.inner.transitive_reports = value.into();
        self
    }
    /// Sends `transitiveReports` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Everyone who reports to the user, directly or further down.
    ///
    /// Read-only.
    pub fn null_transitive_reports(mut self) -> Self {
        self.inner.transitive_reports = crate::Nullable::Null;
        self
    }
    /// Appends one item to `usageRights` (creating the collection if needed).
    ///
    /// Usage rights granted to the user.
    pub fn usage_rights(mut self, item: impl Into<crate::beta::UsageRight>) -> Self {
        self.inner.usage_rights.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `usageRights` to a value, or leaves it out of the body with `None`.
    ///
    /// Usage rights granted to the user.
    pub fn set_usage_rights(mut self, value: Option<Vec<crate::beta::UsageRight>>) -> Self {
        self.inner.usage_rights = value.into();
        self
    }
    /// Sends `usageRights` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Usage rights granted to the user.
    pub fn null_usage_rights(mut self) -> Self {
        self.inner.usage_rights = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`User`].
    pub fn build(self) -> User {
        self.inner
    }
}

impl crate::GraphType for User {
    const ODATA_TYPE: &'static str = "#microsoft.graph.user";
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "aboutMe",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "accountEnabled",
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
            name: "ageGroup",
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
            name: "assignedLicenses",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.assignedLicense"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "assignedPlans",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Not],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.assignedPlan"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "authorizationInfo",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::StartsWith],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.authorizationInfo"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "birthday",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "businessPhones",
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "city",
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
            name: "companyName",
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
            name: "consentProvidedForMinor",
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
            name: "country",
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
            name: "creationType",
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
            name: "customSecurityAttributes",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.customSecurityAttributeValue"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "department",
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
            name: "employeeHireDate",
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "employeeId",
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
            name: "employeeLeaveDateTime",
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "employeeOrgData",
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
            ty: crate::PropertyType::Complex("microsoft.graph.employeeOrgData"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "employeeType",
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
            name: "externalUserState",
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
            name: "externalUserStateChangeDateTime",
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
            name: "faxNumber",
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
            name: "givenName",
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
            name: "hireDate",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "identities",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.objectIdentity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "imAddresses",
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
            name: "infoCatalogs",
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "interests",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isResourceAccount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "jobTitle",
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
            name: "lastPasswordChangeDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "legalAgeGroupClassification",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "licenseAssignmentStates",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.licenseAssignmentState"),
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "mailboxSettings",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.mailboxSettings"),
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
            name: "mobilePhone",
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
            name: "mySite",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "officeLocation",
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
            name: "onPremisesDistinguishedName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesDomainName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesExtensionAttributes",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.onPremisesExtensionAttributes"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "onPremisesImmutableId",
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
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
            ],
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
            name: "onPremisesUserPrincipalName",
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
            name: "otherMails",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::In,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "passwordPolicies",
            filter: &[crate::FilterOp::Ne, crate::FilterOp::Not, crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "passwordProfile",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::In,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.passwordProfile"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "pastProjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "postalCode",
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
            name: "preferredName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "provisionedPlans",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.provisionedPlan"),
            read_only: true,
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
            name: "refreshTokensValidFromDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "responsibilities",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "schools",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "securityIdentifier",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
                crate::FilterOp::StartsWith,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "showInAddressList",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "signInActivity",
            filter: &[
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
                crate::FilterOp::Not,
                crate::FilterOp::Ge,
                crate::FilterOp::Le,
            ],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.signInActivity"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "signInSessionsValidFromDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "skills",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "state",
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
            name: "streetAddress",
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
            name: "surname",
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
            name: "usageLocation",
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
            name: "userPrincipalName",
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
            name: "userType",
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
            name: "agreementAcceptances",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.agreementAcceptance"),
            read_only: true,
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
            name: "authentication",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.authentication"),
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
            name: "calendarGroups",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.calendarGroup"),
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
            name: "calendars",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.calendar"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "contactFolders",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.contactFolder"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "contacts",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.contact"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "createdObjects",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "directReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
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
            read_only: true,
        },
        crate::PropertyInfo {
            name: "extensions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.extension"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "inferenceClassification",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.inferenceClassification"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "insights",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.itemInsights"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "joinedGroups",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.group"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "mailFolders",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.mailFolder"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "manager",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
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
            name: "joinedTeams",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.team"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "messages",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.message"),
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
            name: "outlook",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.outlookUser"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "ownedDevices",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "ownedObjects",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "pendingAccessReviewInstances",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.accessReviewInstance"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "people",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.person"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "photo",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.profilePhoto"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "photos",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.photo"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "planner",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.plannerUser"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "profile",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.profile"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "registeredDevices",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "scopedRoleMemberOf",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.scopedRoleMembership"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.userSettings"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "teamwork",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.userTeamwork"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "todo",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.todo"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "transitiveMemberOf",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "transitiveReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: true,
        },
        crate::PropertyInfo {
            name: "usageRights",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.usageRight"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for User {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "aboutMe", &self.about_me)?;
        crate::__private::write_field(map, "accountEnabled", &self.account_enabled)?;
        crate::__private::write_field(map, "ageGroup", &self.age_group)?;
        crate::__private::write_field(map, "assignedLicenses", &self.assigned_licenses)?;
        crate::__private::write_field(map, "assignedPlans", &self.assigned_plans)?;
        crate::__private::write_field(map, "authorizationInfo", &self.authorization_info)?;
        crate::__private::write_field(map, "birthday", &self.birthday)?;
        crate::__private::write_field(map, "businessPhones", &self.business_phones)?;
        crate::__private::write_field(map, "city", &self.city)?;
        crate::__private::write_field(map, "companyName", &self.company_name)?;
        crate::__private::write_field(map, "consentProvidedForMinor", &self.consent_provided_for_minor)?;
        crate::__private::write_field(map, "country", &self.country)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "creationType", &self.creation_type)?;
        crate::__private::write_field(map, "customSecurityAttributes", &self.custom_security_attributes)?;
        crate::__private::write_field(map, "department", &self.department)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "employeeHireDate", &self.employee_hire_date)?;
        crate::__private::write_field(map, "employeeId", &self.employee_id)?;
        crate::__private::write_field(map, "employeeLeaveDateTime", &self.employee_leave_date_time)?;
        crate::__private::write_field(map, "employeeOrgData", &self.employee_org_data)?;
        crate::__private::write_field(map, "employeeType", &self.employee_type)?;
        crate::__private::write_field(map, "externalUserState", &self.external_user_state)?;
        crate::__private::write_field(map, "externalUserStateChangeDateTime", &self.external_user_state_change_date_time)?;
        crate::__private::write_field(map, "faxNumber", &self.fax_number)?;
        crate::__private::write_field(map, "givenName", &self.given_name)?;
        crate::__private::write_field(map, "hireDate", &self.hire_date)?;
        crate::__private::write_field(map, "identities", &self.identities)?;
        crate::__private::write_field(map, "imAddresses", &self.im_addresses)?;
        crate::__private::write_field(map, "infoCatalogs", &self.info_catalogs)?;
        crate::__private::write_field(map, "interests", &self.interests)?;
        crate::__private::write_field(map, "isResourceAccount", &self.is_resource_account)?;
        crate::__private::write_field(map, "jobTitle", &self.job_title)?;
        crate::__private::write_field(map, "lastPasswordChangeDateTime", &self.last_password_change_date_time)?;
        crate::__private::write_field(map, "legalAgeGroupClassification", &self.legal_age_group_classification)?;
        crate::__private::write_field(map, "licenseAssignmentStates", &self.license_assignment_states)?;
        crate::__private::write_field(map, "mail", &self.mail)?;
        crate::__private::write_field(map, "mailboxSettings", &self.mailbox_settings)?;
        crate::__private::write_field(map, "mailNickname", &self.mail_nickname)?;
        crate::__private::write_field(map, "mobilePhone", &self.mobile_phone)?;
        crate::__private::write_field(map, "mySite", &self.my_site)?;
        crate::__private::write_field(map, "officeLocation", &self.office_location)?;
        crate::__private::write_field(map, "onPremisesDistinguishedName", &self.on_premises_distinguished_name)?;
        crate::__private::write_field(map, "onPremisesDomainName", &self.on_premises_domain_name)?;
        crate::__private::write_field(map, "onPremisesExtensionAttributes", &self.on_premises_extension_attributes)?;
        crate::__private::write_field(map, "onPremisesImmutableId", &self.on_premises_immutable_id)?;
        crate::__private::write_field(map, "onPremisesLastSyncDateTime", &self.on_premises_last_sync_date_time)?;
        crate::__private::write_field(map, "onPremisesProvisioningErrors", &self.on_premises_provisioning_errors)?;
        crate::__private::write_field(map, "onPremisesSamAccountName", &self.on_premises_sam_account_name)?;
        crate::__private::write_field(map, "onPremisesSecurityIdentifier", &self.on_premises_security_identifier)?;
        crate::__private::write_field(map, "onPremisesSyncEnabled", &self.on_premises_sync_enabled)?;
        crate::__private::write_field(map, "onPremisesUserPrincipalName", &self.on_premises_user_principal_name)?;
        crate::__private::write_field(map, "otherMails", &self.other_mails)?;
        crate::__private::write_field(map, "passwordPolicies", &self.password_policies)?;
        crate::__private::write_field(map, "passwordProfile", &self.password_profile)?;
        crate::__private::write_field(map, "pastProjects", &self.past_projects)?;
        crate::__private::write_field(map, "postalCode", &self.postal_code)?;
        crate::__private::write_field(map, "preferredDataLocation", &self.preferred_data_location)?;
        crate::__private::write_field(map, "preferredLanguage", &self.preferred_language)?;
        crate::__private::write_field(map, "preferredName", &self.preferred_name)?;
        crate::__private::write_field(map, "provisionedPlans", &self.provisioned_plans)?;
        crate::__private::write_field(map, "proxyAddresses", &self.proxy_addresses)?;
        crate::__private::write_field(map, "refreshTokensValidFromDateTime", &self.refresh_tokens_valid_from_date_time)?;
        crate::__private::write_field(map, "responsibilities", &self.responsibilities)?;
        crate::__private::write_field(map, "schools", &self.schools)?;
        crate::__private::write_field(map, "securityIdentifier", &self.security_identifier)?;
        crate::__private::write_field(map, "showInAddressList", &self.show_in_address_list)?;
        crate::__private::write_field(map, "signInActivity", &self.sign_in_activity)?;
        crate::__private::write_field(map, "signInSessionsValidFromDateTime", &self.sign_in_sessions_valid_from_date_time)?;
        crate::__private::write_field(map, "skills", &self.skills)?;
        crate::__private::write_field(map, "state", &self.state)?;
        crate::__private::write_field(map, "streetAddress", &self.street_address)?;
        crate::__private::write_field(map, "surname", &self.surname)?;
        crate::__private::write_field(map, "usageLocation", &self.usage_location)?;
        crate::__private::write_field(map, "userPrincipalName", &self.user_principal_name)?;
        crate::__private::write_field(map, "userType", &self.user_type)?;
        crate::__private::write_field(map, "agreementAcceptances", &self.agreement_acceptances)?;
        crate::__private::write_field(map, "appRoleAssignments", &self.app_role_assignments)?;
        crate::__private::write_field(map, "authentication", &self.authentication)?;
        crate::__private::write_field(map, "calendar", &self.calendar)?;
        crate::__private::write_field(map, "calendarGroups", &self.calendar_groups)?;
        crate::__private::write_field(map, "calendarView", &self.calendar_view)?;
        crate::__private::write_field(map, "calendars", &self.calendars)?;
        crate::__private::write_field(map, "contactFolders", &self.contact_folders)?;
        crate::__private::write_field(map, "contacts", &self.contacts)?;
        crate::__private::write_field(map, "createdObjects", &self.created_objects)?;
        crate::__private::write_field(map, "directReports", &self.direct_reports)?;
        crate::__private::write_field(map, "drive", &self.drive)?;
        crate::__private::write_field(map, "drives", &self.drives)?;
        crate::__private::write_field(map, "events", &self.events)?;
        crate::__private::write_field(map, "extensions", &self.extensions)?;
        crate::__private::write_field(map, "inferenceClassification", &self.inference_classification)?;
        crate::__private::write_field(map, "insights", &self.insights)?;
        crate::__private::write_field(map, "joinedGroups", &self.joined_groups)?;
        crate::__private::write_field(map, "mailFolders", &self.mail_folders)?;
        crate::__private::write_field(map, "manager", &self.manager)?;
        crate::__private::write_field(map, "memberOf", &self.member_of)?;
        crate::__private::write_field(map, "joinedTeams", &self.joined_teams)?;
        crate::__private::write_field(map, "messages", &self.messages)?;
        crate::__private::write_field(map, "onenote", &self.onenote)?;
        crate::__private::write_field(map, "outlook", &self.outlook)?;
        crate::__private::write_field(map, "ownedDevices", &self.owned_devices)?;
        crate::__private::write_field(map, "ownedObjects", &self.owned_objects)?;
        crate::__private::write_field(map, "pendingAccessReviewInstances", &self.pending_access_review_instances)?;
        crate::__private::write_field(map, "people", &self.people)?;
        crate::__private::write_field(map, "photo", &self.photo)?;
        crate::__private::write_field(map, "photos", &self.photos)?;
        crate::__private::write_field(map, "planner", &self.planner)?;
        crate::__private::write_field(map, "profile", &self.profile)?;
        crate::__private::write_field(map, "registeredDevices", &self.registered_devices)?;
        crate::__private::write_field(map, "scopedRoleMemberOf", &self.scoped_role_member_of)?;
        crate::__private::write_field(map, "settings", &self.settings)?;
        crate::__private::write_field(map, "teamwork", &self.teamwork)?;
        crate::__private::write_field(map, "todo", &self.todo)?;
        crate::__private::write_field(map, "transitiveMemberOf", &self.transitive_member_of)?;
        crate::__private::write_field(map, "transitiveReports", &self.transitive_reports)?;
        crate::__private::write_field(map, "usageRights", &self.usage_rights)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "aboutMe" => !self.about_me.is_absent(),
            "accountEnabled" => !self.account_enabled.is_absent(),
            "ageGroup" => !self.age_group.is_absent(),
            "assignedLicenses" => !self.assigned_licenses.is_absent(),
            "assignedPlans" => !self.assigned_plans.is_absent(),
            "authorizationInfo" => !self.authorization_info.is_absent(),
            "birthday" => !self.birthday.is_absent(),
            "businessPhones" => !self.business_phones.is_absent(),
            "city" => !self.city.is_absent(),
            "companyName" => !self.company_name.is_absent(),
            "consentProvidedForMinor" => !self.consent_provided_for_minor.is_absent(),
            "country" => !self.country.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "creationType" => !self.creation_type.is_absent(),
            "customSecurityAttributes" => !self.custom_security_attributes.is_absent(),
            "department" => !self.department.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "employeeHireDate" => !self.employee_hire_date.is_absent(),
            "employeeId" => !self.employee_id.is_absent(),
            "employeeLeaveDateTime" => !self.employee_leave_date_time.is_absent(),
            "employeeOrgData" => !self.employee_org_data.is_absent(),
            "employeeType" => !self.employee_type.is_absent(),
            "externalUserState" => !self.external_user_state.is_absent(),
            "externalUserStateChangeDateTime" => !self.external_user_state_change_date_time.is_absent(),
            "faxNumber" => !self.fax_number.is_absent(),
            "givenName" => !self.given_name.is_absent(),
            "hireDate" => !self.hire_date.is_absent(),
            "identities" => !self.identities.is_absent(),
            "imAddresses" => !self.im_addresses.is_absent(),
            "infoCatalogs" => !self.info_catalogs.is_absent(),
            "interests" => !self.interests.is_absent(),
            "isResourceAccount" => !self.is_resource_account.is_absent(),
            "jobTitle" => !self.job_title.is_absent(),
            "lastPasswordChangeDateTime" => !self.last_password_change_date_time.is_absent(),
            "legalAgeGroupClassification" => !self.legal_age_group_classification.is_absent(),
            "licenseAssignmentStates" => !self.license_assignment_states.is_absent(),
            "mail" => !self.mail.is_absent(),
            "mailboxSettings" => !self.mailbox_settings.is_absent(),
            "mailNickname" => !self.mail_nickname.is_absent(),
            "mobilePhone" => !self.mobile_phone.is_absent(),
            "mySite" => !self.my_site.is_absent(),
            "officeLocation" => !self.office_location.is_absent(),
            "onPremisesDistinguishedName" => !self.on_premises_distinguished_name.is_absent(),
            "onPremisesDomainName" => !self.on_premises_domain_name.is_absent(),
            "onPremisesExtensionAttributes" => !self.on_premises_extension_attributes.is_absent(),
            "onPremisesImmutableId" => !self.on_premises_immutable_id.is_absent(),
            "onPremisesLastSyncDateTime" => !self.on_premises_last_sync_date_time.is_absent(),
            "onPremisesProvisioningErrors" => !self.on_premises_provisioning_errors.is_absent(),
            "onPremisesSamAccountName" => !self.on_premises_sam_account_name.is_absent(),
            "onPremisesSecurityIdentifier" => !self.on_premises_security_identifier.is_absent(),
            "onPremisesSyncEnabled" => !self.on_premises_sync_enabled.is_absent(),
            "onPremisesUserPrincipalName" => !self.on_premises_user_principal_name.is_absent(),
            "otherMails" => !self.other_mails.is_absent(),
            "passwordPolicies" => !self.password_policies.is_absent(),
            "passwordProfile" => !self.password_profile.is_absent(),
            "pastProjects" => !self.past_projects.is_absent(),
            "postalCode" => !self.postal_code.is_absent(),
            "preferredDataLocation" => !self.preferred_data_location.is_absent(),
            "preferredLanguage" => !self.preferred_language.is_absent(),
            "preferredName" => !self.preferred_name.is_absent(),
            "provisionedPlans" => !self.provisioned_plans.is_absent(),
            "proxyAddresses" => !self.proxy_addresses.is_absent(),
            "refreshTokensValidFromDateTime" => !self.refresh_tokens_valid_from_date_time.is_absent(),
            "responsibilities" => !self.responsibilities.is_absent(),
            "schools" => !self.schools.is_absent(),
            "securityIdentifier" => !self.security_identifier.is_absent(),
            "showInAddressList" => !self.show_in_address_list.is_absent(),
            "signInActivity" => !self.sign_in_activity.is_absent(),
            "signInSessionsValidFromDateTime" => !self.sign_in_sessions_valid_from_date_time.is_absent(),
            "skills" => !self.skills.is_absent(),
            "state" => !self.state.is_absent(),
            "streetAddress" => !self.street_address.is_absent(),
            "surname" => !self.surname.is_absent(),
            "usageLocation" => !self.usage_location.is_absent(),
            "userPrincipalName" => !self.user_principal_name.is_absent(),
            "userType" => !self.user_type.is_absent(),
            "agreementAcceptances" => !self.agreement_acceptances.is_absent(),
            "appRoleAssignments" => !self.app_role_assignments.is_absent(),
            "authentication" => !self.authentication.is_absent(),
            "calendar" => !self.calendar.is_absent(),
            "calendarGroups" => !self.calendar_groups.is_absent(),
            "calendarView" => !self.calendar_view.is_absent(),
            "calendars" => !self.calendars.is_absent(),
            "contactFolders" => !self.contact_folders.is_absent(),
            "contacts" => !self.contacts.is_absent(),
            "createdObjects" => !self.created_objects.is_absent(),
            "directReports" => !self.direct_reports.is_absent(),
            "drive" => !self.drive.is_absent(),
            "drives" => !self.drives.is_absent(),
            "events" => !self.events.is_absent(),
            "extensions" => !self.extensions.is_absent(),
            "inferenceClassification" => !self.inference_classification.is_absent(),
            "insights" => !self.insights.is_absent(),
            "joinedGroups" => !self.joined_groups.is_absent(),
            "mailFolders" => !self.mail_folders.is_absent(),
            "manager" => !self.manager.is_absent(),
            "memberOf" => !self.member_of.is_absent(),
            "joinedTeams" => !self.joined_teams.is_absent(),
            "messages" => !self.messages.is_absent(),
            "onenote" => !self.onenote.is_absent(),
            "outlook" => !self.outlook.is_absent(),
            "ownedDevices" => !self.owned_devices.is_absent(),
            "ownedObjects" => !self.owned_objects.is_absent(),
            "pendingAccessReviewInstances" => !self.pending_access_review_instances.is_absent(),
            "people" => !self.people.is_absent(),
            "photo" => !self.photo.is_absent(),
            "photos" => !self.photos.is_absent(),
            "planner" => !self.planner.is_absent(),
            "profile" => !self.profile.is_absent(),
            "registeredDevices" => !self.registered_devices.is_absent(),
            "scopedRoleMemberOf" => !self.scoped_role_member_of.is_absent(),
            "settings" => !self.settings.is_absent(),
            "teamwork" => !self.teamwork.is_absent(),
            "todo" => !self.todo.is_absent(),
            "transitiveMemberOf" => !self.transitive_member_of.is_absent(),
            "transitiveReports" => !self.transitive_reports.is_absent(),
            "usageRights" => !self.usage_rights.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for User {
    const EXPECTING: &'static str = "a `microsoft.graph.user` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "deletedDateTime" => crate::__private::field(map, &mut self.deleted_date_time)?,
            "aboutMe" => crate::__private::field(map, &mut self.about_me)?,
            "accountEnabled" => crate::__private::field(map, &mut self.account_enabled)?,
            "ageGroup" => crate::__private::field(map, &mut self.age_group)?,
            "assignedLicenses" => crate::__private::object_list(map, &mut self.assigned_licenses)?,
            "assignedPlans" => crate::__private::object_list(map, &mut self.assigned_plans)?,
            "authorizationInfo" => crate::__private::field(map, &mut self.authorization_info)?,
            "birthday" => crate::__private::field(map, &mut self.birthday)?,
            "businessPhones" => crate::__private::field(map, &mut self.business_phones)?,
            "city" => crate::__private::field(map, &mut self.city)?,
            "companyName" => crate::__private::field(map, &mut self.company_name)?,
            "consentProvidedForMinor" => crate::__private::field(map, &mut self.consent_provided_for_minor)?,
            "country" => crate::__private::field(map, &mut self.country)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "creationType" => crate::__private::field(map, &mut self.creation_type)?,
            "customSecurityAttributes" => crate::__private::field(map, &mut self.custom_security_attributes)?,
            "department" => crate::__private::field(map, &mut self.department)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "employeeHireDate" => crate::__private::field(map, &mut self.employee_hire_date)?,
            "employeeId" => crate::__private::field(map, &mut self.employee_id)?,
            "employeeLeaveDateTime" => crate::__private::field(map, &mut self.employee_leave_date_time)?,
            "employeeOrgData" => crate::__private::field(map, &mut self.employee_org_data)?,
            "employeeType" => crate::__private::field(map, &mut self.employee_type)?,
            "externalUserState" => crate::__private::field(map, &mut self.external_user_state)?,
            "externalUserStateChangeDateTime" => crate::__private::field(map, &mut self.external_user_state_change_date_time)?,
            "faxNumber" => crate::__private::field(map, &mut self.fax_number)?,
            "givenName" => crate::__private::field(map, &mut self.given_name)?,
            "hireDate" => crate::__private::field(map, &mut self.hire_date)?,
            "identities" => crate::__private::object_list(map, &mut self.identities)?,
            "imAddresses" => crate::__private::field(map, &mut self.im_addresses)?,
            "infoCatalogs" => crate::__private::field(map, &mut self.info_catalogs)?,
            "interests" => crate::__private::field(map, &mut self.interests)?,
            "isResourceAccount" => crate::__private::field(map, &mut self.is_resource_account)?,
            "jobTitle" => crate::__private::field(map, &mut self.job_title)?,
            "lastPasswordChangeDateTime" => crate::__private::field(map, &mut self.last_password_change_date_time)?,
            "legalAgeGroupClassification" => crate::__private::field(map, &mut self.legal_age_group_classification)?,
            "licenseAssignmentStates" => crate::__private::object_list(map, &mut self.license_assignment_states)?,
            "mail" => crate::__private::field(map, &mut self.mail)?,
            "mailboxSettings" => crate::__private::field(map, &mut self.mailbox_settings)?,
            "mailNickname" => crate::__private::field(map, &mut self.mail_nickname)?,
            "mobilePhone" => crate::__private::field(map, &mut self.mobile_phone)?,
            "mySite" => crate::__private::field(map, &mut self.my_site)?,
            "officeLocation" => crate::__private::field(map, &mut self.office_location)?,
            "onPremisesDistinguishedName" => crate::__private::field(map, &mut self.on_premises_distinguished_name)?,
            "onPremisesDomainName" => crate::__private::field(map, &mut self.on_premises_domain_name)?,
            "onPremisesExtensionAttributes" => crate::__private::field(map, &mut self.on_premises_extension_attributes)?,
            "onPremisesImmutableId" => crate::__private::field(map, &mut self.on_premises_immutable_id)?,
            "onPremisesLastSyncDateTime" => crate::__private::field(map, &mut self.on_premises_last_sync_date_time)?,
            "onPremisesProvisioningErrors" => crate::__private::object_list(map, &mut self.on_premises_provisioning_errors)?,
            "onPremisesSamAccountName" => crate::__private::field(map, &mut self.on_premises_sam_account_name)?,
            "onPremisesSecurityIdentifier" => crate::__private::field(map, &mut self.on_premises_security_identifier)?,
            "onPremisesSyncEnabled" => crate::__private::field(map, &mut self.on_premises_sync_enabled)?,
            "onPremisesUserPrincipalName" => crate::__private::field(map, &mut self.on_premises_user_principal_name)?,
            "otherMails" => crate::__private::field(map, &mut self.other_mails)?,
            "passwordPolicies" => crate::__private::field(map, &mut self.password_policies)?,
            "passwordProfile" => crate::__private::field(map, &mut self.password_profile)?,
            "pastProjects" => crate::__private::field(map, &mut self.past_projects)?,
            "postalCode" => crate::__private::field(map, &mut self.postal_code)?,
            "preferredDataLocation" => crate::__private::field(map, &mut self.preferred_data_location)?,
            "preferredLanguage" => crate::__private::field(map, &mut self.preferred_language)?,
            "preferredName" => crate::__private::field(map, &mut self.preferred_name)?,
            "provisionedPlans" => crate::__private::object_list(map, &mut self.provisioned_plans)?,
            "proxyAddresses" => crate::__private::field(map, &mut self.proxy_addresses)?,
            "refreshTokensValidFromDateTime" => crate::__private::field(map, &mut self.refresh_tokens_valid_from_date_time)?,
            "responsibilities" => crate::__private::field(map, &mut self.responsibilities)?,
            "schools" => crate::__private::field(map, &mut self.schools)?,
            "securityIdentifier" => crate::__private::field(map, &mut self.security_identifier)?,
            "showInAddressList" => crate::__private::field(map, &mut self.show_in_address_list)?,
            "signInActivity" => crate::__private::field(map, &mut self.sign_in_activity)?,
            "signInSessionsValidFromDateTime" => crate::__private::field(map, &mut self.sign_in_sessions_valid_from_date_time)?,
            "skills" => crate::__private::field(map, &mut self.skills)?,
            "state" => crate::__private::field(map, &mut self.state)?,
            "streetAddress" => crate::__private::field(map, &mut self.street_address)?,
            "surname" => crate::__private::field(map, &mut self.surname)?,
            "usageLocation" => crate::__private::field(map, &mut self.usage_location)?,
            "userPrincipalName" => crate::__private::field(map, &mut self.user_principal_name)?,
            "userType" => crate::__private::field(map, &mut self.user_type)?,
            "agreementAcceptances" => crate::__private::object_list(map, &mut self.agreement_acceptances)?,
            "appRoleAssignments" => crate::__private::object_list(map, &mut self.app_role_assignments)?,
            "authentication" => crate::__private::field(map, &mut self.authentication)?,
            "calendar" => crate::__private::field(map, &mut self.calendar)?,
            "calendarGroups" => crate::__private::object_list(map, &mut self.calendar_groups)?,
            "calendarView" => crate::__private::object_list(map, &mut self.calendar_view)?,
            "calendars" => crate::__private::object_list(map, &mut self.calendars)?,
            "contactFolders" => crate::__private::object_list(map, &mut self.contact_folders)?,
            "contacts" => crate::__private::object_list(map, &mut self.contacts)?,
            "createdObjects" => crate::__private::field(map, &mut self.created_objects)?,
            "directReports" => crate::__private::field(map, &mut self.direct_reports)?,
            "drive" => crate::__private::field(map, &mut self.drive)?,
            "drives" => crate::__private::object_list(map, &mut self.drives)?,
            "events" => crate::__private::object_list(map, &mut self.events)?,
            "extensions" => crate::__private::object_list(map, &mut self.extensions)?,
            "inferenceClassification" => crate::__private::field(map, &mut self.inference_classification)?,
            "insights" => crate::__private::field(map, &mut self.insights)?,
            "joinedGroups" => crate::__private::object_list(map, &mut self.joined_groups)?,
            "mailFolders" => crate::__private::object_list(map, &mut self.mail_folders)?,
            "manager" => crate::__private::field(map, &mut self.manager)?,
            "memberOf" => crate::__private::field(map, &mut self.member_of)?,
            "joinedTeams" => crate::__private::object_list(map, &mut self.joined_teams)?,
            "messages" => crate::__private::object_list(map, &mut self.messages)?,
            "onenote" => crate::__private::field(map, &mut self.onenote)?,
            "outlook" => crate::__private::field(map, &mut self.outlook)?,
            "ownedDevices" => crate::__private::field(map, &mut self.owned_devices)?,
            "ownedObjects" => crate::__private::field(map, &mut self.owned_objects)?,
            "pendingAccessReviewInstances" => crate::__private::field(map, &mut self.pending_access_review_instances)?,
            "people" => crate::__private::object_list(map, &mut self.people)?,
            "photo" => crate::__private::field(map, &mut self.photo)?,
            "photos" => crate::__private::object_list(map, &mut self.photos)?,
            "planner" => crate::__private::field(map, &mut self.planner)?,
            "profile" => crate::__private::field(map, &mut self.profile)?,
            "registeredDevices" => crate::__private::field(map, &mut self.registered_devices)?,
            "scopedRoleMemberOf" => crate::__private::object_list(map, &mut self.scoped_role_member_of)?,
            "settings" => crate::__private::field(map, &mut self.settings)?,
            "teamwork" => crate::__private::field(map, &mut self.teamwork)?,
            "todo" => crate::__private::field(map, &mut self.todo)?,
            "transitiveMemberOf" => crate::__private::field(map, &mut self.transitive_member_of)?,
            "transitiveReports" => crate::__private::field(map, &mut self.transitive_reports)?,
            "usageRights" => crate::__private::object_list(map, &mut self.usage_rights)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
