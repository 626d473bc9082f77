//! Reads what the report shows from the service (the beta API, which has every summary
//! function): workflows, their runs in the period, the summaries, and the failed users and
//! task results of the runs that had failures.

use futures_util::{StreamExt, TryStreamExt, stream};
use jiff::{SignedDuration, Timestamp};
use lcw_client::beta::filters::{
    RunFilter, RunOrderBy, SubjectProcessingResultFilter, TaskProcessingResultFilter,
};
use lcw_client::models::beta::{
    DirectoryObjectKind, LifecycleWorkflowProcessingStatus as Status, Run, SubjectProcessingResult,
    TaskProcessingResult, Workflow, WorkflowSubjectKind,
};
use lcw_client::{Client, TimeRange};

use super::model::{
    FailedTask, FailedUser, Period, RunCounts, RunRow, RunStatus, Summaries, TaskCounts,
    UserCounts, UserRef, WorkflowReport,
};
use crate::error::CliError;

/// The default length of the period.
const DEFAULT_DAYS: i64 = 30;

/// The workflows to report on: `only`, or every workflow.
pub async fn workflows(client: &Client, only: Option<&str>) -> Result<Vec<Workflow>, CliError> {
    let api = client.beta();
    Ok(match only {
        Some(id) => vec![api.workflow(id).get().send().await?],
        None => api.workflows().list().into_stream().try_collect().await?,
    })
}

/// The period from the options: `--to` defaults to the end of the day of the newest run (so a
/// tenant whose last run is old still shows it; today when there is none), `--from` to 30 days
/// before `--to`.
pub async fn period(
    client: &Client,
    workflows: &[Workflow],
    from: Option<Timestamp>,
    to: Option<Timestamp>,
) -> Result<Period, CliError> {
    let to = match to {
        Some(to) => to,
        None => {
            let mut newest: Option<Timestamp> = None;
            for workflow in workflows {
                let runs = client.beta().workflow(id_of(workflow)).runs().list();
                let request = runs.order_by(RunOrderBy::scheduled_date_time().desc());
                let mut stream = Box::pin(request.into_stream());
                if let Some(run) = stream.try_next().await? {
                    newest = newest.max(time(&run.scheduled_date_time));
                }
            }
            let newest = newest.filter(|n| from.is_none_or(|f| *n >= f));
            end_of_day(newest.unwrap_or_else(Timestamp::now))
        }
    };
    let from = match from {
        Some(from) => from,
        None => to
            .checked_sub(SignedDuration::from_hours(DEFAULT_DAYS * 24))
            .map_err(|e| CliError::Usage(format!("--to {to}: {e}")))?,
    };
    if from >= to {
        return Err(CliError::Usage(format!(
            "--from {from} is not before --to {to}"
        )));
    }
    Ok(Period { from, to })
}

/// The first midnight (UTC) after `at`.
fn end_of_day(at: Timestamp) -> Timestamp {
    const DAY: i64 = 24 * 3600;
    let next = (at.as_second().div_euclid(DAY) + 1) * DAY;
    Timestamp::from_second(next).unwrap_or(at)
}

/// Everything the report shows of one workflow over `period`.
pub async fn workflow(
    client: &Client,
    workflow: &Workflow,
    period: Period,
) -> Result<WorkflowReport, CliError> {
    workflow_reading(client, workflow, period, FETCHES_IN_FLIGHT).await
}

