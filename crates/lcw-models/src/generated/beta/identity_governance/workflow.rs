// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflow.md by `cargo xtask regenerate`. Do not edit.
/// A workflow built with Lifecycle Workflows. Once its execution conditions trigger it, the workflow automates part of the lifecycle management process through tasks. Those are either built-in tasks or custom tasks that reach Azure Logic Apps through a custom task extension.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workflow {
    /// HR scenario that workflows built from this template serve. Each workflow has exactly one category. The possible values are: `joiner`, `leaver`, `unknownFutureValue`.
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    /// When the `workflow` was versioned.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// Text describing the `workflow` or `workflowVersion`.
    pub description: crate::Nullable<String>,
    /// Name of the `workflow` or `workflowVersion` as shown to people.
    ///
    /// Supports `$filter`(`eq`), `orderby`, and `$search`.
    pub display_name: crate::Nullable<String>,
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub execution_conditions: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    /// When true, the `workflow` engine creates and processes `taskProcessingResults` for the users in the workflow's scope.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `orderby`.
    pub is_enabled: crate::Nullable<bool>,
    /// When true, the `workflow` engine runs the workflow on the schedule set in the tenant settings.
    pub is_scheduling_enabled: crate::Nullable<bool>,
    /// When the `workflow` last changed.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub last_modified_date_time: crate::Nullable<crate::Timestamp>,
    /// Azure AD user who created this workflow object. Inherited from workflowBase.
    pub created_by: crate::Nullable<crate::beta::User>,
    /// User that made the latest change to the workflow object. Inherited from workflowBase.
    pub last_modified_by: crate::Nullable<crate::beta::User>,
    /// Tasks of the workflow object, with the order in which they run. Inherited from workflowBase
    pub tasks: crate::Nullable<Vec<crate::beta::identity_governance::Task>>,
    /// When the workflow was deleted.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub deleted_date_time: crate::Nullable<crate::Timestamp>,
    /// Key that identifies one workflow.
    ///
    /// Supports `$filter`(`eq`).
    pub id: crate::Nullable<String>,
    /// When the `workflow` should next run according to the schedule interval, provided some users meet the execution conditions.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub next_schedule_run_date_time: crate::Nullable<crate::Timestamp>,
    /// Current version number of the workflow; a new workflow starts at 1.
    ///
    /// Supports `$filter`(`eq`).
    pub version: crate::Nullable<i32>,
    /// Users currently in the scope of the execution conditions of the workflow object.
    pub execution_scope: crate::Nullable<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    /// Runs of the workflow.
    pub runs: crate::Nullable<Vec<crate::beta::identity_governance::Run>>,
    /// Task execution data of the workflow object, aggregated per task.
    pub task_reports: crate::Nullable<Vec<crate::beta::identity_governance::TaskReport>>,
    /// Results of the workflow for each user it ran for.
    pub user_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    /// Versions of the workflow that exist.
    pub versions: crate::Nullable<Vec<crate::beta::identity_governance::WorkflowVersion>>,
    /// Settings of the workflow, such as its quarantine configuration.
    pub settings: crate::Nullable<crate::beta::identity_governance::WorkflowSetting>,
    /// Why and since when the workflow is quarantined, if it is.
    pub quarantine_details: crate::Nullable<crate::beta::identity_governance::QuarantineDetails>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflow {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowBuilder {
        <WorkflowBuilder as Default>::default()
    }
}

/// Builds a [`Workflow`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowBuilder {
    inner: Workflow,
}

