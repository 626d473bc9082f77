//! The collections the store serves, held as positions into the facts: a page renders only
//! the records it shows, so its cost does not grow with the collection.

use std::borrow::Cow;
use std::sync::Arc;

use serde_json::Value;

use super::store::{
    Owner, ReportAt, RunIx, Store, TaskIx, TaskResultAt, UserAt, VersionIx, WorkflowIx,
};
use crate::odata::page::Collection;
use crate::odata::record::Record;

/// A collection of the store; workflows are named by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// `workflows` or `deletedItems/workflows`.
    Workflows {
        /// In the deleted items container.
        deleted: bool,
    },
    /// Runs of a workflow.
    Runs(WorkflowIx),
    /// Task results of one run.
    TaskResultsOfRun(WorkflowIx, RunIx),
    /// User results of a workflow, or of one of its runs.
    UserResults(WorkflowIx, Option<RunIx>),
    /// Task results of one user result.
    TaskResultsOfUser(WorkflowIx, UserAt),
    /// Task reports of a workflow: one per run and task.
    TaskReports(WorkflowIx),
    /// Task results behind one task report.
    TaskResultsOfReport(WorkflowIx, ReportAt),
    /// Tasks of a workflow.
    Tasks(WorkflowIx),
    /// Task results of one task, across runs and users.
    TaskResultsOfTask(WorkflowIx, TaskIx),
    /// Versions of a workflow, `1..=version`.
    Versions(WorkflowIx),
    /// The users a workflow currently covers: the docs give them as user processing
    /// results, which here are those of its latest run.
    ExecutionScope(WorkflowIx),
}

/// Where the records of a listing are, by position.
pub(super) enum Positions<'a> {
    /// Runs of a workflow, kept ready by the store.
    Runs(WorkflowIx),
    /// Workflow indexes.
    Workflows(Vec<WorkflowIx>),
    /// User results of workflow `.0`.
    Users(WorkflowIx, &'a [UserAt]),
    /// Task results of workflow `.0`.
    TaskResults(WorkflowIx, Cow<'a, [TaskResultAt]>),
    /// Every (run, task) pair of a workflow, run by run.
    Reports(WorkflowIx),
    /// Tasks of a workflow.
    Tasks(WorkflowIx),
    /// Versions of a workflow.
    Versions(WorkflowIx),
}

/// A listing bound to the store, served through [`Collection`].
pub struct StoreCollection<'a> {
    pub(super) store: &'a Store,
    pub(super) positions: Positions<'a>,
}

impl Collection for StoreCollection<'_> {
    fn len(&self) -> usize {
        let workflows = &self.store.data().workflows;
        match &self.positions {
            Positions::Runs(wi) => workflows[wi.0].runs.len(),
            Positions::Workflows(indexes) => indexes.len(),
            Positions::Users(_, at) => at.len(),
            Positions::TaskResults(_, at) => at.len(),
            Positions::Reports(wi) => workflows[wi.0].runs.len() * workflows[wi.0].tasks.len(),
            Positions::Tasks(wi) => workflows[wi.0].tasks.len(),
            Positions::Versions(wi) => usize::try_from(workflows[wi.0].version).unwrap_or(0),
        }
    }

    fn record(&self, index: usize) -> Option<Arc<Record>> {
        match &self.positions {
            Positions::Runs(wi) => self.store.runs(*wi).get(index).cloned(),
            Positions::Workflows(indexes) => {
                indexes.get(index).map(|wi| self.store.workflow_entity(*wi))
            }
            Positions::Users(wi, at) => self.store.user_result_entity(*wi, *at.get(index)?),
            Positions::TaskResults(wi, at) => self.store.task_result_entity(*wi, *at.get(index)?),
            Positions::Reports(wi) => self
                .store
                .task_report_entity(*wi, self.report_at(*wi, index)),
            Positions::Tasks(wi) => self.store.task_entity(*wi, TaskIx(index)),
            Positions::Versions(wi) => {
                (index < self.len()).then(|| self.store.version_entity(*wi, VersionIx(index)))
            }
        }
    }

    fn related(&self, index: usize, name: &str, include_future: bool) -> Option<Value> {
        self.store.related(self.owner(index)?, name, include_future)
    }
}

impl StoreCollection<'_> {
    /// What the record at `index` is.
    fn owner(&self, index: usize) -> Option<Owner> {
        Some(match &self.positions {
            Positions::Runs(wi) => Owner::Run {
                workflow: *wi,
                run: RunIx(index),
            },
            Positions::Workflows(indexes) => Owner::Workflow(*indexes.get(index)?),
            Positions::Users(wi, at) => Owner::UserResult(*wi, *at.get(index)?),
            Positions::TaskResults(wi, at) => Owner::TaskResult(*wi, *at.get(index)?),
            Positions::Reports(wi) => Owner::TaskReport(*wi, self.report_at(*wi, index)),
            Positions::Tasks(wi) => Owner::Task {
                workflow: *wi,
                task: TaskIx(index),
            },
            Positions::Versions(wi) => Owner::Version(*wi, VersionIx(index)),
        })
    }

    fn report_at(&self, wi: WorkflowIx, index: usize) -> ReportAt {
        let tasks = self.store.data().workflows[wi.0].tasks.len().max(1);
        ReportAt {
            run: RunIx(index / tasks),
            task: TaskIx(index % tasks),
        }
    }
}
