// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Enums of the `microsoft.graph.identityGovernance` namespace (`v1.0`).

mod activation_task_scope_type;
pub use activation_task_scope_type::ActivationTaskScopeType;

mod activation_user_scope_type;
pub use activation_user_scope_type::ActivationUserScopeType;

mod custom_task_extension_operation_status;
pub use custom_task_extension_operation_status::CustomTaskExtensionOperationStatus;

mod custom_task_extension_reply_mode;
pub use custom_task_extension_reply_mode::CustomTaskExtensionReplyMode;

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

mod quarantine_type;
pub use quarantine_type::QuarantineType;

mod subject_type;
pub use subject_type::{SubjectType, SubjectTypeSet};

mod value_type;
pub use value_type::ValueType;

mod workflow_execution_type;
pub use workflow_execution_type::WorkflowExecutionType;

mod workflow_trigger_time_based_attribute;
pub use workflow_trigger_time_based_attribute::WorkflowTriggerTimeBasedAttribute;
