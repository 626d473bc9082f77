//! The served data: records of workflows and runs built once, other objects rendered on
//! demand from the facts (so a page renders only its own records), and the writes (create,
//! update, delete, restore, activate, new version) applied to the facts so every view stays
//! consistent.

use std::collections::HashMap;
use std::sync::Arc;

use lcw_models::beta::{LifecycleWorkflowCategory, Task, Workflow};
use serde_json::{Map, Value};

use super::catalog::Catalog;
use super::enums::{FutureMembers, hide_future_members};
use super::facts::{
    DataSet, RunFacts, Sizes, TaskFacts, TaskResultFacts, UserResultFacts, WorkflowFacts,
};
use super::listing::{Listing, Positions, StoreCollection};
use super::render;
use super::status::Status;
use crate::clock::{self, Ticks};
use crate::odata::page::Collection;
use crate::odata::record::Record;
use crate::rng::SeededRng;

/// Where a user result sits: run index, user index.
pub type UserAt = (usize, usize);
/// Where a task result sits: run, user, task indexes.
pub type TaskResultAt = (usize, usize, usize);
/// Where a task report sits: run index, task index.
pub type ReportAt = (usize, usize);

/// Graph caps the items of an expanded relationship (at 20 for directory objects); the same
/// cap everywhere keeps an expanded page cheap however large the relationship is.
pub const EXPANDED_ITEMS_LIMIT: usize = 20;

/// A served entity, as far as its relationships are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A workflow.
    Workflow(usize),
    /// A run of a workflow.
    Run(usize, usize),
    /// A user processing result.
    UserResult(usize, UserAt),
    /// A task processing result.
    TaskResult(usize, TaskResultAt),
    /// A task report.
    TaskReport(usize, ReportAt),
    /// A task of a workflow.
    Task(usize, usize),
    /// A version of a workflow.
    Version(usize, i32),
}

/// A workflow, its ready records and the positions of everything below it.
struct WorkflowState {
    deleted: Option<Ticks>,
    /// Properties set by writes that the facts do not model, kept as sent.
    extra: Map<String, Value>,
    record: Arc<Record>,
    runs: Vec<Arc<Record>>,
    run_ids: HashMap<String, usize>,
    user_ids: HashMap<String, UserAt>,
    task_result_ids: HashMap<String, TaskResultAt>,
    report_ids: HashMap<String, ReportAt>,
    /// Every user result in run order; `user_offsets[ri]..user_offsets[ri + 1]` are run `ri`'s.
    users: Vec<UserAt>,
    user_offsets: Vec<usize>,
    /// Every task result in run order, with offsets per run like `users`.
    task_results: Vec<TaskResultAt>,
    task_result_offsets: Vec<usize>,
    /// Task results grouped by the position of their task.
    results_by_task: Vec<Vec<TaskResultAt>>,
}

impl WorkflowState {
    fn run_slice<'a, T>(items: &'a [T], offsets: &[usize], ri: usize) -> &'a [T] {
        let range =
            offsets.get(ri).copied().unwrap_or(0)..offsets.get(ri + 1).copied().unwrap_or(0);
        items.get(range).unwrap_or_default()
    }
}

/// Everything the emulator serves.
pub struct Store {
    data: DataSet,
    catalog: Catalog,
    states: Vec<WorkflowState>,
    ids: HashMap<String, usize>,
    rng: SeededRng,
    future: Box<dyn FutureMembers>,
    /// Reprocessed-run links removed with `$ref` deletes: (subject key, run id).
    unlinked: std::collections::HashSet<(String, String)>,
}

impl Store {
    /// Simulates the tenant for `seed` and `sizes`.
    pub fn new(seed: u64, sizes: Sizes, future: Box<dyn FutureMembers>) -> Self {
        let data = DataSet::generate(seed, sizes);
        let first = data.workflows.iter().map(|w| w.created).min();
        let catalog = Catalog::new(&data, first.unwrap_or(super::facts::HISTORY_END), seed);
        let mut store = Self {
            data,
            catalog,
            states: Vec::new(),
            ids: HashMap::new(),
            rng: SeededRng::fork(seed, &[99]),
            future,
            unlinked: std::collections::HashSet::new(),
        };
        for index in 0..store.data.workflows.len() {
            let extra = seeded_quarantine(index, store.data.workflows[index].created);
            let state = store.build_state(index, None, extra);
            store
                .ids
                .insert(store.data.workflows[index].id.clone(), index);
            store.states.push(state);
        }
        store
    }

