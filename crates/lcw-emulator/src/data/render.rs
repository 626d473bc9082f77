//! Turns facts into the objects Graph sends, built as the generated model types
//! (`lcw_models::beta::*`) and serialized through their own `Serialize`.

use lcw_models::beta::{
    KeyValuePair, LifecycleTaskCategorySet, LifecycleWorkflowCategory,
    LifecycleWorkflowProcessingStatus, RuleBasedSubjectSet, Run, RunSummary, SubjectSetKind, Task,
    TaskDefinition, TaskProcessingResult, TaskReport, TaskReportSummary, TimeBasedAttributeTrigger,
    TriggerAndScopeBasedConditions, User, UserProcessingResult, UserSummary, Workflow,
    WorkflowExecutionConditionsKind, WorkflowExecutionTriggerKind, WorkflowExecutionType,
    WorkflowTriggerTimeBasedAttribute, WorkflowVersion,
};
use lcw_models::{Nullable, Timestamp};
use serde::Serialize;
use serde_json::{Map, Value};

use super::facts::{
    DataSet, RUN_SPACING, RunFacts, TaskFacts, TaskResultFacts, UserFacts, UserResultFacts,
    WorkflowFacts,
};
use super::status::Status;
use crate::clock::{TICKS_PER_SECOND, Ticks, format_rfc3339};
use crate::rng::SeededRng;

/// The JSON object of a model value.
pub fn to_object<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn time(t: Ticks) -> Option<Timestamp> {
    Timestamp::parse(&format_rfc3339(t)).ok()
}

/// Graph writes `null` for a timestamp that is not set yet (a run still going on).
fn time_or_null(t: Option<Ticks>) -> Nullable<Timestamp> {
    match t {
        None => Nullable::Null,
        Some(t) => time(t).into(),
    }
}

fn count(n: usize) -> Option<i32> {
    Some(i32::try_from(n).unwrap_or(i32::MAX))
}

/// The wire member for a status; a canceled run shows a member documented after the sentinel
/// (when the docs have one) for half of the ids, so the `Prefer` handling has data to act on.
fn status(status: Status, id: &str) -> LifecycleWorkflowProcessingStatus {
    if status == Status::Canceled
        && id.as_bytes().first().is_some_and(|b| b % 2 == 0)
        && let Some(later) = LifecycleWorkflowProcessingStatus::KNOWN
            .iter()
            .find(|m| m.is_after_sentinel())
    {
        return later.clone();
    }
    LifecycleWorkflowProcessingStatus::from(status.as_str())
}

fn execution_type(r: &RunFacts) -> WorkflowExecutionType {
    if r.on_demand {
        WorkflowExecutionType::OnDemand
    } else {
        WorkflowExecutionType::Scheduled
    }
}

/// A user as Graph nests it in results: id only.
pub fn user_ref(user: &UserFacts) -> User {
    let mut u = User::default();
    u.id = Some(user.id.clone()).into();
    u
}

/// A user as `$expand` gives it: the directory and HR facts lifecycle workflows act on.
pub fn user(user: &UserFacts) -> Map<String, Value> {
    let mut u = user_ref(user);
    u.display_name = Some(user.display_name.clone()).into();
    u.given_name = Some(user.given_name.clone()).into();
    u.surname = Some(user.surname.clone()).into();
    u.user_principal_name = Some(user.user_principal_name.clone()).into();
    u.mail = Some(user.user_principal_name.clone()).into();
    u.account_enabled = Some(user.account_enabled).into();
    u.department = Some(user.department.to_owned()).into();
    u.job_title = Some(user.job_title.to_owned()).into();
    u.office_location = Some(user.office_location.to_owned()).into();
    u.company_name = Some("Contoso".to_owned()).into();
    u.usage_location = Some("US".to_owned()).into();
    u.user_type = Some("Member".to_owned()).into();
    u.employee_id = Some(user.employee_id.clone()).into();
    u.employee_type = Some(user.employee_type.to_owned()).into();
    u.employee_hire_date = time(user.hire).into();
    u.employee_leave_date_time = time_or_null(user.leave);
    u.created_date_time = time(user.created).into();
    to_object(&u)
}

