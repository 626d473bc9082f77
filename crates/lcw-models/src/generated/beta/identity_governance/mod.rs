// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Types and operations of the `microsoft.graph.identityGovernance` namespace (`beta`).

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::beta::identity_governance::*;

mod activate_processing_result_scope;
pub use activate_processing_result_scope::{
    ActivateProcessingResultScope, ActivateProcessingResultScopeBuilder,
};

mod activation_scope;
pub use activation_scope::{ActivationScope, ActivationScopeBuilder, ActivationScopeKind};

mod agent_identity_lifecycle_policy;
pub use agent_identity_lifecycle_policy::{
    AgentIdentityLifecyclePolicy, AgentIdentityLifecyclePolicyBuilder,
};

mod all_excluding_groups_subject_set;
pub use all_excluding_groups_subject_set::{
    AllExcludingGroupsSubjectSet, AllExcludingGroupsSubjectSetBuilder,
};

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

mod delete_only_enforcement_action;
pub use delete_only_enforcement_action::{
    DeleteOnlyEnforcementAction, DeleteOnlyEnforcementActionBuilder,
};

mod directory_object_workflow_subject;
pub use directory_object_workflow_subject::{
    DirectoryObjectWorkflowSubject, DirectoryObjectWorkflowSubjectBuilder,
};

mod disable_only_enforcement_action;
pub use disable_only_enforcement_action::{
    DisableOnlyEnforcementAction, DisableOnlyEnforcementActionBuilder,
};

mod disable_then_delete_enforcement_action;
pub use disable_then_delete_enforcement_action::{
    DisableThenDeleteEnforcementAction, DisableThenDeleteEnforcementActionBuilder,
};

mod group_based_subject_set;
pub use group_based_subject_set::{GroupBasedSubjectSet, GroupBasedSubjectSetBuilder};

mod inactivity_rule;
pub use inactivity_rule::{InactivityRule, InactivityRuleBuilder};

mod insights;
pub use insights::{Insights, InsightsBuilder};

mod lifecycle_management_settings;
pub use lifecycle_management_settings::{
    LifecycleManagementSettings, LifecycleManagementSettingsBuilder,
};

mod lifecycle_policy;
pub use lifecycle_policy::{LifecyclePolicy, LifecyclePolicyBuilder, LifecyclePolicyKind};

mod lifecycle_policy_agent_identity_subject_reference;
pub use lifecycle_policy_agent_identity_subject_reference::{
    LifecyclePolicyAgentIdentitySubjectReference,
    LifecyclePolicyAgentIdentitySubjectReferenceBuilder,
};

mod lifecycle_policy_enforcement_action;
pub use lifecycle_policy_enforcement_action::{
    LifecyclePolicyEnforcementAction, LifecyclePolicyEnforcementActionBuilder,
    LifecyclePolicyEnforcementActionKind,
};

mod lifecycle_policy_impact_action;
pub use lifecycle_policy_impact_action::{
    LifecyclePolicyImpactAction, LifecyclePolicyImpactActionBuilder,
};

mod lifecycle_policy_impact_summary;
pub use lifecycle_policy_impact_summary::{
    LifecyclePolicyImpactSummary, LifecyclePolicyImpactSummaryBuilder,
};

mod lifecycle_policy_notification_settings;
pub use lifecycle_policy_notification_settings::{
    LifecyclePolicyNotificationSettings, LifecyclePolicyNotificationSettingsBuilder,
};

mod lifecycle_policy_priority_configuration;
pub use lifecycle_policy_priority_configuration::{
    LifecyclePolicyPriorityConfiguration, LifecyclePolicyPriorityConfigurationBuilder,
};

mod lifecycle_policy_reference;
pub use lifecycle_policy_reference::{
    LifecyclePolicyReference, LifecyclePolicyReferenceBuilder,
};

mod lifecycle_policy_report;
pub use lifecycle_policy_report::{LifecyclePolicyReport, LifecyclePolicyReportBuilder};

mod lifecycle_policy_rule;
pub use lifecycle_policy_rule::{
    LifecyclePolicyRule, LifecyclePolicyRuleBuilder, LifecyclePolicyRuleKind,
};

mod lifecycle_policy_scope_processing;
pub use lifecycle_policy_scope_processing::{
    LifecyclePolicyScopeProcessing, LifecyclePolicyScopeProcessingBuilder,
};

mod lifecycle_policy_scope_processing_attempt;
pub use lifecycle_policy_scope_processing_attempt::{
    LifecyclePolicyScopeProcessingAttempt, LifecyclePolicyScopeProcessingAttemptBuilder,
};

mod lifecycle_policy_subject_compliance;
pub use lifecycle_policy_subject_compliance::{
    LifecyclePolicySubjectCompliance, LifecyclePolicySubjectComplianceBuilder,
};

mod lifecycle_policy_subject_enforcement;
pub use lifecycle_policy_subject_enforcement::{
    LifecyclePolicySubjectEnforcement, LifecyclePolicySubjectEnforcementBuilder,
};

mod lifecycle_policy_subject_reference;
pub use lifecycle_policy_subject_reference::{
    LifecyclePolicySubjectReference, LifecyclePolicySubjectReferenceBuilder,
    LifecyclePolicySubjectReferenceKind,
};

mod lifecycle_policy_subject_report;
pub use lifecycle_policy_subject_report::{
    LifecyclePolicySubjectReport, LifecyclePolicySubjectReportBuilder,
};

mod lifecycle_policy_user_subject_reference;
pub use lifecycle_policy_user_subject_reference::{
    LifecyclePolicyUserSubjectReference, LifecyclePolicyUserSubjectReferenceBuilder,
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

mod operator_between;
pub use operator_between::{OperatorBetween, OperatorBetweenBuilder};

mod operator_equal_to;
pub use operator_equal_to::{OperatorEqualTo, OperatorEqualToBuilder};

mod operator_less_than_equal_to;
pub use operator_less_than_equal_to::{
    OperatorLessThanEqualTo, OperatorLessThanEqualToBuilder,
};

mod parameter;
pub use parameter::{Parameter, ParameterBuilder};

mod percentage_based_quarantine_condition;
pub use percentage_based_quarantine_condition::{
    PercentageBasedQuarantineCondition, PercentageBasedQuarantineConditionBuilder,
};

mod periodic_attestation_rule;
pub use periodic_attestation_rule::{
    PeriodicAttestationRule, PeriodicAttestationRuleBuilder,
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

mod sponsor_presence_rule;
pub use sponsor_presence_rule::{SponsorPresenceRule, SponsorPresenceRuleBuilder};

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

mod time_based_attribute_trigger_v2;
pub use time_based_attribute_trigger_v2::{
    TimeBasedAttributeTriggerV2, TimeBasedAttributeTriggerV2Builder,
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

mod workflow_execution_trigger_operator;
pub use workflow_execution_trigger_operator::{
    WorkflowExecutionTriggerOperator, WorkflowExecutionTriggerOperatorBuilder,
    WorkflowExecutionTriggerOperatorKind,
};

mod workflow_setting;
pub use workflow_setting::{WorkflowSetting, WorkflowSettingBuilder};

mod workflow_subject;
pub use workflow_subject::{WorkflowSubject, WorkflowSubjectBuilder, WorkflowSubjectKind};

mod workflow_template;
pub use workflow_template::{WorkflowTemplate, WorkflowTemplateBuilder};

mod workflow_trigger_time_based_operator;
pub use workflow_trigger_time_based_operator::{
    WorkflowTriggerTimeBasedOperator, WorkflowTriggerTimeBasedOperatorBuilder,
};

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