impl WorkflowBuilder {
    /// Sets `category`.
    ///
    /// HR scenario that workflows built from this template serve. Each workflow has exactly one category. The possible values are: `joiner`, `leaver`, `unknownFutureValue`.
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// HR scenario that workflows built from this template serve. Each workflow has exactly one category. The possible values are: `joiner`, `leaver`, `unknownFutureValue`.
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// HR scenario that workflows built from this template serve. Each workflow has exactly one category. The possible values are: `joiner`, `leaver`, `unknownFutureValue`.
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When the `workflow` was versioned.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the `workflow` was versioned.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the `workflow` was versioned.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text describing the `workflow` or `workflowVersion`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text describing the `workflow` or `workflowVersion`.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text describing the `workflow` or `workflowVersion`.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the `workflow` or `workflowVersion` as shown to people.
    ///
    /// Supports `$filter`(`eq`), `orderby`, and `$search`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the `workflow` or `workflowVersion` as shown to people.
    ///
    /// Supports `$filter`(`eq`), `orderby`, and `$search`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the `workflow` or `workflowVersion` as shown to people.
    ///
    /// Supports `$filter`(`eq`), `orderby`, and `$search`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `executionConditions`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn execution_conditions(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `executionConditions` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn set_execution_conditions(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = value.into();
        self
    }
    /// Sends `executionConditions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers.
    pub fn null_execution_conditions(mut self) -> Self {
        self.inner.execution_conditions = crate::Nullable::Null;
        self
    }
    /// Sets `isEnabled`.
    ///
    /// When true, the `workflow` engine creates and processes `taskProcessingResults` for the users in the workflow's scope.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `orderby`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When true, the `workflow` engine creates and processes `taskProcessingResults` for the users in the workflow's scope.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `orderby`.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When true, the `workflow` engine creates and processes `taskProcessingResults` for the users in the workflow's scope.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `orderby`.
    pub fn null_is_enabled(mut self) -> Self {
        self.inner.is_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `isSchedulingEnabled`.
    ///
    /// When true, the `workflow` engine runs the workflow on the schedule set in the tenant settings.
    pub fn is_scheduling_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_scheduling_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isSchedulingEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When true, the `workflow` engine runs the workflow on the schedule set in the tenant settings.
    pub fn set_is_scheduling_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_scheduling_enabled = value.into();
        self
    }
    /// Sends `isSchedulingEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When true, the `workflow` engine runs the workflow on the schedule set in the tenant settings.
    pub fn null_is_scheduling_enabled(mut self) -> Self {
        self.inner.is_scheduling_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedDateTime`.
    ///
    /// When the `workflow` last changed.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn last_modified_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the `workflow` last changed.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn set_last_modified_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = value.into();
        self
    }
    /// Sends `lastModifiedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the `workflow` last changed.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn null_last_modified_date_time(mut self) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `createdBy`.
    ///
    /// Azure AD user who created this workflow object. Inherited from workflowBase.
    pub fn created_by(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.created_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdBy` to a value, or leaves it out of the body with `None`.
    ///
    /// Azure AD user who created this workflow object. Inherited from workflowBase.
    pub fn set_created_by(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.created_by = value.into();
        self
    }
    /// Sends `createdBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Azure AD user who created this workflow object. Inherited from workflowBase.
    pub fn null_created_by(mut self) -> Self {
        self.inner.created_by = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedBy`.
    ///
    /// User that made the latest change to the workflow object. Inherited from workflowBase.
    pub fn last_modified_by(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.last_modified_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedBy` to a value, or leaves it out of the body with `None`.
    ///
    /// User that made the latest change to the workflow object. Inherited from workflowBase.
    pub fn set_last_modified_by(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.last_modified_by = value.into();
        self
    }
    /// Sends `lastModifiedBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User that made the latest change to the workflow object. Inherited from workflowBase.
    pub fn null_last_modified_by(mut self) -> Self {
        self.inner.last_modified_by = crate::Nullable::Null;
        self
    }
    /// Appends one item to `tasks` (creating the collection if needed).
    ///
    /// Tasks of the workflow object, with the order in which they run. Inherited from workflowBase
    pub fn tasks(mut self, item: impl Into<crate::beta::identity_governance::Task>) -> Self {
        self.inner.tasks.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `tasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks of the workflow object, with the order in which they run. Inherited from workflowBase
    pub fn set_tasks(mut self, value: Option<Vec<crate::beta::identity_governance::Task>>) -> Self {
        self.inner.tasks = value.into();
        self
    }
    /// Sends `tasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks of the workflow object, with the order in which they run. Inherited from workflowBase
    pub fn null_tasks(mut self) -> Self {
        self.inner.tasks = crate::Nullable::Null;
        self
    }
    /// Sets `deletedDateTime`.
    ///
    /// When the workflow was deleted.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `deletedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow was deleted.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn set_deleted_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = value.into();
        self
    }
    /// Sends `deletedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow was deleted.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn null_deleted_date_time(mut self) -> Self {
        self.inner.deleted_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `id`.
    ///
    /// Key that identifies one workflow.
    ///
    /// Supports `$filter`(`eq`).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies one workflow.
    ///
    /// Supports `$filter`(`eq`).
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies one workflow.
    ///
    /// Supports `$filter`(`eq`).
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `nextScheduleRunDateTime`.
    ///
    /// When the `workflow` should next run according to the schedule interval, provided some users meet the execution conditions.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn next_schedule_run_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.next_schedule_run_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `nextScheduleRunDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the `workflow` should next run according to the schedule interval, provided some users meet the execution conditions.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn set_next_schedule_run_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.next_schedule_run_date_time = value.into();
        self
    }
    /// Sends `nextScheduleRunDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the `workflow` should next run according to the schedule interval, provided some users meet the execution conditions.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub fn null_next_schedule_run_date_time(mut self) -> Self {
        self.inner.next_schedule_run_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `version`.
    ///
    /// Current version number of the workflow; a new workflow starts at 1.
    ///
    /// Supports `$filter`(`eq`).
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `version` to a value, or leaves it out of the body with `None`.
    ///
    /// Current version number of the workflow; a new workflow starts at 1.
    ///
    /// Supports `$filter`(`eq`).
    pub fn set_version(mut self, value: Option<i32>) -> Self {
        self.inner.version = value.into();
        self
    }
    /// Sends `version` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Current version number of the workflow; a new workflow starts at 1.
    ///
    /// Supports `$filter`(`eq`).
    pub fn null_version(mut self) -> Self {
        self.inner.version = crate::Nullable::Null;
        self
    }
    /// Appends one item to `executionScope` (creating the collection if needed).
    ///
    /// Users currently in the scope of the execution conditions of the workflow object.
    pub fn execution_scope(
        mut self,
        item: impl Into<crate::beta::identity_governance::UserProcessingResult>,
    ) -> Self {
        self.inner.execution_scope.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `executionScope` to a value, or leaves it out of the body with `None`.
    ///
    /// Users currently in the scope of the execution conditions of the workflow object.
    pub fn set_execution_scope(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.execution_scope = value.into();
        self
    }
    /// Sends `executionScope` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users currently in the scope of the execution conditions of the workflow object.
    pub fn null_execution_scope(mut self) -> Self {
        self.inner.execution_scope = crate::Nullable::Null;
        self
    }
    /// Appends one item to `runs` (creating the collection if needed).
    ///
    /// Runs of the workflow.
    pub fn runs(mut self, item: impl Into<crate::beta::identity_governance::Run>) -> Self {
        self.inner.runs.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `runs` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of the workflow.
    pub fn set_runs(mut self, value: Option<Vec<crate::beta::identity_governance::Run>>) -> Self {
        self.inner.runs = value.into();
        self
    }
    /// Sends `runs` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of the workflow.
    pub fn null_runs(mut self) -> Self {
        self.inner.runs = crate::Nullable::Null;
        self
    }
    /// Appends one item to `taskReports` (creating the collection if needed).
    ///
    /// Task execution data of the workflow object, aggregated per task.
    pub fn task_reports(
        mut self,
        item: impl Into<crate::beta::identity_governance::TaskReport>,
    ) -> Self {
        self.inner.task_reports.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `taskReports` to a value, or leaves it out of the body with `None`.
    ///
    /// Task execution data of the workflow object, aggregated per task.
    pub fn set_task_reports(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TaskReport>>,
    ) -> Self {
        self.inner.task_reports = value.into();
        self
    }
    /// Sends `taskReports` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Task execution data of the workflow object, aggregated per task.
    pub fn null_task_reports(mut self) -> Self {
        self.inner.task_reports = crate::Nullable::Null;
        self
    }
    /// Appends one item to `userProcessingResults` (creating the collection if needed).
    ///
    /// Results of the workflow for each user it ran for.
    pub fn user_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::UserProcessingResult>,
    ) -> Self {
        self.inner.user_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `userProcessingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Results of the workflow for each user it ran for.
    pub fn set_user_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = value.into();
        self
    }
    /// Sends `userProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Results of the workflow for each user it ran for.
    pub fn null_user_processing_results(mut self) -> Self {
        self.inner.user_processing_results = crate::Nullable::Null;
        self
    }
    /// Appends one item to `versions` (creating the collection if needed).
    ///
    /// Versions of the workflow that exist.
    pub fn versions(
        mut self,
        item: impl Into<crate::beta::identity_governance::WorkflowVersion>,
    ) -> Self {
        self.inner.versions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `versions` to a value, or leaves it out of the body with `None`.
    ///
    /// Versions of the workflow that exist.
    pub fn set_versions(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::WorkflowVersion>>,
    ) -> Self {
        self.inner.versions = value.into();
        self
    }
    /// Sends `versions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Versions of the workflow that exist.
    pub fn null_versions(mut self) -> Self {
        self.inner.versions = crate::Nullable::Null;
        self
    }
    /// Sets `settings`.
    ///
    /// Settings of the workflow, such as its quarantine configuration.
    pub fn settings(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowSetting>,
    ) -> Self {
        self.inner.settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `settings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings of the workflow, such as its quarantine configuration.
    pub fn set_settings(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowSetting>,
    ) -> Self {
        self.inner.settings = value.into();
        self
    }
    /// Sends `settings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings of the workflow, such as its quarantine configuration.
    pub fn null_settings(mut self) -> Self {
        self.inner.settings = crate::Nullable::Null;
        self
    }
    /// Sets `quarantineDetails`.
    ///
    /// Why and since when the workflow is quarantined, if it is.
    pub fn quarantine_details(
        mut self,
        value: impl Into<crate::beta::identity_governance::QuarantineDetails>,
    ) -> Self {
        self.inner.quarantine_details = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantineDetails` to a value, or leaves it out of the body with `None`.
    ///
    /// Why and since when the workflow is quarantined, if it is.
    pub fn set_quarantine_details(
        mut self,
        value: Option<crate::beta::identity_governance::QuarantineDetails>,
    ) -> Self {
        self.inner.quarantine_details = value.into();
        self
    }
    /// Sends `quarantineDetails` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Why and since when the workflow is quarantined, if it is.
    pub fn null_quarantine_details(mut self) -> Self {
        self.inner.quarantine_details = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Workflow`].
    pub fn build(self) -> Workflow {
        self.inner
    }
}

impl crate::GraphType for Workflow {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflow";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &["joiner", "leaver", "unknownFutureValue", "mover", "extensibility"],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Gt],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[crate::FilterOp::Eq],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionConditions"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isSchedulingEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Gt],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Gt],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "id",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "nextScheduleRunDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Gt],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "version",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "executionScope",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "runs",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskReport"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "versions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.workflowVersion"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowSetting"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "quarantineDetails",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.quarantineDetails"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Workflow {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "executionConditions", &self.execution_conditions)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "isSchedulingEnabled", &self.is_scheduling_enabled)?;
        crate::__private::write_field(map, "lastModifiedDateTime", &self.last_modified_date_time)?;
        crate::__private::write_field(map, "createdBy", &self.created_by)?;
        crate::__private::write_field(map, "lastModifiedBy", &self.last_modified_by)?;
        crate::__private::write_field(map, "tasks", &self.tasks)?;
        crate::__private::write_field(map, "deletedDateTime", &self.deleted_date_time)?;
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "nextScheduleRunDateTime", &self.next_schedule_run_date_time)?;
        crate::__private::write_field(map, "version", &self.version)?;
        crate::__private::write_field(map, "executionScope", &self.execution_scope)?;
        crate::__private::write_field(map, "runs", &self.runs)?;
        crate::__private::write_field(map, "taskReports", &self.task_reports)?;
        crate::__private::write_field(map, "userProcessingResults", &self.user_processing_results)?;
        crate::__private::write_field(map, "versions", &self.versions)?;
        crate::__private::write_field(map, "settings", &self.settings)?;
        crate::__private::write_field(map, "quarantineDetails", &self.quarantine_details)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "category" => !self.category.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "executionConditions" => !self.execution_conditions.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "isSchedulingEnabled" => !self.is_scheduling_enabled.is_absent(),
            "lastModifiedDateTime" => !self.last_modified_date_time.is_absent(),
            "createdBy" => !self.created_by.is_absent(),
            "lastModifiedBy" => !self.last_modified_by.is_absent(),
            "tasks" => !self.tasks.is_absent(),
            "deletedDateTime" => !self.deleted_date_time.is_absent(),
            "id" => !self.id.is_absent(),
            "nextScheduleRunDateTime" => !self.next_schedule_run_date_time.is_absent(),
            "version" => !self.version.is_absent(),
            "executionScope" => !self.execution_scope.is_absent(),
            "runs" => !self.runs.is_absent(),
            "taskReports" => !self.task_reports.is_absent(),
            "userProcessingResults" => !self.user_processing_results.is_absent(),
            "versions" => !self.versions.is_absent(),
            "settings" => !self.settings.is_absent(),
            "quarantineDetails" => !self.quarantine_details.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Workflow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Workflow {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflow` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => crate::__private::field(map, &mut self.category)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "executionConditions" => crate::__private::field(map, &mut self.execution_conditions)?,
            "isEnabled" => crate::__private::field(map, &mut self.is_enabled)?,
            "isSchedulingEnabled" => crate::__private::field(map, &mut self.is_scheduling_enabled)?,
            "lastModifiedDateTime" => crate::__private::field(map, &mut self.last_modified_date_time)?,
            "createdBy" => crate::__private::field(map, &mut self.created_by)?,
            "lastModifiedBy" => crate::__private::field(map, &mut self.last_modified_by)?,
            "tasks" => crate::__private::object_list(map, &mut self.tasks)?,
            "deletedDateTime" => crate::__private::field(map, &mut self.deleted_date_time)?,
            "id" => crate::__private::field(map, &mut self.id)?,
            "nextScheduleRunDateTime" => crate::__private::field(map, &mut self.next_schedule_run_date_time)?,
            "version" => crate::__private::field(map, &mut self.version)?,
            "executionScope" => crate::__private::object_list(map, &mut self.execution_scope)?,
            "runs" => crate::__private::object_list(map, &mut self.runs)?,
            "taskReports" => crate::__private::object_list(map, &mut self.task_reports)?,
            "userProcessingResults" => crate::__private::object_list(map, &mut self.user_processing_results)?,
            "versions" => crate::__private::object_list(map, &mut self.versions)?,
            "settings" => crate::__private::field(map, &mut self.settings)?,
            "quarantineDetails" => crate::__private::field(map, &mut self.quarantine_details)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Workflow {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
