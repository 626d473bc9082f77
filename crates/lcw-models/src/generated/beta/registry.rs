// Generated from docs-src/api-reference/beta/resources by `cargo xtask regenerate`. Do not edit.
/// Every type of this version with its properties, in name order.
pub static TYPES: &[crate::TypeInfo] = &[
    crate::TypeInfo {
        name: "microsoft.graph.accessReviewInstance",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::AccessReviewInstance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.accessReviewSet",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::AccessReviewSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.agreementAcceptance",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::AgreementAcceptance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.appConsentApprovalRoute",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.appRoleAssignment",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::AppRoleAssignment as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.application",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::beta::Application as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedLabel",
        base: None,
        properties: <crate::beta::AssignedLabel as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedLicense",
        base: None,
        properties: <crate::beta::AssignedLicense as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedPlan",
        base: None,
        properties: <crate::beta::AssignedPlan as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.authentication",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Authentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.authorizationInfo",
        base: None,
        properties: <crate::beta::AuthorizationInfo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.automaticRepliesSetting",
        base: None,
        properties: <crate::beta::AutomaticRepliesSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdPopTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <crate::beta::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <crate::beta::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.calendar",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Calendar as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.calendarGroup",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::CalendarGroup as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.contact",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Contact as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.contactFolder",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ContactFolder as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.conversation",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Conversation as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.conversationThread",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ConversationThread as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customCalloutExtension",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionAuthenticationConfiguration",
        base: None,
        properties: <crate::beta::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCallbackConfiguration",
        base: None,
        properties: <crate::beta::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutRequest",
        base: None,
        properties: <crate::beta::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutResponse",
        base: None,
        properties: <crate::beta::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionClientConfiguration",
        base: None,
        properties: <crate::beta::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionData",
        base: None,
        properties: <crate::beta::CustomExtensionData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionEndpointConfiguration",
        base: None,
        properties: <crate::beta::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customSecurityAttributeValue",
        base: None,
        properties: <crate::beta::CustomSecurityAttributeValue as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.deletedItemContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::DeletedItemContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.directoryObject",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::DirectoryObject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.drive",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Drive as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.emailSettings",
        base: None,
        properties: <crate::beta::EmailSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.employeeOrgData",
        base: None,
        properties: <crate::beta::EmployeeOrgData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entitlementManagement",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::EntitlementManagement as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entity",
        base: None,
        properties: <crate::beta::Entity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.event",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Event as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.extension",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Extension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.group",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::beta::Group as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.groupLifecyclePolicy",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::GroupLifecyclePolicy as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.groupSetting",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::GroupSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identity",
        base: None,
        properties: <crate::beta::Identity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance",
        base: None,
        properties: <crate::beta::IdentityGovernance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identitySet",
        base: None,
        properties: <crate::beta::IdentitySet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.inferenceClassification",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::InferenceClassification as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.itemInsights",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ItemInsights as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.keyValuePair",
        base: None,
        properties: <crate::beta::KeyValuePair as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.licenseAssignmentState",
        base: None,
        properties: <crate::beta::LicenseAssignmentState as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.licenseProcessingState",
        base: None,
        properties: <crate::beta::LicenseProcessingState as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.localeInfo",
        base: None,
        properties: <crate::beta::LocaleInfo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.logicAppTriggerEndpointConfiguration",
        base: Some("microsoft.graph.customExtensionEndpointConfiguration"),
        properties: <crate::beta::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.mailFolder",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::MailFolder as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.mailboxSettings",
        base: None,
        properties: <crate::beta::MailboxSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.message",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Message as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.objectIdentity",
        base: None,
        properties: <crate::beta::ObjectIdentity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onPremisesExtensionAttributes",
        base: None,
        properties: <crate::beta::OnPremisesExtensionAttributes as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onPremisesProvisioningError",
        base: None,
        properties: <crate::beta::OnPremisesProvisioningError as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onenote",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Onenote as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.outlookUser",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::OutlookUser as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.passwordProfile",
        base: None,
        properties: <crate::beta::PasswordProfile as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.person",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Person as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.photo",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Photo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.plannerGroup",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::PlannerGroup as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.plannerUser",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::PlannerUser as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.privilegedAccessRoot",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.profile",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Profile as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.profilePhoto",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ProfilePhoto as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.provisionedPlan",
        base: None,
        properties: <crate::beta::ProvisionedPlan as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.publicError",
        base: None,
        properties: <crate::beta::PublicError as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.resourceSpecificPermissionGrant",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ResourceSpecificPermissionGrant as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.roleManagementAlert",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::RoleManagementAlert as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.scopedRoleMembership",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::ScopedRoleMembership as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.signInActivity",
        base: None,
        properties: <crate::beta::SignInActivity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.site",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Site as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.subjectSet",
        base: None,
        properties: <crate::beta::SubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.team",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Team as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.termsOfUseContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.todo",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::Todo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.usageRight",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::UsageRight as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.user",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::beta::User as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.userSettings",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::UserSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.userTeamwork",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::UserTeamwork as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.workingHours",
        base: None,
        properties: <crate::beta::WorkingHours as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activateProcessingResultScope",
        base: Some("microsoft.graph.identityGovernance.activationScope"),
        properties: <crate::beta::identity_governance::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activationScope",
        base: None,
        properties: <crate::beta::identity_governance::ActivationScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicy"),
        properties: <crate::beta::identity_governance::AgentIdentityLifecyclePolicy as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <crate::beta::identity_governance::AllExcludingGroupsSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::beta::identity_governance::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeSetEntry",
        base: None,
        properties: <crate::beta::identity_governance::AttributeSetEntry as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult",
        base: None,
        properties: <crate::beta::identity_governance::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelRunsScope",
        base: Some("microsoft.graph.identityGovernance.cancelScope"),
        properties: <crate::beta::identity_governance::CancelRunsScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelScope",
        base: None,
        properties: <crate::beta::identity_governance::CancelScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.countBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <crate::beta::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtension",
        base: Some("microsoft.graph.customCalloutExtension"),
        properties: <crate::beta::identity_governance::CustomTaskExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
        base: Some("microsoft.graph.customExtensionCallbackConfiguration"),
        properties: <crate::beta::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::beta::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::beta::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionResponseData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::beta::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.deleteOnlyEnforcementAction",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction"),
        properties: <crate::beta::identity_governance::DeleteOnlyEnforcementAction as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <crate::beta::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.disableOnlyEnforcementAction",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction"),
        properties: <crate::beta::identity_governance::DisableOnlyEnforcementAction as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction"),
        properties: <crate::beta::identity_governance::DisableThenDeleteEnforcementAction as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.groupBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <crate::beta::identity_governance::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.inactivityRule",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyRule"),
        properties: <crate::beta::identity_governance::InactivityRule as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.insights",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::Insights as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleManagementSettings",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicy",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicy as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyAgentIdentitySubjectReference",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicySubjectReference"),
        properties: <crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyEnforcementAction as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyImpactAction",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyImpactAction as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyImpactSummary",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicyImpactSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyNotificationSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicyPriorityConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyReference",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyReference as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyReport",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicyReport as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyRule",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicyRule as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyScopeProcessing as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttempt",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicySubjectCompliance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicySubjectEnforcement as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicySubjectReference",
        base: None,
        properties: <crate::beta::identity_governance::LifecyclePolicySubjectReference as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicySubjectReport",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecyclePolicySubjectReport as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecyclePolicyUserSubjectReference",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicySubjectReference"),
        properties: <crate::beta::identity_governance::LifecyclePolicyUserSubjectReference as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.membershipChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::beta::identity_governance::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.onDemandExecutionOnly",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::beta::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.operatorBetween",
        base: Some("microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator"),
        properties: <crate::beta::identity_governance::OperatorBetween as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.operatorEqualTo",
        base: Some("microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator"),
        properties: <crate::beta::identity_governance::OperatorEqualTo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.operatorLessThanEqualTo",
        base: Some("microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator"),
        properties: <crate::beta::identity_governance::OperatorLessThanEqualTo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.parameter",
        base: None,
        properties: <crate::beta::identity_governance::Parameter as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <crate::beta::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.periodicAttestationRule",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyRule"),
        properties: <crate::beta::identity_governance::PeriodicAttestationRule as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningAttributeMapping",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::beta::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <crate::beta::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineCondition",
        base: None,
        properties: <crate::beta::identity_governance::QuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineConfiguration",
        base: None,
        properties: <crate::beta::identity_governance::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineDetails",
        base: None,
        properties: <crate::beta::identity_governance::QuarantineDetails as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.ruleBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <crate::beta::identity_governance::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.run",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::Run as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.runSummary",
        base: None,
        properties: <crate::beta::identity_governance::RunSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.sponsorPresenceRule",
        base: Some("microsoft.graph.identityGovernance.lifecyclePolicyRule"),
        properties: <crate::beta::identity_governance::SponsorPresenceRule as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectSummary",
        base: None,
        properties: <crate::beta::identity_governance::SubjectSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.task",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::Task as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskDefinition",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::TaskDefinition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::TaskProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReport",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::TaskReport as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReportSummary",
        base: None,
        properties: <crate::beta::identity_governance::TaskReportSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::beta::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::beta::identity_governance::TimeBasedAttributeTriggerV2 as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topTasksInsightsSummary",
        base: None,
        properties: <crate::beta::identity_governance::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary",
        base: None,
        properties: <crate::beta::identity_governance::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::beta::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAttribute",
        base: None,
        properties: <crate::beta::identity_governance::TriggerAttribute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userInactivityTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::beta::identity_governance::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userSummary",
        base: None,
        properties: <crate::beta::identity_governance::UserSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflow",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <crate::beta::identity_governance::Workflow as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowBase",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowBase as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionConditions",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionTrigger",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionTriggerOperator",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowExecutionTriggerOperator as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSetting",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSubject",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowTemplate",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::WorkflowTemplate as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTriggerOperator"),
        properties: <crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowVersion",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <crate::beta::identity_governance::WorkflowVersion as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsByCategory",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsSummary",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
    },
];