    /// The simulated facts.
    pub fn data(&self) -> &DataSet {
        &self.data
    }

    /// Whether `value` of `property` is an enum member listed after `unknownFutureValue`.
    pub fn is_after_sentinel(&self, property: &str, value: &str) -> bool {
        self.future.is_after_sentinel(property, value)
    }

    /// The tenant-wide objects.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The tenant-wide objects, for writes.
    pub fn catalog_mut(&mut self) -> &mut Catalog {
        &mut self.catalog
    }

    /// A fresh guid from the store's generator.
    pub fn new_id(&mut self) -> String {
        self.rng.guid()
    }

    /// A record of `full`, with its view without members after the sentinel.
    pub fn make_record(&self, full: Map<String, Value>) -> Record {
        self.record(full)
    }

    fn record(&self, full: Map<String, Value>) -> Record {
        let hidden = hide_future_members(&full, self.future.as_ref());
        Record::new(full, hidden)
    }

    fn build_state(
        &self,
        index: usize,
        deleted: Option<Ticks>,
        extra: Map<String, Value>,
    ) -> WorkflowState {
        let w = &self.data.workflows[index];
        let mut state = WorkflowState {
            deleted,
            extra,
            record: Arc::new(Record::new(Map::new(), None)),
            runs: w
                .runs
                .iter()
                .map(|r| Arc::new(self.record(render::run(r))))
                .collect(),
            run_ids: HashMap::new(),
            user_ids: HashMap::new(),
            task_result_ids: HashMap::new(),
            report_ids: HashMap::new(),
            users: Vec::new(),
            user_offsets: vec![0],
            task_results: Vec::new(),
            task_result_offsets: vec![0],
            results_by_task: Vec::new(),
        };
        for (ri, r) in w.runs.iter().enumerate() {
            state.run_ids.insert(r.id.clone(), ri);
            for (ui, u) in r.users.iter().enumerate() {
                state.user_ids.insert(u.id.clone(), (ri, ui));
                state.users.push((ri, ui));
                for (ti, t) in u.tasks.iter().enumerate() {
                    state.task_result_ids.insert(t.id.clone(), (ri, ui, ti));
                    state.task_results.push((ri, ui, ti));
                    if state.results_by_task.len() <= ti {
                        state.results_by_task.resize_with(ti + 1, Vec::new);
                    }
                    state.results_by_task[ti].push((ri, ui, ti));
                }
            }
            state.user_offsets.push(state.users.len());
            state.task_result_offsets.push(state.task_results.len());
            for ti in 0..w.tasks.len() {
                state
                    .report_ids
                    .insert(render::task_report_id(r, ti), (ri, ti));
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
        self.record(full)
    }

    fn facts(&self, wi: usize) -> &WorkflowFacts {
        &self.data.workflows[wi]
    }

    /// The records `listing` names, fetched by position.
    pub fn collection(&self, listing: Listing) -> StoreCollection<'_> {
        use Listing as L;
        let positions = match listing {
            L::Workflows { deleted } => Positions::Workflows(
                self.states
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.deleted.is_some() == deleted)
                    .map(|(wi, _)| wi)
                    .collect(),
            ),
            L::Runs(wi) => Positions::Runs(wi),
            L::UserResults(wi, None) => Positions::Users(wi, &self.states[wi].users),
            L::UserResults(wi, Some(ri)) => {
                let s = &self.states[wi];
                Positions::Users(wi, WorkflowState::run_slice(&s.users, &s.user_offsets, ri))
            }
            L::ExecutionScope(wi) => {
                let s = &self.states[wi];
                let latest = s.user_offsets.len().saturating_sub(2);
                Positions::Users(
                    wi,
                    WorkflowState::run_slice(&s.users, &s.user_offsets, latest),
                )
            }
            L::TaskResultsOfRun(wi, ri) => {
                let s = &self.states[wi];
                Positions::TaskResults(
                    wi,
                    WorkflowState::run_slice(&s.task_results, &s.task_result_offsets, ri).into(),
                )
            }
            L::TaskResultsOfUser(wi, (ri, ui)) => {
                let count = self.facts(wi).runs[ri].users[ui].tasks.len();
                Positions::TaskResults(
                    wi,
                    (0..count).map(|ti| (ri, ui, ti)).collect::<Vec<_>>().into(),
                )
            }
            L::TaskResultsOfReport(wi, (ri, ti)) => {
                let users = &self.facts(wi).runs[ri].users;
                let at = users
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| ti < u.tasks.len())
                    .map(|(ui, _)| (ri, ui, ti));
                Positions::TaskResults(wi, at.collect::<Vec<_>>().into())
            }
            L::TaskResultsOfTask(wi, ti) => Positions::TaskResults(
                wi,
                self.states[wi]
                    .results_by_task
                    .get(ti)
                    .map_or(&[][..], Vec::as_slice)
                    .into(),
            ),
            L::TaskReports(wi) => Positions::Reports(wi),
            L::Tasks(wi) => Positions::Tasks(wi),
            L::Versions(wi) => Positions::Versions(wi),
        };
        StoreCollection {
            store: self,
            positions,
        }
    }

    /// Index of a workflow by id; `deleted` picks the deletedItems container.
    pub fn workflow(&self, id: &str, deleted: bool) -> Option<usize> {
        let wi = *self.ids.get(id)?;
        (self.states[wi].deleted.is_some() == deleted).then_some(wi)
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

    /// The record of a task result.
    pub fn task_result_entity(&self, wi: usize, (ri, ui, ti): TaskResultAt) -> Option<Arc<Record>> {
        let w = self.facts(wi);
        let u = w.runs.get(ri)?.users.get(ui)?;
        Some(Arc::new(self.record(render::task_result(
            &self.data,
            w,
            u,
            u.tasks.get(ti)?,
        ))))
    }

    /// Where a user result is, if it belongs to the run given (or to any run).
    pub fn user_result(&self, wi: usize, id: &str, run: Option<usize>) -> Option<UserAt> {
        let at = *self.states[wi].user_ids.get(id)?;
        run.is_none_or(|ri| ri == at.0).then_some(at)
    }

    /// The record of a user result.
    pub fn user_result_entity(&self, wi: usize, (ri, ui): UserAt) -> Option<Arc<Record>> {
        let w = self.facts(wi);
        let r = w.runs.get(ri)?;
        Some(Arc::new(self.record(render::user_result(
            &self.data,
            w,
            r,
            r.users.get(ui)?,
        ))))
    }

    /// Where a task report is: run and task indexes.
    pub fn task_report(&self, wi: usize, id: &str) -> Option<ReportAt> {
        self.states[wi].report_ids.get(id).copied()
    }

    /// The record of a task report.
    pub fn task_report_entity(&self, wi: usize, (ri, ti): ReportAt) -> Option<Arc<Record>> {
        let w = self.facts(wi);
        let run = w.runs.get(ri).filter(|_| ti < w.tasks.len())?;
        Some(Arc::new(self.record(render::task_report(w, run, ti))))
    }

    /// The record of a task.
    pub fn task_entity(&self, wi: usize, ti: usize) -> Option<Arc<Record>> {
        self.facts(wi)
            .tasks
            .get(ti)
            .map(|t| Arc::new(self.record(render::task(t))))
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

    /// A version by its number (the key of `versions/{n}`).
    pub fn version(&self, wi: usize, key: &str) -> Option<i32> {
        let n: i32 = key.parse().ok()?;
        (1..=self.facts(wi).version).contains(&n).then_some(n)
    }

    /// Record of version `n`.
    pub fn version_entity(&self, wi: usize, n: i32) -> Arc<Record> {
        Arc::new(self.record(render::version(self.facts(wi), n)))
    }

    /// Relationship `name` of `owner` as `$expand` adds it, in the caller's view of enum
    /// members; collections hold at most [`EXPANDED_ITEMS_LIMIT`] items. `None` for a name the
    /// owner has no data for.
    pub fn related(&self, owner: Owner, name: &str, include_future: bool) -> Option<Value> {
        use Listing as L;
        use Owner as O;
        let w = match owner {
            O::Workflow(wi)
            | O::Run(wi, _)
            | O::UserResult(wi, _)
            | O::TaskResult(wi, _)
            | O::TaskReport(wi, _)
            | O::Task(wi, _)
            | O::Version(wi, _) => self.facts(wi),
        };
        let list =
            |listing: Listing| Some(self.expanded(&self.collection(listing), include_future));
        let user = |index: usize| {
            self.data
                .users
                .get(index)
                .map(|u| Value::Object(render::user(u)))
        };
        let task = |wi: usize, ti: usize| {
            Some(Value::Object(
                self.task_entity(wi, ti)?.object(include_future).clone(),
            ))
        };
        let user_of = |(ri, ui): UserAt| w.runs.get(ri)?.users.get(ui).map(|u| u.user);
        match (owner, name) {
            (O::Workflow(wi) | O::Version(wi, _), "tasks") => list(L::Tasks(wi)),
            // Who created or last changed a workflow is not simulated: the tenant's first user.
            (O::Workflow(_) | O::Version(..), "createdBy" | "lastModifiedBy") => user(0),
            (O::Workflow(wi), "runs") => list(L::Runs(wi)),
            (O::Workflow(wi), "versions") => list(L::Versions(wi)),
            (O::Workflow(wi), "taskReports") => list(L::TaskReports(wi)),
            (O::Workflow(wi), "userProcessingResults") => list(L::UserResults(wi, None)),
            // Same records as the executionScope list: user processing results of the latest run.
            (O::Workflow(wi), "executionScope") => list(L::ExecutionScope(wi)),
            (O::Run(wi, ri), "userProcessingResults") => list(L::UserResults(wi, Some(ri))),
            (O::Run(wi, ri), "taskProcessingResults") => list(L::TaskResultsOfRun(wi, ri)),
            (O::Run(wi, ri), "taskReports") => {
                let reports = (0..w.tasks.len())
                    .take(EXPANDED_ITEMS_LIMIT)
                    .filter_map(|ti| self.task_report_entity(wi, (ri, ti)));
                Some(Value::Array(
                    reports
                        .map(|r| Value::Object(r.object(include_future).clone()))
                        .collect(),
                ))
            }
            (O::UserResult(_, at), "subject") => user(user_of(at)?),
            (O::UserResult(wi, at), "taskProcessingResults") => list(L::TaskResultsOfUser(wi, at)),
            (O::TaskResult(_, (ri, ui, _)), "subject") => user(user_of((ri, ui))?),
            (O::TaskResult(wi, (ri, ui, ti)), "task") => {
                task(wi, w.runs.get(ri)?.users.get(ui)?.tasks.get(ti)?.task)
            }
            (O::TaskReport(wi, (_, ti)), "task") => task(wi, ti),
            (O::TaskReport(_, (_, ti)), "taskDefinition") => w.tasks.get(ti).map(|t| {
                Value::Object(
                    super::catalog::definition(&t.task_definition_id)
                        .unwrap_or_else(|| render::task_definition(t)),
                )
            }),
            (O::TaskReport(wi, at), "taskProcessingResults") => {
                list(L::TaskResultsOfReport(wi, at))
            }
            (O::Task(wi, ti), "taskProcessingResults") => list(L::TaskResultsOfTask(wi, ti)),
            _ => None,
        }
    }

    fn expanded(&self, collection: &StoreCollection<'_>, include_future: bool) -> Value {
        let records =
            (0..collection.len().min(EXPANDED_ITEMS_LIMIT)).filter_map(|i| collection.record(i));
        Value::Array(
            records
                .map(|r| Value::Object(r.object(include_future).clone()))
                .collect(),
        )
    }

    fn runs_in(&self, wi: usize, window: (Ticks, Ticks)) -> impl Iterator<Item = &RunFacts> {
        self.facts(wi)
            .runs
            .iter()
            .filter(move |r| r.scheduled >= window.0 && r.scheduled < window.1)
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
        let tasks = body
            .tasks
            .as_deref()
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, t)| self.task_from_body(i, t))
            .collect();
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
        if let Some(value) = body
            .execution_conditions
            .as_ref()
            .and_then(|c| serde_json::to_value(c).ok())
        {
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
            arguments: body
                .arguments
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|a| {
                    (
                        a.name.clone().unwrap_or_default(),
                        a.value.clone().unwrap_or_default(),
                    )
                })
                .collect(),
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

    /// Applies a PATCH of a task's updatable properties; the workflow counts as modified.
    pub fn update_task(&mut self, wi: usize, ti: usize, body: &Task) {
        let w = &mut self.data.workflows[wi];
        if let Some(t) = w.tasks.get_mut(ti) {
            if let Some(v) = &body.display_name {
                t.display_name.clone_from(v);
            }
            if let Some(v) = &body.description {
                t.description.clone_from(v);
            }
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
        let users: Vec<usize> = user_ids
            .iter()
            .filter_map(|id| self.data.users.iter().position(|u| &u.id == id))
            .collect();
        let task_count = self.data.workflows[wi].tasks.len();
        let mut user_results = Vec::new();
        for user in &users {
            let tasks = (0..task_count)
                .map(|t| TaskResultFacts {
                    id: self.rng.guid(),
                    task: t,
                    status: Status::Queued,
                    created: now,
                    started: None,
                    completed: None,
                })
                .collect();
            user_results.push(UserResultFacts {
                id: self.rng.guid(),
                user: *user,
                tasks,
            });
        }
        let run = RunFacts {
            id: self.rng.guid(),
            scheduled: now,
            started: None,
            completed: None,
            on_demand: true,
            users: user_results,
        };
        self.data.workflows[wi].runs.push(run);
        self.refresh(wi);
        users.len()
    }

    /// Makes the posted definition the next version of the workflow.
    pub fn new_version(&mut self, wi: usize, body: &Workflow) {
        let new_tasks: Option<Vec<TaskFacts>> = body.tasks.as_ref().map(|tasks| {
            tasks
                .iter()
                .enumerate()
                .map(|(i, t)| self.task_from_body(i, t))
                .collect()
        });
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
        if let Some(t) = self.data.workflows[wi]
            .runs
            .get_mut(ri)
            .and_then(|r| r.users.get_mut(ui))
            .and_then(|u| u.tasks.get_mut(ti))
        {
            t.status = if succeeded {
                Status::Completed
            } else {
                Status::Failed
            };
            t.started.get_or_insert(now);
            t.completed = Some(now);
        }
        self.refresh(wi);
    }
}

/// What the insights functions report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insight {
    /// `topTasksProcessedSummary`
    TopTasks,
    /// `topWorkflowsProcessedSummary`
    TopWorkflows,
    /// `workflowsProcessedByCategory`
    ByCategory,
    /// `workflowsProcessedSummary`
    Summary,
}

