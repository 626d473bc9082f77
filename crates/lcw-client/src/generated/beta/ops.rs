// Generated from docs-src/api-reference/beta/api by `cargo xtask regenerate`. Do not edit.
/// List customTaskExtensions
///
/// `GET /identityGovernance/lifecycleWorkflows/customTaskExtensions`
///
/// Operation `lifecycleworkflowscontainer-list-customtaskextensions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionsList;

impl crate::Operation for CustomTaskExtensionsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[0];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::CustomTaskExtension,
    >;
}

impl crate::options::List for CustomTaskExtensionsList {
    type Item = lcw_models::beta::identity_governance::CustomTaskExtension;
}

impl crate::options::Select for CustomTaskExtensionsList {}

impl crate::options::Search for CustomTaskExtensionsList {}

impl crate::options::OrderBy for CustomTaskExtensionsList {}

impl crate::options::Filter for CustomTaskExtensionsList {}

/// Create customTaskExtensions
///
/// `POST /identityGovernance/lifecycleWorkflows/customTaskExtensions`
///
/// Operation `lifecycleworkflowscontainer-post-customtaskextensions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionsCreate;

impl crate::Operation for CustomTaskExtensionsCreate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[1];
    type Output = lcw_models::beta::identity_governance::CustomTaskExtension;
}

/// Get customTaskExtension
///
/// `GET /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
///
/// Operation `customtaskextension-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionGet;

impl crate::Operation for CustomTaskExtensionGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[2];
    type Output = lcw_models::beta::identity_governance::CustomTaskExtension;
}

impl crate::options::Select for CustomTaskExtensionGet {}

impl crate::options::Expand for CustomTaskExtensionGet {}

/// Update customTaskExtension
///
/// `PATCH /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
///
/// Operation `customtaskextension-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionUpdate;

impl crate::Operation for CustomTaskExtensionUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[3];
    type Output = ();
}

/// Delete customTaskExtension
///
/// `DELETE /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
///
/// Operation `customtaskextension-delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionDelete;

impl crate::Operation for CustomTaskExtensionDelete {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[4];
    type Output = ();
}

/// lifecyclePolicy: restore
///
/// `POST /identityGovernance/lifecycleWorkflows/deletedItems/lifecyclePolicies/{lifecyclePolicyId}/restore`
///
/// Operation `lifecyclepolicy-restore`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsLifecyclePolicyRestore;

impl crate::Operation for DeletedItemsLifecyclePolicyRestore {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[5];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyKind;
}

/// List deletedItems
///
/// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows`
///
/// Operation `lifecycleworkflowscontainer-list-deleteditems`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowsList;

impl crate::Operation for DeletedItemsWorkflowsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[6];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::Workflow,
    >;
}

impl crate::options::List for DeletedItemsWorkflowsList {
    type Item = lcw_models::beta::identity_governance::Workflow;
}

impl crate::options::Select for DeletedItemsWorkflowsList {}

impl crate::options::Search for DeletedItemsWorkflowsList {}

impl crate::options::OrderBy for DeletedItemsWorkflowsList {}

impl crate::options::Filter for DeletedItemsWorkflowsList {}

/// Get deletedItemContainer
///
/// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`
///
/// Operation `deleteditemcontainer-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowGet;

impl crate::Operation for DeletedItemsWorkflowGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[7];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

impl crate::options::Select for DeletedItemsWorkflowGet {}

impl crate::options::Expand for DeletedItemsWorkflowGet {}

/// Delete deletedItemContainer: erase a soft-deleted workflow for good
///
/// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`
///
/// Operation `deleteditemcontainer-delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowDelete;

impl crate::Operation for DeletedItemsWorkflowDelete {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[8];
    type Output = ();
}

/// List reprocessedRuns for userProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns`
///
/// Operation `userprocessingresult-list-reprocessedruns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowUserProcessingResultReprocessedRunsList;

impl crate::Operation for DeletedItemsWorkflowUserProcessingResultReprocessedRunsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[9];
    type Output = lcw_models::Collection<lcw_models::beta::identity_governance::Run>;
}

impl crate::options::List
for DeletedItemsWorkflowUserProcessingResultReprocessedRunsList {
    type Item = lcw_models::beta::identity_governance::Run;
}

/// Remove reprocessedRuns for userProcessingResults
///
/// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/$ref`
///
/// Operation `userprocessingresult-delete-reprocessedruns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowUserProcessingResultRunDeleteRef;

impl crate::Operation for DeletedItemsWorkflowUserProcessingResultRunDeleteRef {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[10];
    type Output = ();
}

