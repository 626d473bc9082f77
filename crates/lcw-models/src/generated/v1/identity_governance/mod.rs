// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Types and operations of the `microsoft.graph.identityGovernance` namespace (`v1.0`).

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::v1::identity_governance::*;

mod activate_processing_result_scope;
pub use activate_processing_result_scope::{
    ActivateProcessingResultScope, ActivateProcessingResultScopeBuilder,
};

mod activation_scope;
pub use activation_scope::{ActivationScope, ActivationScopeBuilder, ActivationScopeKind};

mod attribute_change_trigger;
pub use attribute_change_trigger::{
    AttributeChangeTrigger, AttributeChangeTriggerBuilder,
};

mod attribute_set_entry;
pub use attribute_set_entry::{AttributeSetEntry, AttributeSetEntryBuilder};

mod awaited_workflow_processing_result;
pub use awaited_workflow_processing_result::{
    AwaitedWorkflowProcessingResult, AwaitedWorkflowProcessingResultBuilder,
};

mod cancel_runs_scope;
pub use cancel_runs_scope::{CancelRunsScope, CancelRunsScopeBuilder};

mod cancel_scope;
pub use cancel_scope::{CancelScope, CancelScopeBuilder, CancelScopeKind};

mod count_based_quarantine_condition;
pub use count_based_quarantine_condition::{
    CountBasedQuarantineCondition, CountBasedQuarantineConditionBuilder,
};

mod custom_task_extension;
pub use custom_task_extension::{CustomTaskExtension, CustomTaskExtensionBuilder};

mod custom_task_extension_callback_configuration;
pub use custom_task_extension_callback_configuration::{
    CustomTaskExtensionCallbackConfiguration,
    CustomTaskExtensionCallbackConfigurationBuilder,
};

mod custom_task_extension_callback_data;
pub use custom_task_extension_callback_data::{
    CustomTaskExtensionCallbackData, CustomTaskExtensionCallbackDataBuilder,
};

mod custom_task_extension_callout_data;
pub use custom_task_extension_callout_data::{
    CustomTaskExtensionCalloutData, CustomTaskExtensionCalloutDataBuilder,
};

mod custom_task_extension_response_data;
pub use custom_task_extension_response_data::{
    CustomTaskExtensionResponseData, CustomTaskExtensionResponseDataBuilder,
};

mod directory_object_workflow_subject;
pub use directory_object_workflow_subject::{
    DirectoryObjectWorkflowSubject, DirectoryObjectWorkflowSubjectBuilder,
};

mod group_based_subject_set;
pub use group_based_subject_set::{GroupBasedSubjectSet, GroupBasedSubjectSetBuilder};

mod insights;
pub use insights::{Insights, InsightsBuilder};

mod lifecycle_management_settings;
pub use lifecycle_management_settings::{
    LifecycleManagementSettings, LifecycleManagementSettingsBuilder,
};

mod lifecycle_workflows_container;
pub use lifecycle_workflows_container::{
    LifecycleWorkflowsContainer, LifecycleWorkflowsContainerBuilder,
};

mod membership_change_trigger;
pub use membership_change_trigger::{
    MembershipChangeTrigger, MembershipChangeTriggerBuilder,
};

mod on_demand_execution_only;
pub use on_demand_execution_only::{OnDemandExecutionOnly, OnDemandExecutionOnlyBuilder};

mod parameter;
pub use parameter::{Parameter, ParameterBuilder};

mod percentage_based_quarantine_condition;
pub use percentage_based_quarantine_condition::{
    PercentageBasedQuarantineCondition, PercentageBasedQuarantineConditionBuilder,
};

mod provisioning_attribute_mapping;
pub use provisioning_attribute_mapping::{
    ProvisioningAttributeMapping, ProvisioningAttributeMappingBuilder,
};

mod provisioning_object_workflow_subject;
pub use provisioning_object_workflow_subject::{
    ProvisioningObjectWorkflowSubject, ProvisioningObjectWorkflowSubjectBuilder,
};