/// What `activateAndWait` reports for its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Awaited {
    /// `completed`, or `failed` when the subject is no user of the tenant.
    pub status: Status,
    /// Why, when it did not complete.
    pub reasons: Vec<String>,
}

impl Store {
    /// Whether workflow `wi` sits in deletedItems.
    pub fn is_deleted(&self, wi: usize) -> bool {
        self.states[wi].deleted.is_some()
    }

    /// The user id of the subject of user result `at`.
    pub fn subject_of(&self, wi: usize, (ri, ui): UserAt) -> Option<String> {
        let user = self.facts(wi).runs.get(ri)?.users.get(ui)?.user;
        self.data.users.get(user).map(|u| u.id.clone())
    }

    /// Index of the latest run of a workflow.
    pub fn latest_run(&self, wi: usize) -> Option<usize> {
        self.facts(wi).runs.len().checked_sub(1)
    }

    /// The record of a user's result as a `subjectProcessingResult`.
    pub fn subject_entity(&self, wi: usize, (ri, ui): UserAt) -> Option<Arc<Record>> {
        let w = self.facts(wi);
        let r = w.runs.get(ri)?;
        Some(Arc::new(self.record(render::subject_result(
            &self.data,
            w,
            r,
            r.users.get(ui)?,
        ))))
    }