/// Decodes `json` as the type named `qualified` (a collection page when `collection`),
/// encodes it back, and gives the type's properties; `None` for a name this version does
/// not have. Polymorphic bases decode through their `Kind` enum. A test hook, behind the
/// `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[doc(hidden)]
pub fn __reencode(
    qualified: &str,
    collection: bool,
    json: &str,
) -> Option<(Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo])> {
    Some(match qualified.trim_start_matches('#') {
        "microsoft.graph.accessReviewInstance" => (
            crate::__private::reencode::<crate::beta::AccessReviewInstance>(collection, json),
            <crate::beta::AccessReviewInstance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.accessReviewSet" => (
            crate::__private::reencode::<crate::beta::AccessReviewSet>(collection, json),
            <crate::beta::AccessReviewSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.agreementAcceptance" => (
            crate::__private::reencode::<crate::beta::AgreementAcceptance>(collection, json),
            <crate::beta::AgreementAcceptance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.appConsentApprovalRoute" => (
            crate::__private::reencode::<crate::beta::AppConsentApprovalRoute>(collection, json),
            <crate::beta::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.appRoleAssignment" => (
            crate::__private::reencode::<crate::beta::AppRoleAssignment>(collection, json),
            <crate::beta::AppRoleAssignment as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.application" => (
            crate::__private::reencode::<crate::beta::Application>(collection, json),
            <crate::beta::Application as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedLabel" => (
            crate::__private::reencode::<crate::beta::AssignedLabel>(collection, json),
            <crate::beta::AssignedLabel as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedLicense" => (
            crate::__private::reencode::<crate::beta::AssignedLicense>(collection, json),
            <crate::beta::AssignedLicense as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedPlan" => (
            crate::__private::reencode::<crate::beta::AssignedPlan>(collection, json),
            <crate::beta::AssignedPlan as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.authentication" => (
            crate::__private::reencode::<crate::beta::Authentication>(collection, json),
            <crate::beta::Authentication as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.authorizationInfo" => (
            crate::__private::reencode::<crate::beta::AuthorizationInfo>(collection, json),
            <crate::beta::AuthorizationInfo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.automaticRepliesSetting" => (
            crate::__private::reencode::<crate::beta::AutomaticRepliesSetting>(collection, json),
            <crate::beta::AutomaticRepliesSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.azureAdPopTokenAuthentication" => (
            crate::__private::reencode::<crate::beta::AzureAdPopTokenAuthentication>(collection, json),
            <crate::beta::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.azureAdTokenAuthentication" => (
            crate::__private::reencode::<crate::beta::AzureAdTokenAuthentication>(collection, json),
            <crate::beta::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.calendar" => (
            crate::__private::reencode::<crate::beta::Calendar>(collection, json),
            <crate::beta::Calendar as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.calendarGroup" => (
            crate::__private::reencode::<crate::beta::CalendarGroup>(collection, json),
            <crate::beta::CalendarGroup as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.contact" => (
            crate::__private::reencode::<crate::beta::Contact>(collection, json),
            <crate::beta::Contact as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.contactFolder" => (
            crate::__private::reencode::<crate::beta::ContactFolder>(collection, json),
            <crate::beta::ContactFolder as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.conversation" => (
            crate::__private::reencode::<crate::beta::Conversation>(collection, json),
            <crate::beta::Conversation as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.conversationThread" => (
            crate::__private::reencode::<crate::beta::ConversationThread>(collection, json),
            <crate::beta::ConversationThread as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customCalloutExtension" => (
            crate::__private::reencode::<crate::beta::CustomCalloutExtension>(collection, json),
            <crate::beta::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionAuthenticationConfiguration" => (
            crate::__private::reencode::<crate::beta::CustomExtensionAuthenticationConfigurationKind>(collection, json),
            <crate::beta::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCallbackConfiguration" => (
            crate::__private::reencode::<crate::beta::CustomExtensionCallbackConfigurationKind>(collection, json),
            <crate::beta::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCalloutRequest" => (
            crate::__private::reencode::<crate::beta::CustomExtensionCalloutRequest>(collection, json),
            <crate::beta::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCalloutResponse" => (
            crate::__private::reencode::<crate::beta::CustomExtensionCalloutResponse>(collection, json),
            <crate::beta::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionClientConfiguration" => (
            crate::__private::reencode::<crate::beta::CustomExtensionClientConfiguration>(collection, json),
            <crate::beta::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionData" => (
            crate::__private::reencode::<crate::beta::CustomExtensionDataKind>(collection, json),
            <crate::beta::CustomExtensionData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionEndpointConfiguration" => (
            crate::__private::reencode::<crate::beta::CustomExtensionEndpointConfigurationKind>(collection, json),
            <crate::beta::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customSecurityAttributeValue" => (
            crate::__private::reencode::<crate::beta::CustomSecurityAttributeValue>(collection, json),
            <crate::beta::CustomSecurityAttributeValue as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.deletedItemContainer" => (
            crate::__private::reencode::<crate::beta::DeletedItemContainer>(collection, json),
            <crate::beta::DeletedItemContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.directoryObject" => (
            crate::__private::reencode::<crate::beta::DirectoryObjectKind>(collection, json),
            <crate::beta::DirectoryObject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.drive" => (
            crate::__private::reencode::<crate::beta::Drive>(collection, json),
            <crate::beta::Drive as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.emailSettings" => (
            crate::__private::reencode::<crate::beta::EmailSettings>(collection, json),
            <crate::beta::EmailSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.employeeOrgData" => (
            crate::__private::reencode::<crate::beta::EmployeeOrgData>(collection, json),
            <crate::beta::EmployeeOrgData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.entitlementManagement" => (
            crate::__private::reencode::<crate::beta::EntitlementManagement>(collection, json),
            <crate::beta::EntitlementManagement as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.entity" => (
            crate::__private::reencode::<crate::beta::Entity>(collection, json),
            <crate::beta::Entity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.event" => (
            crate::__private::reencode::<crate::beta::Event>(collection, json),
            <crate::beta::Event as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.extension" => (
            crate::__private::reencode::<crate::beta::Extension>(collection, json),
            <crate::beta::Extension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.group" => (
            crate::__private::reencode::<crate::beta::Group>(collection, json),
            <crate::beta::Group as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.groupLifecyclePolicy" => (
            crate::__private::reencode::<crate::beta::GroupLifecyclePolicy>(collection, json),
            <crate::beta::GroupLifecyclePolicy as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.groupSetting" => (
            crate::__private::reencode::<crate::beta::GroupSetting>(collection, json),
            <crate::beta::GroupSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identity" => (
            crate::__private::reencode::<crate::beta::Identity>(collection, json),
            <crate::beta::Identity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance" => (
            crate::__private::reencode::<crate::beta::IdentityGovernance>(collection, json),
            <crate::beta::IdentityGovernance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identitySet" => (
            crate::__private::reencode::<crate::beta::IdentitySet>(collection, json),
            <crate::beta::IdentitySet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.inferenceClassification" => (
            crate::__private::reencode::<crate::beta::InferenceClassification>(collection, json),
            <crate::beta::InferenceClassification as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.itemInsights" => (
            crate::__private::reencode::<crate::beta::ItemInsights>(collection, json),
            <crate::beta::ItemInsights as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.keyValuePair" => (
            crate::__private::reencode::<crate::beta::KeyValuePair>(collection, json),
            <crate::beta::KeyValuePair as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.licenseAssignmentState" => (
            crate::__private::reencode::<crate::beta::LicenseAssignmentState>(collection, json),
            <crate::beta::LicenseAssignmentState as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.licenseProcessingState" => (
            crate::__private::reencode::<crate::beta::LicenseProcessingState>(collection, json),
            <crate::beta::LicenseProcessingState as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.localeInfo" => (
            crate::__private::reencode::<crate::beta::LocaleInfo>(collection, json),
            <crate::beta::LocaleInfo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.logicAppTriggerEndpointConfiguration" => (
            crate::__private::reencode::<crate::beta::LogicAppTriggerEndpointConfiguration>(collection, json),
            <crate::beta::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.mailFolder" => (
            crate::__private::reencode::<crate::beta::MailFolder>(collection, json),
            <crate::beta::MailFolder as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.mailboxSettings" => (
            crate::__private::reencode::<crate::beta::MailboxSettings>(collection, json),
            <crate::beta::MailboxSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.message" => (
            crate::__private::reencode::<crate::beta::Message>(collection, json),
            <crate::beta::Message as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.objectIdentity" => (
            crate::__private::reencode::<crate::beta::ObjectIdentity>(collection, json),
            <crate::beta::ObjectIdentity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onPremisesExtensionAttributes" => (
            crate::__private::reencode::<crate::beta::OnPremisesExtensionAttributes>(collection, json),
            <crate::beta::OnPremisesExtensionAttributes as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onPremisesProvisioningError" => (
            crate::__private::reencode::<crate::beta::OnPremisesProvisioningError>(collection, json),
            <crate::beta::OnPremisesProvisioningError as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onenote" => (
            crate::__private::reencode::<crate::beta::Onenote>(collection, json),
            <crate::beta::Onenote as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.outlookUser" => (
            crate::__private::reencode::<crate::beta::OutlookUser>(collection, json),
            <crate::beta::OutlookUser as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.passwordProfile" => (
            crate::__private::reencode::<crate::beta::PasswordProfile>(collection, json),
            <crate::beta::PasswordProfile as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.person" => (
            crate::__private::reencode::<crate::beta::Person>(collection, json),
            <crate::beta::Person as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.photo" => (
            crate::__private::reencode::<crate::beta::Photo>(collection, json),
            <crate::beta::Photo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.plannerGroup" => (
            crate::__private::reencode::<crate::beta::PlannerGroup>(collection, json),
            <crate::beta::PlannerGroup as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.plannerUser" => (
            crate::__private::reencode::<crate::beta::PlannerUser>(collection, json),
            <crate::beta::PlannerUser as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.privilegedAccessRoot" => (
            crate::__private::reencode::<crate::beta::PrivilegedAccessRoot>(collection, json),
            <crate::beta::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.profile" => (
            crate::__private::reencode::<crate::beta::Profile>(collection, json),
            <crate::beta::Profile as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.profilePhoto" => (
            crate::__private::reencode::<crate::beta::ProfilePhoto>(collection, json),
            <crate::beta::ProfilePhoto as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.provisionedPlan" => (
            crate::__private::reencode::<crate::beta::ProvisionedPlan>(collection, json),
            <crate::beta::ProvisionedPlan as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.publicError" => (
            crate::__private::reencode::<crate::beta::PublicError>(collection, json),
            <crate::beta::PublicError as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.resourceSpecificPermissionGrant" => (
            crate::__private::reencode::<crate::beta::ResourceSpecificPermissionGrant>(collection, json),
            <crate::beta::ResourceSpecificPermissionGrant as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.roleManagementAlert" => (
            crate::__private::reencode::<crate::beta::RoleManagementAlert>(collection, json),
            <crate::beta::RoleManagementAlert as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.scopedRoleMembership" => (
            crate::__private::reencode::<crate::beta::ScopedRoleMembership>(collection, json),
            <crate::beta::ScopedRoleMembership as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.signInActivity" => (
            crate::__private::reencode::<crate::beta::SignInActivity>(collection, json),
            <crate::beta::SignInActivity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.site" => (
            crate::__private::reencode::<crate::beta::Site>(collection, json),
            <crate::beta::Site as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.subjectSet" => (
            crate::__private::reencode::<crate::beta::SubjectSetKind>(collection, json),
            <crate::beta::SubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.team" => (
            crate::__private::reencode::<crate::beta::Team>(collection, json),
            <crate::beta::Team as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.termsOfUseContainer" => (
            crate::__private::reencode::<crate::beta::TermsOfUseContainer>(collection, json),
            <crate::beta::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.todo" => (
            crate::__private::reencode::<crate::beta::Todo>(collection, json),
            <crate::beta::Todo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.usageRight" => (
            crate::__private::reencode::<crate::beta::UsageRight>(collection, json),
            <crate::beta::UsageRight as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.user" => (
            crate::__private::reencode::<crate::beta::User>(collection, json),
            <crate::beta::User as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.userSettings" => (
            crate::__private::reencode::<crate::beta::UserSettings>(collection, json),
            <crate::beta::UserSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.userTeamwork" => (
            crate::__private::reencode::<crate::beta::UserTeamwork>(collection, json),
            <crate::beta::UserTeamwork as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.workingHours" => (
            crate::__private::reencode::<crate::beta::WorkingHours>(collection, json),
            <crate::beta::WorkingHours as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.activateProcessingResultScope" => (
            crate::__private::reencode::<crate::beta::identity_governance::ActivateProcessingResultScope>(collection, json),
            <crate::beta::identity_governance::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.activationScope" => (
            crate::__private::reencode::<crate::beta::identity_governance::ActivationScopeKind>(collection, json),
            <crate::beta::identity_governance::ActivationScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy" => (
            crate::__private::reencode::<crate::beta::identity_governance::AgentIdentityLifecyclePolicy>(collection, json),
            <crate::beta::identity_governance::AgentIdentityLifecyclePolicy as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.allExcludingGroupsSubjectSet" => (
            crate::__private::reencode::<crate::beta::identity_governance::AllExcludingGroupsSubjectSet>(collection, json),
            <crate::beta::identity_governance::AllExcludingGroupsSubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.attributeChangeTrigger" => (
            crate::__private::reencode::<crate::beta::identity_governance::AttributeChangeTrigger>(collection, json),
            <crate::beta::identity_governance::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.attributeSetEntry" => (
            crate::__private::reencode::<crate::beta::identity_governance::AttributeSetEntry>(collection, json),
            <crate::beta::identity_governance::AttributeSetEntry as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult" => (
            crate::__private::reencode::<crate::beta::identity_governance::AwaitedWorkflowProcessingResult>(collection, json),
            <crate::beta::identity_governance::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.cancelRunsScope" => (
            crate::__private::reencode::<crate::beta::identity_governance::CancelRunsScope>(collection, json),
            <crate::beta::identity_governance::CancelRunsScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.cancelScope" => (
            crate::__private::reencode::<crate::beta::identity_governance::CancelScopeKind>(collection, json),
            <crate::beta::identity_governance::CancelScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.countBasedQuarantineCondition" => (
            crate::__private::reencode::<crate::beta::identity_governance::CountBasedQuarantineCondition>(collection, json),
            <crate::beta::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtension" => (
            crate::__private::reencode::<crate::beta::identity_governance::CustomTaskExtension>(collection, json),
            <crate::beta::identity_governance::CustomTaskExtension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration" => (
            crate::__private::reencode::<crate::beta::identity_governance::CustomTaskExtensionCallbackConfiguration>(collection, json),
            <crate::beta::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCallbackData" => (
            crate::__private::reencode::<crate::beta::identity_governance::CustomTaskExtensionCallbackData>(collection, json),
            <crate::beta::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCalloutData" => (
            crate::__private::reencode::<crate::beta::identity_governance::CustomTaskExtensionCalloutData>(collection, json),
            <crate::beta::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionResponseData" => (
            crate::__private::reencode::<crate::beta::identity_governance::CustomTaskExtensionResponseData>(collection, json),
            <crate::beta::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.deleteOnlyEnforcementAction" => (
            crate::__private::reencode::<crate::beta::identity_governance::DeleteOnlyEnforcementAction>(collection, json),
            <crate::beta::identity_governance::DeleteOnlyEnforcementAction as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject" => (
            crate::__private::reencode::<crate::beta::identity_governance::DirectoryObjectWorkflowSubject>(collection, json),
            <crate::beta::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.disableOnlyEnforcementAction" => (
            crate::__private::reencode::<crate::beta::identity_governance::DisableOnlyEnforcementAction>(collection, json),
            <crate::beta::identity_governance::DisableOnlyEnforcementAction as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction" => (
            crate::__private::reencode::<crate::beta::identity_governance::DisableThenDeleteEnforcementAction>(collection, json),
            <crate::beta::identity_governance::DisableThenDeleteEnforcementAction as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.groupBasedSubjectSet" => (
            crate::__private::reencode::<crate::beta::identity_governance::GroupBasedSubjectSet>(collection, json),
            <crate::beta::identity_governance::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.inactivityRule" => (
            crate::__private::reencode::<crate::beta::identity_governance::InactivityRule>(collection, json),
            <crate::beta::identity_governance::InactivityRule as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.insights" => (
            crate::__private::reencode::<crate::beta::identity_governance::Insights>(collection, json),
            <crate::beta::identity_governance::Insights as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecycleManagementSettings" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecycleManagementSettings>(collection, json),
            <crate::beta::identity_governance::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicy" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyKind>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicy as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyAgentIdentitySubjectReference" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyEnforcementActionKind>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyEnforcementAction as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyImpactAction" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyImpactAction>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyImpactAction as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyImpactSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyImpactSummary>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyImpactSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyNotificationSettings>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyNotificationSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyPriorityConfiguration>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyPriorityConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyReference" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyReference>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyReference as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyReport" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyReport>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyReport as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyRule" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyRuleKind>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyRule as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessing" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyScopeProcessing>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyScopeProcessing as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyScopeProcessingAttempt" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyScopeProcessingAttempt as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicySubjectCompliance" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicySubjectCompliance>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicySubjectCompliance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicySubjectEnforcement" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicySubjectEnforcement>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicySubjectEnforcement as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicySubjectReference" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicySubjectReferenceKind>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicySubjectReference as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicySubjectReport" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicySubjectReport>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicySubjectReport as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecyclePolicyUserSubjectReference" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecyclePolicyUserSubjectReference>(collection, json),
            <crate::beta::identity_governance::LifecyclePolicyUserSubjectReference as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer" => (
            crate::__private::reencode::<crate::beta::identity_governance::LifecycleWorkflowsContainer>(collection, json),
            <crate::beta::identity_governance::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.membershipChangeTrigger" => (
            crate::__private::reencode::<crate::beta::identity_governance::MembershipChangeTrigger>(collection, json),
            <crate::beta::identity_governance::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.onDemandExecutionOnly" => (
            crate::__private::reencode::<crate::beta::identity_governance::OnDemandExecutionOnly>(collection, json),
            <crate::beta::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.operatorBetween" => (
            crate::__private::reencode::<crate::beta::identity_governance::OperatorBetween>(collection, json),
            <crate::beta::identity_governance::OperatorBetween as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.operatorEqualTo" => (
            crate::__private::reencode::<crate::beta::identity_governance::OperatorEqualTo>(collection, json),
            <crate::beta::identity_governance::OperatorEqualTo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.operatorLessThanEqualTo" => (
            crate::__private::reencode::<crate::beta::identity_governance::OperatorLessThanEqualTo>(collection, json),
            <crate::beta::identity_governance::OperatorLessThanEqualTo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.parameter" => (
            crate::__private::reencode::<crate::beta::identity_governance::Parameter>(collection, json),
            <crate::beta::identity_governance::Parameter as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition" => (
            crate::__private::reencode::<crate::beta::identity_governance::PercentageBasedQuarantineCondition>(collection, json),
            <crate::beta::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.periodicAttestationRule" => (
            crate::__private::reencode::<crate::beta::identity_governance::PeriodicAttestationRule>(collection, json),
            <crate::beta::identity_governance::PeriodicAttestationRule as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.provisioningAttributeMapping" => (
            crate::__private::reencode::<crate::beta::identity_governance::ProvisioningAttributeMapping>(collection, json),
            <crate::beta::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject" => (
            crate::__private::reencode::<crate::beta::identity_governance::ProvisioningObjectWorkflowSubject>(collection, json),
            <crate::beta::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineCondition" => (
            crate::__private::reencode::<crate::beta::identity_governance::QuarantineConditionKind>(collection, json),
            <crate::beta::identity_governance::QuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineConfiguration" => (
            crate::__private::reencode::<crate::beta::identity_governance::QuarantineConfiguration>(collection, json),
            <crate::beta::identity_governance::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineDetails" => (
            crate::__private::reencode::<crate::beta::identity_governance::QuarantineDetails>(collection, json),
            <crate::beta::identity_governance::QuarantineDetails as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.ruleBasedSubjectSet" => (
            crate::__private::reencode::<crate::beta::identity_governance::RuleBasedSubjectSet>(collection, json),
            <crate::beta::identity_governance::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.run" => (
            crate::__private::reencode::<crate::beta::identity_governance::Run>(collection, json),
            <crate::beta::identity_governance::Run as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.runSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::RunSummary>(collection, json),
            <crate::beta::identity_governance::RunSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.sponsorPresenceRule" => (
            crate::__private::reencode::<crate::beta::identity_governance::SponsorPresenceRule>(collection, json),
            <crate::beta::identity_governance::SponsorPresenceRule as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.subjectProcessingResult" => (
            crate::__private::reencode::<crate::beta::identity_governance::SubjectProcessingResult>(collection, json),
            <crate::beta::identity_governance::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.subjectSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::SubjectSummary>(collection, json),
            <crate::beta::identity_governance::SubjectSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.task" => (
            crate::__private::reencode::<crate::beta::identity_governance::Task>(collection, json),
            <crate::beta::identity_governance::Task as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskDefinition" => (
            crate::__private::reencode::<crate::beta::identity_governance::TaskDefinition>(collection, json),
            <crate::beta::identity_governance::TaskDefinition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskProcessingResult" => (
            crate::__private::reencode::<crate::beta::identity_governance::TaskProcessingResult>(collection, json),
            <crate::beta::identity_governance::TaskProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskReport" => (
            crate::__private::reencode::<crate::beta::identity_governance::TaskReport>(collection, json),
            <crate::beta::identity_governance::TaskReport as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskReportSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::TaskReportSummary>(collection, json),
            <crate::beta::identity_governance::TaskReportSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.timeBasedAttributeTrigger" => (
            crate::__private::reencode::<crate::beta::identity_governance::TimeBasedAttributeTrigger>(collection, json),
            <crate::beta::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.timeBasedAttributeTriggerV2" => (
            crate::__private::reencode::<crate::beta::identity_governance::TimeBasedAttributeTriggerV2>(collection, json),
            <crate::beta::identity_governance::TimeBasedAttributeTriggerV2 as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.topTasksInsightsSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::TopTasksInsightsSummary>(collection, json),
            <crate::beta::identity_governance::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::TopWorkflowsInsightsSummary>(collection, json),
            <crate::beta::identity_governance::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions" => (
            crate::__private::reencode::<crate::beta::identity_governance::TriggerAndScopeBasedConditions>(collection, json),
            <crate::beta::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.triggerAttribute" => (
            crate::__private::reencode::<crate::beta::identity_governance::TriggerAttribute>(collection, json),
            <crate::beta::identity_governance::TriggerAttribute as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userInactivityTrigger" => (
            crate::__private::reencode::<crate::beta::identity_governance::UserInactivityTrigger>(collection, json),
            <crate::beta::identity_governance::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userProcessingResult" => (
            crate::__private::reencode::<crate::beta::identity_governance::UserProcessingResult>(collection, json),
            <crate::beta::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::UserSummary>(collection, json),
            <crate::beta::identity_governance::UserSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflow" => (
            crate::__private::reencode::<crate::beta::identity_governance::Workflow>(collection, json),
            <crate::beta::identity_governance::Workflow as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowBase" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowBase>(collection, json),
            <crate::beta::identity_governance::WorkflowBase as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionConditions" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowExecutionConditionsKind>(collection, json),
            <crate::beta::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionTrigger" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowExecutionTriggerKind>(collection, json),
            <crate::beta::identity_governance::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionTriggerOperator" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowExecutionTriggerOperatorKind>(collection, json),
            <crate::beta::identity_governance::WorkflowExecutionTriggerOperator as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowSetting" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowSetting>(collection, json),
            <crate::beta::identity_governance::WorkflowSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowSubject" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowSubjectKind>(collection, json),
            <crate::beta::identity_governance::WorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowTemplate" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowTemplate>(collection, json),
            <crate::beta::identity_governance::WorkflowTemplate as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowTriggerTimeBasedOperator" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator>(collection, json),
            <crate::beta::identity_governance::WorkflowTriggerTimeBasedOperator as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowVersion" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowVersion>(collection, json),
            <crate::beta::identity_governance::WorkflowVersion as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowsInsightsByCategory" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowsInsightsByCategory>(collection, json),
            <crate::beta::identity_governance::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowsInsightsSummary" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowsInsightsSummary>(collection, json),
            <crate::beta::identity_governance::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        _ => return None,
    })
}