/// A workflow task.
pub fn task_model(task: &TaskFacts) -> Task {
    let mut t = Task::default();
    t.id = Some(task.id.clone()).into();
    t.arguments = Some(
        task.arguments
            .iter()
            .map(|(name, value)| {
                let mut pair = KeyValuePair::default();
                pair.name = Some(name.clone()).into();
                pair.value = Some(value.clone()).into();
                pair
            })
            .collect(),
    )
    .into();
    t.category = Some(LifecycleTaskCategorySet::from(task.category)).into();
    t.continue_on_error = Some(task.continue_on_error).into();
    t.description = Some(task.description.clone()).into();
    t.display_name = Some(task.display_name.clone()).into();
    t.execution_sequence = Some(task.execution_sequence).into();
    t.is_enabled = Some(task.is_enabled).into();
    t.task_definition_id = Some(task.task_definition_id.clone()).into();
    t
}

/// A workflow task as JSON.
pub fn task(task: &TaskFacts) -> Map<String, Value> {
    to_object(&task_model(task))
}

/// The built-in task definition a task uses, as far as the task tells it.
pub fn task_definition(task: &TaskFacts) -> Map<String, Value> {
    let mut d = TaskDefinition::default();
    d.id = Some(task.task_definition_id.clone()).into();
    d.category = Some(LifecycleTaskCategorySet::from(task.category)).into();
    d.continue_on_error = Some(task.continue_on_error).into();
    d.description = Some(task.description.clone()).into();
    d.display_name = Some(task.display_name.clone()).into();
    d.version = Some(1).into();
    to_object(&d)
}

fn execution_conditions(w: &WorkflowFacts) -> WorkflowExecutionConditionsKind {
    // Each derived value names its `@odata.type` when serialized through its `Kind` enum.
    let mut scope = RuleBasedSubjectSet::default();
    scope.rule = Some(format!(
        "(department eq 'Team {}')",
        w.display_name.len() % 7
    ))
    .into();
    let mut trigger = TimeBasedAttributeTrigger::default();
    trigger.time_based_attribute = Some(if w.category == "leaver" {
        WorkflowTriggerTimeBasedAttribute::EmployeeLeaveDateTime
    } else {
        WorkflowTriggerTimeBasedAttribute::EmployeeHireDate
    })
    .into();
    trigger.offset_in_days = Some(w.offset_in_days).into();
    let mut conditions = TriggerAndScopeBasedConditions::default();
    conditions.scope = Some(SubjectSetKind::RuleBasedSubjectSet(scope)).into();
    conditions.trigger = Some(WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(
        trigger,
    ))
    .into();
    WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(conditions)
}

/// A workflow; `deleted` is its deletion time when it sits in deletedItems. Its `tasks` are
/// included as Graph includes them without `$expand`.
pub fn workflow(w: &WorkflowFacts, deleted: Option<Ticks>) -> Map<String, Value> {
    let mut m = Workflow::default();
    let next_run = w
        .is_scheduling_enabled
        .then(|| w.runs.last().map_or(w.created, |r| r.scheduled) + RUN_SPACING);
    m.category = Some(LifecycleWorkflowCategory::from(w.category)).into();
    m.description = Some(w.description.clone()).into();
    m.display_name = Some(w.display_name.clone()).into();
    m.last_modified_date_time = time(w.last_modified).into();
    m.created_date_time = time(w.created).into();
    m.deleted_date_time = time_or_null(deleted);
    m.next_schedule_run_date_time = time_or_null(next_run);
    m.id = Some(w.id.clone()).into();
    m.is_enabled = Some(w.is_enabled).into();
    m.is_scheduling_enabled = Some(w.is_scheduling_enabled).into();
    m.version = Some(w.version).into();
    m.execution_conditions = Some(execution_conditions(w)).into();
    m.tasks = Some(w.tasks.iter().map(task_model).collect()).into();
    to_object(&m)
}

