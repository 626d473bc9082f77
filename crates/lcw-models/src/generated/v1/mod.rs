// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Types and operations of the `v1.0` API.

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::v1::*;
pub mod identity_governance;
pub use self::identity_governance::{
    ActivateProcessingResultScope, ActivateProcessingResultScopeBuilder, ActivationScope,
    ActivationScopeBuilder, ActivationScopeKind, AttributeChangeTrigger,
    AttributeChangeTriggerBuilder, AttributeSetEntry, AttributeSetEntryBuilder,
    AwaitedWorkflowProcessingResult, AwaitedWorkflowProcessingResultBuilder,
    CancelRunsScope, CancelRunsScopeBuilder, CancelScope, CancelScopeBuilder,
    CancelScopeKind, CountBasedQuarantineCondition, CountBasedQuarantineConditionBuilder,
    CustomTaskExtension, CustomTaskExtensionBuilder,
    CustomTaskExtensionCallbackConfiguration,
    CustomTaskExtensionCallbackConfigurationBuilder, CustomTaskExtensionCallbackData,
    CustomTaskExtensionCallbackDataBuilder, CustomTaskExtensionCalloutData,
    CustomTaskExtensionCalloutDataBuilder, CustomTaskExtensionResponseData,
    CustomTaskExtensionResponseDataBuilder, DirectoryObjectWorkflowSubject,
    DirectoryObjectWorkflowSubjectBuilder, GroupBasedSubjectSet,
    GroupBasedSubjectSetBuilder, Insights, InsightsBuilder, LifecycleManagementSettings,
    LifecycleManagementSettingsBuilder, LifecycleWorkflowsContainer,
    LifecycleWorkflowsContainerBuilder, MembershipChangeTrigger,
    MembershipChangeTriggerBuilder, OnDemandExecutionOnly, OnDemandExecutionOnlyBuilder,
    Parameter, ParameterBuilder, PercentageBasedQuarantineCondition,
    PercentageBasedQuarantineConditionBuilder, ProvisioningAttributeMapping,
    ProvisioningAttributeMappingBuilder, ProvisioningObjectWorkflowSubject,
    ProvisioningObjectWorkflowSubjectBuilder, QuarantineCondition,
    QuarantineConditionBuilder, QuarantineConditionKind, QuarantineConfiguration,
    QuarantineConfigurationBuilder, QuarantineDetails, QuarantineDetailsBuilder,
    RuleBasedSubjectSet, RuleBasedSubjectSetBuilder, Run, RunBuilder, RunSummary,
    RunSummaryBuilder, SubjectProcessingResult, SubjectProcessingResultBuilder,
    SubjectSummary, SubjectSummaryBuilder, Task, TaskBuilder, TaskDefinition,
    TaskDefinitionBuilder, TaskProcessingResult, TaskProcessingResultBuilder, TaskReport,
    TaskReportBuilder, TaskReportSummary, TaskReportSummaryBuilder,
    TimeBasedAttributeTrigger, TimeBasedAttributeTriggerBuilder, TopTasksInsightsSummary,
    TopTasksInsightsSummaryBuilder, TopWorkflowsInsightsSummary,
    TopWorkflowsInsightsSummaryBuilder, TriggerAndScopeBasedConditions,
    TriggerAndScopeBasedConditionsBuilder, TriggerAttribute, TriggerAttributeBuilder,
    UserInactivityTrigger, UserInactivityTriggerBuilder, UserProcessingResult,
    UserProcessingResultBuilder, UserSummary, UserSummaryBuilder, Workflow, WorkflowBase,
    WorkflowBaseBuilder, WorkflowBuilder, WorkflowExecutionConditions,
    WorkflowExecutionConditionsBuilder, WorkflowExecutionConditionsKind,
    WorkflowExecutionTrigger, WorkflowExecutionTriggerBuilder,
    WorkflowExecutionTriggerKind, WorkflowSetting, WorkflowSettingBuilder,
    WorkflowSubject, WorkflowSubjectBuilder, WorkflowSubjectKind, WorkflowTemplate,
    WorkflowTemplateBuilder, WorkflowVersion, WorkflowVersionBuilder,
    WorkflowsInsightsByCategory, WorkflowsInsightsByCategoryBuilder,
    WorkflowsInsightsSummary, WorkflowsInsightsSummaryBuilder,
};

mod access_review_set;
pub use access_review_set::{AccessReviewSet, AccessReviewSetBuilder};

