//! What each resolved target answers for each method.

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use lcw_models::beta::CustomTaskExtensionOperationStatus;
use serde_json::Value;

use serde_json::Map;

use super::bodies::{
    self, ActivationScope, WorkflowWrite, decode_task_update, decode_workflow, invalid_body,
    json_object,
};
use super::resolve::{self, Target};
use super::table::ApiVersion;
use super::table::Step;
use super::versioned::{ServedType, VersionedCollection};
use crate::clock::{self, Ticks};
use crate::data::listing::Listing;
use crate::data::store::{Insight, Owner, RunIx, Store, UserAt, WorkflowIx};
use crate::data::{catalog, policies};
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
    /// The parameters of an action's body, already checked against the operation's request
    /// body table ([`params::action_parameters`](super::params::action_parameters)); empty
    /// for a request that invokes no action.
    pub params: &'a Map<String, Value>,
    /// Success status the docs give the operation.
    pub success_status: u16,
    /// API version of the request.
    pub version: ApiVersion,
    /// Qualified name of the type the operation returns, if any.
    pub returns: Option<&'static str>,
    /// The operation's request body rules (`OperationInfo::body`).
    pub body_rules: &'static [lcw_models::BodyParam],
}

impl Call<'_> {
    /// The type answers are served as, in the request's version.
    fn served(&self) -> ServedType {
        ServedType::new(self.version, self.returns)
    }
}

/// Answers a read.
pub fn read(store: &Store, target: &Resolved, call: &Call<'_>) -> Result<Answer, GraphError> {
    refuse_hidden_members_in_filter(store, call)?;
    match target {
        Resolved::Core(target) => read_core(store, target, call),
        Resolved::More(more) => read_more(store, more, call),
    }
}

fn read_core(store: &Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
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
        T::Run(wi, ri) => store.runs(wi).get(ri.0).cloned(),
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
        T::Run(wi, ri) => Some(Owner::Run {
            workflow: wi,
            run: ri,
        }),
        T::UserResult(wi, at) => Some(Owner::UserResult(wi, at)),
        T::Task(wi, ti) => Some(Owner::Task {
            workflow: wi,
            task: ti,
        }),
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
pub fn write(store: &mut Store, target: &Resolved, call: &Call<'_>) -> Result<Answer, GraphError> {
    match target {
        Resolved::Core(target) => write_core(store, target, call),
        Resolved::More(more) => write_more(store, more, call),
    }
}

fn write_core(store: &mut Store, target: &Target, call: &Call<'_>) -> Result<Answer, GraphError> {
    use Target as T;
    let status = StatusCode::from_u16(call.success_status).unwrap_or(StatusCode::OK);
    let no_content = Answer {
        status: StatusCode::NO_CONTENT,
        body: String::new(),
    };
    let entity = |store: &Store, wi: WorkflowIx, status: StatusCode| {
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
                call.body_rules,
                call.page.include_future,
            )?;
            let wi = store.create_workflow(&workflow);
            Ok(entity(store, wi, StatusCode::CREATED))
        }
        ("PATCH", T::Workflow { wi, deleted: false }) => {
            let workflow = decode_workflow(
                &json_object(call.body)?,
                WorkflowWrite::Update,
                call.body_rules,
                call.page.include_future,
            )?;
            store.update_workflow(*wi, &workflow);
            Ok(no_content)
        }
        ("PATCH", T::Task(wi, ti)) => {
            let task = decode_task_update(&json_object(call.body)?, call.body_rules)?;
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
            let ids = bodies::subject_ids(call.params.get("subjects"), None)?;
            store.activate(*wi, &ids);
            Ok(no_content)
        }
        ("POST", T::CreateNewVersion(wi)) => {
            let workflow = call
                .params
                .get("workflow")
                .and_then(Value::as_object)
                .ok_or_else(|| invalid_body("The 'workflow' must be an object.".into()))?;
            // The `workflow` parameter is a whole definition; no table lists its properties.
            let workflow = decode_workflow(
                workflow,
                WorkflowWrite::NewVersion,
                &[],
                call.page.include_future,
            )?;
            store.new_version(*wi, &workflow);
            Ok(entity(store, *wi, status))
        }
        ("POST", T::Resume(wi, at)) => {
            let outcome = call
                .params
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

// ---- the container's other families: catalog, insights, subjects, reprocessed runs, actions ----

/// What a request path denotes: a target of the core resolver, or one of the families this
/// module resolves itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved {
    /// Workflows and everything below them, as [`resolve::resolve`] walks them.
    Core(Target),
    /// The other families.
    More(More),
}

/// A workflow action beyond `activate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `activateAndWait`
    ActivateAndWait,
    /// `activateWithScope`
    ActivateWithScope,
    /// `cancelProcessing`
    CancelProcessing,
    /// `clearQuarantine`
    ClearQuarantine,
    /// `previewWorkflow`
    Preview,
}

