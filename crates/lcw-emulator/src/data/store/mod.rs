//! The served data: records of workflows and runs built once, other objects rendered on
//! demand from the facts (so a page renders only its own records), and the writes (create,
//! update, delete, restore, activate, new version) applied to the facts so every view stays
//! consistent. This module holds the store and its positions; [`read`] looks things up and
//! renders them, [`write`] changes them.

mod read;
mod write;

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

/// Position of a workflow in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkflowIx(pub usize);

/// Position of a run in its workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RunIx(pub usize);

/// Position of a task in its workflow (its task results sit at the same position among the
/// task results of each user).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskIx(pub usize);

/// Position of a user, that is of its user processing result, in its run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserIx(pub usize);

/// Position of a version in its workflow: `VersionIx(0)` is version 1, the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VersionIx(pub usize);

impl VersionIx {
    /// The version with number `number` (the key of `versions/{n}`), if it is a number
    /// a version can have (1 or more).
    pub fn from_number(number: i32) -> Option<Self> {
        let number = usize::try_from(number).ok()?;
        number.checked_sub(1).map(Self)
    }

    /// The version's number, as `versionNumber` and the `versions/{n}` key give it.
    pub fn number(self) -> i32 {
        i32::try_from(self.0).map_or(i32::MAX, |n| n.saturating_add(1))
    }
}

/// Where a user result sits in its workflow: the run, and the user's position in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserAt {
    /// Index of the run in the workflow.
    pub run: RunIx,
    /// Index of the user in the run.
    pub user: UserIx,
}

impl UserAt {
    /// The result of task `task` of this user.
    pub fn task(self, task: TaskIx) -> TaskResultAt {
        TaskResultAt {
            run: self.run,
            user: self.user,
            task,
        }
    }
}

/// Where a task result sits in its workflow: run, user in the run, task of the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskResultAt {
    /// Index of the run in the workflow.
    pub run: RunIx,
    /// Index of the user in the run.
    pub user: UserIx,
    /// Index of the task in the workflow.
    pub task: TaskIx,
}

impl TaskResultAt {
    /// The user result this task result belongs to.
    pub fn user_at(self) -> UserAt {
        UserAt {
            run: self.run,
            user: self.user,
        }
    }
}

/// Where a task report sits in its workflow: the run, and the task of the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportAt {
    /// Index of the run in the workflow.
    pub run: RunIx,
    /// Index of the task in the workflow.
    pub task: TaskIx,
}

/// Graph caps the items of an expanded relationship (at 20 for directory objects); the same
/// cap everywhere keeps an expanded page cheap however large the relationship is.
pub const EXPANDED_ITEMS_LIMIT: usize = 20;

/// A served entity, as far as its relationships are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A workflow.
    Workflow(WorkflowIx),
    /// A run of a workflow.
    Run {
        /// The workflow.
        workflow: WorkflowIx,
        /// The run in the workflow.
        run: RunIx,
    },
    /// A user processing result.
    UserResult(WorkflowIx, UserAt),
    /// A task processing result.
    TaskResult(WorkflowIx, TaskResultAt),
    /// A task report.
    TaskReport(WorkflowIx, ReportAt),
    /// A task of a workflow.
    Task {
        /// The workflow.
        workflow: WorkflowIx,
        /// Index of the task in the workflow.
        task: TaskIx,
    },
    /// A version of a workflow.
    Version(WorkflowIx, VersionIx),
}

