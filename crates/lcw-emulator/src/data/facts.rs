//! The simulated tenant: workflows, their tasks and versions, runs, and what happened to each
//! user and task in each run. Pure data, derived from a seed and sizes; rendering to the wire
//! types happens elsewhere.

use lcw_models::beta::LifecycleWorkflowCategory;

use super::status::Status;
use crate::clock::{self, TICKS_PER_SECOND, Ticks};
use crate::rng::SeededRng;

/// How much data to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Number of workflows.
    pub workflows: usize,
    /// Runs of each workflow.
    pub runs_per_workflow: usize,
    /// Users processed by each run.
    pub users_per_run: usize,
    /// Tasks of each workflow.
    pub tasks_per_workflow: usize,
}

impl Default for Sizes {
    fn default() -> Self {
        Self {
            workflows: 3,
            runs_per_workflow: 20,
            users_per_run: 3,
            tasks_per_workflow: 3,
        }
    }
}

/// The instant the simulated history ends at: 2024-06-01T00:00:00Z.
pub const HISTORY_END: Ticks = 1_717_200_000 * TICKS_PER_SECOND;

/// Time between two runs of one workflow.
pub const RUN_SPACING: Ticks = 6 * 3600 * TICKS_PER_SECOND;

pub use super::people::UserFacts;

/// One task of a workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskFacts {
    /// Task id.
    pub id: String,
    /// Display name.
    pub display_name: String,
    /// Description.
    pub description: String,
    /// Id of the built-in task definition it uses.
    pub task_definition_id: String,
    /// `joiner`, `leaver` or `joiner,leaver`.
    pub category: &'static str,
    /// Order within the workflow, from 1.
    pub execution_sequence: i32,
    /// Enabled.
    pub is_enabled: bool,
    /// Keep going after this task fails.
    pub continue_on_error: bool,
    /// Arguments as `(name, value)` pairs (a custom task extension task names its extension).
    pub arguments: Vec<(String, String)>,
}

/// The outcome of one task for one user in one run.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskResultFacts {
    /// taskProcessingResult id.
    pub id: String,
    /// Index of the task in the workflow.
    pub task: usize,
    /// Outcome.
    pub status: Status,
    /// Created.
    pub created: Ticks,
    /// Started, unless still queued.
    pub started: Option<Ticks>,
    /// Finished, when finished.
    pub completed: Option<Ticks>,
}

/// One user processed by one run.
#[derive(Debug, Clone, PartialEq)]
pub struct UserResultFacts {
    /// userProcessingResult id.
    pub id: String,
    /// Index of the user in the tenant.
    pub user: usize,
    /// One outcome per task.
    pub tasks: Vec<TaskResultFacts>,
}

impl UserResultFacts {
    /// The user's overall status.
    pub fn status(&self) -> Status {
        Status::aggregate(self.tasks.iter().map(|t| t.status))
    }
}

/// One run of a workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct RunFacts {
    /// Run id.
    pub id: String,
    /// Scheduled.
    pub scheduled: Ticks,
    /// Started, unless still queued.
    pub started: Option<Ticks>,
    /// Finished, when finished.
    pub completed: Option<Ticks>,
    /// `scheduled` or `onDemand`.
    pub on_demand: bool,
    /// The users processed.
    pub users: Vec<UserResultFacts>,
}

impl RunFacts {
    /// The run's overall status.
    pub fn status(&self) -> Status {
        Status::aggregate(self.users.iter().map(UserResultFacts::status))
    }

    /// Last change: completion, else start, else scheduling.
    pub fn last_updated(&self) -> Ticks {
        self.completed.or(self.started).unwrap_or(self.scheduled)
    }
}

/// One lifecycle workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowFacts {
    /// Workflow id.
    pub id: String,
    /// Display name.
    pub display_name: String,
    /// Description.
    pub description: String,
    /// A `lifecycleWorkflowCategory` member: `joiner`, `leaver`, `mover`.
    pub category: &'static str,
    /// Created.
    pub created: Ticks,
    /// Last modified.
    pub last_modified: Ticks,
    /// Current version number (versions 1..=version exist).
    pub version: i32,
    /// Enabled.
    pub is_enabled: bool,
    /// Scheduled runs enabled.
    pub is_scheduling_enabled: bool,
    /// Days before (negative) or after the hire/leave date the trigger fires.
    pub offset_in_days: i32,
    /// Its tasks.
    pub tasks: Vec<TaskFacts>,
    /// Its runs, oldest first.
    pub runs: Vec<RunFacts>,
}