/// Version `number` of a workflow, with `tasks` like [`workflow`].
pub fn version(w: &WorkflowFacts, number: i32) -> Map<String, Value> {
    let step = i64::from(number - 1) * 86_400 * TICKS_PER_SECOND;
    let mut m = WorkflowVersion::default();
    m.category = Some(LifecycleWorkflowCategory::from(w.category)).into();
    m.created_date_time = time(w.created + step).into();
    m.description = Some(w.description.clone()).into();
    m.display_name = Some(w.display_name.clone()).into();
    m.execution_conditions = Some(execution_conditions(w)).into();
    m.is_enabled = Some(w.is_enabled).into();
    m.is_scheduling_enabled = Some(w.is_scheduling_enabled).into();
    m.last_modified_date_time = time(w.created + step).into();
    m.version_number = Some(number).into();
    m.tasks = Some(w.tasks.iter().map(task_model).collect()).into();
    to_object(&m)
}

/// A run with counts taken from its processing results.
pub fn run(r: &RunFacts) -> Map<String, Value> {
    let tasks: Vec<&TaskResultFacts> = r.users.iter().flat_map(|u| &u.tasks).collect();
    let user_statuses: Vec<Status> = r.users.iter().map(UserResultFacts::status).collect();
    let mut m = Run::default();
    m.id = Some(r.id.clone()).into();
    m.completed_date_time = time_or_null(r.completed);
    m.failed_tasks_count =
        count(tasks.iter().filter(|t| t.status == Status::Failed).count()).into();
    m.failed_users_count = count(user_statuses.iter().filter(|s| s.is_failure()).count()).into();
    m.last_updated_date_time = time(r.last_updated()).into();
    m.processing_status = Some(status(r.status(), &r.id)).into();
    m.scheduled_date_time = time(r.scheduled).into();
    m.started_date_time = time_or_null(r.started);
    m.successful_users_count = count(
        user_statuses
            .iter()
            .filter(|s| **s == Status::Completed)
            .count(),
    )
    .into();
    m.total_tasks_count = count(tasks.len()).into();
    m.total_users_count = count(r.users.len()).into();
    m.total_unprocessed_tasks_count =
        count(tasks.iter().filter(|t| t.status.is_unprocessed()).count()).into();
    m.workflow_execution_type = Some(execution_type(r)).into();
    to_object(&m)
}

/// One user's result in one run.
pub fn user_result(
    data: &DataSet,
    w: &WorkflowFacts,
    r: &RunFacts,
    u: &UserResultFacts,
) -> Map<String, Value> {
    let overall = u.status();
    let started = u.tasks.iter().filter_map(|t| t.started).min();
    let completed = if overall.is_finished() {
        u.tasks.iter().filter_map(|t| t.completed).max()
    } else {
        None
    };
    let mut m = UserProcessingResult::default();
    m.id = Some(u.id.clone()).into();
    m.completed_date_time = time_or_null(completed);
    m.failed_tasks_count = count(
        u.tasks
            .iter()
            .filter(|t| t.status == Status::Failed)
            .count(),
    )
    .into();
    m.processing_status = Some(status(overall, &u.id)).into();
    m.scheduled_date_time = time(r.scheduled).into();
    m.started_date_time = time_or_null(started);
    m.total_tasks_count = count(u.tasks.len()).into();
    m.total_unprocessed_tasks_count =
        count(u.tasks.iter().filter(|t| t.status.is_unprocessed()).count()).into();
    m.workflow_execution_type = Some(execution_type(r)).into();
    m.workflow_version = Some(w.version).into();
    m.subject = data.users.get(u.user).map(user_ref).into();
    to_object(&m)
}