    /// Where the subjects of a run are.
    pub fn subjects_of_run(&self, wi: usize, ri: usize) -> Vec<UserAt> {
        (0..self.facts(wi).runs.get(ri).map_or(0, |r| r.users.len()))
            .map(|ui| (ri, ui))
            .collect()
    }

    /// `subjectSummary` of the subjects of run `ri`, when the run is scheduled in the window.
    pub fn subject_summary(&self, wi: usize, ri: usize, window: (Ticks, Ticks)) -> Record {
        let run = self.facts(wi).runs.get(ri);
        let users = run
            .filter(|r| r.scheduled >= window.0 && r.scheduled < window.1)
            .map(|r| r.users.as_slice())
            .unwrap_or_default();
        self.record(render::subject_summary(users.iter()))
    }

    /// The workflows that count for the tenant's insights: those not deleted.
    fn live_workflows(&self) -> impl Iterator<Item = (usize, &WorkflowFacts)> {
        self.data
            .workflows
            .iter()
            .enumerate()
            .filter(move |(wi, _)| {
                self.states[*wi].deleted.is_none()
                    && self.ids.get(&self.data.workflows[*wi].id) == Some(wi)
            })
    }

    /// The records an insights function answers over the runs scheduled in the window, of
    /// the workflows not deleted (one record for the summaries, a list for the top lists).
    pub fn insight(&self, kind: Insight, window: (Ticks, Ticks)) -> Vec<Arc<Record>> {
        use render::InsightTally;
        let in_window = |r: &&RunFacts| r.scheduled >= window.0 && r.scheduled < window.1;
        let maps: Vec<Map<String, Value>> = match kind {
            Insight::Summary => {
                let mut t = InsightTally::default();
                for (_, w) in self.live_workflows() {
                    w.runs.iter().filter(in_window).for_each(|r| t.add_run(r));
                }
                vec![render::workflows_insights_summary(&t)]
            }
            Insight::ByCategory => {
                let mut tallies = [InsightTally::default(); 3];
                for (_, w) in self.live_workflows() {
                    let slot = match w.category {
                        "joiner" => 0,
                        "leaver" => 1,
                        _ => 2,
                    };
                    w.runs
                        .iter()
                        .filter(in_window)
                        .for_each(|r| tallies[slot].add_run(r));
                }
                vec![render::workflows_insights_by_category(
                    &tallies[0],
                    &tallies[1],
                    &tallies[2],
                )]
            }
            Insight::TopWorkflows => {
                let mut rows: Vec<(&WorkflowFacts, InsightTally)> = Vec::new();
                for (_, w) in self.live_workflows() {
                    let mut t = InsightTally::default();
                    w.runs.iter().filter(in_window).for_each(|r| t.add_run(r));
                    if t.runs > 0 {
                        rows.push((w, t));
                    }
                }
                rows.sort_by(|a, b| b.1.runs.cmp(&a.1.runs).then(a.0.id.cmp(&b.0.id)));
                rows.iter()
                    .map(|(w, t)| render::top_workflow(w, t))
                    .collect()
            }
            Insight::TopTasks => {
                let mut rows: Vec<(String, InsightTally)> = Vec::new();
                for (_, w) in self.live_workflows() {
                    for r in w.runs.iter().filter(in_window) {
                        for t in r.users.iter().flat_map(|u| &u.tasks) {
                            let Some(task) = w.tasks.get(t.task) else {
                                continue;
                            };
                            let at = match rows
                                .iter()
                                .position(|(d, _)| *d == task.task_definition_id)
                            {
                                Some(at) => at,
                                None => {
                                    rows.push((
                                        task.task_definition_id.clone(),
                                        InsightTally::default(),
                                    ));
                                    rows.len() - 1
                                }
                            };
                            let tally = &mut rows[at].1;
                            // Each task result is one user's outcome of the task.
                            tally.tasks += 1;
                            tally.users += 1;
                            let ok = t.status == Status::Completed;
                            let failed = t.status == Status::Failed;
                            tally.successful_tasks += usize::from(ok);
                            tally.successful_users += usize::from(ok);
                            tally.failed_tasks += usize::from(failed);
                            tally.failed_users += usize::from(failed);
                        }
                    }
                }
                rows.sort_by(|a, b| b.1.tasks.cmp(&a.1.tasks).then(a.0.cmp(&b.0)));
                rows.iter()
                    .map(|(d, t)| {
                        let name = super::catalog::definition_name(d).unwrap_or_default();
                        render::top_task(d, name, t)
                    })
                    .collect()
            }
        };
        maps.into_iter().map(|m| Arc::new(self.record(m))).collect()
    }

