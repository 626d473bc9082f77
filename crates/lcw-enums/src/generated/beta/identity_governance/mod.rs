// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Enums of the `microsoft.graph.identityGovernance` namespace (`beta`).

mod activation_task_scope_type;
pub use activation_task_scope_type::ActivationTaskScopeType;

mod activation_user_scope_type;
pub use activation_user_scope_type::ActivationUserScopeType;

mod custom_data_provided_resource_upload_status;
pub use custom_data_provided_resource_upload_status::CustomDataProvidedResourceUploadStatus;

mod custom_task_extension_operation_status;
pub use custom_task_extension_operation_status::CustomTaskExtensionOperationStatus;

mod custom_task_extension_reply_mode;
pub use custom_task_extension_reply_mode::CustomTaskExtensionReplyMode;

mod lifecycle_policy_compliance_status;
pub use lifecycle_policy_compliance_status::LifecyclePolicyComplianceStatus;

mod lifecycle_policy_enforcement_action_state;
pub use lifecycle_policy_enforcement_action_state::LifecyclePolicyEnforcementActionState;

mod lifecycle_policy_enforcement_status;
pub use lifecycle_policy_enforcement_status::LifecyclePolicyEnforcementStatus;

mod lifecycle_policy_impact_action_type;
pub use lifecycle_policy_impact_action_type::LifecyclePolicyImpactActionType;

mod lifecycle_policy_next_enforcement_action;
pub use lifecycle_policy_next_enforcement_action::LifecyclePolicyNextEnforcementAction;

mod lifecycle_policy_relationship;
pub use lifecycle_policy_relationship::LifecyclePolicyRelationship;

mod lifecycle_policy_scope_processing_attempt_status;
pub use lifecycle_policy_scope_processing_attempt_status::LifecyclePolicyScopeProcessingAttemptStatus;

mod lifecycle_policy_scope_processing_status;
pub use lifecycle_policy_scope_processing_status::LifecyclePolicyScopeProcessingStatus;

mod lifecycle_policy_source;
pub use lifecycle_policy_source::LifecyclePolicySource;

mod lifecycle_task_category;
pub use lifecycle_task_category::{LifecycleTaskCategory, LifecycleTaskCategorySet};

mod lifecycle_workflow_category;
pub use lifecycle_workflow_category::LifecycleWorkflowCategory;

mod lifecycle_workflow_processing_status;
pub use lifecycle_workflow_processing_status::LifecycleWorkflowProcessingStatus;

mod match_mode;
pub use match_mode::MatchMode;

mod membership_change_type;
pub use membership_change_type::MembershipChangeType;

mod principal_type;
pub use principal_type::PrincipalType;

mod quarantine_type;
pub use quarantine_type::QuarantineType;

mod subject_type;
pub use subject_type::{SubjectType, SubjectTypeSet};

mod value_type;
pub use value_type::ValueType;

mod workflow_execution_type;
pub use workflow_execution_type::WorkflowExecutionType;

mod workflow_trigger_operator_event_timing;
pub use workflow_trigger_operator_event_timing::WorkflowTriggerOperatorEventTiming;

mod workflow_trigger_time_based_attribute;
pub use workflow_trigger_time_based_attribute::WorkflowTriggerTimeBasedAttribute;