/// One task's result for one user.
pub fn task_result(
    data: &DataSet,
    w: &WorkflowFacts,
    u: &UserResultFacts,
    t: &TaskResultFacts,
) -> Map<String, Value> {
    let mut m = TaskProcessingResult::default();
    m.id = Some(t.id.clone()).into();
    m.completed_date_time = time_or_null(t.completed);
    m.created_date_time = time(t.created).into();
    if t.status == Status::Failed {
        m.failure_reason = Some("The simulated task failed for this user.".to_owned()).into();
    } else {
        m.failure_reason = Nullable::Null;
    }
    m.processing_status = Some(status(t.status, &t.id)).into();
    m.started_date_time = time_or_null(t.started);
    m.subject = data.users.get(u.user).map(user_ref).into();
    m.task = w.tasks.get(t.task).map(task_model).into();
    to_object(&m)
}

/// Stable id of the report of task `task` in run `r`.
pub fn task_report_id(r: &RunFacts, task: usize) -> String {
    let seed = r.id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    SeededRng::fork(seed, &[task as u64]).guid()
}

/// The report of one task across the users of one run.
pub fn task_report(w: &WorkflowFacts, r: &RunFacts, task_index: usize) -> Map<String, Value> {
    let results: Vec<&TaskResultFacts> = r
        .users
        .iter()
        .filter_map(|u| u.tasks.get(task_index))
        .collect();
    let overall = Status::aggregate(results.iter().map(|t| t.status));
    let started = results.iter().filter_map(|t| t.started).min();
    let completed = if overall.is_finished() {
        results.iter().filter_map(|t| t.completed).max()
    } else {
        None
    };
    let id = task_report_id(r, task_index);
    let mut m = TaskReport::default();
    m.completed_date_time = time_or_null(completed);
    m.failed_users_count = count(
        results
            .iter()
            .filter(|t| t.status == Status::Failed)
            .count(),
    )
    .into();
    m.last_updated_date_time = time(completed.or(started).unwrap_or(r.scheduled)).into();
    m.processing_status = Some(status(overall, &id)).into();
    m.run_id = Some(r.id.clone()).into();
    m.started_date_time = time_or_null(started);
    m.successful_users_count = count(
        results
            .iter()
            .filter(|t| t.status == Status::Completed)
            .count(),
    )
    .into();
    m.total_users_count = count(results.len()).into();
    m.unprocessed_users_count =
        count(results.iter().filter(|t| t.status.is_unprocessed()).count()).into();
    m.task = w.tasks.get(task_index).map(task_model).into();
    m.id = Some(id).into();
    to_object(&m)
}

/// Counts over processing results of users, shared by the run and user summaries.
#[derive(Default)]
struct UserTally {
    users: usize,
    successful: usize,
    failed: usize,
    tasks: usize,
    failed_tasks: usize,
}

impl UserTally {
    fn add(&mut self, u: &UserResultFacts) {
        let overall = u.status();
        self.users += 1;
        self.successful += usize::from(overall == Status::Completed);
        self.failed += usize::from(overall.is_failure());
        self.tasks += u.tasks.len();
        self.failed_tasks += u
            .tasks
            .iter()
            .filter(|t| t.status == Status::Failed)
            .count();
    }
}

/// `runSummary` over the given runs.
pub fn run_summary<'a>(runs: impl Iterator<Item = &'a RunFacts>) -> Map<String, Value> {
    let (mut total, mut successful, mut failed, mut users) = (0, 0, 0, UserTally::default());
    for r in runs {
        let overall = r.status();
        total += 1;
        successful += usize::from(overall == Status::Completed);
        failed += usize::from(overall.is_failure());
        r.users.iter().for_each(|u| users.add(u));
    }
    let mut m = RunSummary::default();
    m.failed_runs = count(failed).into();
    m.failed_tasks = count(users.failed_tasks).into();
    m.successful_runs = count(successful).into();
    m.total_runs = count(total).into();
    m.total_tasks = count(users.tasks).into();
    m.total_users = count(users.users).into();
    to_object(&m)
}

