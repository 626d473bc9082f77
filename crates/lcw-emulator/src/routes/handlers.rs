//! What each resolved target answers for each method.

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use lcw_models::beta::CustomTaskExtensionOperationStatus;
use serde_json::Value;

use super::bodies::{
    WorkflowWrite, decode_task_update, decode_workflow, invalid_body, json_object,
};
use super::resolve::Target;
use super::table::ApiVersion;
use super::versioned::{ServedType, VersionedCollection};
use crate::data::listing::Listing;
use crate::data::store::{Owner, Store};
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
    /// API version of the request.
    pub version: ApiVersion,
    /// Qualified name of the type the operation returns, if any.
    pub returns: Option<&'static str>,
}

impl Call<'_> {
    /// The type answers are served as, in the request's version.
    fn served(&self) -> ServedType {
        ServedType::new(self.version, self.returns)
    }
}

/// Answers a read.
pub fn read(store: &Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
    refuse_hidden_members_in_filter(store, call)?;
    let record: Option<Arc<Record>> = match *target {
        T::List(listing) => {
            let collection = store.collection(listing);
            let versioned = VersionedCollection {
                inner: &collection,
                served: call.served(),
            };
            let body = page::collection_page(&versioned, call.options, &call.page)?;
            return Ok(Answer {
                status: StatusCode::OK,
                body,
            });
        }
        T::Workflow { wi, .. } => Some(store.workflow_entity(wi)),
        T::Run(wi, ri) => store.runs(wi).get(ri).cloned(),
        T::UserResult(wi, at) => store.user_result_entity(wi, at),
        T::Task(wi, ti) => store.task_entity(wi, ti),
        T::Version(wi, n) => Some(store.version_entity(wi, n)),
        T::RunSummary(wi, window) => Some(Arc::new(store.run_summary(wi, window))),
        T::UserSummary(wi, window) => Some(Arc::new(store.user_summary(wi, window))),
        T::TaskReportSummary(wi, window) => Some(Arc::new(store.task_report_summary(wi, window))),
        _ => return Err(not_implemented(call.method)),
    };
    let record = record.ok_or_else(|| {
        GraphError::not_found("The resource does not exist.").with_inner_code("ResourceNotFound")
    })?;
    let served = call.served();
    let record = served.record(record);
    let owner = match *target {
        T::Workflow { wi, .. } => Some(Owner::Workflow(wi)),
        T::Run(wi, ri) => Some(Owner::Run(wi, ri)),
        T::UserResult(wi, at) => Some(Owner::UserResult(wi, at)),
        T::Task(wi, ti) => Some(Owner::Task(wi, ti)),
        T::Version(wi, n) => Some(Owner::Version(wi, n)),
        _ => None,
    };
    let related = |name: &str| {
        store
            .related(owner?, name, call.page.include_future)
            .map(|v| served.related(name, v))
    };
    let context = format!("{}/$entity", call.page.context_url);
    Ok(Answer {
        status: StatusCode::OK,
        body: page::entity(
            &record,
            call.options,
            &context,
            call.page.include_future,
            &related,
        ),
    })
}

/// A member listed after `unknownFutureValue` may be named in `$filter` only by a caller that
/// sees such members (`Prefer: include-unknown-enum-members`); others get a `400`, as the
/// evolvable enum guidance asks.
fn refuse_hidden_members_in_filter(store: &Store, call: &Call<'_>) -> Result<(), GraphError> {
    if call.page.include_future {
        return Ok(());
    }
    let strings = call.options.filter_strings();
    let hidden = strings.iter().find(|(property, text)| {
        text.split(',')
            .any(|member| store.is_after_sentinel(property, member.trim()))
    });
    match hidden {
        Some((property, text)) => Err(GraphError::bad_request(format!(
            "'{text}' of property '{property}' is listed after unknownFutureValue; filter on it with the header 'Prefer: include-unknown-enum-members'."
        ))
        .with_inner_code("InvalidFilterValue")),
        None => Ok(()),
    }
}

