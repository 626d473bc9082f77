//! Stand-ins for the generated operation tables and type metadata while the generator does
//! not emit them yet (the generated `OPERATIONS` tables are empty and no model structs exist).
//! Same shapes as the generated items ([`OperationInfo`], [`PropertyInfo`]), facts read from
//! docs-src, with the docs' path quirks already normalised. [`crate::schemas`] and
//! [`crate::routes`] prefer the generated items as soon as they are non-empty; this module
//! is deleted then.

use lcw_models::FilterOp::*;
use lcw_models::{FilterOp, OperationInfo, PropertyInfo};

use crate::odata::schema::TypeSchema;

const fn p(name: &'static str, filter: &'static [FilterOp], orderby: bool, is_relationship: bool, is_collection: bool) -> PropertyInfo {
    PropertyInfo { name, filter, orderby, is_relationship, is_collection }
}

const fn schema(qualified_name: &'static str, properties: &'static [PropertyInfo]) -> TypeSchema {
    TypeSchema { qualified_name, properties }
}

/// Operations of the beta API.
pub static BETA_OPERATIONS: &[OperationInfo] = &[
    OperationInfo { id: "deletedItemcontainer-delete", method: "DELETE", path: "/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}", query_options: &[], returns: None, returns_collection: false, success_status: 204 },
    OperationInfo { id: "deleteditemcontainer-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}", query_options: &["$expand", "$select"], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "lifecycleworkflowscontainer-list-deleteditems", method: "GET", path: "/identityGovernance/lifecycleWorkflows/deletedItems/workflows", query_options: &["$filter", "$orderby", "$search", "$select"], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "lifecycleworkflowscontainer-list-workflows", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows", query_options: &["$expand", "$filter", "$orderby", "$search"], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "lifecycleworkflowscontainer-post-workflows", method: "POST", path: "/identityGovernance/lifecycleWorkflows/workflows", query_options: &[], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: false, success_status: 201 },
    OperationInfo { id: "run-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}", query_options: &["$select"], returns: Some("microsoft.graph.identityGovernance.run"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "run-list-taskprocessingresults", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/taskProcessingResults", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.taskProcessingResult"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "run-summary", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={timestamp},endDateTime={timestamp})", query_options: &[], returns: Some("microsoft.graph.identityGovernance.runSummary"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "task-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}", query_options: &[], returns: Some("microsoft.graph.identityGovernance.task"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "taskprocessingresult-resume", method: "POST", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}/resume", query_options: &[], returns: None, returns_collection: false, success_status: 204 },
    OperationInfo { id: "taskreport-list-taskprocessingresults", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/{taskReportId}/taskProcessingResults", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.taskProcessingResult"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "taskreport-summary", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/summary(startDateTime={timestamp},endDateTime={timestamp})", query_options: &["$count", "$expand", "$filter", "$orderby"], returns: Some("microsoft.graph.identityGovernance.taskReportSummary"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "userprocessingresult-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflow_id}/runs/{runId}/userProcessingResults/{userProcessingResultId}", query_options: &["$select"], returns: Some("microsoft.graph.identityGovernance.userProcessingResult"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "userprocessingresult-list-taskprocessingresults", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.taskProcessingResult"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "userprocessingresult-list-taskprocessingresults", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/{userProcessingResultId}/taskProcessingResults", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.taskProcessingResult"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "userprocessingresult-summary", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults/summary(startDateTime={TimeStamp},endDateTime={TimeStamp})", query_options: &["$count", "$expand", "$filter", "$orderby"], returns: Some("microsoft.graph.identityGovernance.userSummary"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "workflow-activate", method: "POST", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activate", query_options: &[], returns: None, returns_collection: false, success_status: 204 },
    OperationInfo { id: "workflow-createnewversion", method: "POST", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/createNewVersion", query_options: &[], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "workflow-delete", method: "DELETE", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}", query_options: &[], returns: None, returns_collection: false, success_status: 204 },
    OperationInfo { id: "workflow-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}", query_options: &["$expand", "$select"], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "workflow-list-runs", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs", query_options: &["$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.run"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "workflow-list-task", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks", query_options: &["$filter", "$orderby", "$search"], returns: Some("microsoft.graph.identityGovernance.task"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "workflow-list-taskreports", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.taskReport"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "workflow-list-userprocessingresults", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/userProcessingResults", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.identityGovernance.userProcessingResult"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "workflow-list-versions", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions", query_options: &["$count", "$expand", "$filter", "$orderby", "$search", "$select"], returns: Some("microsoft.graph.identityGovernance.workflowVersion"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "workflow-restore", method: "POST", path: "/identityGovernance/lifecycleWorkflows/deletedItems/workflows/{workflowId}/restore", query_options: &[], returns: Some("microsoft.graph.identityGovernance.workflow"), returns_collection: false, success_status: 200 },
    OperationInfo { id: "workflow-update", method: "PATCH", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}", query_options: &[], returns: None, returns_collection: false, success_status: 204 },
    OperationInfo { id: "workflow-list-executionscope", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/executionScope", query_options: &["$expand", "$filter", "$orderby", "$select"], returns: Some("microsoft.graph.user"), returns_collection: true, success_status: 200 },
    OperationInfo { id: "task-get-version", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionNumber}/tasks/{taskId}", query_options: &[], returns: Some("microsoft.graph.identityGovernance.task"), returns_collection: false, success_status: 200 },
];

/// Operations of the v1.0 API.
pub static V1_OPERATIONS: &[OperationInfo] = &[
    OperationInfo { id: "run-get", method: "GET", path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}", query_options: &["$select"], returns: Some("microsoft.graph.identityGovernance.run"), returns_collection: false, success_status: 200 },
];

/// Properties of `RUN`.
pub static RUN: TypeSchema = schema("microsoft.graph.identityGovernance.run", &[
    p("completedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("failedTasksCount", &[], false, false, false),
    p("failedUsersCount", &[], false, false, false),
    p("id", &[], false, false, false),
    p("lastUpdatedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("processingStatus", &[Eq, Ne], true, false, false),
    p("startedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("scheduledDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("successfulUsersCount", &[], false, false, false),
    p("totalUsersCount", &[], false, false, false),
    p("totalTasksCount", &[], false, false, false),
    p("totalUnprocessedTasksCount", &[], false, false, false),
    p("workflowExecutionType", &[Eq, Ne], true, false, false),
    p("userProcessingResults", &[], false, true, true),
    p("taskProcessingResults", &[], false, true, true),
    p("taskReports", &[], false, true, true),
]);
/// Properties of `USER_PROCESSING_RESULT`.
pub static USER_PROCESSING_RESULT: TypeSchema = schema("microsoft.graph.identityGovernance.userProcessingResult", &[
    p("completedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("failedTasksCount", &[], false, false, false),
    p("id", &[Eq, Ne], true, false, false),
    p("processingStatus", &[Eq, Ne], true, false, false),
    p("scheduledDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("startedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("totalTasksCount", &[], false, false, false),
    p("totalUnprocessedTasksCount", &[], false, false, false),
    p("workflowExecutionType", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("workflowVersion", &[], false, false, false),
    p("subject", &[Eq, Ne], false, true, false),
    p("taskProcessingResults", &[], false, true, true),
]);
/// Properties of `TASK_PROCESSING_RESULT`.
pub static TASK_PROCESSING_RESULT: TypeSchema = schema("microsoft.graph.identityGovernance.taskProcessingResult", &[
    p("completedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("createdDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("failureReason", &[], false, false, false),
    p("id", &[Eq, Ne], true, false, false),
    p("processingStatus", &[Eq, Ne], true, false, false),
    p("startedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("subject", &[Eq, Ne], false, true, false),
    p("task", &[], false, true, false),
]);
/// Properties of `TASK_REPORT`.
pub static TASK_REPORT: TypeSchema = schema("microsoft.graph.identityGovernance.taskReport", &[
    p("completedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("failedUsersCount", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("id", &[Eq, Ne], true, false, false),
    p("lastUpdatedDateTime", &[], false, false, false),
    p("processingStatus", &[Eq, Ne], true, false, false),
    p("runId", &[], false, false, false),
    p("startedDateTime", &[], false, false, false),
    p("successfulUsersCount", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("totalUsersCount", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("unprocessedUsersCount", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("task", &[Eq, Ne], false, true, false),
    p("taskDefinition", &[Eq, Ne], false, true, false),
    p("taskProcessingResults", &[], false, true, true),
]);
/// Properties of `TASK`.
pub static TASK: TypeSchema = schema("microsoft.graph.identityGovernance.task", &[
    p("arguments", &[], false, false, true),
    p("category", &[Eq, Ne], false, false, false),
    p("continueOnError", &[], false, false, false),
    p("description", &[], false, false, false),
    p("displayName", &[Eq, Ne], true, false, false),
    p("executionSequence", &[], true, false, false),
    p("id", &[Eq, Ne], true, false, false),
    p("isEnabled", &[Eq, Ne], true, false, false),
    p("taskDefinitionId", &[Eq, Ne], false, false, false),
    p("taskProcessingResults", &[], false, true, true),
]);
/// Properties of `WORKFLOW`.
pub static WORKFLOW: TypeSchema = schema("microsoft.graph.identityGovernance.workflow", &[
    p("category", &[], false, false, false),
    p("createdDateTime", &[Lt, Gt], true, false, false),
    p("deletedDateTime", &[Lt, Gt], true, false, false),
    p("description", &[], false, false, false),
    p("displayName", &[Eq], true, false, false),
    p("executionConditions", &[], false, false, false),
    p("id", &[Eq], false, false, false),
    p("isEnabled", &[Eq, Ne], true, false, false),
    p("isSchedulingEnabled", &[], false, false, false),
    p("lastModifiedDateTime", &[Lt, Gt], true, false, false),
    p("nextScheduleRunDateTime", &[Lt, Gt], true, false, false),
    p("version", &[Eq], false, false, false),
    p("createdBy", &[], false, true, false),
    p("executionScope", &[], false, true, true),
    p("lastModifiedBy", &[], false, true, false),
    p("runs", &[], false, true, true),
    p("taskReports", &[], false, true, true),
    p("tasks", &[], false, true, true),
    p("userProcessingResults", &[], false, true, true),
    p("versions", &[], false, true, true),
]);
/// Properties of `WORKFLOW_VERSION`.
pub static WORKFLOW_VERSION: TypeSchema = schema("microsoft.graph.identityGovernance.workflowVersion", &[
    p("category", &[Eq, Ne], true, false, false),
    p("createdDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("description", &[], false, false, false),
    p("displayName", &[Eq, Ne], true, false, false),
    p("executionConditions", &[], false, false, false),
    p("isEnabled", &[Eq, Ne], true, false, false),
    p("isSchedulingEnabled", &[Eq, Ne], true, false, false),
    p("lastModifiedDateTime", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("versionNumber", &[Lt, Le, Gt, Ge, Eq, Ne], true, false, false),
    p("createdBy", &[Eq, Ne], false, true, false),
    p("lastModifiedBy", &[Eq, Ne], false, true, false),
    p("tasks", &[], false, true, true),
]);
/// Properties of `RUN_SUMMARY`.
pub static RUN_SUMMARY: TypeSchema = schema("microsoft.graph.identityGovernance.runSummary", &[
    p("failedRuns", &[], false, false, false),
    p("failedTasks", &[], false, false, false),
    p("successfulRuns", &[], false, false, false),
    p("totalRuns", &[], false, false, false),
]);
/// Properties of `USER_SUMMARY`.
pub static USER_SUMMARY: TypeSchema = schema("microsoft.graph.identityGovernance.userSummary", &[
    p("failedTasks", &[], false, false, false),
    p("failedUsers", &[], false, false, false),
    p("successfulUsers", &[], false, false, false),
    p("totalTasks", &[], false, false, false),
    p("totalUsers", &[], false, false, false),
]);
/// Properties of `TASK_REPORT_SUMMARY`.
pub static TASK_REPORT_SUMMARY: TypeSchema = schema("microsoft.graph.identityGovernance.taskReportSummary", &[
    p("failedTasks", &[], false, false, false),
    p("successfulTasks", &[], false, false, false),
    p("totalTasks", &[], false, false, false),
    p("unprocessedTasks", &[], false, false, false),
]);
/// Properties of the `microsoft.graph.user` stand-in.
pub static USER: TypeSchema = schema("microsoft.graph.user", &[p("id", &[Eq], false, false, false), p("displayName", &[Eq], true, false, false)]);