/// [`workflow`], reading the details of up to `in_flight` failing runs at once.
async fn workflow_reading(
    client: &Client,
    workflow: &Workflow,
    period: Period,
    in_flight: usize,
) -> Result<WorkflowReport, CliError> {
    let id = id_of(workflow);
    let api = client.beta().workflow(id);
    let range = TimeRange::new(period.from, period.to)
        .map_err(|e| CliError::Usage(format!("--from/--to: {e}")))?;
    let in_period = RunFilter::scheduled_date_time()
        .ge(period.from)
        .and(RunFilter::scheduled_date_time().lt(period.to));
    let listed: Vec<Run> = api
        .runs()
        .list()
        .filter(in_period)
        .order_by(RunOrderBy::scheduled_date_time().desc())
        .into_stream()
        .try_collect()
        .await?;
    let runs: Vec<RunRow> = listed.iter().map(run_row).collect();

    let run_summary = api.runs().summary(range).send().await?;
    let user_summary = api.user_processing_results().summary(range).send().await?;
    let task_summary = api.task_reports().summary(range).send().await?;
    let summaries = Summaries {
        runs: RunCounts {
            total: int(&run_summary.total_runs),
            successful: int(&run_summary.successful_runs),
            failed: int(&run_summary.failed_runs),
            users: int(&run_summary.total_users),
            tasks: int(&run_summary.total_tasks),
            failed_tasks: int(&run_summary.failed_tasks),
        },
        users: UserCounts {
            total: int(&user_summary.total_users),
            failed: int(&user_summary.failed_users),
            successful: int(&user_summary.successful_users),
            tasks: int(&user_summary.total_tasks),
            failed_tasks: int(&user_summary.failed_tasks),
        },
        tasks: Some(TaskCounts {
            total: int(&task_summary.total_tasks),
            failed: int(&task_summary.failed_tasks),
            successful: int(&task_summary.successful_tasks),
            unprocessed: int(&task_summary.unprocessed_tasks),
        }),
    };

    let failing: Vec<&RunRow> = runs
        .iter()
        .filter(|r| r.failed_tasks > 0 || r.failed_users > 0)
        .collect();
    let details = in_order(&failing, in_flight, |run| run_failures(client, id, &run.id)).await?;
    let mut failed_tasks = Vec::new();
    let mut failed_users = Vec::new();
    for (run, (tasks, subjects)) in failing.iter().zip(details) {
        failed_tasks.extend(tasks.iter().map(|t| failed_task(&run.id, t)));
        failed_users.extend(
            subjects
                .iter()
                .map(|s| failed_user(&run.id, s, &failed_tasks)),
        );
    }

    Ok(WorkflowReport {
        id: id.to_owned(),
        name: workflow
            .display_name
            .as_ref()
            .cloned()
            .unwrap_or_else(|| id.to_owned()),
        category: workflow
            .category
            .as_ref()
            .map_or_else(String::new, |c| c.as_str().to_owned()),
        runs,
        failed_tasks,
        failed_users,
        summaries,
    })
}

/// How many failing runs have their details read at once. Graph throttles a tenant's
/// requests, so this stays small; each request keeps the client's retry of 429.
const FETCHES_IN_FLIGHT: usize = 4;

/// The failed task results (with their subject) and the failed or partly failed users of
/// the run `run_id` of workflow `workflow_id`.
async fn run_failures(
    client: &Client,
    workflow_id: &str,
    run_id: &str,
) -> Result<(Vec<TaskProcessingResult>, Vec<SubjectProcessingResult>), CliError> {
    let handle = client.beta().workflow(workflow_id).run(run_id);
    let tasks = handle
        .task_processing_results()
        .list()
        .filter(TaskProcessingResultFilter::processing_status().eq(Status::Failed))
        .expand(["subject"])
        .into_stream()
        .try_collect()
        .await?;
    let status = SubjectProcessingResultFilter::processing_status;
    let subjects = handle
        .subject_processing_results()
        .list()
        .filter(
            status()
                .eq(Status::Failed)
                .or(status().eq(Status::CompletedWithErrors)),
        )
        .into_stream()
        .try_collect()
        .await?;
    Ok((tasks, subjects))
}

