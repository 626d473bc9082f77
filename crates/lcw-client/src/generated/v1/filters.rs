// Generated from docs-src/api-reference/v1.0/resources by `cargo xtask regenerate`. Do not edit.
/// `id` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionId;
impl crate::filter::ops::Eq for CustomTaskExtensionId {}
impl crate::filter::ops::Ne for CustomTaskExtensionId {}
impl crate::filter::ops::OrderBy for CustomTaskExtensionId {}

/// `displayName` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionDisplayName;
impl crate::filter::ops::Eq for CustomTaskExtensionDisplayName {}
impl crate::filter::ops::Ne for CustomTaskExtensionDisplayName {}
impl crate::filter::ops::OrderBy for CustomTaskExtensionDisplayName {}

/// `createdDateTime` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionCreatedDateTime;
impl crate::filter::ops::Lt for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::Le for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::Gt for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::Ge for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::Eq for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::Ne for CustomTaskExtensionCreatedDateTime {}
impl crate::filter::ops::OrderBy for CustomTaskExtensionCreatedDateTime {}

/// `lastModifiedDateTime` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionLastModifiedDateTime;
impl crate::filter::ops::Lt for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::Le for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::Gt for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::Ge for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::Eq for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::Ne for CustomTaskExtensionLastModifiedDateTime {}
impl crate::filter::ops::OrderBy for CustomTaskExtensionLastModifiedDateTime {}

/// `createdBy` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionCreatedBy;
impl crate::filter::ops::Eq for CustomTaskExtensionCreatedBy {}
impl crate::filter::ops::Ne for CustomTaskExtensionCreatedBy {}

/// `lastModifiedBy` of `microsoft.graph.identityGovernance.customTaskExtension`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomTaskExtensionLastModifiedBy;
impl crate::filter::ops::Eq for CustomTaskExtensionLastModifiedBy {}
impl crate::filter::ops::Ne for CustomTaskExtensionLastModifiedBy {}

/// The `microsoft.graph.identityGovernance.customTaskExtension` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct CustomTaskExtensionFilter;

impl CustomTaskExtensionFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        String,
        CustomTaskExtensionId,
    > {
        crate::filter::Property::new("id")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        String,
        CustomTaskExtensionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::Timestamp,
        CustomTaskExtensionCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::Timestamp,
        CustomTaskExtensionLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
    /// `createdBy`.
    pub fn created_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::v1::User,
        CustomTaskExtensionCreatedBy,
    > {
        crate::filter::Property::new("createdBy")
    }
    /// `lastModifiedBy`.
    pub fn last_modified_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::v1::User,
        CustomTaskExtensionLastModifiedBy,
    > {
        crate::filter::Property::new("lastModifiedBy")
    }
}

/// The `microsoft.graph.identityGovernance.customTaskExtension` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct CustomTaskExtensionOrderBy;

impl CustomTaskExtensionOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        String,
        CustomTaskExtensionId,
    > {
        crate::filter::Property::new("id")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        String,
        CustomTaskExtensionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::Timestamp,
        CustomTaskExtensionCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::CustomTaskExtension,
        lcw_models::Timestamp,
        CustomTaskExtensionLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
}

/// `completedDateTime` of `microsoft.graph.identityGovernance.run`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunCompletedDateTime;
impl crate::filter::ops::Lt for RunCompletedDateTime {}
impl crate::filter::ops::Le for RunCompletedDateTime {}
impl crate::filter::ops::Gt for RunCompletedDateTime {}
impl crate::filter::ops::Ge for RunCompletedDateTime {}
impl crate::filter::ops::Eq for RunCompletedDateTime {}
impl crate::filter::ops::Ne for RunCompletedDateTime {}
impl crate::filter::ops::OrderBy for RunCompletedDateTime {}

/// `lastUpdatedDateTime` of `microsoft.graph.identityGovernance.run`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunLastUpdatedDateTime;
impl crate::filter::ops::Lt for RunLastUpdatedDateTime {}
impl crate::filter::ops::Le for RunLastUpdatedDateTime {}
impl crate::filter::ops::Gt for RunLastUpdatedDateTime {}
impl crate::filter::ops::Ge for RunLastUpdatedDateTime {}
impl crate::filter::ops::Eq for RunLastUpdatedDateTime {}
impl crate::filter::ops::Ne for RunLastUpdatedDateTime {}
impl crate::filter::ops::OrderBy for RunLastUpdatedDateTime {}

/// `processingStatus` of `microsoft.graph.identityGovernance.run`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunProcessingStatus;
impl crate::filter::ops::Eq for RunProcessingStatus {}
impl crate::filter::ops::Ne for RunProcessingStatus {}
impl crate::filter::ops::OrderBy for RunProcessingStatus {}

/// `startedDateTime` of `microsoft.graph.identityGovernance.run`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunStartedDateTime;
impl crate::filter::ops::Lt for RunStartedDateTime {}
impl crate::filter::ops::Le for RunStartedDateTime {}
impl crate::filter::ops::Gt for RunStartedDateTime {}
impl crate::filter::ops::Ge for RunStartedDateTime {}
impl crate::filter::ops::Eq for RunStartedDateTime {}
impl crate::filter::ops::Ne for RunStartedDateTime {}
impl crate::filter::ops::OrderBy for RunStartedDateTime {}

