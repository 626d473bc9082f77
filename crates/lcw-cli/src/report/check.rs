//! The summary functions and the listed runs must tell the same story: every count the report
//! shows is computed both ways, and a difference is an error rather than a chart that lies.

use std::fmt;

use super::model::{RunStatus, WorkflowReport};

/// A count on which the summary functions and the listed items disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// The workflow's id.
    pub workflow: String,
    /// What was counted, such as `runSummary.failedRuns`.
    pub count: &'static str,
    /// The summary function's value.
    pub summary: i64,
    /// The value computed from the listed items.
    pub listed: i64,
    /// How the listed value was computed.
    pub from: &'static str,
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "workflow {}: {} is {} but {} gives {}",
            self.workflow, self.count, self.summary, self.from, self.listed
        )
    }
}

/// Every disagreement between the summaries of `workflow` and its listed runs and results.
pub fn disagreements(workflow: &WorkflowReport) -> Vec<Disagreement> {
    let runs = &workflow.runs;
    let sum = |f: fn(&super::model::RunRow) -> i64| runs.iter().map(f).sum::<i64>();
    let count = |f: fn(RunStatus) -> bool| {
        i64::try_from(runs.iter().filter(|r| f(r.status)).count()).unwrap_or(i64::MAX)
    };
    let listed_runs = i64::try_from(runs.len()).unwrap_or(i64::MAX);
    let failed_results = i64::try_from(workflow.failed_tasks.len()).unwrap_or(i64::MAX);
    let failed_users = i64::try_from(workflow.failed_users.len()).unwrap_or(i64::MAX);
    let s = &workflow.summaries;
    let mut checks = vec![
        (
            "runSummary.totalRuns",
            s.runs.total,
            listed_runs,
            "the listed runs",
        ),
        (
            "runSummary.successfulRuns",
            s.runs.successful,
            count(|s| s == RunStatus::Completed),
            "the listed runs with status completed",
        ),
        (
            "runSummary.failedRuns",
            s.runs.failed,
            count(RunStatus::is_failure),
            "the listed runs with status failed or completedWithErrors",
        ),
        (
            "runSummary.totalUsers",
            s.runs.users,
            sum(|r| r.total_users),
            "the runs' totalUsersCount",
        ),
        (
            "runSummary.totalTasks",
            s.runs.tasks,
            sum(|r| r.total_tasks),
            "the runs' totalTasksCount",
        ),
        (
            "runSummary.failedTasks",
            s.runs.failed_tasks,
            sum(|r| r.failed_tasks),
            "the runs' failedTasksCount",
        ),
        (
            "userSummary.totalUsers",
            s.users.total,
            sum(|r| r.total_users),
            "the runs' totalUsersCount",
        ),
        (
            "userSummary.failedUsers",
            s.users.failed,
            sum(|r| r.failed_users),
            "the runs' failedUsersCount",
        ),
        (
            "userSummary.failedUsers",
            s.users.failed,
            failed_users,
            "the listed failed user results",
        ),
        (
            "userSummary.failedTasks",
            s.users.failed_tasks,
            failed_results,
            "the listed failed task results",
        ),
        (
            "runSummary.failedTasks",
            s.runs.failed_tasks,
            failed_results,
            "the listed failed task results",
        ),
    ];
    if let Some(tasks) = s.tasks {
        checks.push((
            "taskReportSummary.totalTasks",
            tasks.total,
            sum(|r| r.total_tasks),
            "the runs' totalTasksCount",
        ));
        checks.push((
            "taskReportSummary.failedTasks",
            tasks.failed,
            failed_results,
            "the listed failed task results",
        ));
    }
    checks
        .into_iter()
        .filter(|(_, summary, listed, _)| summary != listed)
        .map(|(count, summary, listed, from)| Disagreement {
            workflow: workflow.id.clone(),
            count,
            summary,
            listed,
            from,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::{
        FailedTask, FailedUser, RunCounts, RunRow, Summaries, TaskCounts, UserCounts, UserRef,
    };

    fn run(id: &str, status: RunStatus, failed_users: i64, failed_tasks: i64) -> RunRow {
        RunRow {
            id: id.into(),
            scheduled: "2024-05-01T00:00:00Z".parse().expect("an instant"),
            started: None,
            completed: None,
            status,
            execution_type: "scheduled".into(),
            total_users: 2,
            failed_users,
            total_tasks: 4,
            failed_tasks,
        }
    }

    fn user() -> UserRef {
        UserRef {
            id: "u1".into(),
            name: None,
        }
    }

    /// Two runs, one failed with one failed user and one failed task, and summaries that agree.
    fn consistent() -> WorkflowReport {
        WorkflowReport {
            id: "w1".into(),
            name: "W".into(),
            category: "leaver".into(),
            runs: vec![
                run("r1", RunStatus::Completed, 0, 0),
                run("r2", RunStatus::Failed, 1, 1),
            ],
            failed_tasks: vec![FailedTask {
                run_id: "r2".into(),
                task_id: "t".into(),
                task_name: "T".into(),
                user: user(),
                reason: None,
            }],
            failed_users: vec![FailedUser {
                run_id: "r2".into(),
                user: user(),
                status: RunStatus::Failed,
                failed_tasks: 1,
            }],
            summaries: Summaries {
                runs: RunCounts {
                    total: 2,
                    successful: 1,
                    failed: 1,
                    users: 4,
                    tasks: 8,
                    failed_tasks: 1,
                },
                users: UserCounts {
                    total: 4,
                    failed: 1,
                    successful: 3,
                    tasks: 8,
                    failed_tasks: 1,
                },
                tasks: Some(TaskCounts {
                    total: 8,
                    failed: 1,
                    successful: 7,
                    unprocessed: 0,
                }),
            },
        }
    }

    #[test]
    fn agreeing_counts_pass() {
        assert_eq!(disagreements(&consistent()), []);
    }

    #[test]
    fn a_summary_that_counts_another_run_is_reported() {
        let mut report = consistent();
        report.summaries.runs.failed = 2;
        let found = disagreements(&report);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].to_string(),
            "workflow w1: runSummary.failedRuns is 2 but the listed runs with status failed or \
             completedWithErrors gives 1"
        );
    }

    #[test]
    fn a_missing_failed_task_result_is_reported() {
        let mut report = consistent();
        report.failed_tasks.clear();
        let counts: Vec<&str> = disagreements(&report).iter().map(|d| d.count).collect();
        assert_eq!(
            counts,
            [
                "userSummary.failedTasks",
                "runSummary.failedTasks",
                "taskReportSummary.failedTasks"
            ]
        );
    }
}