/// The whole simulated tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSet {
    /// Users.
    pub users: Vec<UserFacts>,
    /// Workflows.
    pub workflows: Vec<WorkflowFacts>,
    /// Ids of the seeded custom task extensions (tasks of the custom extension definition
    /// name one of them).
    pub extension_ids: Vec<String>,
}

/// How many custom task extensions are seeded.
pub const SEEDED_EXTENSIONS: usize = 2;

/// The task kinds workflows are seeded with: name, description, category, and the id of the
/// built-in task definition (see `catalog`) the task uses.
const TASK_KINDS: &[(&str, &str, &str, &str)] = &[
    (
        "Enable user account",
        "Turn the account on before the first day",
        "joiner",
        crate::data::catalog::ENABLE_USER_ACCOUNT,
    ),
    (
        "Send welcome email",
        "Mail the new hire a greeting",
        "joiner",
        crate::data::catalog::SEND_WELCOME_EMAIL,
    ),
    (
        "Generate temporary access pass",
        "Issue a one-time sign-in pass",
        "joiner",
        crate::data::catalog::GENERATE_TAP,
    ),
    (
        "Add user to groups",
        "Put the user in the listed groups",
        "joiner,leaver",
        crate::data::catalog::ADD_USER_TO_GROUPS,
    ),
    (
        "Run a custom task extension",
        "Call out to a logic app",
        "joiner,leaver",
        crate::data::catalog::RUN_CUSTOM_TASK_EXTENSION,
    ),
    (
        "Remove user from all groups",
        "Take the user out of every group",
        "leaver",
        crate::data::catalog::REMOVE_FROM_ALL_GROUPS,
    ),
    (
        "Disable user account",
        "Block sign-in for the account",
        "leaver",
        crate::data::catalog::DISABLE_USER_ACCOUNT,
    ),
    (
        "Delete user account",
        "Remove the account",
        "leaver",
        crate::data::catalog::DELETE_USER_ACCOUNT,
    ),
];

impl DataSet {
    /// Simulates a tenant. The same seed and sizes always give the same data.
    pub fn generate(seed: u64, sizes: Sizes) -> Self {
        let user_count = (sizes.users_per_run * 4).clamp(8, 5_000);
        let users = super::people::users(seed, user_count, &mut SeededRng::fork(seed, &[1]));
        let mut ext_rng = SeededRng::fork(seed, &[11]);
        let extension_ids: Vec<String> = (0..SEEDED_EXTENSIONS).map(|_| ext_rng.guid()).collect();
        let workflows = (0..sizes.workflows)
            .map(|w| workflow(seed, w, sizes, user_count, &extension_ids))
            .collect();
        Self {
            users,
            workflows,
            extension_ids,
        }
    }
}

/// The categories workflows are seeded with, in turn: every member the generated enum knows
/// except the sentinel, so members listed after it (`mover`) are in the data and the
/// `Prefer: include-unknown-enum-members` handling has something real to act on.
fn seeded_categories() -> Vec<&'static str> {
    LifecycleWorkflowCategory::KNOWN
        .iter()
        .filter(|c| **c != LifecycleWorkflowCategory::UnknownFutureValue)
        .map(|c| c.as_str())
        .collect()
}