/// Targets of the families resolved here.
#[derive(Debug, Clone, PartialEq)]
pub enum More {
    /// `taskDefinitions`
    Definitions,
    /// One task definition.
    Definition(usize),
    /// `workflowTemplates`
    Templates,
    /// One template.
    Template(usize),
    /// `customTaskExtensions`
    Extensions,
    /// One custom task extension.
    Extension(usize),
    /// `settings`
    Settings,
    /// An insights function over a window.
    Insight(Insight, (Ticks, Ticks)),
    /// Subject processing results of a run, or of the run of a task report.
    Subjects(WorkflowIx, RunIx),
    /// One subject processing result.
    Subject(WorkflowIx, UserAt),
    /// `subjectProcessingResults/summary(...)` of a run.
    SubjectSummary(WorkflowIx, RunIx, (Ticks, Ticks)),
    /// Reprocessed runs of a subject of a deleted workflow (`of_run`: of one of them).
    Reprocessed {
        /// Workflow.
        wi: WorkflowIx,
        /// The user result.
        at: UserAt,
        /// The reprocessed run whose own reprocessed runs are listed.
        of_run: Option<RunIx>,
    },
    /// `.../reprocessedRuns/{id}/$ref`
    ReprocessedRef {
        /// Workflow.
        wi: WorkflowIx,
        /// The user result.
        at: UserAt,
        /// See [`More::Reprocessed`].
        of_run: Option<RunIx>,
        /// The run to unlink.
        run: RunIx,
    },
    /// A workflow action.
    Action(WorkflowIx, Action),
    /// `lifecyclePolicies`
    Policies,
    /// One policy (not deleted).
    Policy(usize),
    /// `deletedItems/lifecyclePolicies/{id}/restore`
    RestorePolicy(usize),
    /// Rules of a policy.
    Rules(usize),
    /// One rule of a policy.
    Rule(usize, usize),
    /// The report of a policy.
    Report(usize),
    /// The subjects of a policy's report.
    ReportSubjects(usize),
    /// `impact(...)` of a policy.
    Impact(usize, (Ticks, Ticks)),
    /// `lifecyclePolicyPriorityConfigurations`
    Priorities,
    /// One priority configuration.
    Priority(usize),
}

/// Resolves a matched path: the families of [`More`] here, everything else by the core
/// resolver.
pub fn resolve(store: &Store, steps: &[Step]) -> Result<Resolved, GraphError> {
    match resolve_more(store, steps)? {
        Some(more) => Ok(Resolved::More(more)),
        None => resolve::resolve(store, steps).map(Resolved::Core),
    }
}

fn step_name(step: &Step) -> Option<String> {
    match step {
        Step::Name(n) => Some(n.to_ascii_lowercase()),
        _ => None,
    }
}

fn step_key(step: Option<&Step>) -> Option<&str> {
    match step {
        Some(Step::Key(k)) => Some(k.as_str()),
        _ => None,
    }
}

