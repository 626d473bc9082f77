//! The served data: records of workflows and runs built once, other objects rendered on
//! demand from the facts, and the writes (create, update, delete, restore, activate, new
//! version) applied to the facts so every view stays consistent.

use std::collections::HashMap;
use std::sync::Arc;

use lcw_models::beta::{LifecycleWorkflowCategory, Task, Workflow};
use serde_json::{Map, Value};

use super::enums::{FutureMembers, hide_future_members};
use super::facts::{DataSet, RunFacts, Sizes, TaskFacts, TaskResultFacts, UserResultFacts, WorkflowFacts};
use super::render;
use super::status::Status;
use crate::clock::{self, Ticks};
use crate::odata::record::Record;
use crate::rng::SeededRng;

/// Where a user result sits: run index, user index.
pub type UserAt = (usize, usize);
/// Where a task result sits: run, user, task indexes.
pub type TaskResultAt = (usize, usize, usize);

/// A workflow and its lookup tables.
struct WorkflowState {
    deleted: Option<Ticks>,
    /// Properties set by writes that the facts do not model, kept as sent.
    extra: Map<String, Value>,
    record: Arc<Record>,
    runs: Vec<Arc<Record>>,
    run_ids: HashMap<String, usize>,
    user_ids: HashMap<String, UserAt>,
    task_result_ids: HashMap<String, TaskResultAt>,
    report_ids: HashMap<String, (usize, usize)>,
}

/// Everything the emulator serves.
pub struct Store {
    data: DataSet,
    states: Vec<WorkflowState>,
    ids: HashMap<String, usize>,
    rng: SeededRng,
    future: Box<dyn FutureMembers>,
}

impl Store {
    /// Simulates the tenant for `seed` and `sizes`.
    pub fn new(seed: u64, sizes: Sizes, future: Box<dyn FutureMembers>) -> Self {
        let data = DataSet::generate(seed, sizes);
        let mut store = Self { data, states: Vec::new(), ids: HashMap::new(), rng: SeededRng::fork(seed, &[99]), future };
        for index in 0..store.data.workflows.len() {
            let state = store.build_state(index, None, Map::new());
            store.ids.insert(store.data.workflows[index].id.clone(), index);
            store.states.push(state);
        }
        store
    }

    /// The simulated facts.
    pub fn data(&self) -> &DataSet {
        &self.data
    }

    fn record(&self, full: Map<String, Value>) -> Record {
        let hidden = hide_future_members(&full, self.future.as_ref());
        Record::new(full, hidden)
    }

    fn build_state(&self, index: usize, deleted: Option<Ticks>, extra: Map<String, Value>) -> WorkflowState {
        let w = &self.data.workflows[index];
        let mut state = WorkflowState {
            deleted,
            extra,
            record: Arc::new(Record::new(Map::new(), None)),
            runs: w.runs.iter().map(|r| Arc::new(self.record(render::run(r)))).collect(),
            run_ids: HashMap::new(),
            user_ids: HashMap::new(),
            task_result_ids: HashMap::new(),
            report_ids: HashMap::new(),
        };
        for (ri, r) in w.runs.iter().enumerate() {
            state.run_ids.insert(r.id.clone(), ri);
            for (ui, u) in r.users.iter().enumerate() {
                state.user_ids.insert(u.id.clone(), (ri, ui));
                for (ti, t) in u.tasks.iter().enumerate() {
                    state.task_result_ids.insert(t.id.clone(), (ri, ui, ti));
                }
            }
            for ti in 0..w.tasks.len() {
                state.report_ids.insert(render::task_report_id(r, ti), (ri, ti));
            }
        }
        state.record = Arc::new(self.workflow_record(index, &state));
        state
    }

    fn workflow_record(&self, index: usize, state: &WorkflowState) -> Record {
        let w = &self.data.workflows[index];
        let mut full = render::workflow(w, state.deleted);
        for (k, v) in &state.extra {
            full.insert(k.clone(), v.clone());
        }
        self.record(full).with_expandable(render::workflow_relationships(w, &self.data.users))
    }

