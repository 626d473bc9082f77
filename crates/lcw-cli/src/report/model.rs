//! What a report shows, as plain data: gathered from the service by [`super::gather`], checked by
//! [`super::check`], drawn by [`super::html`]. Free of the API types so each stage is testable
//! on data built by hand.

use jiff::Timestamp;

/// A run's processing status, as the report groups and colours it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RunStatus {
    /// `completed`.
    Completed,
    /// `completedWithErrors`.
    CompletedWithErrors,
    /// `failed`.
    Failed,
    /// `canceled` (and `canceling`).
    Canceled,
    /// `inProgress`.
    InProgress,
    /// `queued`.
    Queued,
    /// Any other value the service sends.
    Other,
}

impl RunStatus {
    /// Every status, in the order the charts stack them (bottom first).
    pub const ALL: [RunStatus; 7] = [
        RunStatus::Completed,
        RunStatus::CompletedWithErrors,
        RunStatus::Failed,
        RunStatus::Canceled,
        RunStatus::InProgress,
        RunStatus::Queued,
        RunStatus::Other,
    ];

    /// The status of a wire value (`completedWithErrors`...).
    pub fn from_wire(text: &str) -> Self {
        match text {
            "completed" => Self::Completed,
            "completedWithErrors" => Self::CompletedWithErrors,
            "failed" => Self::Failed,
            "canceled" | "canceling" => Self::Canceled,
            "inProgress" => Self::InProgress,
            "queued" => Self::Queued,
            _ => Self::Other,
        }
    }

    /// A stable name for CSS classes and data attributes.
    pub fn key(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::Failed => "failed",
            Self::Canceled => "canceled",
            Self::InProgress => "inProgress",
            Self::Queued => "queued",
            Self::Other => "other",
        }
    }

    /// The label a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Completed => "Completed",
            Self::CompletedWithErrors => "Completed with errors",
            Self::Failed => "Failed",
            Self::Canceled => "Canceled",
            Self::InProgress => "In progress",
            Self::Queued => "Queued",
            Self::Other => "Other",
        }
    }

    /// Counted as failed by `runSummary.failedRuns`.
    pub fn is_failure(self) -> bool {
        matches!(self, Self::Failed | Self::CompletedWithErrors)
    }

    /// Over: its outcome is known.
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            Self::Completed | Self::CompletedWithErrors | Self::Failed | Self::Canceled
        )
    }
}

/// The reporting period `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First instant in the period.
    pub from: Timestamp,
    /// First instant after the period.
    pub to: Timestamp,
}

impl Period {
    /// Whether `at` falls in the period.
    pub fn contains(&self, at: Timestamp) -> bool {
        self.from <= at && at < self.to
    }
}

/// One run, as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRow {
    /// Run id.
    pub id: String,
    /// When it was scheduled: what places it in the period.
    pub scheduled: Timestamp,
    /// Started, when it has.
    pub started: Option<Timestamp>,
    /// Finished, when it has.
    pub completed: Option<Timestamp>,
    /// Status as grouped by the report.
    pub status: RunStatus,
    /// `scheduled` or `onDemand`.
    pub execution_type: String,
    /// `totalUsersCount`.
    pub total_users: i64,
    /// `failedUsersCount`.
    pub failed_users: i64,
    /// `totalTasksCount`.
    pub total_tasks: i64,
    /// `failedTasksCount`.
    pub failed_tasks: i64,
}

/// One failed task processing result.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedTask {
    /// The run it belongs to.
    pub run_id: String,
    /// Task id.
    pub task_id: String,
    /// Task display name (the id when the service gave none).
    pub task_name: String,
    /// The user it ran for.
    pub user: UserRef,
    /// `failureReason`, when given.
    pub reason: Option<String>,
}

/// One user whose processing failed (or completed with errors) in a run.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedUser {
    /// The run.
    pub run_id: String,
    /// The user.
    pub user: UserRef,
    /// `failed` or `completedWithErrors`.
    pub status: RunStatus,
    /// `failedTasksCount`.
    pub failed_tasks: i64,
}

/// A user: id, and display name when the service gave one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserRef {
    /// Object id.
    pub id: String,
    /// Display name.
    pub name: Option<String>,
}

/// The counts of the summary functions over the period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summaries {
    /// `runs/summary`.
    pub runs: RunCounts,
    /// `userProcessingResults/summary`.
    pub users: UserCounts,
    /// `taskReports/summary`, where the API version has it.
    pub tasks: Option<TaskCounts>,
}

/// `runSummary`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunCounts {
    /// `totalRuns`.
    pub total: i64,
    /// `successfulRuns`.
    pub successful: i64,
    /// `failedRuns`.
    pub failed: i64,
    /// `totalUsers`.
    pub users: i64,
    /// `totalTasks`.
    pub tasks: i64,
    /// `failedTasks`.
    pub failed_tasks: i64,
}

/// `userSummary`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UserCounts {
    /// `totalUsers`.
    pub total: i64,
    /// `failedUsers`.
    pub failed: i64,
    /// `successfulUsers`.
    pub successful: i64,
    /// `totalTasks`.
    pub tasks: i64,
    /// `failedTasks`.
    pub failed_tasks: i64,
}

/// `taskReportSummary`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaskCounts {
    /// `totalTasks`.
    pub total: i64,
    /// `failedTasks`.
    pub failed: i64,
    /// `successfulTasks`.
    pub successful: i64,
    /// `unprocessedTasks`.
    pub unprocessed: i64,
}

/// One workflow with everything the report shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowReport {
    /// Workflow id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// `joiner`, `mover`, `leaver`...
    pub category: String,
    /// The runs scheduled in the period, newest first.
    pub runs: Vec<RunRow>,
    /// The failed task results of those runs.
    pub failed_tasks: Vec<FailedTask>,
    /// The users that failed in those runs.
    pub failed_users: Vec<FailedUser>,
    /// The summary functions over the period.
    pub summaries: Summaries,
}

/// A whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The period.
    pub period: Period,
    /// When it was made.
    pub generated: Timestamp,
    /// Where the data came from (`the built-in emulator`, a service root).
    pub source: String,
    /// The workflows, in the service's order.
    pub workflows: Vec<WorkflowReport>,
}