    /// Runs (indexes) that reprocessed the subject of user result `at`: the other runs of the
    /// workflow that processed the same user, oldest first, less the links removed; with
    /// `of_run`, the runs after that one that processed the user again.
    pub fn reprocessed_runs(&self, wi: usize, at: UserAt, of_run: Option<usize>) -> Vec<usize> {
        let w = self.facts(wi);
        let Some(user) = w.runs.get(at.0).and_then(|r| r.users.get(at.1)) else {
            return Vec::new();
        };
        let key = self.reprocessed_key(wi, at, of_run);
        w.runs
            .iter()
            .enumerate()
            .filter(|(ri, r)| {
                let after = match of_run {
                    None => *ri != at.0,
                    Some(o) => *ri > o,
                };
                after
                    && r.users.iter().any(|u| u.user == user.user)
                    && !self.unlinked.contains(&(key.clone(), r.id.clone()))
            })
            .map(|(ri, _)| ri)
            .collect()
    }

    fn reprocessed_key(&self, wi: usize, at: UserAt, of_run: Option<usize>) -> String {
        let w = self.facts(wi);
        let user = w.runs.get(at.0).and_then(|r| r.users.get(at.1));
        let base = user.map_or(String::new(), |u| u.id.clone());
        match of_run.and_then(|ri| w.runs.get(ri)) {
            Some(run) => format!("{base}/{}", run.id),
            None => base,
        }
    }