fn workflow(
    seed: u64,
    index: usize,
    sizes: Sizes,
    user_count: usize,
    extension_ids: &[String],
) -> WorkflowFacts {
    let mut rng = SeededRng::fork(seed, &[2, index as u64]);
    let categories = seeded_categories();
    let category = categories
        .get(index % categories.len().max(1))
        .copied()
        .unwrap_or("joiner");
    let leaver = category == "leaver";
    let span = RUN_SPACING * sizes.runs_per_workflow as i64;
    let created = HISTORY_END - span - (30 + index as i64) * 86_400 * TICKS_PER_SECOND;
    // Task kinds made for the category; a category no kind names (a mover) takes the kinds
    // that serve joiners and leavers alike.
    let mut candidates: Vec<&(&str, &str, &str, &str)> = TASK_KINDS
        .iter()
        .filter(|k| k.2.split(',').any(|c| c == category))
        .collect();
    if candidates.is_empty() {
        candidates = TASK_KINDS.iter().filter(|k| k.2.contains(',')).collect();
    }
    let tasks: Vec<TaskFacts> = (0..sizes.tasks_per_workflow)
        .map(|t| {
            let kind = candidates[t % candidates.len()];
            let arguments = match extension_ids.get((index + t) % extension_ids.len().max(1)) {
                Some(extension) if kind.3 == crate::data::catalog::RUN_CUSTOM_TASK_EXTENSION => {
                    vec![("customTaskExtensionID".to_owned(), extension.clone())]
                }
                _ => Vec::new(),
            };
            TaskFacts {
                id: rng.guid(),
                display_name: kind.0.to_owned(),
                description: kind.1.to_owned(),
                task_definition_id: kind.3.to_owned(),
                category: kind.2,
                execution_sequence: t as i32 + 1,
                is_enabled: true,
                continue_on_error: t % 3 == 2,
                arguments,
            }
        })
        .collect();
    let runs = (0..sizes.runs_per_workflow)
        .map(|r| run(seed, index, r, sizes, user_count, created))
        .collect();
    WorkflowFacts {
        id: rng.guid(),
        display_name: format!("{} workflow {}", purpose(category), index + 1),
        description: format!("Simulated {category} workflow number {}", index + 1),
        category,
        created,
        last_modified: created + rng.below(86_400) as i64 * TICKS_PER_SECOND,
        version: 1 + (index % 3) as i32,
        is_enabled: index % 5 != 4,
        is_scheduling_enabled: index % 4 != 3,
        offset_in_days: if leaver { 7 } else { -2 },
        tasks,
        runs,
    }
}

fn run(
    seed: u64,
    workflow: usize,
    index: usize,
    sizes: Sizes,
    user_count: usize,
    created: Ticks,
) -> RunFacts {
    let mut rng = SeededRng::fork(seed, &[3, workflow as u64, index as u64]);
    let newest_first_gap = (sizes.runs_per_workflow - index) as i64;
    let scheduled = (HISTORY_END - newest_first_gap * RUN_SPACING
        + rng.below(3600) as i64 * TICKS_PER_SECOND)
        .max(created);
    // The newest runs are the ones still queued or going on.
    let age = sizes.runs_per_workflow - index;
    let phase = match (age, rng.below(100)) {
        (1, _) => Phase::Queued,
        (2, _) => Phase::Running,
        (_, 0..=79) => Phase::Done,
        (_, 80..=89) => Phase::Failing,
        _ => Phase::Canceled,
    };
    let start =
        scheduled + (2 + rng.below(20) as i64) * TICKS_PER_SECOND + rng.below(10_000_000) as i64;
    let users: Vec<UserResultFacts> = (0..sizes.users_per_run)
        .map(|u| {
            let user = ((index * sizes.users_per_run + u) * 7 + workflow) % user_count.max(1);
            let tasks = (0..sizes.tasks_per_workflow)
                .map(|t| {
                    let status = phase.pick(&mut rng, t, sizes.tasks_per_workflow);
                    let created_at = start - TICKS_PER_SECOND + t as i64 * 1_000;
                    let started = (status != Status::Queued).then(|| {
                        start + (t as i64 * 3 + 1) * TICKS_PER_SECOND + rng.below(9_999_999) as i64
                    });
                    let completed = (status.is_finished()).then(|| {
                        started.unwrap_or(start) + (1 + rng.below(90) as i64) * TICKS_PER_SECOND
                    });
                    TaskResultFacts {
                        id: rng.guid(),
                        task: t,
                        status,
                        created: created_at,
                        started,
                        completed,
                    }
                })
                .collect();
            UserResultFacts {
                id: rng.guid(),
                user,
                tasks,
            }
        })
        .collect();
    let any_started = users
        .iter()
        .flat_map(|u| &u.tasks)
        .filter_map(|t| t.started)
        .min();
    let mut facts = RunFacts {
        id: rng.guid(),
        scheduled,
        started: any_started,
        completed: None,
        on_demand: rng.chance(0.3),
        users,
    };
    if facts.status().is_finished() {
        facts.completed = facts
            .users
            .iter()
            .flat_map(|u| &u.tasks)
            .filter_map(|t| t.completed)
            .max()
            .or(Some(start));
    }
    facts
}

