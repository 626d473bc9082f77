//! Turns facts into the JSON objects Graph sends: one function per served type.

use serde_json::{Map, Value, json};

use super::facts::{DataSet, RunFacts, TaskFacts, TaskResultFacts, UserFacts, UserResultFacts, WorkflowFacts};
use super::status::Status;
use crate::clock::{Ticks, format_rfc3339};
use crate::rng::SeededRng;

fn time(t: Ticks) -> Value {
    Value::String(format_rfc3339(t))
}

fn opt_time(t: Option<Ticks>) -> Value {
    t.map_or(Value::Null, time)
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// A stand-in `microsoft.graph.user`: id only, as Graph nests it in results.
pub fn user_ref(user: &UserFacts) -> Value {
    json!({"id": user.id})
}

/// A user of the execution scope.
pub fn user(user: &UserFacts) -> Map<String, Value> {
    object(json!({"id": user.id, "displayName": user.display_name}))
}

/// A workflow task.
pub fn task(task: &TaskFacts) -> Map<String, Value> {
    object(json!({
        "arguments": [],
        "category": task.category,
        "continueOnError": task.continue_on_error,
        "description": task.description,
        "displayName": task.display_name,
        "executionSequence": task.execution_sequence,
        "id": task.id,
        "isEnabled": task.is_enabled,
        "taskDefinitionId": task.task_definition_id,
    }))
}

fn execution_conditions(w: &WorkflowFacts) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        "scope": {
            "@odata.type": "#microsoft.graph.identityGovernance.ruleBasedSubjectSet",
            "rule": format!("(department eq 'Team {}')", w.display_name.len() % 7),
        },
        "trigger": {
            "@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
            "timeBasedAttribute": if w.category == "leaver" { "employeeLeaveDateTime" } else { "employeeHireDate" },
            "offsetInDays": w.offset_in_days,
        },
    })
}

/// A workflow; `deleted` is its deletion time when it sits in deletedItems.
pub fn workflow(w: &WorkflowFacts, deleted: Option<Ticks>) -> Map<String, Value> {
    let next_run = w.is_scheduling_enabled.then(|| w.runs.last().map_or(w.created, |r| r.scheduled) + super::facts::RUN_SPACING);
    object(json!({
        "category": w.category,
        "description": w.description,
        "displayName": w.display_name,
        "lastModifiedDateTime": time(w.last_modified),
        "createdDateTime": time(w.created),
        "deletedDateTime": opt_time(deleted),
        "id": w.id,
        "isEnabled": w.is_enabled,
        "isSchedulingEnabled": w.is_scheduling_enabled,
        "nextScheduleRunDateTime": opt_time(next_run),
        "version": w.version,
        "executionConditions": execution_conditions(w),
    }))
}

/// Relationships of a workflow that `$expand` (or Graph by default, for `tasks`) adds.
pub fn workflow_relationships(w: &WorkflowFacts, users: &[UserFacts]) -> Map<String, Value> {
    let creator = users.first().map(user).unwrap_or_default();
    let tasks: Vec<Value> = w.tasks.iter().map(|t| Value::Object(task(t))).collect();
    object(json!({"tasks": tasks, "createdBy": creator, "lastModifiedBy": creator}))
}

/// Version `number` of a workflow (the current one carries today's settings).
pub fn version(w: &WorkflowFacts, number: i32) -> Map<String, Value> {
    let step = (number - 1) as i64 * 86_400 * crate::clock::TICKS_PER_SECOND;
    object(json!({
        "category": w.category,
        "createdDateTime": time(w.created + step),
        "description": w.description,
        "displayName": w.display_name,
        "executionConditions": execution_conditions(w),
        "isEnabled": w.is_enabled,
        "isSchedulingEnabled": w.is_scheduling_enabled,
        "lastModifiedDateTime": time(w.created + step),
        "versionNumber": number,
    }))
}

/// A run with counts taken from its processing results.
pub fn run(r: &RunFacts) -> Map<String, Value> {
    let tasks: Vec<&TaskResultFacts> = r.users.iter().flat_map(|u| &u.tasks).collect();
    let user_statuses: Vec<Status> = r.users.iter().map(UserResultFacts::status).collect();
    object(json!({
        "id": r.id,
        "completedDateTime": opt_time(r.completed),
        "failedTasksCount": tasks.iter().filter(|t| t.status == Status::Failed).count(),
        "failedUsersCount": user_statuses.iter().filter(|s| s.is_failure()).count(),
        "lastUpdatedDateTime": time(r.last_updated()),
        "processingStatus": r.status().as_str(),
        "scheduledDateTime": time(r.scheduled),
        "startedDateTime": opt_time(r.started),
        "successfulUsersCount": user_statuses.iter().filter(|s| **s == Status::Completed).count(),
        "totalTasksCount": tasks.len(),
        "totalUsersCount": r.users.len(),
        "totalUnprocessedTasksCount": tasks.iter().filter(|t| t.status.is_unprocessed()).count(),
        "workflowExecutionType": execution_type(r),
    }))
}

fn execution_type(r: &RunFacts) -> &'static str {
    if r.on_demand { "onDemand" } else { "scheduled" }
}

