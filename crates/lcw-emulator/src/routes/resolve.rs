//! Walks the steps of a matched path through the store: `workflows` -> `{id}` -> `runs` ...
//! The route table says which paths exist; this says what each one denotes.

use super::table::Step;
use crate::clock::{self, Ticks};
use crate::data::listing::Listing;
use crate::data::store::{
    ReportAt, RunIx, Store, TaskIx, TaskResultAt, UserAt, VersionIx, WorkflowIx,
};
use crate::errors::GraphError;

/// What a request path denotes.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// The lifecycle workflows container (an intermediate step only).
    Container,
    /// `deletedItems` (an intermediate step only).
    DeletedItems,
    /// A collection.
    List(Listing),
    /// One workflow.
    Workflow {
        /// Workflow index.
        wi: WorkflowIx,
        /// In the deleted items container.
        deleted: bool,
    },
    /// One run.
    Run(WorkflowIx, RunIx),
    /// `runs/summary(...)`
    RunSummary(WorkflowIx, (Ticks, Ticks)),
    /// One user result.
    UserResult(WorkflowIx, UserAt),
    /// `userProcessingResults/summary(...)`
    UserSummary(WorkflowIx, (Ticks, Ticks)),
    /// One task report (run, task).
    TaskReport(WorkflowIx, ReportAt),
    /// `taskReports/summary(...)`
    TaskReportSummary(WorkflowIx, (Ticks, Ticks)),
    /// One task.
    Task(WorkflowIx, TaskIx),
    /// One task result reached through its task.
    TaskResult(WorkflowIx, TaskResultAt),
    /// One version.
    Version(WorkflowIx, VersionIx),
    /// `workflows/{id}/activate`
    Activate(WorkflowIx),
    /// `workflows/{id}/createNewVersion`
    CreateNewVersion(WorkflowIx),
    /// `deletedItems/workflows/{id}/restore`
    Restore(WorkflowIx),
    /// `.../taskProcessingResults/{id}/resume`
    Resume(WorkflowIx, TaskResultAt),
}

/// Resolves `steps` against the store; unknown ids are `404`, bad function arguments `400`.
pub fn resolve(store: &Store, steps: &[Step]) -> Result<Target, GraphError> {
    let mut target: Option<Target> = None;
    for step in steps {
        target = Some(next(store, target, step)?);
    }
    target.ok_or_else(|| GraphError::not_found("The path names no resource."))
}