/// List reprocessedRuns for a run
///
/// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{runId}/reprocessedRuns`
///
/// Operation `run-list-reprocessedruns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowUserProcessingResultRunReprocessedRunsList;

impl crate::Operation
for DeletedItemsWorkflowUserProcessingResultRunReprocessedRunsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[11];
    type Output = lcw_models::Collection<lcw_models::beta::identity_governance::Run>;
}

impl crate::options::List
for DeletedItemsWorkflowUserProcessingResultRunReprocessedRunsList {
    type Item = lcw_models::beta::identity_governance::Run;
}

/// Remove reprocessedRuns for a run
///
/// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{runId}/reprocessedRuns/{id}/$ref`
///
/// Operation `run-delete-reprocessedruns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowUserProcessingResultRunRunDeleteRef;

impl crate::Operation for DeletedItemsWorkflowUserProcessingResultRunRunDeleteRef {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[12];
    type Output = ();
}

/// workflow: restore
///
/// `POST /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/restore`
///
/// Operation `workflow-restore`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeletedItemsWorkflowRestore;

impl crate::Operation for DeletedItemsWorkflowRestore {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[13];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

/// insights: topTasksProcessedSummary
///
/// `GET /identityGovernance/lifecycleWorkflows/insights/topTasksProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `insights-toptasksprocessedsummary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InsightsTopTasksProcessedSummary;

impl crate::Operation for InsightsTopTasksProcessedSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[14];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TopTasksInsightsSummary,
    >;
}

impl crate::options::List for InsightsTopTasksProcessedSummary {
    type Item = lcw_models::beta::identity_governance::TopTasksInsightsSummary;
}

/// insights: topWorkflowsProcessedSummary
///
/// `GET /identityGovernance/lifecycleWorkflows/insights/topWorkflowsProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `insights-topworkflowsprocessedsummary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InsightsTopWorkflowsProcessedSummary;

impl crate::Operation for InsightsTopWorkflowsProcessedSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[15];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TopWorkflowsInsightsSummary,
    >;
}

impl crate::options::List for InsightsTopWorkflowsProcessedSummary {
    type Item = lcw_models::beta::identity_governance::TopWorkflowsInsightsSummary;
}

/// insights: workflowsProcessedByCategory
///
/// `GET /identityGovernance/lifecycleWorkflows/insights/workflowsProcessedByCategory(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `insights-workflowsprocessedbycategory`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InsightsWorkflowsProcessedByCategory;

impl crate::Operation for InsightsWorkflowsProcessedByCategory {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[16];
    type Output = lcw_models::beta::identity_governance::WorkflowsInsightsByCategory;
}

/// insights: workflowsProcessedSummary
///
/// `GET /identityGovernance/lifecycleWorkflows/insights/workflowsProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `insights-workflowsprocessedsummary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InsightsWorkflowsProcessedSummary;

impl crate::Operation for InsightsWorkflowsProcessedSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[17];
    type Output = lcw_models::beta::identity_governance::WorkflowsInsightsSummary;
}

/// List lifecyclePolicies
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies`
///
/// Operation `lifecycleworkflowscontainer-list-lifecyclepolicies`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePoliciesList;

impl crate::Operation for LifecyclePoliciesList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[18];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::LifecyclePolicyKind,
    >;
}

impl crate::options::List for LifecyclePoliciesList {
    type Item = lcw_models::beta::identity_governance::LifecyclePolicyKind;
}

impl crate::options::Filter for LifecyclePoliciesList {}

/// Create lifecyclePolicy
///
/// `POST /identityGovernance/lifecycleWorkflows/lifecyclePolicies`
///
/// Operation `lifecycleworkflowscontainer-post-lifecyclepolicies`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePoliciesCreate;

impl crate::Operation for LifecyclePoliciesCreate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[19];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyKind;
}

/// Get lifecyclePolicy
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}`
///
/// Operation `lifecyclepolicy-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyGet;

impl crate::Operation for LifecyclePolicyGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[20];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyKind;
}

/// Update lifecyclePolicy
///
/// `PATCH /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}`
///
/// Operation `lifecyclepolicy-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyUpdate;

impl crate::Operation for LifecyclePolicyUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[21];
    type Output = ();
}

/// Delete lifecyclePolicy
///
/// `DELETE /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}`
///
/// Operation `lifecyclepolicy-delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyDelete;

impl crate::Operation for LifecyclePolicyDelete {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[22];
    type Output = ();
}