/// `userSummary` over the users of the given runs.
pub fn user_summary<'a>(runs: impl Iterator<Item = &'a RunFacts>) -> Map<String, Value> {
    let mut users = UserTally::default();
    runs.flat_map(|r| &r.users).for_each(|u| users.add(u));
    let mut m = UserSummary::default();
    m.failed_tasks = count(users.failed_tasks).into();
    m.failed_users = count(users.failed).into();
    m.successful_users = count(users.successful).into();
    m.total_tasks = count(users.tasks).into();
    m.total_users = count(users.users).into();
    to_object(&m)
}

/// `taskReportSummary` over the task results of the given runs.
pub fn task_report_summary<'a>(runs: impl Iterator<Item = &'a RunFacts>) -> Map<String, Value> {
    let (mut total, mut ok, mut failed, mut unprocessed) = (0, 0, 0, 0);
    for t in runs.flat_map(|r| &r.users).flat_map(|u| &u.tasks) {
        total += 1;
        ok += usize::from(t.status == Status::Completed);
        failed += usize::from(t.status == Status::Failed);
        unprocessed += usize::from(t.status.is_unprocessed());
    }
    let mut m = TaskReportSummary::default();
    m.failed_tasks = count(failed).into();
    m.successful_tasks = count(ok).into();
    m.total_tasks = count(total).into();
    m.unprocessed_tasks = count(unprocessed).into();
    to_object(&m)
}

/// One user's result in one run, as a `subjectProcessingResult`: the same record as the user
/// processing result (same id and counts), with the user as a directory object subject.
pub fn subject_result(
    data: &DataSet,
    w: &WorkflowFacts,
    r: &RunFacts,
    u: &UserResultFacts,
) -> Map<String, Value> {
    let mut m = user_result(data, w, r, u);
    if let Some(user) = data.users.get(u.user) {
        m.insert(
            "subject".into(),
            serde_json::json!({
                "@odata.type": "#microsoft.graph.identityGovernance.directoryObjectWorkflowSubject",
                "directoryObject": {"@odata.type": "#microsoft.graph.user", "id": user.id},
            }),
        );
    }
    m.insert("subjectType".into(), Value::String("user".into()));
    let typed: Option<lcw_models::beta::SubjectProcessingResult> =
        serde_json::from_value(Value::Object(m.clone())).ok();
    typed.map_or(m, |t| to_object(&t))
}

/// `subjectSummary` over the given user results.
pub fn subject_summary<'a>(users: impl Iterator<Item = &'a UserResultFacts>) -> Map<String, Value> {
    let mut tally = UserTally::default();
    users.for_each(|u| tally.add(u));
    let mut m = lcw_models::beta::SubjectSummary::default();
    m.failed_subjects = count(tally.failed).into();
    m.failed_tasks = count(tally.failed_tasks).into();
    m.successful_subjects = count(tally.successful).into();
    m.total_subjects = count(tally.users).into();
    m.total_tasks = count(tally.tasks).into();
    to_object(&m)
}

/// Counts of runs, users and tasks for the insights functions.
#[derive(Debug, Default, Clone, Copy)]
pub struct InsightTally {
    /// Runs.
    pub runs: usize,
    /// Runs that completed without errors.
    pub successful_runs: usize,
    /// Runs that failed or completed with errors.
    pub failed_runs: usize,
    /// User results.
    pub users: usize,
    /// User results completed without errors.
    pub successful_users: usize,
    /// User results that failed or completed with errors.
    pub failed_users: usize,
    /// Task results.
    pub tasks: usize,
    /// Task results completed.
    pub successful_tasks: usize,
    /// Task results failed.
    pub failed_tasks: usize,
}