fn next(store: &Store, current: Option<Target>, step: &Step) -> Result<Target, GraphError> {
    use Listing as L;
    use Target as T;
    let name = match step {
        Step::Name(n) => n.as_str(),
        _ => "",
    };
    let key = match step {
        Step::Key(k) => Some(k.as_str()),
        _ => None,
    };
    Ok(match (current, step) {
        (None, Step::Name(_)) if name.eq_ignore_ascii_case("identityGovernance") => T::Container,
        (Some(T::Container), Step::Name(_)) if name.eq_ignore_ascii_case("lifecycleWorkflows") => {
            T::Container
        }
        (Some(T::Container), Step::Name(_)) if name.eq_ignore_ascii_case("deletedItems") => {
            T::DeletedItems
        }
        (Some(T::Container), Step::Name(_)) if is(name, "workflows") => {
            T::List(L::Workflows { deleted: false })
        }
        (Some(T::DeletedItems), Step::Name(_)) if is(name, "workflows") => {
            T::List(L::Workflows { deleted: true })
        }
        (Some(T::List(L::Workflows { deleted })), Step::Key(id)) => {
            let wi = store
                .workflow(id, deleted)
                .ok_or_else(|| missing("workflow", id))?;
            T::Workflow { wi, deleted }
        }
        (Some(T::Workflow { wi, deleted: false }), Step::Name(_)) => {
            match name.to_ascii_lowercase().as_str() {
                "runs" => T::List(L::Runs(wi)),
                "userprocessingresults" => T::List(L::UserResults(wi, None)),
                "taskreports" => T::List(L::TaskReports(wi)),
                "tasks" => T::List(L::Tasks(wi)),
                "versions" => T::List(L::Versions(wi)),
                "executionscope" => T::List(L::ExecutionScope(wi)),
                "activate" => T::Activate(wi),
                "createnewversion" => T::CreateNewVersion(wi),
                _ => return Err(unknown_segment(name)),
            }
        }
        (Some(T::Workflow { wi, deleted: true }), Step::Name(_)) if is(name, "restore") => {
            T::Restore(wi)
        }
        // A deleted workflow keeps its execution scope (the reprocessed runs hang under it).
        (Some(T::Workflow { wi, deleted: true }), Step::Name(_)) if is(name, "executionScope") => {
            T::List(L::ExecutionScope(wi))
        }
        (Some(T::List(L::Runs(wi))), Step::Key(id)) => {
            T::Run(wi, store.run(wi, id).ok_or_else(|| missing("run", id))?)
        }
        (Some(T::List(L::Runs(wi))), Step::Call(f, args)) if is(f, "summary") => {
            T::RunSummary(wi, window(args)?)
        }
        (Some(T::Run(wi, ri)), Step::Name(_)) if is(name, "taskProcessingResults") => {
            T::List(L::TaskResultsOfRun(wi, ri))
        }
        (Some(T::Run(wi, ri)), Step::Name(_)) if is(name, "userProcessingResults") => {
            T::List(L::UserResults(wi, Some(ri)))
        }
        (Some(T::List(L::UserResults(wi, run))), Step::Key(id)) => T::UserResult(
            wi,
            store
                .user_result(wi, id, run)
                .ok_or_else(|| missing("userProcessingResult", id))?,
        ),
        (Some(T::List(L::UserResults(wi, None))), Step::Call(f, args)) if is(f, "summary") => {
            T::UserSummary(wi, window(args)?)
        }
        (Some(T::UserResult(wi, at)), Step::Name(_)) if is(name, "taskProcessingResults") => {
            T::List(L::TaskResultsOfUser(wi, at))
        }
        (Some(T::List(L::TaskReports(wi))), Step::Key(id)) => T::TaskReport(
            wi,
            store
                .task_report(wi, id)
                .ok_or_else(|| missing("taskReport", id))?,
        ),
        (Some(T::List(L::TaskReports(wi))), Step::Call(f, args)) if is(f, "summary") => {
            T::TaskReportSummary(wi, window(args)?)
        }
        (Some(T::TaskReport(wi, at)), Step::Name(_)) if is(name, "taskProcessingResults") => {
            T::List(L::TaskResultsOfReport(wi, at))
        }
        (Some(T::List(L::Tasks(wi))), Step::Key(id)) => {
            T::Task(wi, store.task(wi, id).ok_or_else(|| missing("task", id))?)
        }
        (Some(T::Task(wi, ti)), Step::Name(_)) if is(name, "taskProcessingResults") => {
            T::List(L::TaskResultsOfTask(wi, ti))
        }
        (Some(T::List(L::TaskResultsOfTask(wi, ti))), Step::Key(id)) => T::TaskResult(
            wi,
            store
                .task_result_of_task(wi, ti, id)
                .ok_or_else(|| missing("taskProcessingResult", id))?,
        ),
        (Some(T::TaskResult(wi, at)), Step::Name(_)) if is(name, "resume") => T::Resume(wi, at),
        (Some(T::List(L::Versions(wi))), Step::Key(n)) => T::Version(
            wi,
            store
                .version(wi, n)
                .ok_or_else(|| missing("workflowVersion", n))?,
        ),
        // A version's tasks are the workflow's current ones: versions keep no task history.
        (Some(T::Version(wi, _)), Step::Name(_)) if is(name, "tasks") => T::List(L::Tasks(wi)),
        (_, Step::Call(f, _)) => return Err(unknown_segment(f)),
        (_, _) => return Err(unknown_segment(key.unwrap_or(name))),
    })
}

fn is(actual: &str, expected: &str) -> bool {
    actual.eq_ignore_ascii_case(expected)
}

pub(super) fn missing(kind: &str, id: &str) -> GraphError {
    GraphError::not_found(format!("The {kind} with id '{id}' does not exist."))
        .with_inner_code("ResourceNotFound")
}

fn unknown_segment(segment: &str) -> GraphError {
    GraphError::not_found(format!("Resource not found for the segment '{segment}'."))
        .with_inner_code("ResourceNotFound")
}

/// Reads `startDateTime` and `endDateTime` (any order, any case) into a half-open window.
pub(super) fn window(args: &[(String, String)]) -> Result<(Ticks, Ticks), GraphError> {
    let get = |name: &str| -> Result<Ticks, GraphError> {
        let raw = args
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str());
        let Some(raw) = raw else {
            return Err(GraphError::bad_request(format!(
                "The function parameter '{name}' is missing."
            ))
            .with_inner_code("MissingFunctionParameter"));
        };
        clock::parse_rfc3339(raw).ok_or_else(|| {
            GraphError::bad_request(format!(
                "The value '{raw}' of parameter '{name}' is not a valid DateTimeOffset."
            ))
            .with_inner_code("InvalidFunctionParameter")
        })
    };
    for (k, _) in args {
        if !k.eq_ignore_ascii_case("startDateTime") && !k.eq_ignore_ascii_case("endDateTime") {
            return Err(
                GraphError::bad_request(format!("Unknown function parameter '{k}'."))
                    .with_inner_code("InvalidFunctionParameter"),
            );
        }
    }
    let (start, end) = (get("startDateTime")?, get("endDateTime")?);
    if end < start {
        return Err(
            GraphError::bad_request("endDateTime is earlier than startDateTime.")
                .with_inner_code("InvalidFunctionParameter"),
        );
    }
    Ok((start, end))
}