/// `fetch` of each of `items`, at most `limit` at once; the answers in the order of `items`
/// whatever order they arrive in, or the first error.
async fn in_order<'a, T, R, Fut>(
    items: &'a [T],
    limit: usize,
    fetch: impl FnMut(&'a T) -> Fut,
) -> Result<Vec<R>, CliError>
where
    Fut: Future<Output = Result<R, CliError>>,
{
    stream::iter(items)
        .map(fetch)
        .buffered(limit.max(1))
        .try_collect()
        .await
}

fn id_of(workflow: &Workflow) -> &str {
    workflow.id.as_ref().map_or("", String::as_str)
}

fn int(value: &lcw_client::models::Nullable<i32>) -> i64 {
    value.as_ref().copied().map_or(0, i64::from)
}

fn time(value: &lcw_client::models::Nullable<lcw_client::models::Timestamp>) -> Option<Timestamp> {
    value.as_ref().and_then(|t| t.to_jiff().ok())
}

fn status_of(value: &lcw_client::models::Nullable<Status>) -> RunStatus {
    value
        .as_ref()
        .map_or(RunStatus::Other, |s| RunStatus::from_wire(s.as_str()))
}

fn run_row(run: &Run) -> RunRow {
    RunRow {
        id: run.id.as_ref().cloned().unwrap_or_default(),
        scheduled: time(&run.scheduled_date_time)
            .or_else(|| time(&run.started_date_time))
            .unwrap_or(Timestamp::UNIX_EPOCH),
        started: time(&run.started_date_time),
        completed: time(&run.completed_date_time),
        status: status_of(&run.processing_status),
        execution_type: run
            .workflow_execution_type
            .as_ref()
            .map_or_else(String::new, |t| t.as_str().to_owned()),
        total_users: int(&run.total_users_count),
        failed_users: int(&run.failed_users_count),
        total_tasks: int(&run.total_tasks_count),
        failed_tasks: int(&run.failed_tasks_count),
    }
}

fn failed_task(run_id: &str, result: &TaskProcessingResult) -> FailedTask {
    let task = result.task.as_ref();
    let task_id = task
        .and_then(|t| t.id.as_ref().cloned())
        .unwrap_or_default();
    FailedTask {
        run_id: run_id.to_owned(),
        task_name: task
            .and_then(|t| t.display_name.as_ref().cloned())
            .unwrap_or_else(|| task_id.clone()),
        task_id,
        user: UserRef {
            id: result
                .subject
                .as_ref()
                .and_then(|u| u.id.as_ref().cloned())
                .unwrap_or_default(),
            name: result
                .subject
                .as_ref()
                .and_then(|u| u.display_name.as_ref().cloned()),
        },
        reason: result.failure_reason.as_ref().cloned(),
    }
}

/// A failed subject; its name comes from the expanded subject of its failed task results,
/// as a subject processing result carries only the id.
fn failed_user(run_id: &str, result: &SubjectProcessingResult, tasks: &[FailedTask]) -> FailedUser {
    let id = result.subject.as_ref().map(subject_id).unwrap_or_default();
    let name = tasks
        .iter()
        .find(|t| t.run_id == run_id && t.user.id == id)
        .and_then(|t| t.user.name.clone());
    FailedUser {
        run_id: run_id.to_owned(),
        user: UserRef { id, name },
        status: status_of(&result.processing_status),
        failed_tasks: int(&result.failed_tasks_count),
    }
}

fn subject_id(subject: &WorkflowSubjectKind) -> String {
    let object = match subject {
        WorkflowSubjectKind::DirectoryObjectWorkflowSubject(s) => s.directory_object.as_ref(),
        WorkflowSubjectKind::Unknown(object) => {
            return object
                .as_map()
                .get("directoryObject")
                .and_then(serde_json::Value::as_object)
                .map(id_in)
                .unwrap_or_default();
        }
        _ => None,
    };
    match object {
        Some(DirectoryObjectKind::User(u)) => u.id.as_ref().cloned().unwrap_or_default(),
        Some(DirectoryObjectKind::DirectoryObject(o)) => o.id.as_ref().cloned().unwrap_or_default(),
        Some(DirectoryObjectKind::Unknown(object)) => id_in(object.as_map()),
        _ => String::new(),
    }
}