mod quarantine_condition;
pub use quarantine_condition::{
    QuarantineCondition, QuarantineConditionBuilder, QuarantineConditionKind,
};

mod quarantine_configuration;
pub use quarantine_configuration::{
    QuarantineConfiguration, QuarantineConfigurationBuilder,
};

mod quarantine_details;
pub use quarantine_details::{QuarantineDetails, QuarantineDetailsBuilder};

mod rule_based_subject_set;
pub use rule_based_subject_set::{RuleBasedSubjectSet, RuleBasedSubjectSetBuilder};

mod run;
pub use run::{Run, RunBuilder};

mod run_summary;
pub use run_summary::{RunSummary, RunSummaryBuilder};

mod subject_processing_result;
pub use subject_processing_result::{
    SubjectProcessingResult, SubjectProcessingResultBuilder,
};

mod subject_summary;
pub use subject_summary::{SubjectSummary, SubjectSummaryBuilder};

mod task;
pub use task::{Task, TaskBuilder};

mod task_definition;
pub use task_definition::{TaskDefinition, TaskDefinitionBuilder};

mod task_processing_result;
pub use task_processing_result::{TaskProcessingResult, TaskProcessingResultBuilder};

mod task_report;
pub use task_report::{TaskReport, TaskReportBuilder};

mod task_report_summary;
pub use task_report_summary::{TaskReportSummary, TaskReportSummaryBuilder};

mod time_based_attribute_trigger;
pub use time_based_attribute_trigger::{
    TimeBasedAttributeTrigger, TimeBasedAttributeTriggerBuilder,
};

mod top_tasks_insights_summary;
pub use top_tasks_insights_summary::{
    TopTasksInsightsSummary, TopTasksInsightsSummaryBuilder,
};

mod top_workflows_insights_summary;
pub use top_workflows_insights_summary::{
    TopWorkflowsInsightsSummary, TopWorkflowsInsightsSummaryBuilder,
};

mod trigger_and_scope_based_conditions;
pub use trigger_and_scope_based_conditions::{
    TriggerAndScopeBasedConditions, TriggerAndScopeBasedConditionsBuilder,
};

mod trigger_attribute;
pub use trigger_attribute::{TriggerAttribute, TriggerAttributeBuilder};

mod user_inactivity_trigger;
pub use user_inactivity_trigger::{UserInactivityTrigger, UserInactivityTriggerBuilder};

mod user_processing_result;
pub use user_processing_result::{UserProcessingResult, UserProcessingResultBuilder};

mod user_summary;
pub use user_summary::{UserSummary, UserSummaryBuilder};

mod workflow;
pub use workflow::{Workflow, WorkflowBuilder};

mod workflow_base;
pub use workflow_base::{WorkflowBase, WorkflowBaseBuilder};

mod workflow_execution_conditions;
pub use workflow_execution_conditions::{
    WorkflowExecutionConditions, WorkflowExecutionConditionsBuilder,
    WorkflowExecutionConditionsKind,
};

mod workflow_execution_trigger;
pub use workflow_execution_trigger::{
    WorkflowExecutionTrigger, WorkflowExecutionTriggerBuilder,
    WorkflowExecutionTriggerKind,
};

mod workflow_setting;
pub use workflow_setting::{WorkflowSetting, WorkflowSettingBuilder};

mod workflow_subject;
pub use workflow_subject::{WorkflowSubject, WorkflowSubjectBuilder, WorkflowSubjectKind};

mod workflow_template;
pub use workflow_template::{WorkflowTemplate, WorkflowTemplateBuilder};

mod workflow_version;
pub use workflow_version::{WorkflowVersion, WorkflowVersionBuilder};

mod workflows_insights_by_category;
pub use workflows_insights_by_category::{
    WorkflowsInsightsByCategory, WorkflowsInsightsByCategoryBuilder,
};

mod workflows_insights_summary;
pub use workflows_insights_summary::{
    WorkflowsInsightsSummary, WorkflowsInsightsSummaryBuilder,
};
