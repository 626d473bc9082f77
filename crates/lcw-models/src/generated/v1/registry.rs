// Generated from docs-src/api-reference/v1.0/resources by `cargo xtask regenerate`. Do not edit.
/// Every type of this version with its properties, in name order.
pub static TYPES: &[crate::TypeInfo] = &[
    crate::TypeInfo {
        name: "microsoft.graph.accessReviewSet",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::AccessReviewSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.agreementAcceptance",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::AgreementAcceptance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.appConsentApprovalRoute",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.appRoleAssignment",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::AppRoleAssignment as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.application",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::v1::Application as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedLabel",
        base: None,
        properties: <crate::v1::AssignedLabel as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedLicense",
        base: None,
        properties: <crate::v1::AssignedLicense as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.assignedPlan",
        base: None,
        properties: <crate::v1::AssignedPlan as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.authorizationInfo",
        base: None,
        properties: <crate::v1::AuthorizationInfo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.automaticRepliesSetting",
        base: None,
        properties: <crate::v1::AutomaticRepliesSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdPopTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <crate::v1::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <crate::v1::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.calendar",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Calendar as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.calendarGroup",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::CalendarGroup as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.contact",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Contact as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.contactFolder",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::ContactFolder as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.conversation",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Conversation as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.conversationThread",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::ConversationThread as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customCalloutExtension",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionAuthenticationConfiguration",
        base: None,
        properties: <crate::v1::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCallbackConfiguration",
        base: None,
        properties: <crate::v1::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutRequest",
        base: None,
        properties: <crate::v1::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutResponse",
        base: None,
        properties: <crate::v1::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionClientConfiguration",
        base: None,
        properties: <crate::v1::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionData",
        base: None,
        properties: <crate::v1::CustomExtensionData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionEndpointConfiguration",
        base: None,
        properties: <crate::v1::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customSecurityAttributeValue",
        base: None,
        properties: <crate::v1::CustomSecurityAttributeValue as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.deletedItemContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::DeletedItemContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.directoryObject",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::DirectoryObject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.drive",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Drive as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.emailSettings",
        base: None,
        properties: <crate::v1::EmailSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.employeeOrgData",
        base: None,
        properties: <crate::v1::EmployeeOrgData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entitlementManagement",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::EntitlementManagement as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entity",
        base: None,
        properties: <crate::v1::Entity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.event",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Event as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.extension",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Extension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.group",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::v1::Group as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.groupLifecyclePolicy",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::GroupLifecyclePolicy as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.groupSetting",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::GroupSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identity",
        base: None,
        properties: <crate::v1::Identity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance",
        base: None,
        properties: <crate::v1::IdentityGovernance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identitySet",
        base: None,
        properties: <crate::v1::IdentitySet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.inferenceClassification",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::InferenceClassification as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.itemInsights",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::ItemInsights as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.keyValuePair",
        base: None,
        properties: <crate::v1::KeyValuePair as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.licenseAssignmentState",
        base: None,
        properties: <crate::v1::LicenseAssignmentState as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.licenseDetails",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::LicenseDetails as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.licenseProcessingState",
        base: None,
        properties: <crate::v1::LicenseProcessingState as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.localeInfo",
        base: None,
        properties: <crate::v1::LocaleInfo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.logicAppTriggerEndpointConfiguration",
        base: Some("microsoft.graph.customExtensionEndpointConfiguration"),
        properties: <crate::v1::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.mailFolder",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::MailFolder as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.mailboxSettings",
        base: None,
        properties: <crate::v1::MailboxSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.message",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Message as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.objectIdentity",
        base: None,
        properties: <crate::v1::ObjectIdentity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onPremisesExtensionAttributes",
        base: None,
        properties: <crate::v1::OnPremisesExtensionAttributes as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onPremisesProvisioningError",
        base: None,
        properties: <crate::v1::OnPremisesProvisioningError as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onenote",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Onenote as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.outlookUser",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::OutlookUser as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.passwordProfile",
        base: None,
        properties: <crate::v1::PasswordProfile as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.person",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Person as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.plannerGroup",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::PlannerGroup as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.plannerUser",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::PlannerUser as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.privilegedAccessRoot",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.profilePhoto",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::ProfilePhoto as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.provisionedPlan",
        base: None,
        properties: <crate::v1::ProvisionedPlan as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.resourceSpecificPermissionGrant",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::ResourceSpecificPermissionGrant as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.signInActivity",
        base: None,
        properties: <crate::v1::SignInActivity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.site",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Site as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.subjectSet",
        base: None,
        properties: <crate::v1::SubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.termsOfUseContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.todo",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::Todo as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.user",
        base: Some("microsoft.graph.directoryObject"),
        properties: <crate::v1::User as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.userActivity",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::UserActivity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.workingHours",
        base: None,
        properties: <crate::v1::WorkingHours as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activateProcessingResultScope",
        base: Some("microsoft.graph.identityGovernance.activationScope"),
        properties: <crate::v1::identity_governance::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activationScope",
        base: None,
        properties: <crate::v1::identity_governance::ActivationScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::v1::identity_governance::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeSetEntry",
        base: None,
        properties: <crate::v1::identity_governance::AttributeSetEntry as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult",
        base: None,
        properties: <crate::v1::identity_governance::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelRunsScope",
        base: Some("microsoft.graph.identityGovernance.cancelScope"),
        properties: <crate::v1::identity_governance::CancelRunsScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelScope",
        base: None,
        properties: <crate::v1::identity_governance::CancelScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.countBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <crate::v1::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtension",
        base: Some("microsoft.graph.customCalloutExtension"),
        properties: <crate::v1::identity_governance::CustomTaskExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
        base: Some("microsoft.graph.customExtensionCallbackConfiguration"),
        properties: <crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::v1::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::v1::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionResponseData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <crate::v1::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <crate::v1::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.groupBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <crate::v1::identity_governance::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.insights",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::Insights as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleManagementSettings",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.membershipChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::v1::identity_governance::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.onDemandExecutionOnly",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::v1::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.parameter",
        base: None,
        properties: <crate::v1::identity_governance::Parameter as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <crate::v1::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningAttributeMapping",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::v1::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <crate::v1::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineCondition",
        base: None,
        properties: <crate::v1::identity_governance::QuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineConfiguration",
        base: None,
        properties: <crate::v1::identity_governance::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineDetails",
        base: None,
        properties: <crate::v1::identity_governance::QuarantineDetails as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.ruleBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <crate::v1::identity_governance::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.run",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::Run as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.runSummary",
        base: None,
        properties: <crate::v1::identity_governance::RunSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectSummary",
        base: None,
        properties: <crate::v1::identity_governance::SubjectSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.task",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::Task as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskDefinition",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::TaskDefinition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::TaskProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReport",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::TaskReport as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReportSummary",
        base: None,
        properties: <crate::v1::identity_governance::TaskReportSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::v1::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topTasksInsightsSummary",
        base: None,
        properties: <crate::v1::identity_governance::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary",
        base: None,
        properties: <crate::v1::identity_governance::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::v1::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAttribute",
        base: None,
        properties: <crate::v1::identity_governance::TriggerAttribute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userInactivityTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <crate::v1::identity_governance::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userSummary",
        base: None,
        properties: <crate::v1::identity_governance::UserSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflow",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <crate::v1::identity_governance::Workflow as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowBase",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowBase as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionConditions",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionTrigger",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSetting",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSubject",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowTemplate",
        base: Some("microsoft.graph.entity"),
        properties: <crate::v1::identity_governance::WorkflowTemplate as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowVersion",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <crate::v1::identity_governance::WorkflowVersion as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsByCategory",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsSummary",
        base: None,
        properties: <crate::v1::identity_governance::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
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
        "microsoft.graph.accessReviewSet" => (
            crate::__private::reencode::<crate::v1::AccessReviewSet>(collection, json),
            <crate::v1::AccessReviewSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.agreementAcceptance" => (
            crate::__private::reencode::<crate::v1::AgreementAcceptance>(collection, json),
            <crate::v1::AgreementAcceptance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.appConsentApprovalRoute" => (
            crate::__private::reencode::<crate::v1::AppConsentApprovalRoute>(collection, json),
            <crate::v1::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.appRoleAssignment" => (
            crate::__private::reencode::<crate::v1::AppRoleAssignment>(collection, json),
            <crate::v1::AppRoleAssignment as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.application" => (
            crate::__private::reencode::<crate::v1::Application>(collection, json),
            <crate::v1::Application as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedLabel" => (
            crate::__private::reencode::<crate::v1::AssignedLabel>(collection, json),
            <crate::v1::AssignedLabel as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedLicense" => (
            crate::__private::reencode::<crate::v1::AssignedLicense>(collection, json),
            <crate::v1::AssignedLicense as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.assignedPlan" => (
            crate::__private::reencode::<crate::v1::AssignedPlan>(collection, json),
            <crate::v1::AssignedPlan as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.authorizationInfo" => (
            crate::__private::reencode::<crate::v1::AuthorizationInfo>(collection, json),
            <crate::v1::AuthorizationInfo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.automaticRepliesSetting" => (
            crate::__private::reencode::<crate::v1::AutomaticRepliesSetting>(collection, json),
            <crate::v1::AutomaticRepliesSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.azureAdPopTokenAuthentication" => (
            crate::__private::reencode::<crate::v1::AzureAdPopTokenAuthentication>(collection, json),
            <crate::v1::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.azureAdTokenAuthentication" => (
            crate::__private::reencode::<crate::v1::AzureAdTokenAuthentication>(collection, json),
            <crate::v1::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.calendar" => (
            crate::__private::reencode::<crate::v1::Calendar>(collection, json),
            <crate::v1::Calendar as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.calendarGroup" => (
            crate::__private::reencode::<crate::v1::CalendarGroup>(collection, json),
            <crate::v1::CalendarGroup as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.contact" => (
            crate::__private::reencode::<crate::v1::Contact>(collection, json),
            <crate::v1::Contact as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.contactFolder" => (
            crate::__private::reencode::<crate::v1::ContactFolder>(collection, json),
            <crate::v1::ContactFolder as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.conversation" => (
            crate::__private::reencode::<crate::v1::Conversation>(collection, json),
            <crate::v1::Conversation as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.conversationThread" => (
            crate::__private::reencode::<crate::v1::ConversationThread>(collection, json),
            <crate::v1::ConversationThread as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customCalloutExtension" => (
            crate::__private::reencode::<crate::v1::CustomCalloutExtension>(collection, json),
            <crate::v1::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionAuthenticationConfiguration" => (
            crate::__private::reencode::<crate::v1::CustomExtensionAuthenticationConfigurationKind>(collection, json),
            <crate::v1::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCallbackConfiguration" => (
            crate::__private::reencode::<crate::v1::CustomExtensionCallbackConfigurationKind>(collection, json),
            <crate::v1::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCalloutRequest" => (
            crate::__private::reencode::<crate::v1::CustomExtensionCalloutRequest>(collection, json),
            <crate::v1::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionCalloutResponse" => (
            crate::__private::reencode::<crate::v1::CustomExtensionCalloutResponse>(collection, json),
            <crate::v1::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionClientConfiguration" => (
            crate::__private::reencode::<crate::v1::CustomExtensionClientConfiguration>(collection, json),
            <crate::v1::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionData" => (
            crate::__private::reencode::<crate::v1::CustomExtensionDataKind>(collection, json),
            <crate::v1::CustomExtensionData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customExtensionEndpointConfiguration" => (
            crate::__private::reencode::<crate::v1::CustomExtensionEndpointConfigurationKind>(collection, json),
            <crate::v1::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.customSecurityAttributeValue" => (
            crate::__private::reencode::<crate::v1::CustomSecurityAttributeValue>(collection, json),
            <crate::v1::CustomSecurityAttributeValue as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.deletedItemContainer" => (
            crate::__private::reencode::<crate::v1::DeletedItemContainer>(collection, json),
            <crate::v1::DeletedItemContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.directoryObject" => (
            crate::__private::reencode::<crate::v1::DirectoryObjectKind>(collection, json),
            <crate::v1::DirectoryObject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.drive" => (
            crate::__private::reencode::<crate::v1::Drive>(collection, json),
            <crate::v1::Drive as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.emailSettings" => (
            crate::__private::reencode::<crate::v1::EmailSettings>(collection, json),
            <crate::v1::EmailSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.employeeOrgData" => (
            crate::__private::reencode::<crate::v1::EmployeeOrgData>(collection, json),
            <crate::v1::EmployeeOrgData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.entitlementManagement" => (
            crate::__private::reencode::<crate::v1::EntitlementManagement>(collection, json),
            <crate::v1::EntitlementManagement as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.entity" => (
            crate::__private::reencode::<crate::v1::Entity>(collection, json),
            <crate::v1::Entity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.event" => (
            crate::__private::reencode::<crate::v1::Event>(collection, json),
            <crate::v1::Event as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.extension" => (
            crate::__private::reencode::<crate::v1::Extension>(collection, json),
            <crate::v1::Extension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.group" => (
            crate::__private::reencode::<crate::v1::Group>(collection, json),
            <crate::v1::Group as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.groupLifecyclePolicy" => (
            crate::__private::reencode::<crate::v1::GroupLifecyclePolicy>(collection, json),
            <crate::v1::GroupLifecyclePolicy as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.groupSetting" => (
            crate::__private::reencode::<crate::v1::GroupSetting>(collection, json),
            <crate::v1::GroupSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identity" => (
            crate::__private::reencode::<crate::v1::Identity>(collection, json),
            <crate::v1::Identity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance" => (
            crate::__private::reencode::<crate::v1::IdentityGovernance>(collection, json),
            <crate::v1::IdentityGovernance as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identitySet" => (
            crate::__private::reencode::<crate::v1::IdentitySet>(collection, json),
            <crate::v1::IdentitySet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.inferenceClassification" => (
            crate::__private::reencode::<crate::v1::InferenceClassification>(collection, json),
            <crate::v1::InferenceClassification as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.itemInsights" => (
            crate::__private::reencode::<crate::v1::ItemInsights>(collection, json),
            <crate::v1::ItemInsights as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.keyValuePair" => (
            crate::__private::reencode::<crate::v1::KeyValuePair>(collection, json),
            <crate::v1::KeyValuePair as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.licenseAssignmentState" => (
            crate::__private::reencode::<crate::v1::LicenseAssignmentState>(collection, json),
            <crate::v1::LicenseAssignmentState as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.licenseDetails" => (
            crate::__private::reencode::<crate::v1::LicenseDetails>(collection, json),
            <crate::v1::LicenseDetails as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.licenseProcessingState" => (
            crate::__private::reencode::<crate::v1::LicenseProcessingState>(collection, json),
            <crate::v1::LicenseProcessingState as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.localeInfo" => (
            crate::__private::reencode::<crate::v1::LocaleInfo>(collection, json),
            <crate::v1::LocaleInfo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.logicAppTriggerEndpointConfiguration" => (
            crate::__private::reencode::<crate::v1::LogicAppTriggerEndpointConfiguration>(collection, json),
            <crate::v1::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.mailFolder" => (
            crate::__private::reencode::<crate::v1::MailFolder>(collection, json),
            <crate::v1::MailFolder as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.mailboxSettings" => (
            crate::__private::reencode::<crate::v1::MailboxSettings>(collection, json),
            <crate::v1::MailboxSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.message" => (
            crate::__private::reencode::<crate::v1::Message>(collection, json),
            <crate::v1::Message as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.objectIdentity" => (
            crate::__private::reencode::<crate::v1::ObjectIdentity>(collection, json),
            <crate::v1::ObjectIdentity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onPremisesExtensionAttributes" => (
            crate::__private::reencode::<crate::v1::OnPremisesExtensionAttributes>(collection, json),
            <crate::v1::OnPremisesExtensionAttributes as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onPremisesProvisioningError" => (
            crate::__private::reencode::<crate::v1::OnPremisesProvisioningError>(collection, json),
            <crate::v1::OnPremisesProvisioningError as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onenote" => (
            crate::__private::reencode::<crate::v1::Onenote>(collection, json),
            <crate::v1::Onenote as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.outlookUser" => (
            crate::__private::reencode::<crate::v1::OutlookUser>(collection, json),
            <crate::v1::OutlookUser as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.passwordProfile" => (
            crate::__private::reencode::<crate::v1::PasswordProfile>(collection, json),
            <crate::v1::PasswordProfile as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.person" => (
            crate::__private::reencode::<crate::v1::Person>(collection, json),
            <crate::v1::Person as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.plannerGroup" => (
            crate::__private::reencode::<crate::v1::PlannerGroup>(collection, json),
            <crate::v1::PlannerGroup as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.plannerUser" => (
            crate::__private::reencode::<crate::v1::PlannerUser>(collection, json),
            <crate::v1::PlannerUser as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.privilegedAccessRoot" => (
            crate::__private::reencode::<crate::v1::PrivilegedAccessRoot>(collection, json),
            <crate::v1::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.profilePhoto" => (
            crate::__private::reencode::<crate::v1::ProfilePhoto>(collection, json),
            <crate::v1::ProfilePhoto as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.provisionedPlan" => (
            crate::__private::reencode::<crate::v1::ProvisionedPlan>(collection, json),
            <crate::v1::ProvisionedPlan as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.resourceSpecificPermissionGrant" => (
            crate::__private::reencode::<crate::v1::ResourceSpecificPermissionGrant>(collection, json),
            <crate::v1::ResourceSpecificPermissionGrant as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.signInActivity" => (
            crate::__private::reencode::<crate::v1::SignInActivity>(collection, json),
            <crate::v1::SignInActivity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.site" => (
            crate::__private::reencode::<crate::v1::Site>(collection, json),
            <crate::v1::Site as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.subjectSet" => (
            crate::__private::reencode::<crate::v1::SubjectSetKind>(collection, json),
            <crate::v1::SubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.termsOfUseContainer" => (
            crate::__private::reencode::<crate::v1::TermsOfUseContainer>(collection, json),
            <crate::v1::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.todo" => (
            crate::__private::reencode::<crate::v1::Todo>(collection, json),
            <crate::v1::Todo as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.user" => (
            crate::__private::reencode::<crate::v1::User>(collection, json),
            <crate::v1::User as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.userActivity" => (
            crate::__private::reencode::<crate::v1::UserActivity>(collection, json),
            <crate::v1::UserActivity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.workingHours" => (
            crate::__private::reencode::<crate::v1::WorkingHours>(collection, json),
            <crate::v1::WorkingHours as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.activateProcessingResultScope" => (
            crate::__private::reencode::<crate::v1::identity_governance::ActivateProcessingResultScope>(collection, json),
            <crate::v1::identity_governance::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.activationScope" => (
            crate::__private::reencode::<crate::v1::identity_governance::ActivationScopeKind>(collection, json),
            <crate::v1::identity_governance::ActivationScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.attributeChangeTrigger" => (
            crate::__private::reencode::<crate::v1::identity_governance::AttributeChangeTrigger>(collection, json),
            <crate::v1::identity_governance::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.attributeSetEntry" => (
            crate::__private::reencode::<crate::v1::identity_governance::AttributeSetEntry>(collection, json),
            <crate::v1::identity_governance::AttributeSetEntry as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult" => (
            crate::__private::reencode::<crate::v1::identity_governance::AwaitedWorkflowProcessingResult>(collection, json),
            <crate::v1::identity_governance::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.cancelRunsScope" => (
            crate::__private::reencode::<crate::v1::identity_governance::CancelRunsScope>(collection, json),
            <crate::v1::identity_governance::CancelRunsScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.cancelScope" => (
            crate::__private::reencode::<crate::v1::identity_governance::CancelScopeKind>(collection, json),
            <crate::v1::identity_governance::CancelScope as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.countBasedQuarantineCondition" => (
            crate::__private::reencode::<crate::v1::identity_governance::CountBasedQuarantineCondition>(collection, json),
            <crate::v1::identity_governance::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtension" => (
            crate::__private::reencode::<crate::v1::identity_governance::CustomTaskExtension>(collection, json),
            <crate::v1::identity_governance::CustomTaskExtension as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration" => (
            crate::__private::reencode::<crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration>(collection, json),
            <crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCallbackData" => (
            crate::__private::reencode::<crate::v1::identity_governance::CustomTaskExtensionCallbackData>(collection, json),
            <crate::v1::identity_governance::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionCalloutData" => (
            crate::__private::reencode::<crate::v1::identity_governance::CustomTaskExtensionCalloutData>(collection, json),
            <crate::v1::identity_governance::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.customTaskExtensionResponseData" => (
            crate::__private::reencode::<crate::v1::identity_governance::CustomTaskExtensionResponseData>(collection, json),
            <crate::v1::identity_governance::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject" => (
            crate::__private::reencode::<crate::v1::identity_governance::DirectoryObjectWorkflowSubject>(collection, json),
            <crate::v1::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.groupBasedSubjectSet" => (
            crate::__private::reencode::<crate::v1::identity_governance::GroupBasedSubjectSet>(collection, json),
            <crate::v1::identity_governance::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.insights" => (
            crate::__private::reencode::<crate::v1::identity_governance::Insights>(collection, json),
            <crate::v1::identity_governance::Insights as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecycleManagementSettings" => (
            crate::__private::reencode::<crate::v1::identity_governance::LifecycleManagementSettings>(collection, json),
            <crate::v1::identity_governance::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer" => (
            crate::__private::reencode::<crate::v1::identity_governance::LifecycleWorkflowsContainer>(collection, json),
            <crate::v1::identity_governance::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.membershipChangeTrigger" => (
            crate::__private::reencode::<crate::v1::identity_governance::MembershipChangeTrigger>(collection, json),
            <crate::v1::identity_governance::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.onDemandExecutionOnly" => (
            crate::__private::reencode::<crate::v1::identity_governance::OnDemandExecutionOnly>(collection, json),
            <crate::v1::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.parameter" => (
            crate::__private::reencode::<crate::v1::identity_governance::Parameter>(collection, json),
            <crate::v1::identity_governance::Parameter as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition" => (
            crate::__private::reencode::<crate::v1::identity_governance::PercentageBasedQuarantineCondition>(collection, json),
            <crate::v1::identity_governance::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.provisioningAttributeMapping" => (
            crate::__private::reencode::<crate::v1::identity_governance::ProvisioningAttributeMapping>(collection, json),
            <crate::v1::identity_governance::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject" => (
            crate::__private::reencode::<crate::v1::identity_governance::ProvisioningObjectWorkflowSubject>(collection, json),
            <crate::v1::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineCondition" => (
            crate::__private::reencode::<crate::v1::identity_governance::QuarantineConditionKind>(collection, json),
            <crate::v1::identity_governance::QuarantineCondition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineConfiguration" => (
            crate::__private::reencode::<crate::v1::identity_governance::QuarantineConfiguration>(collection, json),
            <crate::v1::identity_governance::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.quarantineDetails" => (
            crate::__private::reencode::<crate::v1::identity_governance::QuarantineDetails>(collection, json),
            <crate::v1::identity_governance::QuarantineDetails as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.ruleBasedSubjectSet" => (
            crate::__private::reencode::<crate::v1::identity_governance::RuleBasedSubjectSet>(collection, json),
            <crate::v1::identity_governance::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.run" => (
            crate::__private::reencode::<crate::v1::identity_governance::Run>(collection, json),
            <crate::v1::identity_governance::Run as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.runSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::RunSummary>(collection, json),
            <crate::v1::identity_governance::RunSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.subjectProcessingResult" => (
            crate::__private::reencode::<crate::v1::identity_governance::SubjectProcessingResult>(collection, json),
            <crate::v1::identity_governance::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.subjectSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::SubjectSummary>(collection, json),
            <crate::v1::identity_governance::SubjectSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.task" => (
            crate::__private::reencode::<crate::v1::identity_governance::Task>(collection, json),
            <crate::v1::identity_governance::Task as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskDefinition" => (
            crate::__private::reencode::<crate::v1::identity_governance::TaskDefinition>(collection, json),
            <crate::v1::identity_governance::TaskDefinition as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskProcessingResult" => (
            crate::__private::reencode::<crate::v1::identity_governance::TaskProcessingResult>(collection, json),
            <crate::v1::identity_governance::TaskProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskReport" => (
            crate::__private::reencode::<crate::v1::identity_governance::TaskReport>(collection, json),
            <crate::v1::identity_governance::TaskReport as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.taskReportSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::TaskReportSummary>(collection, json),
            <crate::v1::identity_governance::TaskReportSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.timeBasedAttributeTrigger" => (
            crate::__private::reencode::<crate::v1::identity_governance::TimeBasedAttributeTrigger>(collection, json),
            <crate::v1::identity_governance::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.topTasksInsightsSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::TopTasksInsightsSummary>(collection, json),
            <crate::v1::identity_governance::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::TopWorkflowsInsightsSummary>(collection, json),
            <crate::v1::identity_governance::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions" => (
            crate::__private::reencode::<crate::v1::identity_governance::TriggerAndScopeBasedConditions>(collection, json),
            <crate::v1::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.triggerAttribute" => (
            crate::__private::reencode::<crate::v1::identity_governance::TriggerAttribute>(collection, json),
            <crate::v1::identity_governance::TriggerAttribute as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userInactivityTrigger" => (
            crate::__private::reencode::<crate::v1::identity_governance::UserInactivityTrigger>(collection, json),
            <crate::v1::identity_governance::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userProcessingResult" => (
            crate::__private::reencode::<crate::v1::identity_governance::UserProcessingResult>(collection, json),
            <crate::v1::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::UserSummary>(collection, json),
            <crate::v1::identity_governance::UserSummary as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflow" => (
            crate::__private::reencode::<crate::v1::identity_governance::Workflow>(collection, json),
            <crate::v1::identity_governance::Workflow as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowBase" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowBase>(collection, json),
            <crate::v1::identity_governance::WorkflowBase as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionConditions" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowExecutionConditionsKind>(collection, json),
            <crate::v1::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionTrigger" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowExecutionTriggerKind>(collection, json),
            <crate::v1::identity_governance::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowSetting" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowSetting>(collection, json),
            <crate::v1::identity_governance::WorkflowSetting as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowSubject" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowSubjectKind>(collection, json),
            <crate::v1::identity_governance::WorkflowSubject as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowTemplate" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowTemplate>(collection, json),
            <crate::v1::identity_governance::WorkflowTemplate as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowVersion" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowVersion>(collection, json),
            <crate::v1::identity_governance::WorkflowVersion as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowsInsightsByCategory" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowsInsightsByCategory>(collection, json),
            <crate::v1::identity_governance::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowsInsightsSummary" => (
            crate::__private::reencode::<crate::v1::identity_governance::WorkflowsInsightsSummary>(collection, json),
            <crate::v1::identity_governance::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
        ),
        _ => return None,
    })
}
