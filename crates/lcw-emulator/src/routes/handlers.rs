//! What each resolved target answers for each method.

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use serde_json::{Map, Value};

use super::resolve::Target;
use crate::data::store::Store;
use crate::errors::GraphError;
use crate::odata::page::{self, PageContext};
use crate::odata::query::QueryOptions;
use crate::odata::record::Record;

/// A successful answer before headers are added.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Status (200, 201, 204).
    pub status: StatusCode,
    /// JSON text, empty for 204.
    pub body: String,
}

/// Everything a handler needs to know about the request.
pub struct Call<'a> {
    /// Method.
    pub method: &'a Method,
    /// Parsed query options.
    pub options: &'a QueryOptions,
    /// Paging and context data.
    pub page: PageContext<'a>,
    /// Request body, when there is one.
    pub body: &'a [u8],
    /// Success status the docs give the operation.
    pub success_status: u16,
}

/// Answers a read.
pub fn read(store: &Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
    let collection: Option<Vec<Arc<Record>>> = match *target {
        T::Workflows { deleted } => Some(store.workflows(deleted)),
        T::Runs(wi) => return list(store.runs(wi), call),
        T::RunTaskResults(wi, ri) => Some(store.run_task_results(wi, ri)),
        T::UserResults(wi, run) => Some(store.user_results(wi, run)),
        T::UserTaskResults(wi, at) => Some(store.user_task_results(wi, at)),
        T::TaskReports(wi) => Some(store.task_reports(wi)),
        T::TaskReportResults(wi, at) => Some(store.task_report_results(wi, at)),
        T::Tasks(wi, _) => Some(store.tasks(wi)),
        T::TaskTaskResults(wi, ti) => Some(store.task_task_results(wi, ti)),
        T::Versions(wi) => Some(store.versions(wi)),
        T::ExecutionScope(wi) => Some(store.execution_scope(wi)),
        _ => None,
    };
    if let Some(records) = collection {
        return list(&records, call);
    }
    let record: Arc<Record> = match *target {
        T::Workflow { wi, .. } => store.workflow_entity(wi),
        T::Run(wi, ri) => store.runs(wi)[ri].clone(),
        T::UserResult(wi, at) => store.user_result_entity(wi, at),
        T::Task(wi, ti) => store.tasks(wi).swap_remove(ti),
        T::Version(wi, n) => store.version_entity(wi, n),
        T::RunSummary(wi, window) => Arc::new(store.run_summary(wi, window)),
        T::UserSummary(wi, window) => Arc::new(store.user_summary(wi, window)),
        T::TaskReportSummary(wi, window) => Arc::new(store.task_report_summary(wi, window)),
        _ => return Err(not_implemented(call.method)),
    };
    let context = format!("{}/$entity", call.page.context_url);
    Ok(Answer { status: StatusCode::OK, body: page::entity(&record, call.options, &context, call.page.include_future) })
}

fn list(records: &[Arc<Record>], call: &Call<'_>) -> Result<Answer, GraphError> {
    Ok(Answer { status: StatusCode::OK, body: page::collection_page(records, call.options, &call.page)? })
}