#[derive(Debug, Clone, Copy)]
enum Phase {
    Queued,
    Running,
    Done,
    Failing,
    Canceled,
}

impl Phase {
    fn pick(self, rng: &mut SeededRng, task: usize, tasks: usize) -> Status {
        match self {
            Self::Queued => Status::Queued,
            Self::Running if task * 2 < tasks => Status::Completed,
            Self::Running if task * 2 == tasks || tasks == 1 => Status::InProgress,
            Self::Running => Status::Queued,
            Self::Done if rng.chance(0.05) => Status::Failed,
            Self::Done => Status::Completed,
            Self::Failing if rng.chance(0.6) => Status::Failed,
            Self::Failing => Status::Completed,
            Self::Canceled if task == 0 => Status::Completed,
            Self::Canceled => Status::Canceled,
        }
    }
}

/// What a workflow of `category` is for, as its display name says.
fn purpose(category: &str) -> &'static str {
    match category {
        "joiner" => "Onboarding",
        "leaver" => "Offboarding",
        _ => "Transfer",
    }
}

/// The seed's text form as the binary prints it; handy in logs.
pub fn describe(seed: u64, sizes: Sizes) -> String {
    format!(
        "seed {seed}: {} workflows x {} runs x {} users x {} tasks, history ending {}",
        sizes.workflows,
        sizes.runs_per_workflow,
        sizes.users_per_run,
        sizes.tasks_per_workflow,
        clock::format_rfc3339(HISTORY_END)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_for_a_seed() {
        let a = DataSet::generate(42, Sizes::default());
        let b = DataSet::generate(42, Sizes::default());
        let c = DataSet::generate(43, Sizes::default());
        assert_eq!(a, b);
        assert_ne!(a.workflows[0].id, c.workflows[0].id);
    }

    #[test]
    fn every_category_member_is_seeded_including_later_ones() {
        let data = DataSet::generate(
            6,
            Sizes {
                workflows: 6,
                ..Sizes::default()
            },
        );
        let seeded: std::collections::HashSet<&str> =
            data.workflows.iter().map(|w| w.category).collect();
        let later: Vec<&LifecycleWorkflowCategory> = LifecycleWorkflowCategory::KNOWN
            .iter()
            .filter(|c| c.is_after_sentinel())
            .collect();
        assert!(
            !later.is_empty(),
            "the generated enum lists a member after the sentinel"
        );
        for member in LifecycleWorkflowCategory::KNOWN
            .iter()
            .filter(|c| **c != LifecycleWorkflowCategory::UnknownFutureValue)
        {
            assert!(seeded.contains(member.as_str()), "{member} is seeded");
        }
        assert!(!seeded.contains("unknownFutureValue"));
        assert!(
            data.workflows.iter().all(|w| !w.tasks.is_empty()),
            "every category gets tasks"
        );
    }

    #[test]
    fn sizes_are_respected_and_statuses_vary() {
        let sizes = Sizes {
            workflows: 2,
            runs_per_workflow: 50,
            users_per_run: 2,
            tasks_per_workflow: 3,
        };
        let data = DataSet::generate(5, sizes);
        assert_eq!(data.workflows.len(), 2);
        let w = &data.workflows[0];
        assert_eq!(w.runs.len(), 50);
        assert!(
            w.runs
                .iter()
                .all(|r| r.users.len() == 2 && r.users.iter().all(|u| u.tasks.len() == 3))
        );
        let statuses: std::collections::HashSet<Status> =
            w.runs.iter().map(RunFacts::status).collect();
        assert!(statuses.len() >= 4, "{statuses:?}");
        assert!(w.runs.windows(2).all(|p| p[0].scheduled <= p[1].scheduled));
        for r in &w.runs {
            assert_eq!(r.completed.is_some(), r.status().is_finished());
        }
    }
}
