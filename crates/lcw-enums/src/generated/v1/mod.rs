// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Enums of the `v1.0` API.

pub mod identity_governance;
pub use self::identity_governance::{
    ActivationTaskScopeType, ActivationUserScopeType, CustomTaskExtensionOperationStatus,
    CustomTaskExtensionReplyMode, LifecycleTaskCategory, LifecycleTaskCategorySet,
    LifecycleWorkflowCategory, LifecycleWorkflowProcessingStatus, MatchMode,
    MembershipChangeType, QuarantineType, SubjectType, SubjectTypeSet, ValueType,
    WorkflowExecutionType, WorkflowTriggerTimeBasedAttribute,
};

mod delegate_meeting_message_delivery_options;
pub use delegate_meeting_message_delivery_options::DelegateMeetingMessageDeliveryOptions;

mod user_purpose;
pub use user_purpose::UserPurpose;