/// A workflow, its ready records and the positions of everything below it.
struct WorkflowState {
    deleted: Option<Ticks>,
    /// Deleted for good from the deleted items: in no list, found by no id.
    purged: bool,
    /// Properties set by writes that the facts do not model, kept as sent.
    extra: Map<String, Value>,
    record: Arc<Record>,
    runs: Vec<Arc<Record>>,
    run_ids: HashMap<String, RunIx>,
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
    fn run_slice<'a, T>(items: &'a [T], offsets: &[usize], RunIx(ri): RunIx) -> &'a [T] {
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
    ids: HashMap<String, WorkflowIx>,
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
            let state = store.build_state(WorkflowIx(index), None, extra);
            store
                .ids
                .insert(store.data.workflows[index].id.clone(), WorkflowIx(index));
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
        wi: WorkflowIx,
        deleted: Option<Ticks>,
        extra: Map<String, Value>,
    ) -> WorkflowState {
        let w = self.facts(wi);
        let mut state = WorkflowState {
            deleted,
            purged: false,
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
            let ri = RunIx(ri);
            state.run_ids.insert(r.id.clone(), ri);
            for (ui, u) in r.users.iter().enumerate() {
                let user = UserAt {
                    run: ri,
                    user: UserIx(ui),
                };
                state.user_ids.insert(u.id.clone(), user);
                state.users.push(user);
                for (ti, t) in u.tasks.iter().enumerate() {
                    let at = user.task(TaskIx(ti));
                    state.task_result_ids.insert(t.id.clone(), at);
                    state.task_results.push(at);
                    if state.results_by_task.len() <= ti {
                        state.results_by_task.resize_with(ti + 1, Vec::new);
                    }
                    state.results_by_task[ti].push(at);
                }
            }
            state.user_offsets.push(state.users.len());
            state.task_result_offsets.push(state.task_results.len());
            for ti in 0..w.tasks.len() {
                state.report_ids.insert(
                    render::task_report_id(r, ti),
                    ReportAt {
                        run: ri,
                        task: TaskIx(ti),
                    },
                );
            }
        }
        state.record = Arc::new(self.workflow_record(wi, &state));
        state
    }

    fn workflow_record(&self, wi: WorkflowIx, state: &WorkflowState) -> Record {
        let w = self.facts(wi);
        let mut full = render::workflow(w, state.deleted);
        for (k, v) in &state.extra {
            full.insert(k.clone(), v.clone());
        }
        self.record(full)
    }

    fn facts(&self, WorkflowIx(wi): WorkflowIx) -> &WorkflowFacts {
        &self.data.workflows[wi]
    }

    fn state(&self, WorkflowIx(wi): WorkflowIx) -> &WorkflowState {
        &self.states[wi]
    }

    /// The records `listing` names, fetched by position.
    pub fn collection(&self, listing: Listing) -> StoreCollection<'_> {
        use Listing as L;
        let positions = match listing {
            L::Workflows { deleted } => Positions::Workflows(
                self.states
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !s.purged && s.deleted.is_some() == deleted)
                    .map(|(wi, _)| WorkflowIx(wi))
                    .collect(),
            ),
            L::Runs(wi) => Positions::Runs(wi),
            L::UserResults(wi, None) => Positions::Users(wi, &self.state(wi).users),
            L::UserResults(wi, Some(ri)) => {
                let s = &self.state(wi);
                Positions::Users(wi, WorkflowState::run_slice(&s.users, &s.user_offsets, ri))
            }
            L::ExecutionScope(wi) => {
                let s = &self.state(wi);
                let latest = RunIx(s.user_offsets.len().saturating_sub(2));
                Positions::Users(
                    wi,
                    WorkflowState::run_slice(&s.users, &s.user_offsets, latest),
                )
            }
            L::TaskResultsOfRun(wi, ri) => {
                let s = &self.state(wi);
                Positions::TaskResults(
                    wi,
                    WorkflowState::run_slice(&s.task_results, &s.task_result_offsets, ri).into(),
                )
            }
            L::TaskResultsOfUser(wi, at) => {
                let count = self.facts(wi).runs[at.run.0].users[at.user.0].tasks.len();
                Positions::TaskResults(
                    wi,
                    (0..count)
                        .map(|ti| at.task(TaskIx(ti)))
                        .collect::<Vec<_>>()
                        .into(),
                )
            }
            L::TaskResultsOfReport(wi, ReportAt { run: ri, task: ti }) => {
                let users = &self.facts(wi).runs[ri.0].users;
                let at = users
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| ti.0 < u.tasks.len())
                    .map(|(ui, _)| TaskResultAt {
                        run: ri,
                        user: UserIx(ui),
                        task: ti,
                    });
                Positions::TaskResults(wi, at.collect::<Vec<_>>().into())
            }
            L::TaskResultsOfTask(wi, ti) => Positions::TaskResults(
                wi,
                self.state(wi)
                    .results_by_task
                    .get(ti.0)
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
        let wi = WorkflowIx(0);
        for (ri, run) in store.runs(wi).iter().enumerate() {
            let ri = RunIx(ri);
            let users = all(&store.collection(Listing::UserResults(wi, Some(ri))));
            let tasks = all(&store.collection(Listing::TaskResultsOfRun(wi, ri)));
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
        let summary = store.run_summary(WorkflowIx(0), window);
        assert_eq!(int(&summary, "totalRuns"), 20);
        let records = &store.runs(WorkflowIx(0))[10..30];
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
        let run = Owner::Run {
            workflow: WorkflowIx(0),
            run: RunIx(1),
        };
        let related = |name: &str| {
            store
                .related(run, name, true)
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
        };
        let users = related("userProcessingResults");
        assert_eq!(users.len(), EXPANDED_ITEMS_LIMIT, "30 users, capped");
        let first = all(&store.collection(Listing::UserResults(WorkflowIx(0), Some(RunIx(1)))))[0]
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
        assert_eq!(store.related(run, "subject", true), None);
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
        let id = store.data().workflows[wi.0].id.clone();
        store.delete_workflow(wi);
        assert_eq!(store.workflow(&id, false), None);
        assert_eq!(store.workflow(&id, true), Some(wi));
        store.restore_workflow(wi);
        assert_eq!(store.workflow(&id, false), Some(wi));
    }
}