/// lifecyclePolicy: impact
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/impact(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `lifecyclepolicy-impact`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyImpact;

impl crate::Operation for LifecyclePolicyImpact {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[23];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::LifecyclePolicyImpactSummary,
    >;
}

impl crate::options::List for LifecyclePolicyImpact {
    type Item = lcw_models::beta::identity_governance::LifecyclePolicyImpactSummary;
}

impl crate::options::Filter for LifecyclePolicyImpact {}

impl crate::options::Expand for LifecyclePolicyImpact {}

impl crate::options::Select for LifecyclePolicyImpact {}

/// Get lifecyclePolicyReport
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/report`
///
/// Operation `lifecyclepolicy-list-report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyReportGet;

impl crate::Operation for LifecyclePolicyReportGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[24];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyReport;
}

impl crate::options::Select for LifecyclePolicyReportGet {}

/// List lifecyclePolicySubjectReports
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/report/subjects`
///
/// Operation `lifecyclepolicyreport-list-subjects`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyReportSubjectsList;

impl crate::Operation for LifecyclePolicyReportSubjectsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[25];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::LifecyclePolicySubjectReport,
    >;
}

impl crate::options::List for LifecyclePolicyReportSubjectsList {
    type Item = lcw_models::beta::identity_governance::LifecyclePolicySubjectReport;
}

impl crate::options::Top for LifecyclePolicyReportSubjectsList {}

impl crate::options::Select for LifecyclePolicyReportSubjectsList {}

impl crate::options::Filter for LifecyclePolicyReportSubjectsList {}

/// List rules
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/rules`
///
/// Operation `lifecyclepolicy-list-rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyRulesList;

impl crate::Operation for LifecyclePolicyRulesList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[26];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::LifecyclePolicyRuleKind,
    >;
}

impl crate::options::List for LifecyclePolicyRulesList {
    type Item = lcw_models::beta::identity_governance::LifecyclePolicyRuleKind;
}

/// Get lifecyclePolicyRule
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/rules/{lifecyclePolicyRuleId}`
///
/// Operation `lifecyclepolicyrule-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyRuleGet;

impl crate::Operation for LifecyclePolicyRuleGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[27];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyRuleKind;
}

/// Update lifecyclePolicyRule
///
/// `PATCH /identityGovernance/lifecycleWorkflows/lifecyclePolicies/{lifecyclePolicyId}/rules/{lifecyclePolicyRuleId}`
///
/// Operation `lifecyclepolicyrule-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyRuleUpdate;

impl crate::Operation for LifecyclePolicyRuleUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[28];
    type Output = ();
}

/// List lifecyclePolicyPriorityConfigurations
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicyPriorityConfigurations`
///
/// Operation `lifecycleworkflowscontainer-list-lifecyclepolicypriorityconfigurations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyPriorityConfigurationsList;

impl crate::Operation for LifecyclePolicyPriorityConfigurationsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[29];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::LifecyclePolicyPriorityConfiguration,
    >;
}

impl crate::options::List for LifecyclePolicyPriorityConfigurationsList {
    type Item = lcw_models::beta::identity_governance::LifecyclePolicyPriorityConfiguration;
}

/// Get lifecyclePolicyPriorityConfiguration
///
/// `GET /identityGovernance/lifecycleWorkflows/lifecyclePolicyPriorityConfigurations/{subjectType}`
///
/// Operation `lifecyclepolicypriorityconfiguration-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyPriorityConfigurationGet;

impl crate::Operation for LifecyclePolicyPriorityConfigurationGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[30];
    type Output = lcw_models::beta::identity_governance::LifecyclePolicyPriorityConfiguration;
}

/// Update lifecyclePolicyPriorityConfiguration
///
/// `PATCH /identityGovernance/lifecycleWorkflows/lifecyclePolicyPriorityConfigurations/{subjectType}`
///
/// Operation `lifecyclepolicypriorityconfiguration-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LifecyclePolicyPriorityConfigurationUpdate;

impl crate::Operation for LifecyclePolicyPriorityConfigurationUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[31];
    type Output = ();
}

/// Get lifecycleManagementSettings
///
/// `GET /identityGovernance/lifecycleWorkflows/settings`
///
/// Operation `lifecyclemanagementsettings-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SettingsGet;

impl crate::Operation for SettingsGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[32];
    type Output = lcw_models::beta::identity_governance::LifecycleManagementSettings;
}

impl crate::options::Select for SettingsGet {}

/// Update lifecycleManagementSettings
///
/// `PATCH /identityGovernance/lifecycleWorkflows/settings`
///
/// Operation `lifecyclemanagementsettings-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SettingsUpdate;

impl crate::Operation for SettingsUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[33];
    type Output = ();
}