mod agreement_acceptance;
pub use agreement_acceptance::{AgreementAcceptance, AgreementAcceptanceBuilder};

mod app_consent_approval_route;
pub use app_consent_approval_route::{
    AppConsentApprovalRoute, AppConsentApprovalRouteBuilder,
};

mod app_role_assignment;
pub use app_role_assignment::{AppRoleAssignment, AppRoleAssignmentBuilder};

mod application;
pub use application::{Application, ApplicationBuilder};

mod assigned_label;
pub use assigned_label::{AssignedLabel, AssignedLabelBuilder};

mod assigned_license;
pub use assigned_license::{AssignedLicense, AssignedLicenseBuilder};

mod assigned_plan;
pub use assigned_plan::{AssignedPlan, AssignedPlanBuilder};

mod authorization_info;
pub use authorization_info::{AuthorizationInfo, AuthorizationInfoBuilder};

mod automatic_replies_setting;
pub use automatic_replies_setting::{
    AutomaticRepliesSetting, AutomaticRepliesSettingBuilder,
};

mod azure_ad_pop_token_authentication;
pub use azure_ad_pop_token_authentication::{
    AzureAdPopTokenAuthentication, AzureAdPopTokenAuthenticationBuilder,
};

mod azure_ad_token_authentication;
pub use azure_ad_token_authentication::{
    AzureAdTokenAuthentication, AzureAdTokenAuthenticationBuilder,
};

mod calendar;
pub use calendar::{Calendar, CalendarBuilder};

mod calendar_group;
pub use calendar_group::{CalendarGroup, CalendarGroupBuilder};

mod contact;
pub use contact::{Contact, ContactBuilder};

mod contact_folder;
pub use contact_folder::{ContactFolder, ContactFolderBuilder};

mod conversation;
pub use conversation::{Conversation, ConversationBuilder};

mod conversation_thread;
pub use conversation_thread::{ConversationThread, ConversationThreadBuilder};

mod custom_callout_extension;
pub use custom_callout_extension::{
    CustomCalloutExtension, CustomCalloutExtensionBuilder,
};

mod custom_extension_authentication_configuration;
pub use custom_extension_authentication_configuration::{
    CustomExtensionAuthenticationConfiguration,
    CustomExtensionAuthenticationConfigurationBuilder,
    CustomExtensionAuthenticationConfigurationKind,
};

mod custom_extension_callback_configuration;
pub use custom_extension_callback_configuration::{
    CustomExtensionCallbackConfiguration, CustomExtensionCallbackConfigurationBuilder,
    CustomExtensionCallbackConfigurationKind,
};

mod custom_extension_callout_request;
pub use custom_extension_callout_request::{
    CustomExtensionCalloutRequest, CustomExtensionCalloutRequestBuilder,
};

mod custom_extension_callout_response;
pub use custom_extension_callout_response::{
    CustomExtensionCalloutResponse, CustomExtensionCalloutResponseBuilder,
};

mod custom_extension_client_configuration;
pub use custom_extension_client_configuration::{
    CustomExtensionClientConfiguration, CustomExtensionClientConfigurationBuilder,
};

mod custom_extension_data;
pub use custom_extension_data::{
    CustomExtensionData, CustomExtensionDataBuilder, CustomExtensionDataKind,
};

mod custom_extension_endpoint_configuration;
pub use custom_extension_endpoint_configuration::{
    CustomExtensionEndpointConfiguration, CustomExtensionEndpointConfigurationBuilder,
    CustomExtensionEndpointConfigurationKind,
};

mod custom_security_attribute_value;
pub use custom_security_attribute_value::{
    CustomSecurityAttributeValue, CustomSecurityAttributeValueBuilder,
};

mod deleted_item_container;
pub use deleted_item_container::{DeletedItemContainer, DeletedItemContainerBuilder};

mod directory_object;
pub use directory_object::{DirectoryObject, DirectoryObjectBuilder, DirectoryObjectKind};

mod drive;
pub use drive::{Drive, DriveBuilder};

mod email_settings;
pub use email_settings::{EmailSettings, EmailSettingsBuilder};

mod employee_org_data;
pub use employee_org_data::{EmployeeOrgData, EmployeeOrgDataBuilder};

mod entitlement_management;
pub use entitlement_management::{EntitlementManagement, EntitlementManagementBuilder};