/// One user's result in one run.
pub fn user_result(data: &DataSet, w: &WorkflowFacts, r: &RunFacts, u: &UserResultFacts) -> Map<String, Value> {
    let started = u.tasks.iter().filter_map(|t| t.started).min();
    let status = u.status();
    let completed = if status.is_finished() { u.tasks.iter().filter_map(|t| t.completed).max() } else { None };
    object(json!({
        "id": u.id,
        "completedDateTime": opt_time(completed),
        "failedTasksCount": u.tasks.iter().filter(|t| t.status == Status::Failed).count(),
        "processingStatus": status.as_str(),
        "scheduledDateTime": time(r.scheduled),
        "startedDateTime": opt_time(started),
        "totalTasksCount": u.tasks.len(),
        "totalUnprocessedTasksCount": u.tasks.iter().filter(|t| t.status.is_unprocessed()).count(),
        "workflowExecutionType": execution_type(r),
        "workflowVersion": w.version,
        "subject": data.users.get(u.user).map_or(Value::Null, user_ref),
    }))
}

/// One task's result for one user.
pub fn task_result(data: &DataSet, w: &WorkflowFacts, u: &UserResultFacts, t: &TaskResultFacts) -> Map<String, Value> {
    let failure = (t.status == Status::Failed).then_some("The simulated task failed for this user.");
    object(json!({
        "id": t.id,
        "completedDateTime": opt_time(t.completed),
        "createdDateTime": time(t.created),
        "failureReason": failure,
        "processingStatus": t.status.as_str(),
        "startedDateTime": opt_time(t.started),
        "subject": data.users.get(u.user).map_or(Value::Null, user_ref),
        "task": w.tasks.get(t.task).map_or(Value::Null, |task_facts| Value::Object(task(task_facts))),
    }))
}

/// Stable id of the report of task `task` in run `r`.
pub fn task_report_id(r: &RunFacts, task: usize) -> String {
    let seed = r.id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    SeededRng::fork(seed, &[task as u64]).guid()
}

/// The report of one task across the users of one run.
pub fn task_report(w: &WorkflowFacts, r: &RunFacts, task_index: usize) -> Map<String, Value> {
    let results: Vec<&TaskResultFacts> = r.users.iter().filter_map(|u| u.tasks.get(task_index)).collect();
    let status = Status::aggregate(results.iter().map(|t| t.status));
    let started = results.iter().filter_map(|t| t.started).min();
    let completed = if status.is_finished() { results.iter().filter_map(|t| t.completed).max() } else { None };
    let last = completed.or(started).unwrap_or(r.scheduled);
    let mut map = object(json!({
        "id": task_report_id(r, task_index),
        "completedDateTime": opt_time(completed),
        "failedUsersCount": results.iter().filter(|t| t.status == Status::Failed).count(),
        "lastUpdatedDateTime": time(last),
        "processingStatus": status.as_str(),
        "runId": r.id,
        "startedDateTime": opt_time(started),
        "successfulUsersCount": results.iter().filter(|t| t.status == Status::Completed).count(),
        "totalUsersCount": results.len(),
        "unprocessedUsersCount": results.iter().filter(|t| t.status.is_unprocessed()).count(),
    }));
    if let Some(t) = w.tasks.get(task_index) {
        map.insert("task".into(), Value::Object(task(t)));
    }
    map
}

/// `runSummary` over the given runs.
pub fn run_summary<'a>(runs: impl Iterator<Item = &'a RunFacts>) -> Map<String, Value> {
    let (mut total, mut ok, mut failed, mut tasks, mut failed_tasks, mut users) = (0, 0, 0, 0, 0, 0);
    for r in runs {
        let status = r.status();
        total += 1;
        ok += usize::from(status == Status::Completed);
        failed += usize::from(status.is_failure());
        for u in &r.users {
            users += 1;
            tasks += u.tasks.len();
            failed_tasks += u.tasks.iter().filter(|t| t.status == Status::Failed).count();
        }
    }
    object(json!({"failedRuns": failed, "failedTasks": failed_tasks, "successfulRuns": ok,
        "totalRuns": total, "totalTasks": tasks, "totalUsers": users}))
}

/// `userSummary` over the users of the given runs.
pub fn user_summary<'a>(runs: impl Iterator<Item = &'a RunFacts>) -> Map<String, Value> {
    let (mut users, mut ok, mut failed, mut tasks, mut failed_tasks) = (0, 0, 0, 0, 0);
    for u in runs.flat_map(|r| &r.users) {
        let status = u.status();
        users += 1;
        ok += usize::from(status == Status::Completed);
        failed += usize::from(status.is_failure());
        tasks += u.tasks.len();
        failed_tasks += u.tasks.iter().filter(|t| t.status == Status::Failed).count();
    }
    object(json!({"failedTasks": failed_tasks, "failedUsers": failed, "successfulUsers": ok,
        "totalTasks": tasks, "totalUsers": users}))
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
    object(json!({"failedTasks": failed, "successfulTasks": ok, "totalTasks": total, "unprocessedTasks": unprocessed}))
}