/// List taskDefinitions
///
/// `GET /identityGovernance/lifecycleWorkflows/taskDefinitions`
///
/// Operation `lifecycleworkflowscontainer-list-taskdefinitions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionsList;

impl crate::Operation for TaskDefinitionsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[34];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskDefinition,
    >;
}

impl crate::options::List for TaskDefinitionsList {
    type Item = lcw_models::beta::identity_governance::TaskDefinition;
}

impl crate::options::Select for TaskDefinitionsList {}

impl crate::options::OrderBy for TaskDefinitionsList {}

impl crate::options::Filter for TaskDefinitionsList {}

/// Get taskDefinition
///
/// `GET /identityGovernance/lifecycleWorkflows/taskDefinitions/{taskDefinitionId}`
///
/// Operation `taskdefinition-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionGet;

impl crate::Operation for TaskDefinitionGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[35];
    type Output = lcw_models::beta::identity_governance::TaskDefinition;
}

impl crate::options::Select for TaskDefinitionGet {}

/// List workflowTemplates
///
/// `GET /identityGovernance/lifecycleWorkflows/workflowTemplates`
///
/// Operation `lifecycleworkflowscontainer-list-workflowtemplates`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTemplatesList;

impl crate::Operation for WorkflowTemplatesList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[36];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::WorkflowTemplate,
    >;
}

impl crate::options::List for WorkflowTemplatesList {
    type Item = lcw_models::beta::identity_governance::WorkflowTemplate;
}

impl crate::options::Select for WorkflowTemplatesList {}

impl crate::options::OrderBy for WorkflowTemplatesList {}

impl crate::options::Filter for WorkflowTemplatesList {}

/// Get workflowTemplate
///
/// `GET /identityGovernance/lifecycleWorkflows/workflowTemplates/{workflowTemplateId}`
///
/// Operation `workflowtemplate-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTemplateGet;

impl crate::Operation for WorkflowTemplateGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[37];
    type Output = lcw_models::beta::identity_governance::WorkflowTemplate;
}

/// List workflows
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows`
///
/// Operation `lifecycleworkflowscontainer-list-workflows`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowsList;

impl crate::Operation for WorkflowsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[38];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::Workflow,
    >;
}

impl crate::options::List for WorkflowsList {
    type Item = lcw_models::beta::identity_governance::Workflow;
}

impl crate::options::Search for WorkflowsList {}

impl crate::options::OrderBy for WorkflowsList {}

impl crate::options::Filter for WorkflowsList {}

impl crate::options::Expand for WorkflowsList {}

impl crate::options::Select for WorkflowsList {}

/// Create workflow
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows`
///
/// Operation `lifecycleworkflowscontainer-post-workflows`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowsCreate;

impl crate::Operation for WorkflowsCreate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[39];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

/// Get workflow
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
///
/// Operation `workflow-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowGet;

impl crate::Operation for WorkflowGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[40];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

impl crate::options::Select for WorkflowGet {}

impl crate::options::Expand for WorkflowGet {}

/// Update workflow
///
/// `PATCH /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
///
/// Operation `workflow-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowUpdate;

impl crate::Operation for WorkflowUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[41];
    type Output = ();
}

/// Delete workflow
///
/// `DELETE /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
///
/// Operation `workflow-delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowDelete;

impl crate::Operation for WorkflowDelete {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[42];
    type Output = ();
}

/// workflow: activate
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activate`
///
/// Operation `workflow-activate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowActivate;

impl crate::Operation for WorkflowActivate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[43];
    type Output = ();
}

/// workflow: activateAndWait
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activateAndWait`
///
/// Operation `workflow-activateandwait`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowActivateAndWait;

impl crate::Operation for WorkflowActivateAndWait {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[44];
    type Output = lcw_models::beta::identity_governance::AwaitedWorkflowProcessingResult;
}

/// workflow: activateWithScope
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activatewithscope`
///
/// Operation `workflow-activatewithscope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowActivatewithscope;

impl crate::Operation for WorkflowActivatewithscope {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[45];
    type Output = ();
}

/// workflow: cancelProcessing
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/cancelProcessing`
///
/// Operation `workflow-cancelprocessing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowCancelProcessing;

impl crate::Operation for WorkflowCancelProcessing {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[46];
    type Output = ();
}

/// workflow: clearQuarantine
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/clearQuarantine`
///
/// Operation `workflow-clearquarantine`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowClearQuarantine;

impl crate::Operation for WorkflowClearQuarantine {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[47];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

/// workflow: createNewVersion
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/createNewVersion`
///
/// Operation `workflow-createnewversion`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowCreateNewVersion;