    /// Removes run `ri` from the reprocessed runs of the subject (the `$ref` delete).
    pub fn unlink_reprocessed(&mut self, wi: usize, at: UserAt, of_run: Option<usize>, ri: usize) {
        let key = self.reprocessed_key(wi, at, of_run);
        let run = self.facts(wi).runs[ri].id.clone();
        self.unlinked.insert((key, run));
    }

    /// Runs the workflow for one subject and waits: a user of the tenant gets a run whose
    /// tasks all complete; anything else is reported failed, with the reason.
    pub fn activate_and_wait(&mut self, wi: usize, subject: &str) -> Awaited {
        if !self.data.users.iter().any(|u| u.id == subject) {
            return Awaited {
                status: Status::Failed,
                reasons: vec![format!(
                    "The subject '{subject}' is not a user of the tenant."
                )],
            };
        }
        self.activate(wi, &[subject.to_owned()]);
        let now = clock::now();
        if let Some(run) = self.data.workflows[wi].runs.last_mut() {
            run.started = Some(now);
            run.completed = Some(now);
            for t in run.users.iter_mut().flat_map(|u| &mut u.tasks) {
                t.status = Status::Completed;
                t.started = Some(now);
                t.completed = Some(now);
            }
        }
        self.refresh(wi);
        Awaited {
            status: Status::Completed,
            reasons: Vec::new(),
        }
    }

