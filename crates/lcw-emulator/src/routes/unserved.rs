//! The documented operations the emulator does not serve yet: the one place that decides it.
//! The router still recognises their paths (they come from the generated tables), and the
//! dispatcher answers them `501 NotImplemented` before looking at the store.

use axum::http::StatusCode;

use super::table::ApiVersion;
use crate::errors::GraphError;

/// Beta operation ids (as the generated `OPERATIONS` table names them) that are documented
/// but not served yet. This list shrinks as the emulator learns them: remove an id in the
/// same change that serves it (`tests/serving.rs` fails on an id the emulator serves or the
/// table lacks).
pub const NOT_YET_SERVED_BETA: &[&str] = &[
    // Custom task extensions: the store holds none.
    "lifecycleworkflowscontainer-list-customtaskextensions",
    "lifecycleworkflowscontainer-post-customtaskextensions",
    "customtaskextension-get",
    "customtaskextension-update",
    "customtaskextension-delete",
    // Lifecycle policies and their priority configurations.
    "lifecyclepolicy-restore",
    "lifecycleworkflowscontainer-list-lifecyclepolicies",
    "lifecycleworkflowscontainer-post-lifecyclepolicies",
    "lifecyclepolicy-get",
    "lifecyclepolicy-update",
    "lifecyclepolicy-delete",
    "lifecyclepolicy-impact",
    "lifecyclepolicy-list-report",
    "lifecyclepolicyreport-list-subjects",
    "lifecyclepolicy-list-rules",
    "lifecyclepolicyrule-get",
    "lifecyclepolicyrule-update",
    "lifecycleworkflowscontainer-list-lifecyclepolicypriorityconfigurations",
    "lifecyclepolicypriorityconfiguration-get",
    "lifecyclepolicypriorityconfiguration-update",
    // Reprocessed runs of deleted workflows.
    "userprocessingresult-list-reprocessedruns",
    "userprocessingresult-delete-reprocessedruns",
    "run-list-reprocessedruns",
    "run-delete-reprocessedruns",
    // Insights functions.
    "insights-toptasksprocessedsummary",
    "insights-topworkflowsprocessedsummary",
    "insights-workflowsprocessedbycategory",
    "insights-workflowsprocessedsummary",
    // Settings, task definitions, workflow templates.
    "lifecyclemanagementsettings-get",
    "lifecyclemanagementsettings-update",
    "lifecycleworkflowscontainer-list-taskdefinitions",
    "taskdefinition-get",
    "lifecycleworkflowscontainer-list-workflowtemplates",
    "workflowtemplate-get",
    // Workflow actions beyond `activate`.
    "workflow-activateandwait",
    "workflow-activatewithscope",
    "workflow-cancelprocessing",
    "workflow-clearquarantine",
    "workflow-previewworkflow",
    // Subject processing results.
    "run-list-subjectprocessingresults",
    "subjectprocessingresult-summary",
    "subjectprocessingresult-get",
    "taskreport-list-subjectprocessingresults",
];

/// v1.0 operation ids documented but not served yet; shrinks like [`NOT_YET_SERVED_BETA`].
pub const NOT_YET_SERVED_V1: &[&str] = &[
    // Custom task extensions: the store holds none.
    "lifecycleworkflowscontainer-list-customtaskextensions",
    "lifecycleworkflowscontainer-post-customtaskextensions",
    "customtaskextension-get",
    "customtaskextension-update",
    "customtaskextension-delete",
    // Reprocessed runs of deleted workflows.
    "userprocessingresult-list-reprocessedruns",
    "userprocessingresult-delete-reprocessedruns",
    "run-list-reprocessedruns",
    "run-delete-reprocessedruns",
    // Insights functions.
    "insights-toptasksprocessedsummary",
    "insights-topworkflowsprocessedsummary",
    "insights-workflowsprocessedbycategory",
    "insights-workflowsprocessedsummary",
    // Settings, task definitions, workflow templates.
    "lifecyclemanagementsettings-get",
    "lifecyclemanagementsettings-update",
    "lifecycleworkflowscontainer-list-taskdefinitions",
    "taskdefinition-get",
    "lifecycleworkflowscontainer-list-workflowtemplates",
    "workflowtemplate-get",
    // Workflow actions beyond `activate`.
    "workflow-activateandwait",
    "workflow-activatewithscope",
    "workflow-cancelprocessing",
    "workflow-clearquarantine",
    "workflow-previewworkflow",
    // Subject processing results.
    "run-list-subjectprocessingresults",
    "subjectprocessingresult-summary",
    "subjectprocessingresult-get",
];

/// The not-yet-served ids of `version`.
pub fn not_yet_served(version: ApiVersion) -> &'static [&'static str] {
    match version {
        ApiVersion::Beta => NOT_YET_SERVED_BETA,
        ApiVersion::V1 => NOT_YET_SERVED_V1,
    }
}

/// Whether the operation `id` of `version` is documented but not served yet.
pub fn is_not_yet_served(version: ApiVersion, id: &str) -> bool {
    not_yet_served(version).contains(&id)
}

/// The answer to a documented operation the emulator does not serve yet.
pub fn not_yet_served_error(id: &str) -> GraphError {
    GraphError::new(
        StatusCode::NOT_IMPLEMENTED,
        "NotImplemented",
        format!("{id} is documented but the emulator does not serve it yet"),
    )
}