impl crate::Operation for WorkflowCreateNewVersion {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[48];
    type Output = lcw_models::beta::identity_governance::Workflow;
}

/// List executionScope
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/executionScope`
///
/// Operation `workflow-list-executionscope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowExecutionScopeList;

impl crate::Operation for WorkflowExecutionScopeList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[49];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::UserProcessingResult,
    >;
}

impl crate::options::List for WorkflowExecutionScopeList {
    type Item = lcw_models::beta::identity_governance::UserProcessingResult;
}

impl crate::options::Select for WorkflowExecutionScopeList {}

impl crate::options::Expand for WorkflowExecutionScopeList {}

impl crate::options::OrderBy for WorkflowExecutionScopeList {}

impl crate::options::Filter for WorkflowExecutionScopeList {}

/// workflow: previewWorkflow
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/previewWorkflow`
///
/// Operation `workflow-previewworkflow`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowPreviewWorkflow;

impl crate::Operation for WorkflowPreviewWorkflow {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[50];
    type Output = ();
}

/// List runs
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`
///
/// Operation `workflow-list-runs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowRunsList;

impl crate::Operation for WorkflowRunsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[51];
    type Output = lcw_models::Collection<lcw_models::beta::identity_governance::Run>;
}

impl crate::options::List for WorkflowRunsList {
    type Item = lcw_models::beta::identity_governance::Run;
}

impl crate::options::Select for WorkflowRunsList {}

impl crate::options::OrderBy for WorkflowRunsList {}

impl crate::options::Filter for WorkflowRunsList {}

/// run: summary
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `run-summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowRunsSummary;

impl crate::Operation for WorkflowRunsSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[52];
    type Output = lcw_models::beta::identity_governance::RunSummary;
}

/// Get run
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}`
///
/// Operation `run-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunGet;

impl crate::Operation for RunGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[53];
    type Output = lcw_models::beta::identity_governance::Run;
}

impl crate::options::Select for RunGet {}

/// List subjectProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults`
///
/// Operation `run-list-subjectprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunSubjectProcessingResultsList;

impl crate::Operation for RunSubjectProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[54];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::SubjectProcessingResult,
    >;
}

impl crate::options::List for RunSubjectProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::SubjectProcessingResult;
}

impl crate::options::Count for RunSubjectProcessingResultsList {}

impl crate::options::Filter for RunSubjectProcessingResultsList {}

impl crate::options::OrderBy for RunSubjectProcessingResultsList {}

impl crate::options::Expand for RunSubjectProcessingResultsList {}

/// subjectProcessingResult: summary
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `subjectprocessingresult-summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunSubjectProcessingResultsSummary;

impl crate::Operation for RunSubjectProcessingResultsSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[55];
    type Output = lcw_models::beta::identity_governance::SubjectSummary;
}

/// Get subjectProcessingResult
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/{subjectProcessingResultId}`
///
/// Operation `subjectprocessingresult-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunSubjectProcessingResultGet;

impl crate::Operation for RunSubjectProcessingResultGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[56];
    type Output = lcw_models::beta::identity_governance::SubjectProcessingResult;
}

impl crate::options::Expand for RunSubjectProcessingResultGet {}

/// List taskProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/taskProcessingResults`
///
/// Operation `run-list-taskprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunTaskProcessingResultsList;

impl crate::Operation for RunTaskProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[57];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskProcessingResult,
    >;
}

impl crate::options::List for RunTaskProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::TaskProcessingResult;
}

impl crate::options::Select for RunTaskProcessingResultsList {}

impl crate::options::OrderBy for RunTaskProcessingResultsList {}

impl crate::options::Expand for RunTaskProcessingResultsList {}

impl crate::options::Filter for RunTaskProcessingResultsList {}

/// Get userProcessingResult
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}`
///
/// Operation `userprocessingresult-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunUserProcessingResultGet;

impl crate::Operation for RunUserProcessingResultGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[58];
    type Output = lcw_models::beta::identity_governance::UserProcessingResult;
}

impl crate::options::Select for RunUserProcessingResultGet {}

/// List taskProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`
///
/// Operation `userprocessingresult-list-taskprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunUserProcessingResultTaskProcessingResultsList;

impl crate::Operation for RunUserProcessingResultTaskProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[59];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskProcessingResult,
    >;
}

impl crate::options::List for RunUserProcessingResultTaskProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::TaskProcessingResult;
}

impl crate::options::Select for RunUserProcessingResultTaskProcessingResultsList {}

impl crate::options::OrderBy for RunUserProcessingResultTaskProcessingResultsList {}

