// Generated from docs-src/api-reference/v1.0/api by `cargo xtask regenerate`. Do not edit.
#![allow(
    clippy::too_many_arguments,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::new_ret_no_self
)]

impl crate::Client {
    /// The `v1.0` API, at `/identityGovernance/lifecycleWorkflows`: the first step of every call of this version.
    pub fn v1(&self) -> V1 {
        V1 {
            client: self.clone(),
            path: "/identityGovernance/lifecycleWorkflows".to_owned(),
        }
    }
}

/// The root of the `v1.0` API: `/identityGovernance/lifecycleWorkflows`.
#[derive(Debug, Clone)]
pub struct V1 {
    client: crate::Client,
    path: String,
}

impl V1 {
    /// `customTaskExtensions`: the path `/identityGovernance/lifecycleWorkflows/customTaskExtensions`.
    pub fn custom_task_extensions(&self) -> CustomTaskExtensions {
        let mut path = self.path.clone();
        path.push_str("/customTaskExtensions");
        CustomTaskExtensions {
            client: self.client.clone(),
            path,
        }
    }
    /// `deletedItems`: the path `/identityGovernance/lifecycleWorkflows/deletedItems`.
    pub fn deleted_items(&self) -> DeletedItems {
        let mut path = self.path.clone();
        path.push_str("/deletedItems");
        DeletedItems {
            client: self.client.clone(),
            path,
        }
    }
    /// `insights`: the path `/identityGovernance/lifecycleWorkflows/insights`.
    pub fn insights(&self) -> Insights {
        let mut path = self.path.clone();
        path.push_str("/insights");
        Insights {
            client: self.client.clone(),
            path,
        }
    }
    /// `settings`: the path `/identityGovernance/lifecycleWorkflows/settings`.
    pub fn settings(&self) -> Settings {
        let mut path = self.path.clone();
        path.push_str("/settings");
        Settings {
            client: self.client.clone(),
            path,
        }
    }
    /// `taskDefinitions`: the path `/identityGovernance/lifecycleWorkflows/taskDefinitions`.
    pub fn task_definitions(&self) -> TaskDefinitions {
        let mut path = self.path.clone();
        path.push_str("/taskDefinitions");
        TaskDefinitions {
            client: self.client.clone(),
            path,
        }
    }
    /// `workflowTemplates`: the path `/identityGovernance/lifecycleWorkflows/workflowTemplates`.
    pub fn workflow_templates(&self) -> WorkflowTemplates {
        let mut path = self.path.clone();
        path.push_str("/workflowTemplates");
        WorkflowTemplates {
            client: self.client.clone(),
            path,
        }
    }
    /// `workflows`: the path `/identityGovernance/lifecycleWorkflows/workflows`.
    pub fn workflows(&self) -> Workflows {
        let mut path = self.path.clone();
        path.push_str("/workflows");
        Workflows {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`customTaskExtensionId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`.
    pub fn custom_task_extension(&self, id: &str) -> CustomTaskExtension {
        let mut path = self.path.clone();
        path.push_str("/customTaskExtensions/");
        path.push_str(&crate::__private::path_segment(id));
        CustomTaskExtension {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`taskDefinitionId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/taskDefinitions/{taskDefinitionId}`.
    pub fn task_definition(&self, id: &str) -> TaskDefinition {
        let mut path = self.path.clone();
        path.push_str("/taskDefinitions/");
        path.push_str(&crate::__private::path_segment(id));
        TaskDefinition {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`workflowTemplateId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflowTemplates/{workflowTemplateId}`.
    pub fn workflow_template(&self, id: &str) -> WorkflowTemplate {
        let mut path = self.path.clone();
        path.push_str("/workflowTemplates/");
        path.push_str(&crate::__private::path_segment(id));
        WorkflowTemplate {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`workflowId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}`.
    pub fn workflow(&self, id: &str) -> Workflow {
        let mut path = self.path.clone();
        path.push_str("/workflows/");
        path.push_str(&crate::__private::path_segment(id));
        Workflow {
            client: self.client.clone(),
            path,
        }
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/customTaskExtensions`.
#[derive(Debug, Clone)]
pub struct CustomTaskExtensions {
    client: crate::Client,
    path: String,
}

impl CustomTaskExtensions {
    /// List customTaskExtensions
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/customTaskExtensions`
    ///
    /// Operation `lifecycleworkflowscontainer-list-customtaskextensions`.
    pub fn list(&self) -> crate::Request<super::ops::CustomTaskExtensionsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Create customTaskExtensions
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/customTaskExtensions`
    ///
    /// Operation `lifecycleworkflowscontainer-post-customtaskextensions`.
    pub fn create(
        &self,
        body: &lcw_models::v1::identity_governance::CustomTaskExtension,
    ) -> crate::Request<super::ops::CustomTaskExtensionsCreate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`.
#[derive(Debug, Clone)]
pub struct CustomTaskExtension {
    client: crate::Client,
    path: String,
}

impl CustomTaskExtension {
    /// Get customTaskExtension
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
    ///
    /// Operation `customtaskextension-get`.
    pub fn get(&self) -> crate::Request<super::ops::CustomTaskExtensionGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Update customTaskExtension
    ///
    /// `PATCH /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
    ///
    /// Operation `customtaskextension-update`.
    pub fn update(
        &self,
        body: &lcw_models::v1::identity_governance::CustomTaskExtension,
    ) -> crate::Request<super::ops::CustomTaskExtensionUpdate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
    /// Delete customTaskExtension
    ///
    /// `DELETE /identityGovernance/lifecycleWorkflows/customTaskExtensions/{customTaskExtensionId}`
    ///
    /// Operation `customtaskextension-delete`.
    pub fn delete(&self) -> crate::Request<super::ops::CustomTaskExtensionDelete> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems`.
#[derive(Debug, Clone)]
pub struct DeletedItems {
    client: crate::Client,
    path: String,
}

impl DeletedItems {
    /// `workflows`: the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows`.
    pub fn workflows(&self) -> DeletedItemsWorkflows {
        let mut path = self.path.clone();
        path.push_str("/workflows");
        DeletedItemsWorkflows {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`workflowId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`.
    pub fn workflow(&self, id: &str) -> DeletedItemsWorkflow {
        let mut path = self.path.clone();
        path.push_str("/workflows/");
        path.push_str(&crate::__private::path_segment(id));
        DeletedItemsWorkflow {
            client: self.client.clone(),
            path,
        }
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflows {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflows {
    /// List deletedItems (deleted lifecycle workflows)
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows`
    ///
    /// Operation `lifecycleworkflowscontainer-list-deleteditems`.
    pub fn list(&self) -> crate::Request<super::ops::DeletedItemsWorkflowsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflow {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflow {
    /// One item, by its key (`userProcessingResultId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}`.
    pub fn user_processing_result(
        &self,
        id: &str,
    ) -> DeletedItemsWorkflowUserProcessingResult {
        let mut path = self.path.clone();
        path.push_str("/executionScope/");
        path.push_str(&crate::__private::path_segment(id));
        DeletedItemsWorkflowUserProcessingResult {
            client: self.client.clone(),
            path,
        }
    }
    /// Get deletedItemContainer (a deleted lifecycle workflow)
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`
    ///
    /// Operation `deleteditemcontainer-get`.
    pub fn get(&self) -> crate::Request<super::ops::DeletedItemsWorkflowGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Delete deletedItemContainer: erase a soft-deleted workflow for good
    ///
    /// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}`
    ///
    /// Operation `deleteditemcontainer-delete`.
    pub fn delete(&self) -> crate::Request<super::ops::DeletedItemsWorkflowDelete> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// workflow: restore
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/restore`
    ///
    /// Operation `workflow-restore`.
    pub fn restore(&self) -> crate::Request<super::ops::DeletedItemsWorkflowRestore> {
        let mut path = self.path.clone();
        path.push_str("/restore");
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflowUserProcessingResult {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflowUserProcessingResult {
    /// `reprocessedRuns`: the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns`.
    pub fn reprocessed_runs(
        &self,
    ) -> DeletedItemsWorkflowUserProcessingResultReprocessedRuns {
        let mut path = self.path.clone();
        path.push_str("/reprocessedRuns");
        DeletedItemsWorkflowUserProcessingResultReprocessedRuns {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`id`, `runId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}`.
    pub fn run(&self, id: &str) -> DeletedItemsWorkflowUserProcessingResultRun {
        let mut path = self.path.clone();
        path.push_str("/reprocessedRuns/");
        path.push_str(&crate::__private::path_segment(id));
        DeletedItemsWorkflowUserProcessingResultRun {
            client: self.client.clone(),
            path,
        }
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflowUserProcessingResultReprocessedRuns {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflowUserProcessingResultReprocessedRuns {
    /// List reprocessedRuns for userProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns`
    ///
    /// Operation `userprocessingresult-list-reprocessedruns`.
    pub fn list(
        &self,
    ) -> crate::Request<
        super::ops::DeletedItemsWorkflowUserProcessingResultReprocessedRunsList,
    > {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflowUserProcessingResultRun {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflowUserProcessingResultRun {
    /// `reprocessedRuns`: the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/reprocessedRuns`.
    pub fn reprocessed_runs(
        &self,
    ) -> DeletedItemsWorkflowUserProcessingResultRunReprocessedRuns {
        let mut path = self.path.clone();
        path.push_str("/reprocessedRuns");
        DeletedItemsWorkflowUserProcessingResultRunReprocessedRuns {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`id`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/reprocessedRuns/{id}`.
    pub fn run(&self, id: &str) -> DeletedItemsWorkflowUserProcessingResultRunRun {
        let mut path = self.path.clone();
        path.push_str("/reprocessedRuns/");
        path.push_str(&crate::__private::path_segment(id));
        DeletedItemsWorkflowUserProcessingResultRunRun {
            client: self.client.clone(),
            path,
        }
    }
    /// Remove reprocessedRuns for userProcessingResults
    ///
    /// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/$ref`
    ///
    /// Operation `userprocessingresult-delete-reprocessedruns`.
    pub fn delete_ref(
        &self,
    ) -> crate::Request<
        super::ops::DeletedItemsWorkflowUserProcessingResultRunDeleteRef,
    > {
        let mut path = self.path.clone();
        path.push_str("/$ref");
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/reprocessedRuns`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflowUserProcessingResultRunReprocessedRuns {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflowUserProcessingResultRunReprocessedRuns {
    /// List reprocessedRuns for a run
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{runId}/reprocessedRuns`
    ///
    /// Operation `run-list-reprocessedruns`.
    pub fn list(
        &self,
    ) -> crate::Request<
        super::ops::DeletedItemsWorkflowUserProcessingResultRunReprocessedRunsList,
    > {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{id}/reprocessedRuns/{id}`.
#[derive(Debug, Clone)]
pub struct DeletedItemsWorkflowUserProcessingResultRunRun {
    client: crate::Client,
    path: String,
}

impl DeletedItemsWorkflowUserProcessingResultRunRun {
    /// Remove reprocessedRuns for a run
    ///
    /// `DELETE /identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/executionScope/{userProcessingResultId}/reprocessedRuns/{runId}/reprocessedRuns/{id}/$ref`
    ///
    /// Operation `run-delete-reprocessedruns`.
    pub fn delete_ref(
        &self,
    ) -> crate::Request<
        super::ops::DeletedItemsWorkflowUserProcessingResultRunRunDeleteRef,
    > {
        let mut path = self.path.clone();
        path.push_str("/$ref");
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/insights`.
#[derive(Debug, Clone)]
pub struct Insights {
    client: crate::Client,
    path: String,
}

impl Insights {
    /// insights: topTasksProcessedSummary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/insights/topTasksProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `insights-toptasksprocessedsummary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn top_tasks_processed_summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::InsightsTopTasksProcessedSummary> {
        let mut path = self.path.clone();
        path.push_str("/topTasksProcessedSummary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
    /// insights: topWorkflowsProcessedSummary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/insights/topWorkflowsProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `insights-topworkflowsprocessedsummary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn top_workflows_processed_summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::InsightsTopWorkflowsProcessedSummary> {
        let mut path = self.path.clone();
        path.push_str("/topWorkflowsProcessedSummary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
    /// insights: workflowsProcessedByCategory
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/insights/workflowsProcessedByCategory(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `insights-workflowsprocessedbycategory`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn workflows_processed_by_category(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::InsightsWorkflowsProcessedByCategory> {
        let mut path = self.path.clone();
        path.push_str("/workflowsProcessedByCategory(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
    /// insights: workflowsProcessedSummary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/insights/workflowsProcessedSummary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `insights-workflowsprocessedsummary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn workflows_processed_summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::InsightsWorkflowsProcessedSummary> {
        let mut path = self.path.clone();
        path.push_str("/workflowsProcessedSummary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/settings`.
#[derive(Debug, Clone)]
pub struct Settings {
    client: crate::Client,
    path: String,
}

impl Settings {
    /// Get lifecycleManagementSettings
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/settings`
    ///
    /// Operation `lifecyclemanagementsettings-get`.
    pub fn get(&self) -> crate::Request<super::ops::SettingsGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Update lifecycleManagementSettings
    ///
    /// `PATCH /identityGovernance/lifecycleWorkflows/settings`
    ///
    /// Operation `lifecyclemanagementsettings-update`.
    pub fn update(
        &self,
        body: &lcw_models::v1::identity_governance::LifecycleManagementSettings,
    ) -> crate::Request<super::ops::SettingsUpdate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/taskDefinitions`.
#[derive(Debug, Clone)]
pub struct TaskDefinitions {
    client: crate::Client,
    path: String,
}

impl TaskDefinitions {
    /// List taskDefinitions
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/taskDefinitions`
    ///
    /// Operation `lifecycleworkflowscontainer-list-taskdefinitions`.
    pub fn list(&self) -> crate::Request<super::ops::TaskDefinitionsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/taskDefinitions/{taskDefinitionId}`.
#[derive(Debug, Clone)]
pub struct TaskDefinition {
    client: crate::Client,
    path: String,
}

impl TaskDefinition {
    /// Get taskDefinition
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/taskDefinitions/{taskDefinitionId}`
    ///
    /// Operation `taskdefinition-get`.
    pub fn get(&self) -> crate::Request<super::ops::TaskDefinitionGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflowTemplates`.
#[derive(Debug, Clone)]
pub struct WorkflowTemplates {
    client: crate::Client,
    path: String,
}

impl WorkflowTemplates {
    /// List workflowTemplates
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflowTemplates`
    ///
    /// Operation `lifecycleworkflowscontainer-list-workflowtemplates`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowTemplatesList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflowTemplates/{workflowTemplateId}`.
#[derive(Debug, Clone)]
pub struct WorkflowTemplate {
    client: crate::Client,
    path: String,
}

impl WorkflowTemplate {
    /// Get workflowTemplate
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflowTemplates/{workflowTemplateId}`
    ///
    /// Operation `workflowtemplate-get`.
    pub fn get(&self) -> crate::Request<super::ops::WorkflowTemplateGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows`.
#[derive(Debug, Clone)]
pub struct Workflows {
    client: crate::Client,
    path: String,
}

impl Workflows {
    /// List workflows
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows`
    ///
    /// Operation `lifecycleworkflowscontainer-list-workflows`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Create workflow
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows`
    ///
    /// Operation `lifecycleworkflowscontainer-post-workflows`.
    pub fn create(
        &self,
        body: &lcw_models::v1::identity_governance::Workflow,
    ) -> crate::Request<super::ops::WorkflowsCreate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}`.
#[derive(Debug, Clone)]
pub struct Workflow {
    client: crate::Client,
    path: String,
}

impl Workflow {
    /// `executionScope`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/executionScope`.
    pub fn execution_scope(&self) -> WorkflowExecutionScope {
        let mut path = self.path.clone();
        path.push_str("/executionScope");
        WorkflowExecutionScope {
            client: self.client.clone(),
            path,
        }
    }
    /// `runs`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`.
    pub fn runs(&self) -> WorkflowRuns {
        let mut path = self.path.clone();
        path.push_str("/runs");
        WorkflowRuns {
            client: self.client.clone(),
            path,
        }
    }
    /// `taskReports`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports`.
    pub fn task_reports(&self) -> WorkflowTaskReports {
        let mut path = self.path.clone();
        path.push_str("/taskReports");
        WorkflowTaskReports {
            client: self.client.clone(),
            path,
        }
    }
    /// `tasks`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks`.
    pub fn tasks(&self) -> WorkflowTasks {
        let mut path = self.path.clone();
        path.push_str("/tasks");
        WorkflowTasks {
            client: self.client.clone(),
            path,
        }
    }
    /// `userProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults`.
    pub fn user_processing_results(&self) -> WorkflowUserProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/userProcessingResults");
        WorkflowUserProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
    /// `versions`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions`.
    pub fn versions(&self) -> WorkflowVersions {
        let mut path = self.path.clone();
        path.push_str("/versions");
        WorkflowVersions {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`runId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}`.
    pub fn run(&self, id: &str) -> Run {
        let mut path = self.path.clone();
        path.push_str("/runs/");
        path.push_str(&crate::__private::path_segment(id));
        Run {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`taskReportId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}`.
    pub fn task_report(&self, id: &str) -> TaskReport {
        let mut path = self.path.clone();
        path.push_str("/taskReports/");
        path.push_str(&crate::__private::path_segment(id));
        TaskReport {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`taskId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`.
    pub fn task(&self, id: &str) -> Task {
        let mut path = self.path.clone();
        path.push_str("/tasks/");
        path.push_str(&crate::__private::path_segment(id));
        Task {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`userProcessingResultId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}`.
    pub fn user_processing_result(&self, id: &str) -> UserProcessingResult {
        let mut path = self.path.clone();
        path.push_str("/userProcessingResults/");
        path.push_str(&crate::__private::path_segment(id));
        UserProcessingResult {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`versionId`, `workflowVersionVersionNumber`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}`.
    pub fn workflow_version(&self, id: &str) -> WorkflowVersion {
        let mut path = self.path.clone();
        path.push_str("/versions/");
        path.push_str(&crate::__private::path_segment(id));
        WorkflowVersion {
            client: self.client.clone(),
            path,
        }
    }
    /// Get workflow
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
    ///
    /// Operation `workflow-get`.
    pub fn get(&self) -> crate::Request<super::ops::WorkflowGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Update workflow
    ///
    /// `PATCH /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
    ///
    /// Operation `workflow-update`.
    pub fn update(
        &self,
        body: &lcw_models::v1::identity_governance::Workflow,
    ) -> crate::Request<super::ops::WorkflowUpdate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
    /// Delete workflow
    ///
    /// `DELETE /identityGovernance/lifecycleWorkflows/workflows/{workflowId}`
    ///
    /// Operation `workflow-delete`.
    pub fn delete(&self) -> crate::Request<super::ops::WorkflowDelete> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// workflow: activate
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activate`
    ///
    /// Operation `workflow-activate`.
    ///
    /// Body:
    /// - `subjects` (optional)
    pub fn activate(
        &self,
        subjects: Option<Vec<lcw_models::v1::User>>,
    ) -> crate::Request<super::ops::WorkflowActivate> {
        let mut path = self.path.clone();
        path.push_str("/activate");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "subjects", skip_serializing_if = "Option::is_none")]
            subjects: Option<Vec<lcw_models::v1::User>>,
        }
        let body = Body { subjects };
        crate::Request::new(&self.client, path).with_body(&body)
    }
    /// workflow: activateAndWait
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activateAndWait`
    ///
    /// Operation `workflow-activateandwait`.
    ///
    /// Body:
    /// - `subject` (required)
    pub fn activate_and_wait(
        &self,
        subject: lcw_models::v1::identity_governance::WorkflowSubjectKind,
    ) -> crate::Request<super::ops::WorkflowActivateAndWait> {
        let mut path = self.path.clone();
        path.push_str("/activateAndWait");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "subject")]
            subject: lcw_models::v1::identity_governance::WorkflowSubjectKind,
        }
        let body = Body { subject };
        crate::Request::new(&self.client, path).with_body(&body)
    }
    /// workflow: activateWithScope
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activatewithscope`
    ///
    /// Operation `workflow-activatewithscope`.
    ///
    /// Body:
    /// - `subjects` (optional)
    pub fn activatewithscope(
        &self,
        subjects: Option<Vec<lcw_models::v1::User>>,
    ) -> crate::Request<super::ops::WorkflowActivatewithscope> {
        let mut path = self.path.clone();
        path.push_str("/activatewithscope");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "subjects", skip_serializing_if = "Option::is_none")]
            subjects: Option<Vec<lcw_models::v1::User>>,
        }
        let body = Body { subjects };
        crate::Request::new(&self.client, path).with_body(&body)
    }
    /// workflow: cancelProcessing
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/cancelProcessing`
    ///
    /// Operation `workflow-cancelprocessing`.
    ///
    /// Body:
    /// - `scope` (required)
    pub fn cancel_processing(
        &self,
        scope: lcw_models::v1::identity_governance::CancelScopeKind,
    ) -> crate::Request<super::ops::WorkflowCancelProcessing> {
        let mut path = self.path.clone();
        path.push_str("/cancelProcessing");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "scope")]
            scope: lcw_models::v1::identity_governance::CancelScopeKind,
        }
        let body = Body { scope };
        crate::Request::new(&self.client, path).with_body(&body)
    }
    /// workflow: clearQuarantine
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/clearQuarantine`
    ///
    /// Operation `workflow-clearquarantine`.
    pub fn clear_quarantine(
        &self,
    ) -> crate::Request<super::ops::WorkflowClearQuarantine> {
        let mut path = self.path.clone();
        path.push_str("/clearQuarantine");
        crate::Request::new(&self.client, path)
    }
    /// workflow: createNewVersion
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/createNewVersion`
    ///
    /// Operation `workflow-createnewversion`.
    ///
    /// Body:
    /// - `workflow` (optional)
    pub fn create_new_version(
        &self,
        workflow: Option<lcw_models::v1::identity_governance::Workflow>,
    ) -> crate::Request<super::ops::WorkflowCreateNewVersion> {
        let mut path = self.path.clone();
        path.push_str("/createNewVersion");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "workflow", skip_serializing_if = "Option::is_none")]
            workflow: Option<lcw_models::v1::identity_governance::Workflow>,
        }
        let body = Body { workflow };
        crate::Request::new(&self.client, path).with_body(&body)
    }
    /// workflow: previewWorkflow
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/previewWorkflow`
    ///
    /// Operation `workflow-previewworkflow`.
    ///
    /// Body:
    /// - `subjects` (required)
    pub fn preview_workflow(
        &self,
        subjects: Vec<lcw_models::v1::DirectoryObjectKind>,
    ) -> crate::Request<super::ops::WorkflowPreviewWorkflow> {
        let mut path = self.path.clone();
        path.push_str("/previewWorkflow");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "subjects")]
            subjects: Vec<lcw_models::v1::DirectoryObjectKind>,
        }
        let body = Body { subjects };
        crate::Request::new(&self.client, path).with_body(&body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/executionScope`.
#[derive(Debug, Clone)]
pub struct WorkflowExecutionScope {
    client: crate::Client,
    path: String,
}

impl WorkflowExecutionScope {
    /// List executionScope
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/executionScope`
    ///
    /// Operation `workflow-list-executionscope`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowExecutionScopeList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`.
#[derive(Debug, Clone)]
pub struct WorkflowRuns {
    client: crate::Client,
    path: String,
}

impl WorkflowRuns {
    /// List runs
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs`
    ///
    /// Operation `workflow-list-runs`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowRunsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// run: summary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `run-summary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::WorkflowRunsSummary> {
        let mut path = self.path.clone();
        path.push_str("/summary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}`.
#[derive(Debug, Clone)]
pub struct Run {
    client: crate::Client,
    path: String,
}

impl Run {
    /// `subjectProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults`.
    pub fn subject_processing_results(&self) -> RunSubjectProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/subjectProcessingResults");
        RunSubjectProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
    /// `taskProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/taskProcessingResults`.
    pub fn task_processing_results(&self) -> RunTaskProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/taskProcessingResults");
        RunTaskProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`subjectProcessingResultId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/{subjectProcessingResultId}`.
    pub fn subject_processing_result(&self, id: &str) -> SubjectProcessingResult {
        let mut path = self.path.clone();
        path.push_str("/subjectProcessingResults/");
        path.push_str(&crate::__private::path_segment(id));
        SubjectProcessingResult {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`userProcessingResultId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}`.
    pub fn user_processing_result(&self, id: &str) -> RunUserProcessingResult {
        let mut path = self.path.clone();
        path.push_str("/userProcessingResults/");
        path.push_str(&crate::__private::path_segment(id));
        RunUserProcessingResult {
            client: self.client.clone(),
            path,
        }
    }
    /// Get run
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}`
    ///
    /// Operation `run-get`.
    pub fn get(&self) -> crate::Request<super::ops::RunGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults`.
#[derive(Debug, Clone)]
pub struct RunSubjectProcessingResults {
    client: crate::Client,
    path: String,
}

impl RunSubjectProcessingResults {
    /// List subjectProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults`
    ///
    /// Operation `run-list-subjectprocessingresults`.
    pub fn list(&self) -> crate::Request<super::ops::RunSubjectProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// subjectProcessingResult: summary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `subjectprocessingresult-summary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::RunSubjectProcessingResultsSummary> {
        let mut path = self.path.clone();
        path.push_str("/summary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/{subjectProcessingResultId}`.
#[derive(Debug, Clone)]
pub struct SubjectProcessingResult {
    client: crate::Client,
    path: String,
}

impl SubjectProcessingResult {
    /// Get subjectProcessingResult
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/subjectProcessingResults/{subjectProcessingResultId}`
    ///
    /// Operation `subjectprocessingresult-get`.
    pub fn get(&self) -> crate::Request<super::ops::SubjectProcessingResultGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/taskProcessingResults`.
#[derive(Debug, Clone)]
pub struct RunTaskProcessingResults {
    client: crate::Client,
    path: String,
}

impl RunTaskProcessingResults {
    /// List taskProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/taskProcessingResults`
    ///
    /// Operation `run-list-taskprocessingresults`.
    pub fn list(&self) -> crate::Request<super::ops::RunTaskProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}`.
#[derive(Debug, Clone)]
pub struct RunUserProcessingResult {
    client: crate::Client,
    path: String,
}

impl RunUserProcessingResult {
    /// `taskProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`.
    pub fn task_processing_results(
        &self,
    ) -> RunUserProcessingResultTaskProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/taskProcessingResults");
        RunUserProcessingResultTaskProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
    /// Get userProcessingResult
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}`
    ///
    /// Operation `userprocessingresult-get`.
    pub fn get(&self) -> crate::Request<super::ops::RunUserProcessingResultGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`.
#[derive(Debug, Clone)]
pub struct RunUserProcessingResultTaskProcessingResults {
    client: crate::Client,
    path: String,
}

impl RunUserProcessingResultTaskProcessingResults {
    /// List taskProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`
    ///
    /// Operation `userprocessingresult-list-taskprocessingresults`.
    pub fn list(
        &self,
    ) -> crate::Request<super::ops::RunUserProcessingResultTaskProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports`.
#[derive(Debug, Clone)]
pub struct WorkflowTaskReports {
    client: crate::Client,
    path: String,
}

impl WorkflowTaskReports {
    /// List taskReports
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports`
    ///
    /// Operation `workflow-list-taskreports`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowTaskReportsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// taskReport: summary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `taskreport-summary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::WorkflowTaskReportsSummary> {
        let mut path = self.path.clone();
        path.push_str("/summary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}`.
#[derive(Debug, Clone)]
pub struct TaskReport {
    client: crate::Client,
    path: String,
}

impl TaskReport {
    /// `taskProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/taskProcessingResults`.
    pub fn task_processing_results(&self) -> TaskReportTaskProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/taskProcessingResults");
        TaskReportTaskProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/taskProcessingResults`.
#[derive(Debug, Clone)]
pub struct TaskReportTaskProcessingResults {
    client: crate::Client,
    path: String,
}

impl TaskReportTaskProcessingResults {
    /// List taskProcessingResult (for a taskReport)
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/taskProcessingResults`
    ///
    /// Operation `taskreport-list-taskprocessingresults`.
    pub fn list(
        &self,
    ) -> crate::Request<super::ops::TaskReportTaskProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks`.
#[derive(Debug, Clone)]
pub struct WorkflowTasks {
    client: crate::Client,
    path: String,
}

impl WorkflowTasks {
    /// List tasks
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks`
    ///
    /// Operation `workflow-list-task`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowTasksList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`.
#[derive(Debug, Clone)]
pub struct Task {
    client: crate::Client,
    path: String,
}

impl Task {
    /// One item, by its key (`taskProcessingResultsId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}`.
    pub fn task_processing_result(&self, id: &str) -> TaskProcessingResult {
        let mut path = self.path.clone();
        path.push_str("/taskProcessingResults/");
        path.push_str(&crate::__private::path_segment(id));
        TaskProcessingResult {
            client: self.client.clone(),
            path,
        }
    }
    /// Get task
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`
    ///
    /// Operation `task-get`.
    pub fn get(&self) -> crate::Request<super::ops::TaskGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// Update task
    ///
    /// `PATCH /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}`
    ///
    /// Operation `task-update`.
    pub fn update(
        &self,
        body: &lcw_models::v1::identity_governance::Task,
    ) -> crate::Request<super::ops::TaskUpdate> {
        crate::Request::new(&self.client, self.path.clone()).with_body(body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}`.
#[derive(Debug, Clone)]
pub struct TaskProcessingResult {
    client: crate::Client,
    path: String,
}

impl TaskProcessingResult {
    /// taskProcessingResult: resume
    ///
    /// `POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}/resume`
    ///
    /// Operation `taskprocessingresult-resume`.
    ///
    /// Body:
    /// - `source` (optional)
    /// - `type_` (`type`, optional)
    /// - `data` (optional)
    pub fn resume(
        &self,
        source: Option<String>,
        type_: Option<String>,
        data: Option<
            lcw_models::v1::identity_governance::CustomTaskExtensionCallbackData,
        >,
    ) -> crate::Request<super::ops::TaskProcessingResultResume> {
        let mut path = self.path.clone();
        path.push_str("/resume");
        #[derive(serde::Serialize)]
        struct Body {
            #[serde(rename = "source", skip_serializing_if = "Option::is_none")]
            source: Option<String>,
            #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
            type_: Option<String>,
            #[serde(rename = "data", skip_serializing_if = "Option::is_none")]
            data: Option<
                lcw_models::v1::identity_governance::CustomTaskExtensionCallbackData,
            >,
        }
        let body = Body { source, type_, data };
        crate::Request::new(&self.client, path).with_body(&body)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults`.
#[derive(Debug, Clone)]
pub struct WorkflowUserProcessingResults {
    client: crate::Client,
    path: String,
}

impl WorkflowUserProcessingResults {
    /// List userProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults`
    ///
    /// Operation `workflow-list-userprocessingresults`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowUserProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
    /// userProcessingResult: summary
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/summary(startDateTime={startDateTime},endDateTime={endDateTime})`
    ///
    /// Operation `userprocessingresult-summary`.
    ///
    /// `range` gives `startDateTime` and `endDateTime` (RFC 3339).
    pub fn summary(
        &self,
        range: crate::TimeRange,
    ) -> crate::Request<super::ops::WorkflowUserProcessingResultsSummary> {
        let mut path = self.path.clone();
        path.push_str("/summary(");
        path.push_str("startDateTime=");
        path.push_str(&range.start().to_string());
        path.push_str(",endDateTime=");
        path.push_str(&range.end().to_string());
        path.push(')');
        crate::Request::new(&self.client, path)
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}`.
#[derive(Debug, Clone)]
pub struct UserProcessingResult {
    client: crate::Client,
    path: String,
}

impl UserProcessingResult {
    /// `taskProcessingResults`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`.
    pub fn task_processing_results(&self) -> UserProcessingResultTaskProcessingResults {
        let mut path = self.path.clone();
        path.push_str("/taskProcessingResults");
        UserProcessingResultTaskProcessingResults {
            client: self.client.clone(),
            path,
        }
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`.
#[derive(Debug, Clone)]
pub struct UserProcessingResultTaskProcessingResults {
    client: crate::Client,
    path: String,
}

impl UserProcessingResultTaskProcessingResults {
    /// List taskProcessingResults
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults`
    ///
    /// Operation `userprocessingresult-list-taskprocessingresults`.
    pub fn list(
        &self,
    ) -> crate::Request<super::ops::UserProcessingResultTaskProcessingResultsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions`.
#[derive(Debug, Clone)]
pub struct WorkflowVersions {
    client: crate::Client,
    path: String,
}

impl WorkflowVersions {
    /// List workflowVersions
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions`
    ///
    /// Operation `workflow-list-versions`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowVersionsList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}`.
#[derive(Debug, Clone)]
pub struct WorkflowVersion {
    client: crate::Client,
    path: String,
}

impl WorkflowVersion {
    /// `tasks`: the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks`.
    pub fn tasks(&self) -> WorkflowVersionTasks {
        let mut path = self.path.clone();
        path.push_str("/tasks");
        WorkflowVersionTasks {
            client: self.client.clone(),
            path,
        }
    }
    /// One item, by its key (`taskId`, percent-encoded): the path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks/{taskId}`.
    pub fn task(&self, id: &str) -> WorkflowVersionTask {
        let mut path = self.path.clone();
        path.push_str("/tasks/");
        path.push_str(&crate::__private::path_segment(id));
        WorkflowVersionTask {
            client: self.client.clone(),
            path,
        }
    }
    /// Get workflowVersion
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{workflowVersionVersionNumber}`
    ///
    /// Operation `workflowversion-get`.
    pub fn get(&self) -> crate::Request<super::ops::WorkflowVersionGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks`.
#[derive(Debug, Clone)]
pub struct WorkflowVersionTasks {
    client: crate::Client,
    path: String,
}

impl WorkflowVersionTasks {
    /// List tasks (in a workflowVersion)
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{workflowVersionVersionNumber}/tasks`
    ///
    /// Operation `workflowversion-list-tasks`.
    pub fn list(&self) -> crate::Request<super::ops::WorkflowVersionTasksList> {
        crate::Request::new(&self.client, self.path.clone())
    }
}

/// The path `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks/{taskId}`.
#[derive(Debug, Clone)]
pub struct WorkflowVersionTask {
    client: crate::Client,
    path: String,
}

impl WorkflowVersionTask {
    /// Get task
    ///
    /// `GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}/tasks/{taskId}`
    ///
    /// Operation `task-get`.
    pub fn get(&self) -> crate::Request<super::ops::WorkflowVersionTaskGet> {
        crate::Request::new(&self.client, self.path.clone())
    }
}