    fn facts(&self, wi: usize) -> &WorkflowFacts {
        &self.data.workflows[wi]
    }

    /// Index of a workflow by id; `deleted` picks the deletedItems container.
    pub fn workflow(&self, id: &str, deleted: bool) -> Option<usize> {
        let wi = *self.ids.get(id)?;
        (self.states[wi].deleted.is_some() == deleted).then_some(wi)
    }

    /// Workflows, live or deleted.
    pub fn workflows(&self, deleted: bool) -> Vec<Arc<Record>> {
        self.states.iter().filter(|s| s.deleted.is_some() == deleted).map(|s| s.record.clone()).collect()
    }

    /// One workflow's record.
    pub fn workflow_entity(&self, wi: usize) -> Arc<Record> {
        self.states[wi].record.clone()
    }

    /// Runs of a workflow, oldest first.
    pub fn runs(&self, wi: usize) -> &[Arc<Record>] {
        &self.states[wi].runs
    }

    /// Index of a run by id.
    pub fn run(&self, wi: usize, id: &str) -> Option<usize> {
        self.states[wi].run_ids.get(id).copied()
    }

    /// Task results of a run.
    pub fn run_task_results(&self, wi: usize, ri: usize) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        let r = &w.runs[ri];
        r.users.iter().flat_map(|u| u.tasks.iter().map(move |t| (u, t))).map(|(u, t)| self.task_result(w, u, t)).collect()
    }

    fn task_result(&self, w: &WorkflowFacts, u: &UserResultFacts, t: &TaskResultFacts) -> Arc<Record> {
        Arc::new(self.record(render::task_result(&self.data, w, u, t)))
    }

    /// User results of one run, or of every run of the workflow.
    pub fn user_results(&self, wi: usize, run: Option<usize>) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        let runs: Vec<&RunFacts> = match run {
            Some(ri) => w.runs.get(ri).into_iter().collect(),
            None => w.runs.iter().collect(),
        };
        runs.into_iter()
            .flat_map(|r| r.users.iter().map(move |u| (r, u)))
            .map(|(r, u)| Arc::new(self.record(render::user_result(&self.data, w, r, u))))
            .collect()
    }

    /// Where a user result is, if it belongs to the run given (or to any run).
    pub fn user_result(&self, wi: usize, id: &str, run: Option<usize>) -> Option<UserAt> {
        let at = *self.states[wi].user_ids.get(id)?;
        run.is_none_or(|ri| ri == at.0).then_some(at)
    }

    /// The record of a user result.
    pub fn user_result_entity(&self, wi: usize, (ri, ui): UserAt) -> Arc<Record> {
        let w = self.facts(wi);
        Arc::new(self.record(render::user_result(&self.data, w, &w.runs[ri], &w.runs[ri].users[ui])))
    }

    /// Task results of one user result.
    pub fn user_task_results(&self, wi: usize, (ri, ui): UserAt) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        let u = &w.runs[ri].users[ui];
        u.tasks.iter().map(|t| self.task_result(w, u, t)).collect()
    }

    /// Task reports of a workflow: one per run and task.
    pub fn task_reports(&self, wi: usize) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        w.runs.iter().flat_map(|r| (0..w.tasks.len()).map(move |ti| (r, ti))).map(|(r, ti)| Arc::new(self.record(render::task_report(w, r, ti)))).collect()
    }

    /// Where a task report is: run and task indexes.
    pub fn task_report(&self, wi: usize, id: &str) -> Option<(usize, usize)> {
        self.states[wi].report_ids.get(id).copied()
    }

    /// Task results behind one task report.
    pub fn task_report_results(&self, wi: usize, (ri, ti): (usize, usize)) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        w.runs[ri].users.iter().filter_map(|u| u.tasks.get(ti).map(|t| self.task_result(w, u, t))).collect()
    }

    /// Tasks of a workflow.
    pub fn tasks(&self, wi: usize) -> Vec<Arc<Record>> {
        self.facts(wi).tasks.iter().map(|t| Arc::new(self.record(render::task(t)))).collect()
    }

    /// Index of a task by id.
    pub fn task(&self, wi: usize, id: &str) -> Option<usize> {
        self.facts(wi).tasks.iter().position(|t| t.id == id)
    }

    /// Index of a task result of the given task, by id.
    pub fn task_result_of_task(&self, wi: usize, ti: usize, id: &str) -> Option<TaskResultAt> {
        let at = *self.states[wi].task_result_ids.get(id)?;
        (at.2 == ti).then_some(at)
    }

    /// Task results of one task, across runs and users.
    pub fn task_task_results(&self, wi: usize, ti: usize) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        w.runs.iter().flat_map(|r| &r.users).filter_map(|u| u.tasks.get(ti).map(|t| self.task_result(w, u, t))).collect()
    }

    /// Versions of a workflow, `1..=version`.
    pub fn versions(&self, wi: usize) -> Vec<Arc<Record>> {
        let w = self.facts(wi);
        (1..=w.version).map(|n| self.version_record(w, n)).collect()
    }

    fn version_record(&self, w: &WorkflowFacts, n: i32) -> Arc<Record> {
        let tasks: Vec<Value> = w.tasks.iter().map(|t| Value::Object(render::task(t))).collect();
        let mut expandable = Map::new();
        expandable.insert("tasks".into(), Value::Array(tasks));
        Arc::new(self.record(render::version(w, n)).with_expandable(expandable))
    }

    /// A version by its number (the key of `versions/{n}`).
    pub fn version(&self, wi: usize, key: &str) -> Option<i32> {
        let n: i32 = key.parse().ok()?;
        (1..=self.facts(wi).version).contains(&n).then_some(n)
    }

    /// Record of version `n`.
    pub fn version_entity(&self, wi: usize, n: i32) -> Arc<Record> {
        self.version_record(self.facts(wi), n)
    }

    /// The execution scope: the docs give it as the user processing results of the users the
    /// workflow currently covers, which here are those of its latest run.
    pub fn execution_scope(&self, wi: usize) -> Vec<Arc<Record>> {
        let runs = self.facts(wi).runs.len();
        if runs == 0 { Vec::new() } else { self.user_results(wi, Some(runs - 1)) }
    }

    fn runs_in(&self, wi: usize, window: (Ticks, Ticks)) -> impl Iterator<Item = &RunFacts> {
        self.facts(wi).runs.iter().filter(move |r| r.scheduled >= window.0 && r.scheduled < window.1)
    }

    /// `runSummary` of the runs scheduled in `[start, end)`.
    pub fn run_summary(&self, wi: usize, window: (Ticks, Ticks)) -> Record {
        self.record(render::run_summary(self.runs_in(wi, window)))
    }

    /// `userSummary` of the users of runs scheduled in `[start, end)`.
    pub fn user_summary(&self, wi: usize, window: (Ticks, Ticks)) -> Record {
        self.record(render::user_summary(self.runs_in(wi, window)))
    }

    /// `taskReportSummary` of the task results of runs scheduled in `[start, end)`.
    pub fn task_report_summary(&self, wi: usize, window: (Ticks, Ticks)) -> Record {
        self.record(render::task_report_summary(self.runs_in(wi, window)))
    }

    // ---- writes ----

    /// Adds a workflow from a decoded request body; returns its index.
    pub fn create_workflow(&mut self, body: &Workflow) -> usize {
        let now = clock::now();
        let id = self.rng.guid();
        let tasks = body.tasks.as_deref().unwrap_or_default().iter().enumerate().map(|(i, t)| self.task_from_body(i, t)).collect();
        let facts = WorkflowFacts {
            id: id.clone(),
            display_name: body.display_name.clone().unwrap_or_default(),
            description: body.description.clone().unwrap_or_default(),
            category: workflow_category(body.category.as_ref()),
            created: now,
            last_modified: now,
            version: 1,
            is_enabled: body.is_enabled.unwrap_or(false),
            is_scheduling_enabled: body.is_scheduling_enabled.unwrap_or(false),
            offset_in_days: 0,
            tasks,
            runs: Vec::new(),
        };
        self.data.workflows.push(facts);
        let index = self.data.workflows.len() - 1;
        let mut extra = Map::new();
        if let Some(value) = body.execution_conditions.as_ref().and_then(|c| serde_json::to_value(c).ok()) {
            extra.insert("executionConditions".into(), value);
        }
        let state = self.build_state(index, None, extra);
        self.states.push(state);
        self.ids.insert(id, index);
        index
    }

    fn task_from_body(&mut self, index: usize, body: &Task) -> TaskFacts {
        let category = match body.category.as_ref().map(ToString::to_string).as_deref() {
            Some("leaver") => "leaver",
            Some("joiner,leaver" | "leaver,joiner") => "joiner,leaver",
            _ => "joiner",
        };
        TaskFacts {
            id: self.rng.guid(),
            display_name: body.display_name.clone().unwrap_or_default(),
            description: body.description.clone().unwrap_or_default(),
            task_definition_id: body.task_definition_id.clone().unwrap_or_default(),
            category,
            execution_sequence: index as i32 + 1,
            is_enabled: body.is_enabled.unwrap_or(true),
            continue_on_error: body.continue_on_error.unwrap_or(false),
        }
    }

    /// Applies a PATCH of the updatable properties.
    pub fn update_workflow(&mut self, wi: usize, body: &Workflow) {
        let w = &mut self.data.workflows[wi];
        if let Some(v) = &body.display_name {
            w.display_name.clone_from(v);
        }
        if let Some(v) = &body.description {
            w.description.clone_from(v);
        }
        if let Some(v) = body.is_enabled {
            w.is_enabled = v;
        }
        if let Some(v) = body.is_scheduling_enabled {
            w.is_scheduling_enabled = v;
        }
        w.last_modified = clock::now();
        self.refresh(wi);
    }

    fn refresh(&mut self, wi: usize) {
        let deleted = self.states[wi].deleted;
        let extra = std::mem::take(&mut self.states[wi].extra);
        self.states[wi] = self.build_state(wi, deleted, extra);
    }

    /// Moves a workflow to deletedItems.
    pub fn delete_workflow(&mut self, wi: usize) {
        self.states[wi].deleted = Some(clock::now());
        self.refresh(wi);
    }

    /// Brings a deleted workflow back.
    pub fn restore_workflow(&mut self, wi: usize) {
        self.states[wi].deleted = None;
        self.refresh(wi);
    }

    /// Removes a deleted workflow for good (its id stops resolving).
    pub fn purge_workflow(&mut self, wi: usize) {
        let id = self.data.workflows[wi].id.clone();
        self.ids.remove(&id);
    }

    /// Starts an on-demand run for the given user ids; unknown users are skipped.
    pub fn activate(&mut self, wi: usize, user_ids: &[String]) -> usize {
        let now = clock::now();
        let users: Vec<usize> = user_ids.iter().filter_map(|id| self.data.users.iter().position(|u| &u.id == id)).collect();
        let task_count = self.data.workflows[wi].tasks.len();
        let mut user_results = Vec::new();
        for user in &users {
            let tasks = (0..task_count)
                .map(|t| TaskResultFacts { id: self.rng.guid(), task: t, status: Status::Queued, created: now, started: None, completed: None })
                .collect();
            user_results.push(UserResultFacts { id: self.rng.guid(), user: *user, tasks });
        }
        let run = RunFacts { id: self.rng.guid(), scheduled: now, started: None, completed: None, on_demand: true, users: user_results };
        self.data.workflows[wi].runs.push(run);
        self.refresh(wi);
        users.len()
    }

    /// Makes the posted definition the next version of the workflow.
    pub fn new_version(&mut self, wi: usize, body: &Workflow) {
        let new_tasks: Option<Vec<TaskFacts>> =
            body.tasks.as_ref().map(|tasks| tasks.iter().enumerate().map(|(i, t)| self.task_from_body(i, t)).collect());
        let w = &mut self.data.workflows[wi];
        w.version += 1;
        if let Some(tasks) = new_tasks {
            w.tasks = tasks;
        }
        self.update_workflow(wi, body);
    }

    /// Marks a task result as resumed by a custom task extension callback.
    pub fn resume(&mut self, wi: usize, (ri, ui, ti): TaskResultAt, succeeded: bool) {
        let now = clock::now();
        if let Some(t) = self.data.workflows[wi].runs.get_mut(ri).and_then(|r| r.users.get_mut(ui)).and_then(|u| u.tasks.get_mut(ti)) {
            t.status = if succeeded { Status::Completed } else { Status::Failed };
            t.started.get_or_insert(now);
            t.completed = Some(now);
        }
        self.refresh(wi);
    }
}

