// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Enums of the `beta` API.

pub mod identity_governance;
pub use self::identity_governance::{
    ActivationTaskScopeType, ActivationUserScopeType,
    CustomDataProvidedResourceUploadStatus, CustomTaskExtensionOperationStatus,
    CustomTaskExtensionReplyMode, LifecyclePolicyComplianceStatus,
    LifecyclePolicyEnforcementActionState, LifecyclePolicyEnforcementStatus,
    LifecyclePolicyImpactActionType, LifecyclePolicyNextEnforcementAction,
    LifecyclePolicyRelationship, LifecyclePolicyScopeProcessingAttemptStatus,
    LifecyclePolicyScopeProcessingStatus, LifecyclePolicySource, LifecycleTaskCategory,
    LifecycleTaskCategorySet, LifecycleWorkflowCategory,
    LifecycleWorkflowProcessingStatus, MatchMode, MembershipChangeType, PrincipalType,
    QuarantineType, SubjectType, SubjectTypeSet, ValueType, WorkflowExecutionType,
    WorkflowTriggerOperatorEventTiming, WorkflowTriggerTimeBasedAttribute,
};

mod delegate_meeting_message_delivery_options;
pub use delegate_meeting_message_delivery_options::DelegateMeetingMessageDeliveryOptions;

mod user_purpose;
pub use user_purpose::UserPurpose;