/// Answers a write.
pub fn write(store: &mut Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
    let status = StatusCode::from_u16(call.success_status).unwrap_or(StatusCode::OK);
    let no_content = Answer {
        status: StatusCode::NO_CONTENT,
        body: String::new(),
    };
    let entity = |store: &Store, wi: usize, status: StatusCode| {
        // Every write that answers with a body answers with the workflow.
        let served = ServedType::new(
            call.version,
            Some(<lcw_models::beta::Workflow as lcw_models::GraphType>::ODATA_TYPE),
        );
        let record = served.record(store.workflow_entity(wi));
        let context = format!("{}/$entity", call.page.context_url);
        Answer {
            status,
            body: page::entity(
                &record,
                &QueryOptions::default(),
                &context,
                call.page.include_future,
                &|_| None,
            ),
        }
    };
    match (call.method.as_str(), target) {
        ("POST", T::List(Listing::Workflows { deleted: false })) => {
            let workflow = decode_workflow(
                &json_object(call.body)?,
                WorkflowWrite::Create,
                call.page.include_future,
            )?;
            let wi = store.create_workflow(&workflow);
            Ok(entity(store, wi, StatusCode::CREATED))
        }
        ("PATCH", T::Workflow { wi, deleted: false }) => {
            let workflow = decode_workflow(
                &json_object(call.body)?,
                WorkflowWrite::Update,
                call.page.include_future,
            )?;
            store.update_workflow(*wi, &workflow);
            Ok(no_content)
        }
        ("PATCH", T::Task(wi, ti)) => {
            let task = decode_task_update(&json_object(call.body)?)?;
            store.update_task(*wi, *ti, &task);
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
            let subjects = body
                .get("subjects")
                .and_then(Value::as_array)
                .ok_or_else(|| {
                    invalid_body("The body needs a 'subjects' array of users.".into())
                })?;
            let ids: Vec<String> = subjects
                .iter()
                .filter_map(|s| s.get("id").and_then(Value::as_str))
                .map(str::to_owned)
                .collect();
            if ids.is_empty() || ids.len() != subjects.len() {
                return Err(invalid_body("Every subject needs an 'id'.".into()));
            }
            store.activate(*wi, &ids);
            Ok(no_content)
        }
        ("POST", T::CreateNewVersion(wi)) => {
            let body = json_object(call.body)?;
            let workflow = body
                .get("workflow")
                .and_then(Value::as_object)
                .ok_or_else(|| invalid_body("The body needs a 'workflow' object.".into()))?;
            let workflow = decode_workflow(
                workflow,
                WorkflowWrite::NewVersion,
                call.page.include_future,
            )?;
            store.new_version(*wi, &workflow);
            Ok(entity(store, *wi, status))
        }
        ("POST", T::Resume(wi, at)) => {
            let body = json_object(call.body)?;
            let outcome = body
                .get("data")
                .and_then(|d| d.get("operationStatus"))
                .and_then(Value::as_str);
            // Members match regardless of case: the resume page's own example sends `Completed`.
            let member = outcome.and_then(|text| {
                CustomTaskExtensionOperationStatus::KNOWN
                    .iter()
                    .find(|m| m.as_str().eq_ignore_ascii_case(text))
            });
            let succeeded = match member {
                Some(CustomTaskExtensionOperationStatus::Completed) => true,
                Some(CustomTaskExtensionOperationStatus::Failed) => false,
                _ => {
                    return Err(invalid_body(
                        "data.operationStatus must be 'completed' or 'failed'.".into(),
                    ));
                }
            };
            store.resume(*wi, *at, succeeded);
            Ok(no_content)
        }
        _ => Err(not_implemented(call.method)),
    }
}

fn not_implemented(method: &Method) -> GraphError {
    GraphError::new(
        StatusCode::NOT_IMPLEMENTED,
        "NotImplemented",
        format!("The emulator has no {method} behaviour for this documented path."),
    )
}
