//! Reads: lookups by id, the entities and collections they denote, relationships, summaries
//! and insights.

use super::*;

impl Store {
    /// Index of a workflow by id; `deleted` picks the deletedItems container.
    pub fn workflow(&self, id: &str, deleted: bool) -> Option<WorkflowIx> {
        let wi = *self.ids.get(id)?;
        (self.state(wi).deleted.is_some() == deleted).then_some(wi)
    }

    /// One workflow's record.
    pub fn workflow_entity(&self, wi: WorkflowIx) -> Arc<Record> {
        self.state(wi).record.clone()
    }

    /// Runs of a workflow, oldest first.
    pub fn runs(&self, wi: WorkflowIx) -> &[Arc<Record>] {
        &self.state(wi).runs
    }

    /// Index of a run by id.
    pub fn run(&self, wi: WorkflowIx, id: &str) -> Option<RunIx> {
        self.state(wi).run_ids.get(id).copied()
    }

    /// The record of a task result.
    pub fn task_result_entity(
        &self,
        wi: WorkflowIx,
        TaskResultAt {
            run: RunIx(ri),
            user: UserIx(ui),
            task: TaskIx(ti),
        }: TaskResultAt,
    ) -> Option<Arc<Record>> {
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
    pub fn user_result(&self, wi: WorkflowIx, id: &str, run: Option<RunIx>) -> Option<UserAt> {
        let at = *self.state(wi).user_ids.get(id)?;
        run.is_none_or(|ri| ri == at.run).then_some(at)
    }

    /// The record of a user result.
    pub fn user_result_entity(
        &self,
        wi: WorkflowIx,
        UserAt {
            run: RunIx(ri),
            user: UserIx(ui),
        }: UserAt,
    ) -> Option<Arc<Record>> {
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
    pub fn task_report(&self, wi: WorkflowIx, id: &str) -> Option<ReportAt> {
        self.state(wi).report_ids.get(id).copied()
    }

    /// The record of a task report.
    pub fn task_report_entity(
        &self,
        wi: WorkflowIx,
        ReportAt {
            run: RunIx(ri),
            task: TaskIx(ti),
        }: ReportAt,
    ) -> Option<Arc<Record>> {
        let w = self.facts(wi);
        let run = w.runs.get(ri).filter(|_| ti < w.tasks.len())?;
        Some(Arc::new(self.record(render::task_report(w, run, ti))))
    }

    /// The record of a task.
    pub fn task_entity(&self, wi: WorkflowIx, TaskIx(ti): TaskIx) -> Option<Arc<Record>> {
        self.facts(wi)
            .tasks
            .get(ti)
            .map(|t| Arc::new(self.record(render::task(t))))
    }

    /// Index of a task by id.
    pub fn task(&self, wi: WorkflowIx, id: &str) -> Option<TaskIx> {
        self.facts(wi)
            .tasks
            .iter()
            .position(|t| t.id == id)
            .map(TaskIx)
    }

    /// Index of a task result of the given task, by id.
    pub fn task_result_of_task(
        &self,
        wi: WorkflowIx,
        ti: TaskIx,
        id: &str,
    ) -> Option<TaskResultAt> {
        let at = *self.state(wi).task_result_ids.get(id)?;
        (at.task == ti).then_some(at)
    }

    /// A version by its number (the key of `versions/{n}`).
    pub fn version(&self, wi: WorkflowIx, key: &str) -> Option<VersionIx> {
        let n: i32 = key.parse().ok()?;
        (1..=self.facts(wi).version)
            .contains(&n)
            .then(|| VersionIx::from_number(n))
            .flatten()
    }

    /// Record of version `vi`.
    pub fn version_entity(&self, wi: WorkflowIx, vi: VersionIx) -> Arc<Record> {
        Arc::new(self.record(render::version(self.facts(wi), vi.number())))
    }

    /// Relationship `name` of `owner` as `$expand` adds it, in the caller's view of enum
    /// members; collections hold at most [`EXPANDED_ITEMS_LIMIT`] items. `None` for a name the
    /// owner has no data for.
    pub fn related(&self, owner: Owner, name: &str, include_future: bool) -> Option<Value> {
        use Listing as L;
        use Owner as O;
        let w = match owner {
            O::Workflow(wi)
            | O::Run { workflow: wi, .. }
            | O::UserResult(wi, _)
            | O::TaskResult(wi, _)
            | O::TaskReport(wi, _)
            | O::Task { workflow: wi, .. }
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
        let task = |wi: WorkflowIx, ti: TaskIx| {
            Some(Value::Object(
                self.task_entity(wi, ti)?.object(include_future).clone(),
            ))
        };
        let user_of =
            |UserAt {
                 run: RunIx(ri),
                 user: UserIx(ui),
             }: UserAt| w.runs.get(ri)?.users.get(ui).map(|u| u.user);
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
            (
                O::Run {
                    workflow: wi,
                    run: ri,
                },
                "userProcessingResults",
            ) => list(L::UserResults(wi, Some(ri))),
            (
                O::Run {
                    workflow: wi,
                    run: ri,
                },
                "taskProcessingResults",
            ) => list(L::TaskResultsOfRun(wi, ri)),
            (
                O::Run {
                    workflow: wi,
                    run: ri,
                },
                "taskReports",
            ) => {
                let reports = (0..w.tasks.len())
                    .take(EXPANDED_ITEMS_LIMIT)
                    .map(TaskIx)
                    .filter_map(|ti| self.task_report_entity(wi, ReportAt { run: ri, task: ti }));
                Some(Value::Array(
                    reports
                        .map(|r| Value::Object(r.object(include_future).clone()))
                        .collect(),
                ))
            }
            (O::UserResult(_, at), "subject") => user(user_of(at)?),
            (O::UserResult(wi, at), "taskProcessingResults") => list(L::TaskResultsOfUser(wi, at)),
            (O::TaskResult(_, at), "subject") => user(user_of(at.user_at())?),
            (
                O::TaskResult(
                    wi,
                    TaskResultAt {
                        run: RunIx(ri),
                        user: UserIx(ui),
                        task: TaskIx(ti),
                    },
                ),
                "task",
            ) => task(
                wi,
                TaskIx(w.runs.get(ri)?.users.get(ui)?.tasks.get(ti)?.task),
            ),
            (O::TaskReport(wi, ReportAt { task: ti, .. }), "task") => task(wi, ti),
            (
                O::TaskReport(
                    _,
                    ReportAt {
                        task: TaskIx(ti), ..
                    },
                ),
                "taskDefinition",
            ) => w.tasks.get(ti).map(|t| {
                Value::Object(
                    crate::data::catalog::definition(&t.task_definition_id)
                        .unwrap_or_else(|| render::task_definition(t)),
                )
            }),
            (O::TaskReport(wi, at), "taskProcessingResults") => {
                list(L::TaskResultsOfReport(wi, at))
            }
            (
                O::Task {
                    workflow: wi,
                    task: ti,
                },
                "taskProcessingResults",
            ) => list(L::TaskResultsOfTask(wi, ti)),
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

    fn runs_in(&self, wi: WorkflowIx, window: (Ticks, Ticks)) -> impl Iterator<Item = &RunFacts> {
        self.facts(wi)
            .runs
            .iter()
            .filter(move |r| r.scheduled >= window.0 && r.scheduled < window.1)
    }

    /// `runSummary` of the runs scheduled in `[start, end)`.
    pub fn run_summary(&self, wi: WorkflowIx, window: (Ticks, Ticks)) -> Record {
        self.record(render::run_summary(self.runs_in(wi, window)))
    }

    /// `userSummary` of the users of runs scheduled in `[start, end)`.
    pub fn user_summary(&self, wi: WorkflowIx, window: (Ticks, Ticks)) -> Record {
        self.record(render::user_summary(self.runs_in(wi, window)))
    }

    /// `taskReportSummary` of the task results of runs scheduled in `[start, end)`.
    pub fn task_report_summary(&self, wi: WorkflowIx, window: (Ticks, Ticks)) -> Record {
        self.record(render::task_report_summary(self.runs_in(wi, window)))
    }

    /// The user id of the subject of user result `at`.
    pub fn subject_of(
        &self,
        wi: WorkflowIx,
        UserAt {
            run: RunIx(ri),
            user: UserIx(ui),
        }: UserAt,
    ) -> Option<String> {
        let user = self.facts(wi).runs.get(ri)?.users.get(ui)?.user;
        self.data.users.get(user).map(|u| u.id.clone())
    }

    /// Index of the latest run of a workflow.
    pub fn latest_run(&self, wi: WorkflowIx) -> Option<RunIx> {
        self.facts(wi).runs.len().checked_sub(1).map(RunIx)
    }

    /// The record of a user's result as a `subjectProcessingResult`.
    pub fn subject_entity(
        &self,
        wi: WorkflowIx,
        UserAt {
            run: RunIx(ri),
            user: UserIx(ui),
        }: UserAt,
    ) -> Option<Arc<Record>> {
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
    pub fn subjects_of_run(&self, wi: WorkflowIx, ri: RunIx) -> Vec<UserAt> {
        (0..self.facts(wi).runs.get(ri.0).map_or(0, |r| r.users.len()))
            .map(|ui| UserAt {
                run: ri,
                user: UserIx(ui),
            })
            .collect()
    }

    /// `subjectSummary` of the subjects of run `ri`, when the run is scheduled in the window.
    pub fn subject_summary(&self, wi: WorkflowIx, ri: RunIx, window: (Ticks, Ticks)) -> Record {
        let run = self.facts(wi).runs.get(ri.0);
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
                    && self.ids.get(&self.data.workflows[*wi].id) == Some(&WorkflowIx(*wi))
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
                        let name = crate::data::catalog::definition_name(d).unwrap_or_default();
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
    pub fn reprocessed_runs(
        &self,
        wi: WorkflowIx,
        at: UserAt,
        of_run: Option<RunIx>,
    ) -> Vec<RunIx> {
        let w = self.facts(wi);
        let Some(user) = w.runs.get(at.run.0).and_then(|r| r.users.get(at.user.0)) else {
            return Vec::new();
        };
        let key = self.reprocessed_key(wi, at, of_run);
        w.runs
            .iter()
            .enumerate()
            .map(|(ri, r)| (RunIx(ri), r))
            .filter(|(ri, r)| {
                let after = match of_run {
                    None => *ri != at.run,
                    Some(o) => *ri > o,
                };
                after
                    && r.users.iter().any(|u| u.user == user.user)
                    && !self.unlinked.contains(&(key.clone(), r.id.clone()))
            })
            .map(|(ri, _)| ri)
            .collect()
    }

    pub(super) fn reprocessed_key(
        &self,
        wi: WorkflowIx,
        at: UserAt,
        of_run: Option<RunIx>,
    ) -> String {
        let w = self.facts(wi);
        let user = w.runs.get(at.run.0).and_then(|r| r.users.get(at.user.0));
        let base = user.map_or(String::new(), |u| u.id.clone());
        match of_run.and_then(|ri| w.runs.get(ri.0)) {
            Some(run) => format!("{base}/{}", run.id),
            None => base,
        }
    }
}