/// `scheduledDateTime` of `microsoft.graph.identityGovernance.run`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunScheduledDateTime;
impl crate::filter::ops::Lt for RunScheduledDateTime {}
impl crate::filter::ops::Le for RunScheduledDateTime {}
impl crate::filter::ops::Gt for RunScheduledDateTime {}
impl crate::filter::ops::Ge for RunScheduledDateTime {}
impl crate::filter::ops::Eq for RunScheduledDateTime {}
impl crate::filter::ops::Ne for RunScheduledDateTime {}
impl crate::filter::ops::OrderBy for RunScheduledDateTime {}

/// `workflowExecutionType` of `microsoft.graph.identityGovernance.run`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunWorkflowExecutionType;
impl crate::filter::ops::Eq for RunWorkflowExecutionType {}
impl crate::filter::ops::Ne for RunWorkflowExecutionType {}
impl crate::filter::ops::OrderBy for RunWorkflowExecutionType {}

/// The `microsoft.graph.identityGovernance.run` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct RunFilter;

impl RunFilter {
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `lastUpdatedDateTime`.
    pub fn last_updated_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunLastUpdatedDateTime,
    > {
        crate::filter::Property::new("lastUpdatedDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        RunProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
    /// `scheduledDateTime`.
    pub fn scheduled_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunScheduledDateTime,
    > {
        crate::filter::Property::new("scheduledDateTime")
    }
    /// `workflowExecutionType`.
    pub fn workflow_execution_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::v1::identity_governance::WorkflowExecutionType,
        RunWorkflowExecutionType,
    > {
        crate::filter::Property::new("workflowExecutionType")
    }
}

/// The `microsoft.graph.identityGovernance.run` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct RunOrderBy;

impl RunOrderBy {
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `lastUpdatedDateTime`.
    pub fn last_updated_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunLastUpdatedDateTime,
    > {
        crate::filter::Property::new("lastUpdatedDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        RunProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
    /// `scheduledDateTime`.
    pub fn scheduled_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::Timestamp,
        RunScheduledDateTime,
    > {
        crate::filter::Property::new("scheduledDateTime")
    }
    /// `workflowExecutionType`.
    pub fn workflow_execution_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Run,
        lcw_models::v1::identity_governance::WorkflowExecutionType,
        RunWorkflowExecutionType,
    > {
        crate::filter::Property::new("workflowExecutionType")
    }
}

/// `processingStatus` of `microsoft.graph.identityGovernance.subjectProcessingResult`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubjectProcessingResultProcessingStatus;
impl crate::filter::ops::Eq for SubjectProcessingResultProcessingStatus {}
impl crate::filter::ops::Ne for SubjectProcessingResultProcessingStatus {}

/// `subjectType` of `microsoft.graph.identityGovernance.subjectProcessingResult`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubjectProcessingResultSubjectType;
impl crate::filter::ops::Eq for SubjectProcessingResultSubjectType {}
impl crate::filter::ops::Ne for SubjectProcessingResultSubjectType {}

/// `workflowExecutionType` of `microsoft.graph.identityGovernance.subjectProcessingResult`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubjectProcessingResultWorkflowExecutionType;
impl crate::filter::ops::Eq for SubjectProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Ne for SubjectProcessingResultWorkflowExecutionType {}

/// The `microsoft.graph.identityGovernance.subjectProcessingResult` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct SubjectProcessingResultFilter;

impl SubjectProcessingResultFilter {
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::SubjectProcessingResult,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        SubjectProcessingResultProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `subjectType`.
    pub fn subject_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::SubjectProcessingResult,
        lcw_models::v1::identity_governance::SubjectTypeSet,
        SubjectProcessingResultSubjectType,
    > {
        crate::filter::Property::new("subjectType")
    }
    /// `workflowExecutionType`.
    pub fn workflow_execution_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::SubjectProcessingResult,
        lcw_models::v1::identity_governance::WorkflowExecutionType,
        SubjectProcessingResultWorkflowExecutionType,
    > {
        crate::filter::Property::new("workflowExecutionType")
    }
}

/// The `microsoft.graph.identityGovernance.subjectProcessingResult` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct SubjectProcessingResultOrderBy;

/// `id` of `microsoft.graph.identityGovernance.task`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskId;
impl crate::filter::ops::Eq for TaskId {}
impl crate::filter::ops::Ne for TaskId {}
impl crate::filter::ops::OrderBy for TaskId {}

/// `category` of `microsoft.graph.identityGovernance.task`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskCategory;
impl crate::filter::ops::Eq for TaskCategory {}
impl crate::filter::ops::Ne for TaskCategory {}

/// `displayName` of `microsoft.graph.identityGovernance.task`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDisplayName;
impl crate::filter::ops::Eq for TaskDisplayName {}
impl crate::filter::ops::Ne for TaskDisplayName {}
impl crate::filter::ops::OrderBy for TaskDisplayName {}

/// `executionSequence` of `microsoft.graph.identityGovernance.task`: no `$filter` operators, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskExecutionSequence;
impl crate::filter::ops::OrderBy for TaskExecutionSequence {}

/// `isEnabled` of `microsoft.graph.identityGovernance.task`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskIsEnabled;
impl crate::filter::ops::Eq for TaskIsEnabled {}
impl crate::filter::ops::Ne for TaskIsEnabled {}
impl crate::filter::ops::OrderBy for TaskIsEnabled {}

/// `taskDefinitionId` of `microsoft.graph.identityGovernance.task`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskTaskDefinitionId;
impl crate::filter::ops::Eq for TaskTaskDefinitionId {}
impl crate::filter::ops::Ne for TaskTaskDefinitionId {}

/// The `microsoft.graph.identityGovernance.task` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct TaskFilter;

impl TaskFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        String,
        TaskId,
    > {
        crate::filter::Property::new("id")
    }
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        lcw_models::v1::identity_governance::LifecycleTaskCategorySet,
        TaskCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        String,
        TaskDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        bool,
        TaskIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
    /// `taskDefinitionId`.
    pub fn task_definition_id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        String,
        TaskTaskDefinitionId,
    > {
        crate::filter::Property::new("taskDefinitionId")
    }
}

/// The `microsoft.graph.identityGovernance.task` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct TaskOrderBy;

impl TaskOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        String,
        TaskId,
    > {
        crate::filter::Property::new("id")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        String,
        TaskDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `executionSequence`.
    pub fn execution_sequence() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        i32,
        TaskExecutionSequence,
    > {
        crate::filter::Property::new("executionSequence")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Task,
        bool,
        TaskIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
}

/// `category` of `microsoft.graph.identityGovernance.taskDefinition`: `$filter` with `eq`, `ne`, `has`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionCategory;
impl crate::filter::ops::Eq for TaskDefinitionCategory {}
impl crate::filter::ops::Ne for TaskDefinitionCategory {}
impl crate::filter::ops::Has for TaskDefinitionCategory {}
impl crate::filter::ops::OrderBy for TaskDefinitionCategory {}

/// `displayName` of `microsoft.graph.identityGovernance.taskDefinition`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionDisplayName;
impl crate::filter::ops::Eq for TaskDefinitionDisplayName {}
impl crate::filter::ops::Ne for TaskDefinitionDisplayName {}
impl crate::filter::ops::OrderBy for TaskDefinitionDisplayName {}

/// `parameters` of `microsoft.graph.identityGovernance.taskDefinition`: `$filter` with `any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionParameters;

/// `version` of `microsoft.graph.identityGovernance.taskDefinition`: `$filter` with `ge`, `gt`, `le`, `lt`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskDefinitionVersion;
impl crate::filter::ops::Ge for TaskDefinitionVersion {}
impl crate::filter::ops::Gt for TaskDefinitionVersion {}
impl crate::filter::ops::Le for TaskDefinitionVersion {}
impl crate::filter::ops::Lt for TaskDefinitionVersion {}
impl crate::filter::ops::Eq for TaskDefinitionVersion {}
impl crate::filter::ops::Ne for TaskDefinitionVersion {}
impl crate::filter::ops::OrderBy for TaskDefinitionVersion {}

/// The `microsoft.graph.identityGovernance.taskDefinition` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct TaskDefinitionFilter;

impl TaskDefinitionFilter {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        lcw_models::v1::identity_governance::LifecycleTaskCategorySet,
        TaskDefinitionCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        String,
        TaskDefinitionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `parameters`.
    pub fn parameters() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        lcw_models::v1::identity_governance::Parameter,
        TaskDefinitionParameters,
    > {
        crate::filter::Property::new("parameters")
    }
    /// `version`.
    pub fn version() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        i32,
        TaskDefinitionVersion,
    > {
        crate::filter::Property::new("version")
    }
}

/// The `microsoft.graph.identityGovernance.taskDefinition` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct TaskDefinitionOrderBy;

impl TaskDefinitionOrderBy {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        lcw_models::v1::identity_governance::LifecycleTaskCategorySet,
        TaskDefinitionCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        String,
        TaskDefinitionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `version`.
    pub fn version() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskDefinition,
        i32,
        TaskDefinitionVersion,
    > {
        crate::filter::Property::new("version")
    }
}

/// `id` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultId;
impl crate::filter::ops::Eq for TaskProcessingResultId {}
impl crate::filter::ops::Ne for TaskProcessingResultId {}
impl crate::filter::ops::OrderBy for TaskProcessingResultId {}

/// `completedDateTime` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultCompletedDateTime;
impl crate::filter::ops::Lt for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::Le for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::Gt for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::Ge for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::Eq for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::Ne for TaskProcessingResultCompletedDateTime {}
impl crate::filter::ops::OrderBy for TaskProcessingResultCompletedDateTime {}

/// `createdDateTime` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultCreatedDateTime;
impl crate::filter::ops::Lt for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::Le for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::Gt for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::Ge for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::Eq for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::Ne for TaskProcessingResultCreatedDateTime {}
impl crate::filter::ops::OrderBy for TaskProcessingResultCreatedDateTime {}

/// `processingStatus` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultProcessingStatus;
impl crate::filter::ops::Eq for TaskProcessingResultProcessingStatus {}
impl crate::filter::ops::Ne for TaskProcessingResultProcessingStatus {}
impl crate::filter::ops::OrderBy for TaskProcessingResultProcessingStatus {}

/// `startedDateTime` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultStartedDateTime;
impl crate::filter::ops::Lt for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::Le for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::Gt for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::Ge for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::Eq for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::Ne for TaskProcessingResultStartedDateTime {}
impl crate::filter::ops::OrderBy for TaskProcessingResultStartedDateTime {}

/// `subject` of `microsoft.graph.identityGovernance.taskProcessingResult`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskProcessingResultSubject;
impl crate::filter::ops::Eq for TaskProcessingResultSubject {}
impl crate::filter::ops::Ne for TaskProcessingResultSubject {}

/// The `microsoft.graph.identityGovernance.taskProcessingResult` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct TaskProcessingResultFilter;

impl TaskProcessingResultFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        String,
        TaskProcessingResultId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        TaskProcessingResultProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
    /// `subject`.
    pub fn subject() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::v1::User,
        TaskProcessingResultSubject,
    > {
        crate::filter::Property::new("subject")
    }
}

/// The `microsoft.graph.identityGovernance.taskProcessingResult` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct TaskProcessingResultOrderBy;

impl TaskProcessingResultOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        String,
        TaskProcessingResultId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        TaskProcessingResultProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskProcessingResult,
        lcw_models::Timestamp,
        TaskProcessingResultStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
}

/// `id` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportId;
impl crate::filter::ops::Eq for TaskReportId {}
impl crate::filter::ops::Ne for TaskReportId {}
impl crate::filter::ops::OrderBy for TaskReportId {}

/// `completedDateTime` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportCompletedDateTime;
impl crate::filter::ops::Lt for TaskReportCompletedDateTime {}
impl crate::filter::ops::Le for TaskReportCompletedDateTime {}
impl crate::filter::ops::Gt for TaskReportCompletedDateTime {}
impl crate::filter::ops::Ge for TaskReportCompletedDateTime {}
impl crate::filter::ops::Eq for TaskReportCompletedDateTime {}
impl crate::filter::ops::Ne for TaskReportCompletedDateTime {}
impl crate::filter::ops::OrderBy for TaskReportCompletedDateTime {}

/// `failedUsersCount` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportFailedUsersCount;
impl crate::filter::ops::Lt for TaskReportFailedUsersCount {}
impl crate::filter::ops::Le for TaskReportFailedUsersCount {}
impl crate::filter::ops::Gt for TaskReportFailedUsersCount {}
impl crate::filter::ops::Ge for TaskReportFailedUsersCount {}
impl crate::filter::ops::Eq for TaskReportFailedUsersCount {}
impl crate::filter::ops::Ne for TaskReportFailedUsersCount {}
impl crate::filter::ops::OrderBy for TaskReportFailedUsersCount {}

/// `processingStatus` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportProcessingStatus;
impl crate::filter::ops::Eq for TaskReportProcessingStatus {}
impl crate::filter::ops::Ne for TaskReportProcessingStatus {}
impl crate::filter::ops::OrderBy for TaskReportProcessingStatus {}

/// `successfulUsersCount` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportSuccessfulUsersCount;
impl crate::filter::ops::Lt for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::Le for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::Gt for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::Ge for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::Eq for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::Ne for TaskReportSuccessfulUsersCount {}
impl crate::filter::ops::OrderBy for TaskReportSuccessfulUsersCount {}

/// `totalUsersCount` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportTotalUsersCount;
impl crate::filter::ops::Lt for TaskReportTotalUsersCount {}
impl crate::filter::ops::Le for TaskReportTotalUsersCount {}
impl crate::filter::ops::Gt for TaskReportTotalUsersCount {}
impl crate::filter::ops::Ge for TaskReportTotalUsersCount {}
impl crate::filter::ops::Eq for TaskReportTotalUsersCount {}
impl crate::filter::ops::Ne for TaskReportTotalUsersCount {}
impl crate::filter::ops::OrderBy for TaskReportTotalUsersCount {}

/// `unprocessedUsersCount` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportUnprocessedUsersCount;
impl crate::filter::ops::Lt for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::Le for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::Gt for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::Ge for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::Eq for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::Ne for TaskReportUnprocessedUsersCount {}
impl crate::filter::ops::OrderBy for TaskReportUnprocessedUsersCount {}

/// `task` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportTask;
impl crate::filter::ops::Eq for TaskReportTask {}
impl crate::filter::ops::Ne for TaskReportTask {}

/// `taskDefinition` of `microsoft.graph.identityGovernance.taskReport`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskReportTaskDefinition;
impl crate::filter::ops::Eq for TaskReportTaskDefinition {}
impl crate::filter::ops::Ne for TaskReportTaskDefinition {}

/// The `microsoft.graph.identityGovernance.taskReport` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct TaskReportFilter;

impl TaskReportFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        String,
        TaskReportId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::Timestamp,
        TaskReportCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `failedUsersCount`.
    pub fn failed_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportFailedUsersCount,
    > {
        crate::filter::Property::new("failedUsersCount")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        TaskReportProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `successfulUsersCount`.
    pub fn successful_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportSuccessfulUsersCount,
    > {
        crate::filter::Property::new("successfulUsersCount")
    }
    /// `totalUsersCount`.
    pub fn total_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportTotalUsersCount,
    > {
        crate::filter::Property::new("totalUsersCount")
    }
    /// `unprocessedUsersCount`.
    pub fn unprocessed_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportUnprocessedUsersCount,
    > {
        crate::filter::Property::new("unprocessedUsersCount")
    }
    /// `task`.
    pub fn task() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::v1::identity_governance::Task,
        TaskReportTask,
    > {
        crate::filter::Property::new("task")
    }
    /// `taskDefinition`.
    pub fn task_definition() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::v1::identity_governance::TaskDefinition,
        TaskReportTaskDefinition,
    > {
        crate::filter::Property::new("taskDefinition")
    }
}

/// The `microsoft.graph.identityGovernance.taskReport` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct TaskReportOrderBy;

impl TaskReportOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        String,
        TaskReportId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::Timestamp,
        TaskReportCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `failedUsersCount`.
    pub fn failed_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportFailedUsersCount,
    > {
        crate::filter::Property::new("failedUsersCount")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        TaskReportProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `successfulUsersCount`.
    pub fn successful_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportSuccessfulUsersCount,
    > {
        crate::filter::Property::new("successfulUsersCount")
    }
    /// `totalUsersCount`.
    pub fn total_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportTotalUsersCount,
    > {
        crate::filter::Property::new("totalUsersCount")
    }
    /// `unprocessedUsersCount`.
    pub fn unprocessed_users_count() -> crate::filter::Property<
        lcw_models::v1::identity_governance::TaskReport,
        i32,
        TaskReportUnprocessedUsersCount,
    > {
        crate::filter::Property::new("unprocessedUsersCount")
    }
}

/// `id` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultId;
impl crate::filter::ops::Eq for UserProcessingResultId {}
impl crate::filter::ops::Ne for UserProcessingResultId {}
impl crate::filter::ops::OrderBy for UserProcessingResultId {}

/// `completedDateTime` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultCompletedDateTime;
impl crate::filter::ops::Lt for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::Le for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::Gt for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::Ge for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::Eq for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::Ne for UserProcessingResultCompletedDateTime {}
impl crate::filter::ops::OrderBy for UserProcessingResultCompletedDateTime {}

/// `processingStatus` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultProcessingStatus;
impl crate::filter::ops::Eq for UserProcessingResultProcessingStatus {}
impl crate::filter::ops::Ne for UserProcessingResultProcessingStatus {}
impl crate::filter::ops::OrderBy for UserProcessingResultProcessingStatus {}

/// `scheduledDateTime` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultScheduledDateTime;
impl crate::filter::ops::Lt for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::Le for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::Gt for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::Ge for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::Eq for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::Ne for UserProcessingResultScheduledDateTime {}
impl crate::filter::ops::OrderBy for UserProcessingResultScheduledDateTime {}

/// `startedDateTime` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultStartedDateTime;
impl crate::filter::ops::Lt for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::Le for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::Gt for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::Ge for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::Eq for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::Ne for UserProcessingResultStartedDateTime {}
impl crate::filter::ops::OrderBy for UserProcessingResultStartedDateTime {}

/// `workflowExecutionType` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultWorkflowExecutionType;
impl crate::filter::ops::Lt for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Le for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Gt for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Ge for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Eq for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::Ne for UserProcessingResultWorkflowExecutionType {}
impl crate::filter::ops::OrderBy for UserProcessingResultWorkflowExecutionType {}

/// `subject` of `microsoft.graph.identityGovernance.userProcessingResult`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserProcessingResultSubject;
impl crate::filter::ops::Eq for UserProcessingResultSubject {}
impl crate::filter::ops::Ne for UserProcessingResultSubject {}

/// The `microsoft.graph.identityGovernance.userProcessingResult` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct UserProcessingResultFilter;

impl UserProcessingResultFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        String,
        UserProcessingResultId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        UserProcessingResultProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `scheduledDateTime`.
    pub fn scheduled_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultScheduledDateTime,
    > {
        crate::filter::Property::new("scheduledDateTime")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
    /// `workflowExecutionType`.
    pub fn workflow_execution_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::v1::identity_governance::WorkflowExecutionType,
        UserProcessingResultWorkflowExecutionType,
    > {
        crate::filter::Property::new("workflowExecutionType")
    }
    /// `subject`.
    pub fn subject() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::v1::User,
        UserProcessingResultSubject,
    > {
        crate::filter::Property::new("subject")
    }
}

/// The `microsoft.graph.identityGovernance.userProcessingResult` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct UserProcessingResultOrderBy;

impl UserProcessingResultOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        String,
        UserProcessingResultId,
    > {
        crate::filter::Property::new("id")
    }
    /// `completedDateTime`.
    pub fn completed_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultCompletedDateTime,
    > {
        crate::filter::Property::new("completedDateTime")
    }
    /// `processingStatus`.
    pub fn processing_status() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus,
        UserProcessingResultProcessingStatus,
    > {
        crate::filter::Property::new("processingStatus")
    }
    /// `scheduledDateTime`.
    pub fn scheduled_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultScheduledDateTime,
    > {
        crate::filter::Property::new("scheduledDateTime")
    }
    /// `startedDateTime`.
    pub fn started_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::Timestamp,
        UserProcessingResultStartedDateTime,
    > {
        crate::filter::Property::new("startedDateTime")
    }
    /// `workflowExecutionType`.
    pub fn workflow_execution_type() -> crate::filter::Property<
        lcw_models::v1::identity_governance::UserProcessingResult,
        lcw_models::v1::identity_governance::WorkflowExecutionType,
        UserProcessingResultWorkflowExecutionType,
    > {
        crate::filter::Property::new("workflowExecutionType")
    }
}

/// `category` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowCategory;
impl crate::filter::ops::Eq for WorkflowCategory {}
impl crate::filter::ops::Ne for WorkflowCategory {}
impl crate::filter::ops::OrderBy for WorkflowCategory {}

/// `createdDateTime` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowCreatedDateTime;
impl crate::filter::ops::Lt for WorkflowCreatedDateTime {}
impl crate::filter::ops::Le for WorkflowCreatedDateTime {}
impl crate::filter::ops::Gt for WorkflowCreatedDateTime {}
impl crate::filter::ops::Ge for WorkflowCreatedDateTime {}
impl crate::filter::ops::Eq for WorkflowCreatedDateTime {}
impl crate::filter::ops::Ne for WorkflowCreatedDateTime {}
impl crate::filter::ops::OrderBy for WorkflowCreatedDateTime {}

/// `displayName` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowDisplayName;
impl crate::filter::ops::Eq for WorkflowDisplayName {}
impl crate::filter::ops::Ne for WorkflowDisplayName {}
impl crate::filter::ops::OrderBy for WorkflowDisplayName {}

/// `isEnabled` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowIsEnabled;
impl crate::filter::ops::Eq for WorkflowIsEnabled {}
impl crate::filter::ops::Ne for WorkflowIsEnabled {}
impl crate::filter::ops::OrderBy for WorkflowIsEnabled {}

/// `isSchedulingEnabled` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowIsSchedulingEnabled;
impl crate::filter::ops::Eq for WorkflowIsSchedulingEnabled {}
impl crate::filter::ops::Ne for WorkflowIsSchedulingEnabled {}
impl crate::filter::ops::OrderBy for WorkflowIsSchedulingEnabled {}

/// `lastModifiedDateTime` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowLastModifiedDateTime;
impl crate::filter::ops::Lt for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::Le for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::Gt for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::Ge for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::Eq for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::Ne for WorkflowLastModifiedDateTime {}
impl crate::filter::ops::OrderBy for WorkflowLastModifiedDateTime {}

/// `createdBy` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowCreatedBy;
impl crate::filter::ops::Eq for WorkflowCreatedBy {}
impl crate::filter::ops::Ne for WorkflowCreatedBy {}

/// `lastModifiedBy` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowLastModifiedBy;
impl crate::filter::ops::Eq for WorkflowLastModifiedBy {}
impl crate::filter::ops::Ne for WorkflowLastModifiedBy {}

/// `deletedDateTime` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowDeletedDateTime;
impl crate::filter::ops::Lt for WorkflowDeletedDateTime {}
impl crate::filter::ops::Le for WorkflowDeletedDateTime {}
impl crate::filter::ops::Gt for WorkflowDeletedDateTime {}
impl crate::filter::ops::Ge for WorkflowDeletedDateTime {}
impl crate::filter::ops::Eq for WorkflowDeletedDateTime {}
impl crate::filter::ops::Ne for WorkflowDeletedDateTime {}
impl crate::filter::ops::OrderBy for WorkflowDeletedDateTime {}

/// `id` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowId;
impl crate::filter::ops::Eq for WorkflowId {}
impl crate::filter::ops::Ne for WorkflowId {}
impl crate::filter::ops::OrderBy for WorkflowId {}

/// `nextScheduleRunDateTime` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `lt`, `gt`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowNextScheduleRunDateTime;
impl crate::filter::ops::Lt for WorkflowNextScheduleRunDateTime {}
impl crate::filter::ops::Gt for WorkflowNextScheduleRunDateTime {}
impl crate::filter::ops::OrderBy for WorkflowNextScheduleRunDateTime {}

/// `version` of `microsoft.graph.identityGovernance.workflow`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersion;
impl crate::filter::ops::Lt for WorkflowVersion {}
impl crate::filter::ops::Le for WorkflowVersion {}
impl crate::filter::ops::Gt for WorkflowVersion {}
impl crate::filter::ops::Ge for WorkflowVersion {}
impl crate::filter::ops::Eq for WorkflowVersion {}
impl crate::filter::ops::Ne for WorkflowVersion {}
impl crate::filter::ops::OrderBy for WorkflowVersion {}

/// The `microsoft.graph.identityGovernance.workflow` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowFilter;

impl WorkflowFilter {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        String,
        WorkflowDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        bool,
        WorkflowIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
    /// `isSchedulingEnabled`.
    pub fn is_scheduling_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        bool,
        WorkflowIsSchedulingEnabled,
    > {
        crate::filter::Property::new("isSchedulingEnabled")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
    /// `createdBy`.
    pub fn created_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::v1::User,
        WorkflowCreatedBy,
    > {
        crate::filter::Property::new("createdBy")
    }
    /// `lastModifiedBy`.
    pub fn last_modified_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::v1::User,
        WorkflowLastModifiedBy,
    > {
        crate::filter::Property::new("lastModifiedBy")
    }
    /// `deletedDateTime`.
    pub fn deleted_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowDeletedDateTime,
    > {
        crate::filter::Property::new("deletedDateTime")
    }
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        String,
        WorkflowId,
    > {
        crate::filter::Property::new("id")
    }
    /// `nextScheduleRunDateTime`.
    pub fn next_schedule_run_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowNextScheduleRunDateTime,
    > {
        crate::filter::Property::new("nextScheduleRunDateTime")
    }
    /// `version`.
    pub fn version() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        i32,
        WorkflowVersion,
    > {
        crate::filter::Property::new("version")
    }
}

/// The `microsoft.graph.identityGovernance.workflow` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowOrderBy;

impl WorkflowOrderBy {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        String,
        WorkflowDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        bool,
        WorkflowIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
    /// `isSchedulingEnabled`.
    pub fn is_scheduling_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        bool,
        WorkflowIsSchedulingEnabled,
    > {
        crate::filter::Property::new("isSchedulingEnabled")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
    /// `deletedDateTime`.
    pub fn deleted_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowDeletedDateTime,
    > {
        crate::filter::Property::new("deletedDateTime")
    }
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        String,
        WorkflowId,
    > {
        crate::filter::Property::new("id")
    }
    /// `nextScheduleRunDateTime`.
    pub fn next_schedule_run_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        lcw_models::Timestamp,
        WorkflowNextScheduleRunDateTime,
    > {
        crate::filter::Property::new("nextScheduleRunDateTime")
    }
    /// `version`.
    pub fn version() -> crate::filter::Property<
        lcw_models::v1::identity_governance::Workflow,
        i32,
        WorkflowVersion,
    > {
        crate::filter::Property::new("version")
    }
}

/// `id` of `microsoft.graph.identityGovernance.workflowTemplate`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTemplateId;
impl crate::filter::ops::Eq for WorkflowTemplateId {}
impl crate::filter::ops::Ne for WorkflowTemplateId {}
impl crate::filter::ops::OrderBy for WorkflowTemplateId {}

/// `category` of `microsoft.graph.identityGovernance.workflowTemplate`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTemplateCategory;
impl crate::filter::ops::Eq for WorkflowTemplateCategory {}
impl crate::filter::ops::Ne for WorkflowTemplateCategory {}
impl crate::filter::ops::OrderBy for WorkflowTemplateCategory {}

/// `displayName` of `microsoft.graph.identityGovernance.workflowTemplate`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowTemplateDisplayName;
impl crate::filter::ops::Eq for WorkflowTemplateDisplayName {}
impl crate::filter::ops::Ne for WorkflowTemplateDisplayName {}
impl crate::filter::ops::OrderBy for WorkflowTemplateDisplayName {}

/// The `microsoft.graph.identityGovernance.workflowTemplate` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowTemplateFilter;

impl WorkflowTemplateFilter {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        String,
        WorkflowTemplateId,
    > {
        crate::filter::Property::new("id")
    }
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowTemplateCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        String,
        WorkflowTemplateDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
}

/// The `microsoft.graph.identityGovernance.workflowTemplate` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowTemplateOrderBy;

impl WorkflowTemplateOrderBy {
    /// `id`.
    pub fn id() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        String,
        WorkflowTemplateId,
    > {
        crate::filter::Property::new("id")
    }
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowTemplateCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowTemplate,
        String,
        WorkflowTemplateDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
}

/// `category` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionCategory;
impl crate::filter::ops::Eq for WorkflowVersionCategory {}
impl crate::filter::ops::Ne for WorkflowVersionCategory {}
impl crate::filter::ops::OrderBy for WorkflowVersionCategory {}

/// `createdDateTime` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionCreatedDateTime;
impl crate::filter::ops::Lt for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::Le for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::Gt for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::Ge for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::Eq for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::Ne for WorkflowVersionCreatedDateTime {}
impl crate::filter::ops::OrderBy for WorkflowVersionCreatedDateTime {}

/// `displayName` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionDisplayName;
impl crate::filter::ops::Eq for WorkflowVersionDisplayName {}
impl crate::filter::ops::Ne for WorkflowVersionDisplayName {}
impl crate::filter::ops::OrderBy for WorkflowVersionDisplayName {}

/// `isEnabled` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionIsEnabled;
impl crate::filter::ops::Eq for WorkflowVersionIsEnabled {}
impl crate::filter::ops::Ne for WorkflowVersionIsEnabled {}
impl crate::filter::ops::OrderBy for WorkflowVersionIsEnabled {}

/// `isSchedulingEnabled` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionIsSchedulingEnabled;
impl crate::filter::ops::Eq for WorkflowVersionIsSchedulingEnabled {}
impl crate::filter::ops::Ne for WorkflowVersionIsSchedulingEnabled {}
impl crate::filter::ops::OrderBy for WorkflowVersionIsSchedulingEnabled {}

/// `lastModifiedDateTime` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionLastModifiedDateTime;
impl crate::filter::ops::Lt for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::Le for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::Gt for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::Ge for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::Eq for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::Ne for WorkflowVersionLastModifiedDateTime {}
impl crate::filter::ops::OrderBy for WorkflowVersionLastModifiedDateTime {}

/// `createdBy` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionCreatedBy;
impl crate::filter::ops::Eq for WorkflowVersionCreatedBy {}
impl crate::filter::ops::Ne for WorkflowVersionCreatedBy {}

/// `lastModifiedBy` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `eq`, `ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionLastModifiedBy;
impl crate::filter::ops::Eq for WorkflowVersionLastModifiedBy {}
impl crate::filter::ops::Ne for WorkflowVersionLastModifiedBy {}

/// `versionNumber` of `microsoft.graph.identityGovernance.workflowVersion`: `$filter` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, `$orderby`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkflowVersionVersionNumber;
impl crate::filter::ops::Lt for WorkflowVersionVersionNumber {}
impl crate::filter::ops::Le for WorkflowVersionVersionNumber {}
impl crate::filter::ops::Gt for WorkflowVersionVersionNumber {}
impl crate::filter::ops::Ge for WorkflowVersionVersionNumber {}
impl crate::filter::ops::Eq for WorkflowVersionVersionNumber {}
impl crate::filter::ops::Ne for WorkflowVersionVersionNumber {}
impl crate::filter::ops::OrderBy for WorkflowVersionVersionNumber {}

/// The `microsoft.graph.identityGovernance.workflowVersion` properties the docs allow in `$filter`, each with its operators.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowVersionFilter;

impl WorkflowVersionFilter {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowVersionCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::Timestamp,
        WorkflowVersionCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        String,
        WorkflowVersionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        bool,
        WorkflowVersionIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
    /// `isSchedulingEnabled`.
    pub fn is_scheduling_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        bool,
        WorkflowVersionIsSchedulingEnabled,
    > {
        crate::filter::Property::new("isSchedulingEnabled")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::Timestamp,
        WorkflowVersionLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
    /// `createdBy`.
    pub fn created_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::v1::User,
        WorkflowVersionCreatedBy,
    > {
        crate::filter::Property::new("createdBy")
    }
    /// `lastModifiedBy`.
    pub fn last_modified_by() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::v1::User,
        WorkflowVersionLastModifiedBy,
    > {
        crate::filter::Property::new("lastModifiedBy")
    }
    /// `versionNumber`.
    pub fn version_number() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        i32,
        WorkflowVersionVersionNumber,
    > {
        crate::filter::Property::new("versionNumber")
    }
}

/// The `microsoft.graph.identityGovernance.workflowVersion` properties the docs allow in `$orderby`.
#[derive(Debug, Clone, Copy)]
pub struct WorkflowVersionOrderBy;

impl WorkflowVersionOrderBy {
    /// `category`.
    pub fn category() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::v1::identity_governance::LifecycleWorkflowCategory,
        WorkflowVersionCategory,
    > {
        crate::filter::Property::new("category")
    }
    /// `createdDateTime`.
    pub fn created_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::Timestamp,
        WorkflowVersionCreatedDateTime,
    > {
        crate::filter::Property::new("createdDateTime")
    }
    /// `displayName`.
    pub fn display_name() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        String,
        WorkflowVersionDisplayName,
    > {
        crate::filter::Property::new("displayName")
    }
    /// `isEnabled`.
    pub fn is_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        bool,
        WorkflowVersionIsEnabled,
    > {
        crate::filter::Property::new("isEnabled")
    }
    /// `isSchedulingEnabled`.
    pub fn is_scheduling_enabled() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        bool,
        WorkflowVersionIsSchedulingEnabled,
    > {
        crate::filter::Property::new("isSchedulingEnabled")
    }
    /// `lastModifiedDateTime`.
    pub fn last_modified_date_time() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        lcw_models::Timestamp,
        WorkflowVersionLastModifiedDateTime,
    > {
        crate::filter::Property::new("lastModifiedDateTime")
    }
    /// `versionNumber`.
    pub fn version_number() -> crate::filter::Property<
        lcw_models::v1::identity_governance::WorkflowVersion,
        i32,
        WorkflowVersionVersionNumber,
    > {
        crate::filter::Property::new("versionNumber")
    }
}

impl crate::filter::Literal
for lcw_models::v1::identity_governance::LifecycleTaskCategorySet {
    fn write_literal(&self, out: &mut String) {
        crate::__private::write_quoted(&self.to_string(), out);
    }
}

impl crate::filter::Literal
for lcw_models::v1::identity_governance::LifecycleWorkflowCategory {
    fn write_literal(&self, out: &mut String) {
        crate::__private::write_quoted(self.as_str(), out);
    }
}

impl crate::filter::Literal
for lcw_models::v1::identity_governance::LifecycleWorkflowProcessingStatus {
    fn write_literal(&self, out: &mut String) {
        crate::__private::write_quoted(self.as_str(), out);
    }
}

impl crate::filter::Literal for lcw_models::v1::identity_governance::SubjectTypeSet {
    fn write_literal(&self, out: &mut String) {
        crate::__private::write_quoted(&self.to_string(), out);
    }
}

impl crate::filter::Literal
for lcw_models::v1::identity_governance::WorkflowExecutionType {
    fn write_literal(&self, out: &mut String) {
        crate::__private::write_quoted(self.as_str(), out);
    }
}