/// Answers a write.
pub fn write(store: &mut Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
    let status = StatusCode::from_u16(call.success_status).unwrap_or(StatusCode::OK);
    let no_content = Answer { status: StatusCode::NO_CONTENT, body: String::new() };
    let entity = |store: &Store, wi: usize, status: StatusCode| {
        let record = store.workflow_entity(wi);
        let context = format!("{}/$entity", call.page.context_url);
        Answer { status, body: page::entity(&record, &QueryOptions::default(), &context, call.page.include_future) }
    };
    match (call.method.as_str(), target) {
        ("POST", T::Workflows { deleted: false }) => {
            let body = json_object(call.body)?;
            check_workflow_body(&body, true)?;
            let wi = store.create_workflow(&body);
            Ok(entity(store, wi, StatusCode::CREATED))
        }
        ("PATCH", T::Workflow { wi, deleted: false }) => {
            let body = json_object(call.body)?;
            check_workflow_body(&body, false)?;
            for key in body.keys() {
                if !["displayName", "description", "isEnabled", "isSchedulingEnabled"].contains(&key.as_str()) {
                    return Err(GraphError::bad_request(format!("Property '{key}' cannot be updated with PATCH.")).with_inner_code("PropertyNotUpdatable"));
                }
            }
            store.update_workflow(*wi, &body);
            Ok(no_content)
        }
        ("DELETE", T::Workflow { wi, deleted: false }) => {
            store.delete_workflow(*wi);
            Ok(no_content)
        }
        ("DELETE", T::Workflow { wi, deleted: true }) => {
            store.purge_workflow(*wi);
            Ok(no_content)
        }
        ("POST", T::Restore(wi)) => {
            store.restore_workflow(*wi);
            Ok(entity(store, *wi, status))
        }
        ("POST", T::Activate(wi)) => {
            let body = json_object(call.body)?;
            let subjects = body.get("subjects").and_then(Value::as_array).ok_or_else(|| {
                GraphError::bad_request("The body needs a 'subjects' array of users.").with_inner_code("InvalidRequestBody")
            })?;
            let ids: Vec<String> = subjects.iter().filter_map(|s| s.get("id").and_then(Value::as_str)).map(str::to_owned).collect();
            if ids.is_empty() || ids.len() != subjects.len() {
                return Err(GraphError::bad_request("Every subject needs an 'id'.").with_inner_code("InvalidRequestBody"));
            }
            store.activate(*wi, &ids);
            Ok(no_content)
        }
        ("POST", T::CreateNewVersion(wi)) => {
            let body = json_object(call.body)?;
            let workflow = body.get("workflow").and_then(Value::as_object).ok_or_else(|| {
                GraphError::bad_request("The body needs a 'workflow' object.").with_inner_code("InvalidRequestBody")
            })?;
            check_workflow_body(workflow, false)?;
            store.new_version(*wi, workflow);
            Ok(entity(store, *wi, status))
        }
        ("POST", T::Resume(wi, at)) => {
            let body = json_object(call.body)?;
            let outcome = body.get("data").and_then(|d| d.get("operationStatus")).and_then(Value::as_str);
            let succeeded = match outcome {
                Some("completed") => true,
                Some("failed") => false,
                _ => {
                    return Err(GraphError::bad_request("data.operationStatus must be 'completed' or 'failed'.").with_inner_code("InvalidRequestBody"));
                }
            };
            store.resume(*wi, *at, succeeded);
            Ok(no_content)
        }
        _ => Err(not_implemented(call.method)),
    }
}

fn not_implemented(method: &Method) -> GraphError {
    GraphError::new(StatusCode::NOT_IMPLEMENTED, "NotImplemented", format!("The emulator has no {method} behaviour for this documented path."))
}

fn json_object(body: &[u8]) -> Result<Map<String, Value>, GraphError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(GraphError::bad_request("A request body is required.").with_inner_code("InvalidRequestBody"));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(GraphError::bad_request("The request body must be a JSON object.").with_inner_code("InvalidRequestBody")),
        Err(e) => Err(GraphError::bad_request(format!("The request body is not valid JSON: {e}.")).with_inner_code("InvalidRequestBody")),
    }
}

/// Type checks of a workflow body: what a decode into the model would refuse.
fn check_workflow_body(body: &Map<String, Value>, creating: bool) -> Result<(), GraphError> {
    let bad = |m: String| Err(GraphError::bad_request(m).with_inner_code("InvalidRequestBody"));
    let expect = |key: &str, ok: fn(&Value) -> bool| body.get(key).is_none_or(ok);
    for key in ["displayName", "description"] {
        if !expect(key, Value::is_string) {
            return bad(format!("Property '{key}' must be a string."));
        }
    }
    for key in ["isEnabled", "isSchedulingEnabled"] {
        if !expect(key, Value::is_boolean) {
            return bad(format!("Property '{key}' must be a boolean."));
        }
    }
    if !expect("category", |v| matches!(v.as_str(), Some("joiner" | "leaver"))) {
        return bad("Property 'category' must be 'joiner' or 'leaver'.".into());
    }
    if !expect("tasks", |v| v.as_array().is_some_and(|t| t.iter().all(Value::is_object))) {
        return bad("Property 'tasks' must be an array of task objects.".into());
    }
    if creating && !body.get("displayName").is_some_and(Value::is_string) {
        return bad("Property 'displayName' is required.".into());
    }
    Ok(())
}