fn resolve_more(store: &Store, steps: &[Step]) -> Result<Option<More>, GraphError> {
    let names: Vec<Option<String>> = steps.iter().map(step_name).collect();
    let name = |i: usize| names.get(i).cloned().flatten().unwrap_or_default();
    if name(0) != "identitygovernance" || name(1) != "lifecycleworkflows" {
        return Ok(None);
    }
    let rest = &steps[2..];
    let catalog = store.catalog();
    let key = step_key(rest.get(1));
    let more = match (name(2).as_str(), rest.len()) {
        ("taskdefinitions", 1) => More::Definitions,
        ("taskdefinitions", 2) => More::Definition(
            key.and_then(|k| catalog.definition(k))
                .ok_or_else(|| missing("taskDefinition", key))?,
        ),
        ("workflowtemplates", 1) => More::Templates,
        ("workflowtemplates", 2) => More::Template(
            key.and_then(|k| catalog.template(k))
                .ok_or_else(|| missing("workflowTemplate", key))?,
        ),
        ("customtaskextensions", 1) => More::Extensions,
        ("customtaskextensions", 2) => More::Extension(
            key.and_then(|k| catalog.extension(k))
                .ok_or_else(|| missing("customTaskExtension", key))?,
        ),
        ("settings", 1) => More::Settings,
        ("insights", 2) => match &rest[1] {
            Step::Call(f, args) => {
                let kind = match f.to_ascii_lowercase().as_str() {
                    "toptasksprocessedsummary" => Insight::TopTasks,
                    "topworkflowsprocessedsummary" => Insight::TopWorkflows,
                    "workflowsprocessedbycategory" => Insight::ByCategory,
                    "workflowsprocessedsummary" => Insight::Summary,
                    _ => return Ok(None),
                };
                More::Insight(kind, resolve::window(args)?)
            }
            _ => return Ok(None),
        },
        ("workflows", 3) => {
            let action = match name(4).as_str() {
                "activateandwait" => Action::ActivateAndWait,
                "activatewithscope" => Action::ActivateWithScope,
                "cancelprocessing" => Action::CancelProcessing,
                "clearquarantine" => Action::ClearQuarantine,
                "previewworkflow" => Action::Preview,
                _ => return Ok(None),
            };
            match resolve::resolve(store, &steps[..4])? {
                Target::Workflow { wi, deleted: false } => More::Action(wi, action),
                _ => return Ok(None),
            }
        }
        ("workflows", 5..=6) if name(6) == "subjectprocessingresults" => {
            let (wi, ri) = match resolve::resolve(store, &steps[..6])? {
                Target::Run(wi, ri) => (wi, ri),
                Target::TaskReport(wi, at) => (wi, at.run),
                _ => return Ok(None),
            };
            match steps.get(7) {
                None => More::Subjects(wi, ri),
                Some(Step::Key(id)) => More::Subject(
                    wi,
                    store
                        .user_result(wi, id, Some(ri))
                        .ok_or_else(|| missing("subjectProcessingResult", Some(id)))?,
                ),
                Some(Step::Call(f, args))
                    if f.eq_ignore_ascii_case("summary") && name(4) == "runs" =>
                {
                    More::SubjectSummary(wi, ri, resolve::window(args)?)
                }
                Some(_) => return Ok(None),
            }
        }
        ("lifecyclepolicies", 1) => More::Policies,
        ("lifecyclepolicies", 2..=4) => {
            let policies = &catalog.policies;
            let i = key
                .and_then(|k| policies.find(k, false))
                .ok_or_else(|| missing("lifecyclePolicy", key))?;
            match (rest.get(2), rest.get(3)) {
                (None, _) => More::Policy(i),
                (Some(Step::Name(n)), None) if n.eq_ignore_ascii_case("rules") => More::Rules(i),
                (Some(Step::Name(n)), Some(Step::Key(id))) if n.eq_ignore_ascii_case("rules") => {
                    More::Rule(
                        i,
                        policies.items[i]
                            .rule(id)
                            .ok_or_else(|| missing("lifecyclePolicyRule", Some(id)))?,
                    )
                }
                (Some(Step::Name(n)), None) if n.eq_ignore_ascii_case("report") => More::Report(i),
                (Some(Step::Name(n)), Some(Step::Name(m)))
                    if n.eq_ignore_ascii_case("report") && m.eq_ignore_ascii_case("subjects") =>
                {
                    More::ReportSubjects(i)
                }
                (Some(Step::Call(f, args)), None) if f.eq_ignore_ascii_case("impact") => {
                    More::Impact(i, resolve::window(args)?)
                }
                _ => return Ok(None),
            }
        }
        ("deleteditems", 4) if name(3) == "lifecyclepolicies" && name(5) == "restore" => {
            let id = step_key(rest.get(2));
            More::RestorePolicy(
                id.and_then(|k| catalog.policies.find(k, true))
                    .ok_or_else(|| missing("lifecyclePolicy", id))?,
            )
        }
        ("lifecyclepolicypriorityconfigurations", 1) => More::Priorities,
        ("lifecyclepolicypriorityconfigurations", 2) => More::Priority(
            key.and_then(|k| catalog.policies.priority(k))
                .ok_or_else(|| missing("lifecyclePolicyPriorityConfiguration", key))?,
        ),
        ("deleteditems", 6..) if name(3) == "workflows" && name(5) == "executionscope" => {
            let wi = match resolve::resolve(store, &steps[..5])? {
                Target::Workflow { wi, deleted: true } => wi,
                _ => return Ok(None),
            };
            let id = step_key(steps.get(6)).unwrap_or_default();
            let at = store
                .user_result(wi, id, None)
                .filter(|at| Some(at.run) == store.latest_run(wi))
                .ok_or_else(|| missing("userProcessingResult", Some(id)))?;
            if name(7) != "reprocessedruns" {
                return Ok(None);
            }
            let run_in = |of_run: Option<RunIx>, id: Option<&str>| {
                id.and_then(|id| store.run(wi, id))
                    .filter(|ri| store.reprocessed_runs(wi, at, of_run).contains(ri))
                    .ok_or_else(|| missing("run", id))
            };
            let tail: Vec<String> = (8..steps.len()).map(name).collect();
            match tail
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice()
            {
                [] => More::Reprocessed {
                    wi,
                    at,
                    of_run: None,
                },
                ["", "$ref"] => More::ReprocessedRef {
                    wi,
                    at,
                    of_run: None,
                    run: run_in(None, step_key(steps.get(8)))?,
                },
                ["", "reprocessedruns"] => More::Reprocessed {
                    wi,
                    at,
                    of_run: Some(run_in(None, step_key(steps.get(8)))?),
                },
                ["", "reprocessedruns", "", "$ref"] => {
                    let of_run = run_in(None, step_key(steps.get(8)))?;
                    More::ReprocessedRef {
                        wi,
                        at,
                        of_run: Some(of_run),
                        run: run_in(Some(of_run), step_key(steps.get(10)))?,
                    }
                }
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(more))
}

fn missing(kind: &str, id: Option<&str>) -> GraphError {
    resolve::missing(kind, id.unwrap_or_default())
}

fn records(store: &Store, maps: &[Map<String, Value>]) -> Vec<Arc<Record>> {
    maps.iter()
        .map(|m| Arc::new(store.make_record(m.clone())))
        .collect()
}

fn list_answer(records: Vec<Arc<Record>>, call: &Call<'_>) -> Result<Answer, GraphError> {
    let versioned = VersionedCollection {
        inner: &records,
        served: call.served(),
    };
    let body = page::collection_page(&versioned, call.options, &call.page)?;
    Ok(Answer {
        status: StatusCode::OK,
        body,
    })
}

fn entity_answer(
    record: Arc<Record>,
    status: StatusCode,
    call: &Call<'_>,
    options: &QueryOptions,
) -> Answer {
    let record = call.served().record(record);
    let context = format!("{}/$entity", call.page.context_url);
    Answer {
        status,
        body: page::entity(
            &record,
            options,
            &context,
            call.page.include_future,
            &|_| None,
        ),
    }
}

fn read_more(store: &Store, more: &More, call: &Call<'_>) -> Result<Answer, GraphError> {
    let catalog = store.catalog();
    let one = |map: &Map<String, Value>| {
        Ok(entity_answer(
            Arc::new(store.make_record(map.clone())),
            StatusCode::OK,
            call,
            call.options,
        ))
    };
    match more {
        More::Definitions => list_answer(records(store, &catalog.definitions), call),
        More::Definition(i) => one(&catalog.definitions[*i]),
        More::Templates => list_answer(records(store, &catalog.templates), call),
        More::Template(i) => one(&catalog.templates[*i]),
        More::Extensions => list_answer(records(store, &catalog.extensions), call),
        More::Extension(i) => one(&catalog.extensions[*i]),
        More::Settings => one(&catalog.settings),
        More::Insight(kind, window) => {
            let found = store.insight(*kind, *window);
            match kind {
                Insight::TopTasks | Insight::TopWorkflows => list_answer(found, call),
                Insight::Summary | Insight::ByCategory => {
                    let record = found
                        .into_iter()
                        .next()
                        .ok_or_else(|| GraphError::not_found("Nothing to summarize."))?;
                    Ok(entity_answer(record, StatusCode::OK, call, call.options))
                }
            }
        }
        More::Subjects(wi, ri) => {
            let found = store
                .subjects_of_run(*wi, *ri)
                .into_iter()
                .filter_map(|at| store.subject_entity(*wi, at))
                .collect();
            list_answer(found, call)
        }
        More::Subject(wi, at) => {
            let record = store.subject_entity(*wi, *at).ok_or_else(|| {
                GraphError::not_found("The resource does not exist.")
                    .with_inner_code("ResourceNotFound")
            })?;
            Ok(entity_answer(record, StatusCode::OK, call, call.options))
        }
        More::SubjectSummary(wi, ri, window) => Ok(entity_answer(
            Arc::new(store.subject_summary(*wi, *ri, *window)),
            StatusCode::OK,
            call,
            call.options,
        )),
        More::Reprocessed { wi, at, of_run } => {
            let runs = store.runs(*wi);
            let found = store
                .reprocessed_runs(*wi, *at, *of_run)
                .into_iter()
                .filter_map(|ri| runs.get(ri.0).cloned())
                .collect();
            list_answer(found, call)
        }
        More::Policies => {
            let policies = &catalog.policies;
            let maps: Vec<Map<String, Value>> = policies
                .live()
                .into_iter()
                .map(|i| policies.items[i].served())
                .collect();
            list_answer(records(store, &maps), call)
        }
        More::Policy(i) => one(&catalog.policies.items[*i].served()),
        More::Rules(i) => list_answer(records(store, &catalog.policies.items[*i].rules), call),
        More::Rule(i, r) => one(&catalog.policies.items[*i].rules[*r]),
        More::Report(i) => one(&catalog.policies.report(*i)),
        More::ReportSubjects(i) => {
            list_answer(records(store, &catalog.policies.subject_reports(*i)), call)
        }
        More::Impact(i, window) => {
            list_answer(records(store, &catalog.policies.impact(*i, *window)), call)
        }
        More::Priorities => {
            let policies = &catalog.policies;
            let maps: Vec<Map<String, Value>> = (0..policies.priorities.len())
                .map(|i| policies.priority_object(i))
                .collect();
            list_answer(records(store, &maps), call)
        }
        More::Priority(i) => one(&catalog.policies.priority_object(*i)),
        More::ReprocessedRef { .. } | More::Action(..) | More::RestorePolicy(_) => {
            Err(not_implemented(call.method))
        }
    }
}

fn write_more(store: &mut Store, more: &More, call: &Call<'_>) -> Result<Answer, GraphError> {
    let no_content = Answer {
        status: StatusCode::NO_CONTENT,
        body: String::new(),
    };
    let none = QueryOptions::default();
    match (call.method.as_str(), more) {
        ("POST", More::Extensions) => {
            let body = json_object(call.body)?;
            let fields = bodies::decode_extension(&body, call.body_rules)?;
            let id = store.new_id();
            let now = clock::now();
            let creator = store
                .data()
                .users
                .first()
                .map(|u| u.id.clone())
                .unwrap_or_default();
            let mut object = catalog::extension_object(&id, "", "", now, &creator);
            object.remove("endpointConfiguration");
            object.remove("authenticationConfiguration");
            object.remove("clientConfiguration");
            object.remove("callbackConfiguration");
            object.remove("description");
            catalog::merge(&mut object, &fields);
            store.catalog_mut().extensions.push(object.clone());
            let record = Arc::new(store.make_record(object));
            Ok(entity_answer(record, StatusCode::CREATED, call, &none))
        }
        ("PATCH", More::Extension(i)) => {
            let body = json_object(call.body)?;
            let fields = bodies::decode_extension(&body, call.body_rules)?;
            let now = clock::format_rfc3339(clock::now());
            let object = &mut store.catalog_mut().extensions[*i];
            catalog::merge(object, &fields);
            object.insert("lastModifiedDateTime".into(), Value::String(now));
            Ok(no_content)
        }
        ("DELETE", More::Extension(i)) => {
            store.catalog_mut().extensions.remove(*i);
            Ok(no_content)
        }
        ("PATCH", More::Settings) => {
            let body = json_object(call.body)?;
            let fields = bodies::decode_settings(&body, call.body_rules)?;
            catalog::merge(&mut store.catalog_mut().settings, &fields);
            Ok(no_content)
        }
        (
            "DELETE",
            More::ReprocessedRef {
                wi,
                at,
                of_run,
                run,
            },
        ) => {
            store.unlink_reprocessed(*wi, *at, *of_run, *run);
            Ok(no_content)
        }
        ("POST", More::Action(wi, action)) => act(store, *wi, *action, call),
        ("POST", More::Policies) => {
            let body = json_object(call.body)?;
            let (fields, rules) = bodies::decode_policy(&body, call.body_rules)?;
            let id = store.new_id();
            let now = clock::now();
            let mut object = policies::policy_object(&id, "", "", Value::Null, now);
            object.remove("enforcementAction");
            object.remove("notificationSchedule");
            object.remove("description");
            catalog::merge(&mut object, &fields);
            let mut made = Vec::new();
            for (kind, settings) in rules {
                let mut rule = policies::rule_object(&store.new_id(), kind, 1);
                rule.remove(kind.2);
                rule.extend(settings);
                made.push(rule);
            }
            let policy = policies::Policy {
                object,
                rules: made,
                deleted: None,
            };
            let served = policy.served();
            store.catalog_mut().policies.push(policy);
            let record = Arc::new(store.make_record(served));
            Ok(entity_answer(record, StatusCode::CREATED, call, &none))
        }
        ("PATCH", More::Policy(i)) => {
            let body = json_object(call.body)?;
            let (fields, _) = bodies::decode_policy(&body, call.body_rules)?;
            let now = clock::format_rfc3339(clock::now());
            let policy = &mut store.catalog_mut().policies.items[*i];
            catalog::merge(&mut policy.object, &fields);
            let version = policy.object.get("versionNumber").and_then(Value::as_i64);
            policy.object.insert(
                "versionNumber".into(),
                Value::from(version.unwrap_or(0) + 1),
            );
            policy
                .object
                .insert("lastModifiedDateTime".into(), Value::String(now));
            Ok(no_content)
        }
        ("DELETE", More::Policy(i)) => {
            store.catalog_mut().policies.delete(*i, clock::now());
            Ok(no_content)
        }
        ("POST", More::RestorePolicy(i)) => {
            store.catalog_mut().policies.restore(*i);
            let served = store.catalog().policies.items[*i].served();
            let record = Arc::new(store.make_record(served));
            Ok(entity_answer(record, StatusCode::OK, call, &none))
        }
        ("PATCH", More::Rule(i, r)) => {
            let body = json_object(call.body)?;
            let rule = &store.catalog().policies.items[*i].rules[*r];
            let kind = rule
                .get("@odata.type")
                .and_then(Value::as_str)
                .and_then(policies::rule_kind)
                .ok_or_else(|| not_implemented(call.method))?;
            let fields = bodies::decode_rule(&body, kind)?;
            catalog::merge(
                &mut store.catalog_mut().policies.items[*i].rules[*r],
                &fields,
            );
            Ok(no_content)
        }
        ("PATCH", More::Priority(i)) => {
            let body = json_object(call.body)?;
            let ordered = bodies::decode_priority(&body, call.body_rules)?;
            store
                .catalog_mut()
                .policies
                .reorder(*i, &ordered)
                .map_err(invalid_body)?;
            Ok(no_content)
        }
        _ => Err(not_implemented(call.method)),
    }
}

fn act(
    store: &mut Store,
    wi: WorkflowIx,
    action: Action,
    call: &Call<'_>,
) -> Result<Answer, GraphError> {
    let no_content = Answer {
        status: StatusCode::NO_CONTENT,
        body: String::new(),
    };
    match action {
        Action::ActivateWithScope => {
            let scope = match (call.params.get("scope"), call.params.get("subjects")) {
                (Some(scope), None) => bodies::activation_scope(scope)?,
                (None, subjects) => ActivationScope::Users(bodies::subject_ids(subjects, None)?),
                (Some(_), Some(_)) => {
                    return Err(invalid_body(
                        "Send either 'scope' or 'subjects', not both.".into(),
                    ));
                }
            };
            let ids = match scope {
                ActivationScope::Users(ids) => ids,
                // The users of the processing results named (results the workflow does not
                // have are skipped, like unknown users).
                ActivationScope::ProcessingResults(results) => results
                    .iter()
                    .filter_map(|id| store.user_result(wi, id, None))
                    .filter_map(|at| store.subject_of(wi, at))
                    .collect(),
            };
            store.activate(wi, &ids);
            Ok(no_content)
        }
        Action::Preview => {
            // A preview changes nothing; it only checks the subjects.
            bodies::subject_ids(call.params.get("subjects"), Some(10))?;
            Ok(no_content)
        }
        Action::CancelProcessing => {
            let run = bodies::cancel_scope_run(call.params.get("scope"))?;
            let ri = store.run(wi, &run).ok_or_else(|| {
                GraphError::not_found(format!("The run with id '{run}' does not exist."))
                    .with_inner_code("ResourceNotFound")
            })?;
            if !store.cancel_run(wi, ri) {
                return Err(GraphError::bad_request(format!(
                    "The run '{run}' has finished; there is nothing left to cancel."
                ))
                .with_inner_code("RunNotCancelable"));
            }
            Ok(no_content)
        }
        Action::ClearQuarantine => {
            store.clear_quarantine(wi);
            let record = store.workflow_entity(wi);
            Ok(entity_answer(
                record,
                StatusCode::OK,
                call,
                &QueryOptions::default(),
            ))
        }
        Action::ActivateAndWait => {
            let subject = bodies::awaited_subject(call.params.get("subject"))?;
            let awaited = store.activate_and_wait(wi, &subject.1);
            let mut result = lcw_models::beta::AwaitedWorkflowProcessingResult::default();
            result.processing_status = Some(
                lcw_models::beta::LifecycleWorkflowProcessingStatus::from(awaited.status.as_str()),
            )
            .into();
            result.status_reasons = Some(awaited.reasons).into();
            let mut object = crate::data::render::to_object(&result);
            object.insert("subject".into(), Value::Object(subject.0));
            Ok(entity_answer(
                Arc::new(store.make_record(object)),
                StatusCode::OK,
                call,
                &QueryOptions::default(),
            ))
        }
    }
}