    /// Cancels what run `ri` has not done yet; `false` when it has nothing left to cancel.
    pub fn cancel_run(&mut self, wi: usize, ri: usize) -> bool {
        let now = clock::now();
        let Some(run) = self.data.workflows[wi].runs.get_mut(ri) else {
            return false;
        };
        if run.status().is_finished() {
            return false;
        }
        for t in run.users.iter_mut().flat_map(|u| &mut u.tasks) {
            if !t.status.is_finished() {
                t.status = Status::Canceled;
                t.completed = Some(now);
            }
        }
        run.completed = Some(now);
        self.refresh(wi);
        true
    }

    /// Whether the workflow is quarantined.
    pub fn is_quarantined(&self, wi: usize) -> bool {
        self.states[wi]
            .extra
            .get("quarantineDetails")
            .and_then(|d| d.get("quarantineType"))
            .and_then(Value::as_str)
            .is_some_and(|t| t != "notQuarantined")
    }

    /// Lifts the quarantine of a workflow.
    pub fn clear_quarantine(&mut self, wi: usize) {
        self.states[wi].extra.insert(
            "quarantineDetails".into(),
            serde_json::json!({"quarantineType": "notQuarantined"}),
        );
        self.data.workflows[wi].last_modified = clock::now();
        self.refresh(wi);
    }
}