mod entity;
pub use entity::{Entity, EntityBuilder};

mod event;
pub use event::{Event, EventBuilder};

mod extension;
pub use extension::{Extension, ExtensionBuilder};

mod group;
pub use group::{Group, GroupBuilder};

mod group_lifecycle_policy;
pub use group_lifecycle_policy::{GroupLifecyclePolicy, GroupLifecyclePolicyBuilder};

mod group_setting;
pub use group_setting::{GroupSetting, GroupSettingBuilder};

mod identity;
pub use identity::{Identity, IdentityBuilder};

mod identity_governance_type;
pub use identity_governance_type::{IdentityGovernance, IdentityGovernanceBuilder};

mod identity_set;
pub use identity_set::{IdentitySet, IdentitySetBuilder};

mod inference_classification;
pub use inference_classification::{
    InferenceClassification, InferenceClassificationBuilder,
};

mod item_insights;
pub use item_insights::{ItemInsights, ItemInsightsBuilder};

mod key_value_pair;
pub use key_value_pair::{KeyValuePair, KeyValuePairBuilder};

mod license_assignment_state;
pub use license_assignment_state::{
    LicenseAssignmentState, LicenseAssignmentStateBuilder,
};

mod license_details;
pub use license_details::{LicenseDetails, LicenseDetailsBuilder};

mod license_processing_state;
pub use license_processing_state::{
    LicenseProcessingState, LicenseProcessingStateBuilder,
};

mod locale_info;
pub use locale_info::{LocaleInfo, LocaleInfoBuilder};

mod logic_app_trigger_endpoint_configuration;
pub use logic_app_trigger_endpoint_configuration::{
    LogicAppTriggerEndpointConfiguration, LogicAppTriggerEndpointConfigurationBuilder,
};

mod mail_folder;
pub use mail_folder::{MailFolder, MailFolderBuilder};

mod mailbox_settings;
pub use mailbox_settings::{MailboxSettings, MailboxSettingsBuilder};

mod message;
pub use message::{Message, MessageBuilder};

mod object_identity;
pub use object_identity::{ObjectIdentity, ObjectIdentityBuilder};

mod on_premises_extension_attributes;
pub use on_premises_extension_attributes::{
    OnPremisesExtensionAttributes, OnPremisesExtensionAttributesBuilder,
};

mod on_premises_provisioning_error;
pub use on_premises_provisioning_error::{
    OnPremisesProvisioningError, OnPremisesProvisioningErrorBuilder,
};

mod onenote;
pub use onenote::{Onenote, OnenoteBuilder};

mod operations;
pub use operations::OPERATIONS;

mod outlook_user;
pub use outlook_user::{OutlookUser, OutlookUserBuilder};

mod password_profile;
pub use password_profile::{PasswordProfile, PasswordProfileBuilder};

mod person;
pub use person::{Person, PersonBuilder};

mod planner_group;
pub use planner_group::{PlannerGroup, PlannerGroupBuilder};

mod planner_user;
pub use planner_user::{PlannerUser, PlannerUserBuilder};

mod privileged_access_root;
pub use privileged_access_root::{PrivilegedAccessRoot, PrivilegedAccessRootBuilder};

mod profile_photo;
pub use profile_photo::{ProfilePhoto, ProfilePhotoBuilder};

mod provisioned_plan;
pub use provisioned_plan::{ProvisionedPlan, ProvisionedPlanBuilder};

mod registry;
pub use registry::TYPES;
#[cfg(feature = "test-hooks")]
pub use registry::__reencode;

mod resource_specific_permission_grant;
pub use resource_specific_permission_grant::{
    ResourceSpecificPermissionGrant, ResourceSpecificPermissionGrantBuilder,
};

mod sign_in_activity;
pub use sign_in_activity::{SignInActivity, SignInActivityBuilder};

mod site;
pub use site::{Site, SiteBuilder};

mod subject_set;
pub use subject_set::{SubjectSet, SubjectSetBuilder, SubjectSetKind};

mod terms_of_use_container;
pub use terms_of_use_container::{TermsOfUseContainer, TermsOfUseContainerBuilder};

mod todo;
pub use todo::{Todo, TodoBuilder};

mod user;
pub use user::{User, UserBuilder};

mod user_activity;
pub use user_activity::{UserActivity, UserActivityBuilder};

mod working_hours;
pub use working_hours::{WorkingHours, WorkingHoursBuilder};