fn id_in(map: &serde_json::Map<String, serde_json::Value>) -> String {
    map.get("id")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("an instant")
    }

    /// Up to the limit of fetches overlap, and their answers keep the items' order though
    /// the later ones arrive first.
    #[test]
    fn fetches_overlap_up_to_the_limit_and_keep_the_order() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
        let (in_flight, peak) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let items: Vec<u64> = (0..10).collect();
        let answers = runtime.block_on(in_order(&items, FETCHES_IN_FLIGHT, |&i| {
            let (in_flight, peak) = (&in_flight, &peak);
            async move {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(std::time::Duration::from_millis(30 - 3 * i)).await;
                in_flight.fetch_sub(1, Ordering::SeqCst);
                Ok(i * 10)
            }
        }));
        assert_eq!(
            answers.expect("no error"),
            (0..10).map(|i| i * 10).collect::<Vec<_>>()
        );
        assert_eq!(peak.load(Ordering::SeqCst), FETCHES_IN_FLIGHT);
    }

    #[test]
    fn a_failed_fetch_fails_the_whole() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        let items: Vec<u32> = (0..10).collect();
        let answers = runtime.block_on(in_order(&items, FETCHES_IN_FLIGHT, |&i| async move {
            if i == 6 {
                Err(CliError::Other(format!("run {i}")))
            } else {
                Ok(i)
            }
        }));
        assert_eq!(answers.map_err(|e| e.to_string()), Err("run 6".to_owned()));
    }

    /// The page is the same, byte for byte, whether failing runs are read one at a time or
    /// several at once, on the seeded tenant with some answers slowed so that they arrive out
    /// of order.
    #[test]
    fn reading_runs_at_once_draws_the_same_page_as_one_at_a_time() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            let slow = "fault=slow delay-ms=15 route=/beta/**/taskProcessingResults rate=0.5";
            let emulator = lcw_emulator::EmulatorConfig {
                faults: lcw_emulator::FaultRule::parse_script(slow).expect("a fault rule"),
                ..Default::default()
            }
            .start()
            .await
            .expect("the emulator");
            let client = Client::builder()
                .service_root(emulator.base_url())
                .build()
                .expect("a client");
            let page = |in_flight| page_reading(&client, in_flight);
            let one_at_a_time = page(1).await;
            assert!(one_at_a_time.contains(r#"<tr class="failed-task">"#));
            assert_eq!(page(FETCHES_IN_FLIGHT).await, one_at_a_time);
            emulator.stop().await;
        });
    }

    /// The report page of the seeded tenant's May 2024, read `in_flight` runs at a time.
    async fn page_reading(client: &Client, in_flight: usize) -> String {
        let period = Period {
            from: at("2024-05-01T00:00:00Z"),
            to: at("2024-06-01T00:00:00Z"),
        };
        let mut report = super::super::model::Report {
            period,
            generated: period.to,
            source: "the emulator".to_owned(),
            workflows: Vec::new(),
        };
        for workflow in workflows(client, None).await.expect("the workflows") {
            let read = workflow_reading(client, &workflow, period, in_flight).await;
            report.workflows.push(read.expect("the workflow's report"));
        }
        super::super::html::page(&report)
    }

    #[test]
    fn the_default_end_is_the_next_midnight() {
        let next = at("2024-06-01T00:00:00Z");
        assert_eq!(end_of_day(at("2024-05-31T18:19:21Z")), next);
        // A run at midnight is inside the period, which ends a day later.
        assert_eq!(end_of_day(at("2024-05-31T00:00:00Z")), next);
        assert_eq!(
            end_of_day(at("1969-12-31T12:00:00Z")),
            at("1970-01-01T00:00:00Z")
        );
    }
}
