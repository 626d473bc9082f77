// Generated from docs-src/api-reference/v1.0/resources by `cargo xtask regenerate`. Do not edit.
/// Every type of this version with its properties, in name order.
pub static TYPES: &[crate::TypeInfo] = &[
    crate::TypeInfo {
        name: "microsoft.graph.accessReviewSet",
        base: Some("microsoft.graph.entity"),
        properties: <super::AccessReviewSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.appConsentApprovalRoute",
        base: Some("microsoft.graph.entity"),
        properties: <super::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.application",
        base: Some("microsoft.graph.directoryObject"),
        properties: <super::Application as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdPopTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <super::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.azureAdTokenAuthentication",
        base: Some("microsoft.graph.customExtensionAuthenticationConfiguration"),
        properties: <super::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customCalloutExtension",
        base: Some("microsoft.graph.entity"),
        properties: <super::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionAuthenticationConfiguration",
        base: None,
        properties: <super::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCallbackConfiguration",
        base: None,
        properties: <super::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutRequest",
        base: None,
        properties: <super::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionCalloutResponse",
        base: None,
        properties: <super::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionClientConfiguration",
        base: None,
        properties: <super::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionData",
        base: None,
        properties: <super::CustomExtensionData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.customExtensionEndpointConfiguration",
        base: None,
        properties: <super::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.deletedItemContainer",
        base: Some("microsoft.graph.entity"),
        properties: <super::DeletedItemContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.directoryObject",
        base: Some("microsoft.graph.entity"),
        properties: <super::DirectoryObject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.emailSettings",
        base: None,
        properties: <super::EmailSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entitlementManagement",
        base: Some("microsoft.graph.entity"),
        properties: <super::EntitlementManagement as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entity",
        base: None,
        properties: <super::Entity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.group",
        base: Some("microsoft.graph.directoryObject"),
        properties: <super::Group as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance",
        base: None,
        properties: <super::IdentityGovernance as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.keyValuePair",
        base: None,
        properties: <super::KeyValuePair as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.logicAppTriggerEndpointConfiguration",
        base: Some("microsoft.graph.customExtensionEndpointConfiguration"),
        properties: <super::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.privilegedAccessRoot",
        base: Some("microsoft.graph.entity"),
        properties: <super::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.subjectSet",
        base: None,
        properties: <super::SubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.termsOfUseContainer",
        base: Some("microsoft.graph.entity"),
        properties: <super::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.user",
        base: Some("microsoft.graph.directoryObject"),
        properties: <super::User as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activateProcessingResultScope",
        base: Some("microsoft.graph.identityGovernance.activationScope"),
        properties: <super::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.activationScope",
        base: None,
        properties: <super::ActivationScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <super::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.attributeSetEntry",
        base: None,
        properties: <super::AttributeSetEntry as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult",
        base: None,
        properties: <super::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelRunsScope",
        base: Some("microsoft.graph.identityGovernance.cancelScope"),
        properties: <super::CancelRunsScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.cancelScope",
        base: None,
        properties: <super::CancelScope as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.countBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <super::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtension",
        base: Some("microsoft.graph.customCalloutExtension"),
        properties: <super::CustomTaskExtension as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
        base: Some("microsoft.graph.customExtensionCallbackConfiguration"),
        properties: <super::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <super::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <super::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.customTaskExtensionResponseData",
        base: Some("microsoft.graph.customExtensionData"),
        properties: <super::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <super::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.groupBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <super::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.insights",
        base: Some("microsoft.graph.entity"),
        properties: <super::Insights as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleManagementSettings",
        base: Some("microsoft.graph.entity"),
        properties: <super::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
        base: Some("microsoft.graph.entity"),
        properties: <super::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.membershipChangeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <super::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.onDemandExecutionOnly",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <super::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.parameter",
        base: None,
        properties: <super::Parameter as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition",
        base: Some("microsoft.graph.identityGovernance.quarantineCondition"),
        properties: <super::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningAttributeMapping",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <super::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject",
        base: Some("microsoft.graph.identityGovernance.workflowSubject"),
        properties: <super::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineCondition",
        base: None,
        properties: <super::QuarantineCondition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineConfiguration",
        base: None,
        properties: <super::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.quarantineDetails",
        base: None,
        properties: <super::QuarantineDetails as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.ruleBasedSubjectSet",
        base: Some("microsoft.graph.subjectSet"),
        properties: <super::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.run",
        base: Some("microsoft.graph.entity"),
        properties: <super::Run as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.runSummary",
        base: None,
        properties: <super::RunSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <super::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.subjectSummary",
        base: None,
        properties: <super::SubjectSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.task",
        base: Some("microsoft.graph.entity"),
        properties: <super::Task as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskDefinition",
        base: Some("microsoft.graph.entity"),
        properties: <super::TaskDefinition as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <super::TaskProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReport",
        base: Some("microsoft.graph.entity"),
        properties: <super::TaskReport as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.taskReportSummary",
        base: None,
        properties: <super::TaskReportSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <super::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topTasksInsightsSummary",
        base: None,
        properties: <super::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary",
        base: None,
        properties: <super::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <super::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAttribute",
        base: None,
        properties: <super::TriggerAttribute as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userInactivityTrigger",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionTrigger"),
        properties: <super::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <super::UserProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userSummary",
        base: None,
        properties: <super::UserSummary as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflow",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <super::Workflow as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowBase",
        base: None,
        properties: <super::WorkflowBase as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionConditions",
        base: None,
        properties: <super::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionTrigger",
        base: None,
        properties: <super::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSetting",
        base: None,
        properties: <super::WorkflowSetting as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowSubject",
        base: None,
        properties: <super::WorkflowSubject as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowTemplate",
        base: Some("microsoft.graph.entity"),
        properties: <super::WorkflowTemplate as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowVersion",
        base: Some("microsoft.graph.identityGovernance.workflowBase"),
        properties: <super::WorkflowVersion as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsByCategory",
        base: None,
        properties: <super::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowsInsightsSummary",
        base: None,
        properties: <super::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
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
) -> Option<
    (Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo]),