impl crate::options::Expand for RunUserProcessingResultTaskProcessingResultsList {}

impl crate::options::Filter for RunUserProcessingResultTaskProcessingResultsList {}

/// List taskReports
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports`
///
/// Operation `workflow-list-taskreports`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTaskReportsList;

impl crate::Operation for WorkflowTaskReportsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[60];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskReport,
    >;
}

impl crate::options::List for WorkflowTaskReportsList {
    type Item = lcw_models::beta::identity_governance::TaskReport;
}

impl crate::options::Select for WorkflowTaskReportsList {}

impl crate::options::OrderBy for WorkflowTaskReportsList {}

impl crate::options::Expand for WorkflowTaskReportsList {}

impl crate::options::Filter for WorkflowTaskReportsList {}

/// taskReport: summary
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `taskreport-summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTaskReportsSummary;

impl crate::Operation for WorkflowTaskReportsSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[61];
    type Output = lcw_models::beta::identity_governance::TaskReportSummary;
}

impl crate::options::Expand for WorkflowTaskReportsSummary {}

/// List subjectProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/subjectProcessingResults`
///
/// Operation `taskreport-list-subjectprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportSubjectProcessingResultsList;

impl crate::Operation for TaskReportSubjectProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[62];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::SubjectProcessingResult,
    >;
}

impl crate::options::List for TaskReportSubjectProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::SubjectProcessingResult;
}

impl crate::options::Count for TaskReportSubjectProcessingResultsList {}

impl crate::options::Filter for TaskReportSubjectProcessingResultsList {}

impl crate::options::OrderBy for TaskReportSubjectProcessingResultsList {}

impl crate::options::Expand for TaskReportSubjectProcessingResultsList {}

/// Get subjectProcessingResult
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/subjectProcessingResults/{subjectProcessingResultId}`
///
/// Operation `subjectprocessingresult-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportSubjectProcessingResultGet;

impl crate::Operation for TaskReportSubjectProcessingResultGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[63];
    type Output = lcw_models::beta::identity_governance::SubjectProcessingResult;
}

impl crate::options::Expand for TaskReportSubjectProcessingResultGet {}

/// List taskProcessingResult (for a taskReport)
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/taskProcessingResults`
///
/// Operation `taskreport-list-taskprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportTaskProcessingResultsList;

impl crate::Operation for TaskReportTaskProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[64];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskProcessingResult,
    >;
}

impl crate::options::List for TaskReportTaskProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::TaskProcessingResult;
}

impl crate::options::Select for TaskReportTaskProcessingResultsList {}

impl crate::options::OrderBy for TaskReportTaskProcessingResultsList {}

impl crate::options::Expand for TaskReportTaskProcessingResultsList {}

impl crate::options::Filter for TaskReportTaskProcessingResultsList {}

/// List tasks
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks`
///
/// Operation `workflow-list-task`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTasksList;

impl crate::Operation for WorkflowTasksList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[65];
    type Output = lcw_models::Collection<lcw_models::beta::identity_governance::Task>;
}

impl crate::options::List for WorkflowTasksList {
    type Item = lcw_models::beta::identity_governance::Task;
}

impl crate::options::Search for WorkflowTasksList {}

impl crate::options::OrderBy for WorkflowTasksList {}

impl crate::options::Filter for WorkflowTasksList {}

/// Get task
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`
///
/// Operation `task-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskGet;

impl crate::Operation for TaskGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[66];
    type Output = lcw_models::beta::identity_governance::Task;
}

/// Update task
///
/// `PATCH /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`
///
/// Operation `task-update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskUpdate;

impl crate::Operation for TaskUpdate {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[67];
    type Output = ();
}

/// taskProcessingResult: resume
///
/// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}/resume`
///
/// Operation `taskprocessingresult-resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultResume;

impl crate::Operation for TaskProcessingResultResume {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[68];
    type Output = ();
}

/// List userProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults`
///
/// Operation `workflow-list-userprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowUserProcessingResultsList;

impl crate::Operation for WorkflowUserProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[69];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::UserProcessingResult,
    >;
}

impl crate::options::List for WorkflowUserProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::UserProcessingResult;
}

impl crate::options::Select for WorkflowUserProcessingResultsList {}

impl crate::options::OrderBy for WorkflowUserProcessingResultsList {}

impl crate::options::Expand for WorkflowUserProcessingResultsList {}

impl crate::options::Filter for WorkflowUserProcessingResultsList {}

/// userProcessingResult: summary
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
///
/// Operation `userprocessingresult-summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowUserProcessingResultsSummary;

impl crate::Operation for WorkflowUserProcessingResultsSummary {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[70];
    type Output = lcw_models::beta::identity_governance::UserSummary;
}

impl crate::options::Expand for WorkflowUserProcessingResultsSummary {}

/// List taskProcessingResults
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`
///
/// Operation `userprocessingresult-list-taskprocessingresults`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultTaskProcessingResultsList;

impl crate::Operation for UserProcessingResultTaskProcessingResultsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[71];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::TaskProcessingResult,
    >;
}

impl crate::options::List for UserProcessingResultTaskProcessingResultsList {
    type Item = lcw_models::beta::identity_governance::TaskProcessingResult;
}

impl crate::options::Select for UserProcessingResultTaskProcessingResultsList {}

impl crate::options::OrderBy for UserProcessingResultTaskProcessingResultsList {}

impl crate::options::Expand for UserProcessingResultTaskProcessingResultsList {}

impl crate::options::Filter for UserProcessingResultTaskProcessingResultsList {}

/// List workflowVersions
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions`
///
/// Operation `workflow-list-versions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionsList;

impl crate::Operation for WorkflowVersionsList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[72];
    type Output = lcw_models::Collection<
        lcw_models::beta::identity_governance::WorkflowVersion,
    >;
}

impl crate::options::List for WorkflowVersionsList {
    type Item = lcw_models::beta::identity_governance::WorkflowVersion;
}

impl crate::options::Select for WorkflowVersionsList {}

impl crate::options::Count for WorkflowVersionsList {}

impl crate::options::Search for WorkflowVersionsList {}

impl crate::options::OrderBy for WorkflowVersionsList {}

impl crate::options::Expand for WorkflowVersionsList {}

impl crate::options::Filter for WorkflowVersionsList {}

/// Get task
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks/{taskId}`
///
/// Operation `task-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionTaskGet;

impl crate::Operation for WorkflowVersionTaskGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[73];
    type Output = lcw_models::beta::identity_governance::Task;
}

/// List tasks (in a workflowVersion)
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionNumber}/tasks`
///
/// Operation `workflowversion-list-tasks`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionTasksList;

impl crate::Operation for WorkflowVersionTasksList {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[74];
    type Output = lcw_models::Collection<lcw_models::beta::identity_governance::Task>;
}

impl crate::options::List for WorkflowVersionTasksList {
    type Item = lcw_models::beta::identity_governance::Task;
}

impl crate::options::Top for WorkflowVersionTasksList {}

impl crate::options::Count for WorkflowVersionTasksList {}

impl crate::options::Search for WorkflowVersionTasksList {}

impl crate::options::OrderBy for WorkflowVersionTasksList {}

impl crate::options::Expand for WorkflowVersionTasksList {}

impl crate::options::Filter for WorkflowVersionTasksList {}

/// Get workflowVersion
///
/// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{workflowVersionId}`
///
/// Operation `workflowversion-get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionGet;

impl crate::Operation for WorkflowVersionGet {
    const VERSION: &'static str = "beta";
    const INFO: &'static lcw_models::OperationInfo = &lcw_models::beta::OPERATIONS[75];
    type Output = lcw_models::beta::identity_governance::WorkflowVersion;
}

impl crate::options::Select for WorkflowVersionGet {}

impl crate::options::Expand for WorkflowVersionGet {}

