// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Enums of the `beta` API.

mod activation_task_scope_type;
pub use activation_task_scope_type::ActivationTaskScopeType;

mod custom_task_extension_operation_status;
pub use custom_task_extension_operation_status::CustomTaskExtensionOperationStatus;

mod lifecycle_task_category;
pub use lifecycle_task_category::{LifecycleTaskCategory, LifecycleTaskCategorySet};

mod lifecycle_workflow_category;
pub use lifecycle_workflow_category::LifecycleWorkflowCategory;

mod lifecycle_workflow_processing_status;
pub use lifecycle_workflow_processing_status::LifecycleWorkflowProcessingStatus;

mod membership_change_type;
pub use membership_change_type::MembershipChangeType;

mod value_type;
pub use value_type::ValueType;

mod workflow_execution_type;
pub use workflow_execution_type::WorkflowExecutionType;

mod workflow_trigger_time_based_attribute;
pub use workflow_trigger_time_based_attribute::WorkflowTriggerTimeBasedAttribute;