/// Settings and quarantine state a seeded workflow starts with: every workflow has a
/// count-based quarantine configuration; the second one is quarantined.
fn seeded_quarantine(index: usize, created: Ticks) -> Map<String, Value> {
    let details = if index == 1 {
        serde_json::json!({
            "quarantineType": "countBasedThresholdExceeded",
            "quarantineReason": "More users than the threshold would be processed in one run.",
            "quarantinedDateTime": clock::format_rfc3339(created + 86_400 * clock::TICKS_PER_SECOND),
        })
    } else {
        serde_json::json!({"quarantineType": "notQuarantined"})
    };
    let mut extra = Map::new();
    extra.insert(
        "settings".into(),
        serde_json::json!({
            "quarantineConfiguration": {
                "matchMode": "any",
                "conditions": [{
                    "@odata.type": "#microsoft.graph.identityGovernance.countBasedQuarantineCondition",
                    "threshold": 500
                }]
            }
        }),
    );
    extra.insert("quarantineDetails".into(), details);
    extra
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

    fn all(collection: &dyn Collection) -> Vec<Arc<Record>> {
        (0..collection.len())
            .filter_map(|i| collection.record(i))
            .collect()
    }

    fn int(record: &Record, key: &str) -> i64 {
        record
            .full_object()
            .get(key)
            .and_then(Value::as_i64)
            .unwrap_or(-1)
    }

    #[test]
    fn run_counts_match_processing_results() {
        let store = Store::new(
            11,
            Sizes {
                workflows: 1,
                runs_per_workflow: 30,
                users_per_run: 3,
                tasks_per_workflow: 2,
            },
            Box::new(NoFuture),
        );
        for (ri, run) in store.runs(0).iter().enumerate() {
            let users = all(&store.collection(Listing::UserResults(0, Some(ri))));
            let tasks = all(&store.collection(Listing::TaskResultsOfRun(0, ri)));
            assert_eq!(int(run, "totalUsersCount"), users.len() as i64);
            assert_eq!(int(run, "totalTasksCount"), tasks.len() as i64);
            let failed = tasks
                .iter()
                .filter(|t| t.full_object()["processingStatus"] == "failed")
                .count();
            assert_eq!(int(run, "failedTasksCount"), failed as i64);
            let user_failed_tasks: i64 = users.iter().map(|u| int(u, "failedTasksCount")).sum();
            assert_eq!(user_failed_tasks, failed as i64);
        }
    }

    #[test]
    fn summary_adds_up_the_runs_in_the_window() {
        let store = Store::new(
            12,
            Sizes {
                workflows: 1,
                runs_per_workflow: 40,
                users_per_run: 2,
                tasks_per_workflow: 2,
            },
            Box::new(NoFuture),
        );
        let runs = &store.data().workflows[0].runs;
        let window = (runs[10].scheduled, runs[30].scheduled);
        let summary = store.run_summary(0, window);
        assert_eq!(int(&summary, "totalRuns"), 20);
        let records = &store.runs(0)[10..30];
        let sum = |k: &str| records.iter().map(|r| int(r, k)).sum::<i64>();
        assert_eq!(int(&summary, "totalTasks"), sum("totalTasksCount"));
        assert_eq!(int(&summary, "failedTasks"), sum("failedTasksCount"));
        assert_eq!(int(&summary, "totalUsers"), sum("totalUsersCount"));
        let ok = records
            .iter()
            .filter(|r| r.full_object()["processingStatus"] == "completed")
            .count();
        assert_eq!(int(&summary, "successfulRuns"), ok as i64);
    }

    #[test]
    fn run_relationships_are_the_run_s_own_results() {
        let store = Store::new(
            14,
            Sizes {
                workflows: 1,
                runs_per_workflow: 3,
                users_per_run: 30,
                tasks_per_workflow: 2,
            },
            Box::new(NoFuture),
        );
        let related = |name: &str| {
            store
                .related(Owner::Run(0, 1), name, true)
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
        };
        let users = related("userProcessingResults");
        assert_eq!(users.len(), EXPANDED_ITEMS_LIMIT, "30 users, capped");
        let first = all(&store.collection(Listing::UserResults(0, Some(1))))[0]
            .full_object()
            .clone();
        assert_eq!(users[0], Value::Object(first));
        assert_eq!(related("taskProcessingResults").len(), EXPANDED_ITEMS_LIMIT);
        let reports = related("taskReports");
        assert_eq!(reports.len(), 2);
        assert!(
            reports
                .iter()
                .all(|r| r["runId"] == store.data().workflows[0].runs[1].id.as_str())
        );
        assert_eq!(store.related(Owner::Run(0, 1), "subject", true), None);
    }

    #[test]
    fn writes_keep_views_consistent() {
        let mut store = Store::new(13, Sizes::default(), Box::new(NoFuture));
        let body = serde_json::json!({"displayName": "New", "category": "leaver", "tasks": [{"displayName": "t"}]});
        let body: Workflow = serde_json::from_value(body).unwrap_or_default();
        let wi = store.create_workflow(&body);
        assert_eq!(store.collection(Listing::Tasks(wi)).len(), 1);
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