fn workflow_category(category: Option<&LifecycleWorkflowCategory>) -> &'static str {
    match category {
        Some(LifecycleWorkflowCategory::Leaver) => "leaver",
        Some(LifecycleWorkflowCategory::Mover) => "mover",
        _ => "joiner",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoFuture;
    impl FutureMembers for NoFuture {
        fn is_after_sentinel(&self, _: &str, _: &str) -> bool {
            false
        }
    }

    fn int(record: &Record, key: &str) -> i64 {
        record.full_object().get(key).and_then(Value::as_i64).unwrap_or(-1)
    }

    #[test]
    fn run_counts_match_processing_results() {
        let store = Store::new(11, Sizes { workflows: 1, runs_per_workflow: 30, users_per_run: 3, tasks_per_workflow: 2 }, Box::new(NoFuture));
        for (ri, run) in store.runs(0).iter().enumerate() {
            let users = store.user_results(0, Some(ri));
            let tasks = store.run_task_results(0, ri);
            assert_eq!(int(run, "totalUsersCount"), users.len() as i64);
            assert_eq!(int(run, "totalTasksCount"), tasks.len() as i64);
            let failed = tasks.iter().filter(|t| t.full_object()["processingStatus"] == "failed").count();
            assert_eq!(int(run, "failedTasksCount"), failed as i64);
            let user_failed_tasks: i64 = users.iter().map(|u| int(u, "failedTasksCount")).sum();
            assert_eq!(user_failed_tasks, failed as i64);
        }
    }

    #[test]
    fn summary_adds_up_the_runs_in_the_window() {
        let store = Store::new(12, Sizes { workflows: 1, runs_per_workflow: 40, users_per_run: 2, tasks_per_workflow: 2 }, Box::new(NoFuture));
        let runs = &store.data().workflows[0].runs;
        let window = (runs[10].scheduled, runs[30].scheduled);
        let summary = store.run_summary(0, window);
        assert_eq!(int(&summary, "totalRuns"), 20);
        let records = &store.runs(0)[10..30];
        let sum = |k: &str| records.iter().map(|r| int(r, k)).sum::<i64>();
        assert_eq!(int(&summary, "totalTasks"), sum("totalTasksCount"));
        assert_eq!(int(&summary, "failedTasks"), sum("failedTasksCount"));
        assert_eq!(int(&summary, "totalUsers"), sum("totalUsersCount"));
        let ok = records.iter().filter(|r| r.full_object()["processingStatus"] == "completed").count();
        assert_eq!(int(&summary, "successfulRuns"), ok as i64);
    }

    #[test]
    fn writes_keep_views_consistent() {
        let mut store = Store::new(13, Sizes::default(), Box::new(NoFuture));
        let body = serde_json::json!({"displayName": "New", "category": "leaver", "tasks": [{"displayName": "t"}]});
        let body: Workflow = serde_json::from_value(body).unwrap_or_default();
        let wi = store.create_workflow(&body);
        assert_eq!(store.tasks(wi).len(), 1);
        let user = store.data().users[0].id.clone();
        assert_eq!(store.activate(wi, &[user]), 1);
        assert_eq!(store.runs(wi).len(), 1);
        assert_eq!(int(&store.runs(wi)[0], "totalTasksCount"), 1);
        let id = store.data().workflows[wi].id.clone();
        store.delete_workflow(wi);
        assert_eq!(store.workflow(&id, false), None);
        assert_eq!(store.workflow(&id, true), Some(wi));
        store.restore_workflow(wi);
        assert_eq!(store.workflow(&id, false), Some(wi));
    }
}