/// The `OPERATIONS` row of every marker type of this module, in table order: every operation the `beta` docs describe.
pub const ALL: &[&lcw_models::OperationInfo] = &[
    <CustomTaskExtensionsList as crate::Operation>::INFO,
    <CustomTaskExtensionsCreate as crate::Operation>::INFO,
    <CustomTaskExtensionGet as crate::Operation>::INFO,
    <CustomTaskExtensionUpdate as crate::Operation>::INFO,
    <CustomTaskExtensionDelete as crate::Operation>::INFO,
    <DeletedItemsLifecyclePolicyRestore as crate::Operation>::INFO,
    <DeletedItemsWorkflowsList as crate::Operation>::INFO,
    <DeletedItemsWorkflowGet as crate::Operation>::INFO,
    <DeletedItemsWorkflowDelete as crate::Operation>::INFO,
    <DeletedItemsWorkflowUserProcessingResultReprocessedRunsList as crate::Operation>::INFO,
    <DeletedItemsWorkflowUserProcessingResultRunDeleteRef as crate::Operation>::INFO,
    <DeletedItemsWorkflowUserProcessingResultRunReprocessedRunsList as crate::Operation>::INFO,
    <DeletedItemsWorkflowUserProcessingResultRunRunDeleteRef as crate::Operation>::INFO,
    <DeletedItemsWorkflowRestore as crate::Operation>::INFO,
    <InsightsTopTasksProcessedSummary as crate::Operation>::INFO,
    <InsightsTopWorkflowsProcessedSummary as crate::Operation>::INFO,
    <InsightsWorkflowsProcessedByCategory as crate::Operation>::INFO,
    <InsightsWorkflowsProcessedSummary as crate::Operation>::INFO,
    <LifecyclePoliciesList as crate::Operation>::INFO,
    <LifecyclePoliciesCreate as crate::Operation>::INFO,
    <LifecyclePolicyGet as crate::Operation>::INFO,
    <LifecyclePolicyUpdate as crate::Operation>::INFO,
    <LifecyclePolicyDelete as crate::Operation>::INFO,
    <LifecyclePolicyImpact as crate::Operation>::INFO,
    <LifecyclePolicyReportGet as crate::Operation>::INFO,
    <LifecyclePolicyReportSubjectsList as crate::Operation>::INFO,
    <LifecyclePolicyRulesList as crate::Operation>::INFO,
    <LifecyclePolicyRuleGet as crate::Operation>::INFO,
    <LifecyclePolicyRuleUpdate as crate::Operation>::INFO,
    <LifecyclePolicyPriorityConfigurationsList as crate::Operation>::INFO,
    <LifecyclePolicyPriorityConfigurationGet as crate::Operation>::INFO,
    <LifecyclePolicyPriorityConfigurationUpdate as crate::Operation>::INFO,
    <SettingsGet as crate::Operation>::INFO,
    <SettingsUpdate as crate::Operation>::INFO,
    <TaskDefinitionsList as crate::Operation>::INFO,
    <TaskDefinitionGet as crate::Operation>::INFO,
    <WorkflowTemplatesList as crate::Operation>::INFO,
    <WorkflowTemplateGet as crate::Operation>::INFO,
    <WorkflowsList as crate::Operation>::INFO,
    <WorkflowsCreate as crate::Operation>::INFO,
    <WorkflowGet as crate::Operation>::INFO,
    <WorkflowUpdate as crate::Operation>::INFO,
    <WorkflowDelete as crate::Operation>::INFO,
    <WorkflowActivate as crate::Operation>::INFO,
    <WorkflowActivateAndWait as crate::Operation>::INFO,
    <WorkflowActivatewithscope as crate::Operation>::INFO,
    <WorkflowCancelProcessing as crate::Operation>::INFO,
    <WorkflowClearQuarantine as crate::Operation>::INFO,
    <WorkflowCreateNewVersion as crate::Operation>::INFO,
    <WorkflowExecutionScopeList as crate::Operation>::INFO,
    <WorkflowPreviewWorkflow as crate::Operation>::INFO,
    <WorkflowRunsList as crate::Operation>::INFO,
    <WorkflowRunsSummary as crate::Operation>::INFO,
    <RunGet as crate::Operation>::INFO,
    <RunSubjectProcessingResultsList as crate::Operation>::INFO,
    <RunSubjectProcessingResultsSummary as crate::Operation>::INFO,
    <RunSubjectProcessingResultGet as crate::Operation>::INFO,
    <RunTaskProcessingResultsList as crate::Operation>::INFO,
    <RunUserProcessingResultGet as crate::Operation>::INFO,
    <RunUserProcessingResultTaskProcessingResultsList as crate::Operation>::INFO,
    <WorkflowTaskReportsList as crate::Operation>::INFO,
    <WorkflowTaskReportsSummary as crate::Operation>::INFO,
    <TaskReportSubjectProcessingResultsList as crate::Operation>::INFO,
    <TaskReportSubjectProcessingResultGet as crate::Operation>::INFO,
    <TaskReportTaskProcessingResultsList as crate::Operation>::INFO,
    <WorkflowTasksList as crate::Operation>::INFO,
    <TaskGet as crate::Operation>::INFO,
    <TaskUpdate as crate::Operation>::INFO,
    <TaskProcessingResultResume as crate::Operation>::INFO,
    <WorkflowUserProcessingResultsList as crate::Operation>::INFO,
    <WorkflowUserProcessingResultsSummary as crate::Operation>::INFO,
    <UserProcessingResultTaskProcessingResultsList as crate::Operation>::INFO,
    <WorkflowVersionsList as crate::Operation>::INFO,
    <WorkflowVersionTaskGet as crate::Operation>::INFO,
    <WorkflowVersionTasksList as crate::Operation>::INFO,
    <WorkflowVersionGet as crate::Operation>::INFO,
];