> {
    Some(
        match qualified.trim_start_matches('#') {
            "microsoft.graph.accessReviewSet" => {
                (
                    crate::__private::reencode::<
                        super::AccessReviewSet,
                    >(collection, json),
                    <super::AccessReviewSet as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.appConsentApprovalRoute" => {
                (
                    crate::__private::reencode::<
                        super::AppConsentApprovalRoute,
                    >(collection, json),
                    <super::AppConsentApprovalRoute as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.application" => {
                (
                    crate::__private::reencode::<super::Application>(collection, json),
                    <super::Application as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.azureAdPopTokenAuthentication" => {
                (
                    crate::__private::reencode::<
                        super::AzureAdPopTokenAuthentication,
                    >(collection, json),
                    <super::AzureAdPopTokenAuthentication as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.azureAdTokenAuthentication" => {
                (
                    crate::__private::reencode::<
                        super::AzureAdTokenAuthentication,
                    >(collection, json),
                    <super::AzureAdTokenAuthentication as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customCalloutExtension" => {
                (
                    crate::__private::reencode::<
                        super::CustomCalloutExtension,
                    >(collection, json),
                    <super::CustomCalloutExtension as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionAuthenticationConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionAuthenticationConfigurationKind,
                    >(collection, json),
                    <super::CustomExtensionAuthenticationConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionCallbackConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionCallbackConfigurationKind,
                    >(collection, json),
                    <super::CustomExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionCalloutRequest" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionCalloutRequest,
                    >(collection, json),
                    <super::CustomExtensionCalloutRequest as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionCalloutResponse" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionCalloutResponse,
                    >(collection, json),
                    <super::CustomExtensionCalloutResponse as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionClientConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionClientConfiguration,
                    >(collection, json),
                    <super::CustomExtensionClientConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionData" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionDataKind,
                    >(collection, json),
                    <super::CustomExtensionData as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.customExtensionEndpointConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::CustomExtensionEndpointConfigurationKind,
                    >(collection, json),
                    <super::CustomExtensionEndpointConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.deletedItemContainer" => {
                (
                    crate::__private::reencode::<
                        super::DeletedItemContainer,
                    >(collection, json),
                    <super::DeletedItemContainer as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.directoryObject" => {
                (
                    crate::__private::reencode::<
                        super::DirectoryObjectKind,
                    >(collection, json),
                    <super::DirectoryObject as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.emailSettings" => {
                (
                    crate::__private::reencode::<super::EmailSettings>(collection, json),
                    <super::EmailSettings as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.entitlementManagement" => {
                (
                    crate::__private::reencode::<
                        super::EntitlementManagement,
                    >(collection, json),
                    <super::EntitlementManagement as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.entity" => {
                (
                    crate::__private::reencode::<super::Entity>(collection, json),
                    <super::Entity as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.group" => {
                (
                    crate::__private::reencode::<super::Group>(collection, json),
                    <super::Group as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance" => {
                (
                    crate::__private::reencode::<
                        super::IdentityGovernance,
                    >(collection, json),
                    <super::IdentityGovernance as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.keyValuePair" => {
                (
                    crate::__private::reencode::<super::KeyValuePair>(collection, json),
                    <super::KeyValuePair as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.logicAppTriggerEndpointConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::LogicAppTriggerEndpointConfiguration,
                    >(collection, json),
                    <super::LogicAppTriggerEndpointConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.privilegedAccessRoot" => {
                (
                    crate::__private::reencode::<
                        super::PrivilegedAccessRoot,
                    >(collection, json),
                    <super::PrivilegedAccessRoot as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.subjectSet" => {
                (
                    crate::__private::reencode::<
                        super::SubjectSetKind,
                    >(collection, json),
                    <super::SubjectSet as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.termsOfUseContainer" => {
                (
                    crate::__private::reencode::<
                        super::TermsOfUseContainer,
                    >(collection, json),
                    <super::TermsOfUseContainer as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.user" => {
                (
                    crate::__private::reencode::<super::User>(collection, json),
                    <super::User as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.activateProcessingResultScope" => {
                (
                    crate::__private::reencode::<
                        super::ActivateProcessingResultScope,
                    >(collection, json),
                    <super::ActivateProcessingResultScope as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.activationScope" => {
                (
                    crate::__private::reencode::<
                        super::ActivationScopeKind,
                    >(collection, json),
                    <super::ActivationScope as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.attributeChangeTrigger" => {
                (
                    crate::__private::reencode::<
                        super::AttributeChangeTrigger,
                    >(collection, json),
                    <super::AttributeChangeTrigger as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.attributeSetEntry" => {
                (
                    crate::__private::reencode::<
                        super::AttributeSetEntry,
                    >(collection, json),
                    <super::AttributeSetEntry as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.awaitedWorkflowProcessingResult" => {
                (
                    crate::__private::reencode::<
                        super::AwaitedWorkflowProcessingResult,
                    >(collection, json),
                    <super::AwaitedWorkflowProcessingResult as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.cancelRunsScope" => {
                (
                    crate::__private::reencode::<
                        super::CancelRunsScope,
                    >(collection, json),
                    <super::CancelRunsScope as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.cancelScope" => {
                (
                    crate::__private::reencode::<
                        super::CancelScopeKind,
                    >(collection, json),
                    <super::CancelScope as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.countBasedQuarantineCondition" => {
                (
                    crate::__private::reencode::<
                        super::CountBasedQuarantineCondition,
                    >(collection, json),
                    <super::CountBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.customTaskExtension" => {
                (
                    crate::__private::reencode::<
                        super::CustomTaskExtension,
                    >(collection, json),
                    <super::CustomTaskExtension as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::CustomTaskExtensionCallbackConfiguration,
                    >(collection, json),
                    <super::CustomTaskExtensionCallbackConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.customTaskExtensionCallbackData" => {
                (
                    crate::__private::reencode::<
                        super::CustomTaskExtensionCallbackData,
                    >(collection, json),
                    <super::CustomTaskExtensionCallbackData as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.customTaskExtensionCalloutData" => {
                (
                    crate::__private::reencode::<
                        super::CustomTaskExtensionCalloutData,
                    >(collection, json),
                    <super::CustomTaskExtensionCalloutData as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.customTaskExtensionResponseData" => {
                (
                    crate::__private::reencode::<
                        super::CustomTaskExtensionResponseData,
                    >(collection, json),
                    <super::CustomTaskExtensionResponseData as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.directoryObjectWorkflowSubject" => {
                (
                    crate::__private::reencode::<
                        super::DirectoryObjectWorkflowSubject,
                    >(collection, json),
                    <super::DirectoryObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.groupBasedSubjectSet" => {
                (
                    crate::__private::reencode::<
                        super::GroupBasedSubjectSet,
                    >(collection, json),
                    <super::GroupBasedSubjectSet as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.insights" => {
                (
                    crate::__private::reencode::<super::Insights>(collection, json),
                    <super::Insights as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.lifecycleManagementSettings" => {
                (
                    crate::__private::reencode::<
                        super::LifecycleManagementSettings,
                    >(collection, json),
                    <super::LifecycleManagementSettings as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer" => {
                (
                    crate::__private::reencode::<
                        super::LifecycleWorkflowsContainer,
                    >(collection, json),
                    <super::LifecycleWorkflowsContainer as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.membershipChangeTrigger" => {
                (
                    crate::__private::reencode::<
                        super::MembershipChangeTrigger,
                    >(collection, json),
                    <super::MembershipChangeTrigger as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.onDemandExecutionOnly" => {
                (
                    crate::__private::reencode::<
                        super::OnDemandExecutionOnly,
                    >(collection, json),
                    <super::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.parameter" => {
                (
                    crate::__private::reencode::<super::Parameter>(collection, json),
                    <super::Parameter as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition" => {
                (
                    crate::__private::reencode::<
                        super::PercentageBasedQuarantineCondition,
                    >(collection, json),
                    <super::PercentageBasedQuarantineCondition as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.provisioningAttributeMapping" => {
                (
                    crate::__private::reencode::<
                        super::ProvisioningAttributeMapping,
                    >(collection, json),
                    <super::ProvisioningAttributeMapping as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject" => {
                (
                    crate::__private::reencode::<
                        super::ProvisioningObjectWorkflowSubject,
                    >(collection, json),
                    <super::ProvisioningObjectWorkflowSubject as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.quarantineCondition" => {
                (
                    crate::__private::reencode::<
                        super::QuarantineConditionKind,
                    >(collection, json),
                    <super::QuarantineCondition as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.quarantineConfiguration" => {
                (
                    crate::__private::reencode::<
                        super::QuarantineConfiguration,
                    >(collection, json),
                    <super::QuarantineConfiguration as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.quarantineDetails" => {
                (
                    crate::__private::reencode::<
                        super::QuarantineDetails,
                    >(collection, json),
                    <super::QuarantineDetails as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.ruleBasedSubjectSet" => {
                (
                    crate::__private::reencode::<
                        super::RuleBasedSubjectSet,
                    >(collection, json),
                    <super::RuleBasedSubjectSet as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.run" => {
                (
                    crate::__private::reencode::<super::Run>(collection, json),
                    <super::Run as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.runSummary" => {
                (
                    crate::__private::reencode::<super::RunSummary>(collection, json),
                    <super::RunSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.subjectProcessingResult" => {
                (
                    crate::__private::reencode::<
                        super::SubjectProcessingResult,
                    >(collection, json),
                    <super::SubjectProcessingResult as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.subjectSummary" => {
                (
                    crate::__private::reencode::<
                        super::SubjectSummary,
                    >(collection, json),
                    <super::SubjectSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.task" => {
                (
                    crate::__private::reencode::<super::Task>(collection, json),
                    <super::Task as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.taskDefinition" => {
                (
                    crate::__private::reencode::<
                        super::TaskDefinition,
                    >(collection, json),
                    <super::TaskDefinition as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.taskProcessingResult" => {
                (
                    crate::__private::reencode::<
                        super::TaskProcessingResult,
                    >(collection, json),
                    <super::TaskProcessingResult as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.taskReport" => {
                (
                    crate::__private::reencode::<super::TaskReport>(collection, json),
                    <super::TaskReport as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.taskReportSummary" => {
                (
                    crate::__private::reencode::<
                        super::TaskReportSummary,
                    >(collection, json),
                    <super::TaskReportSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.timeBasedAttributeTrigger" => {
                (
                    crate::__private::reencode::<
                        super::TimeBasedAttributeTrigger,
                    >(collection, json),
                    <super::TimeBasedAttributeTrigger as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.topTasksInsightsSummary" => {
                (
                    crate::__private::reencode::<
                        super::TopTasksInsightsSummary,
                    >(collection, json),
                    <super::TopTasksInsightsSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary" => {
                (
                    crate::__private::reencode::<
                        super::TopWorkflowsInsightsSummary,
                    >(collection, json),
                    <super::TopWorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions" => {
                (
                    crate::__private::reencode::<
                        super::TriggerAndScopeBasedConditions,
                    >(collection, json),
                    <super::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.triggerAttribute" => {
                (
                    crate::__private::reencode::<
                        super::TriggerAttribute,
                    >(collection, json),
                    <super::TriggerAttribute as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.userInactivityTrigger" => {
                (
                    crate::__private::reencode::<
                        super::UserInactivityTrigger,
                    >(collection, json),
                    <super::UserInactivityTrigger as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.userProcessingResult" => {
                (
                    crate::__private::reencode::<
                        super::UserProcessingResult,
                    >(collection, json),
                    <super::UserProcessingResult as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.userSummary" => {
                (
                    crate::__private::reencode::<super::UserSummary>(collection, json),
                    <super::UserSummary as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflow" => {
                (
                    crate::__private::reencode::<super::Workflow>(collection, json),
                    <super::Workflow as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowBase" => {
                (
                    crate::__private::reencode::<super::WorkflowBase>(collection, json),
                    <super::WorkflowBase as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowExecutionConditions" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowExecutionConditionsKind,
                    >(collection, json),
                    <super::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowExecutionTrigger" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowExecutionTriggerKind,
                    >(collection, json),
                    <super::WorkflowExecutionTrigger as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowSetting" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowSetting,
                    >(collection, json),
                    <super::WorkflowSetting as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowSubject" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowSubjectKind,
                    >(collection, json),
                    <super::WorkflowSubject as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowTemplate" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowTemplate,
                    >(collection, json),
                    <super::WorkflowTemplate as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowVersion" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowVersion,
                    >(collection, json),
                    <super::WorkflowVersion as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowsInsightsByCategory" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowsInsightsByCategory,
                    >(collection, json),
                    <super::WorkflowsInsightsByCategory as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowsInsightsSummary" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowsInsightsSummary,
                    >(collection, json),
                    <super::WorkflowsInsightsSummary as crate::GraphType>::PROPERTIES,
                )
            }
            _ => return None,
        },
    )
}