impl InsightTally {
    /// Adds a run and everything below it.
    pub fn add_run(&mut self, r: &RunFacts) {
        let overall = r.status();
        self.runs += 1;
        self.successful_runs += usize::from(overall == Status::Completed);
        self.failed_runs += usize::from(overall.is_failure());
        for u in &r.users {
            let status = u.status();
            self.users += 1;
            self.successful_users += usize::from(status == Status::Completed);
            self.failed_users += usize::from(status.is_failure());
            for t in &u.tasks {
                self.tasks += 1;
                self.successful_tasks += usize::from(t.status == Status::Completed);
                self.failed_tasks += usize::from(t.status == Status::Failed);
            }
        }
    }
}

/// `workflowsInsightsSummary`.
pub fn workflows_insights_summary(t: &InsightTally) -> Map<String, Value> {
    let mut m = lcw_models::beta::WorkflowsInsightsSummary::default();
    m.failed_runs = count(t.failed_runs).into();
    m.failed_tasks = count(t.failed_tasks).into();
    m.failed_users = count(t.failed_users).into();
    m.successful_runs = count(t.successful_runs).into();
    m.successful_tasks = count(t.successful_tasks).into();
    m.successful_users = count(t.successful_users).into();
    m.total_runs = count(t.runs).into();
    m.total_tasks = count(t.tasks).into();
    m.total_users = count(t.users).into();
    to_object(&m)
}

/// `workflowsInsightsByCategory` from the tallies of joiner, leaver and mover workflows.
pub fn workflows_insights_by_category(
    joiner: &InsightTally,
    leaver: &InsightTally,
    mover: &InsightTally,
) -> Map<String, Value> {
    let mut m = lcw_models::beta::WorkflowsInsightsByCategory::default();
    m.failed_joiner_runs = count(joiner.failed_runs).into();
    m.failed_leaver_runs = count(leaver.failed_runs).into();
    m.failed_mover_runs = count(mover.failed_runs).into();
    m.successful_joiner_runs = count(joiner.successful_runs).into();
    m.successful_leaver_runs = count(leaver.successful_runs).into();
    m.successful_mover_runs = count(mover.successful_runs).into();
    m.total_joiner_runs = count(joiner.runs).into();
    m.total_leaver_runs = count(leaver.runs).into();
    m.total_mover_runs = count(mover.runs).into();
    to_object(&m)
}

/// `topWorkflowsInsightsSummary` of one workflow.
pub fn top_workflow(w: &WorkflowFacts, t: &InsightTally) -> Map<String, Value> {
    let mut m = lcw_models::beta::TopWorkflowsInsightsSummary::default();
    m.failed_runs = count(t.failed_runs).into();
    m.failed_users = count(t.failed_users).into();
    m.successful_runs = count(t.successful_runs).into();
    m.successful_users = count(t.successful_users).into();
    m.total_runs = count(t.runs).into();
    m.total_users = count(t.users).into();
    m.workflow_category = Some(LifecycleWorkflowCategory::from(w.category)).into();
    m.workflow_display_name = Some(w.display_name.clone()).into();
    m.workflow_id = Some(w.id.clone()).into();
    m.workflow_version = Some(w.version).into();
    to_object(&m)
}

/// `topTasksInsightsSummary` of one task definition: each task result is one user's outcome.
pub fn top_task(definition: &str, name: &str, t: &InsightTally) -> Map<String, Value> {
    let mut m = lcw_models::beta::TopTasksInsightsSummary::default();
    m.failed_tasks = count(t.failed_tasks).into();
    m.failed_users = count(t.failed_users).into();
    m.successful_tasks = count(t.successful_tasks).into();
    m.successful_users = count(t.successful_users).into();
    m.task_definition_display_name = Some(name.to_owned()).into();
    m.task_definition_id = Some(definition.to_owned()).into();
    m.total_tasks = count(t.tasks).into();
    m.total_users = count(t.users).into();
    to_object(&m)
}
