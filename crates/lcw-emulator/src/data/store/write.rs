//! Writes: create, update, delete, restore, purge, activate, new version, resume, cancel,
//! unlink; each applied to the facts and followed by a refresh of the workflow's records.

use super::*;

impl Store {
    /// Adds a workflow from a decoded request body; returns its index.
    pub fn create_workflow(&mut self, body: &Workflow) -> WorkflowIx {
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
        let index = WorkflowIx(self.data.workflows.len() - 1);
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
    pub fn update_workflow(&mut self, wi: WorkflowIx, body: &Workflow) {
        let w = &mut self.data.workflows[wi.0];
        if let Some(v) = body.display_name.as_ref() {
            w.display_name.clone_from(v);
        }
        if let Some(v) = body.description.as_ref() {
            w.description.clone_from(v);
        }
        if let Some(v) = body.is_enabled.into_option() {
            w.is_enabled = v;
        }
        if let Some(v) = body.is_scheduling_enabled.into_option() {
            w.is_scheduling_enabled = v;
        }
        w.last_modified = clock::now();
        self.refresh(wi);
    }

    /// Applies a PATCH of a task's updatable properties; the workflow counts as modified.
    pub fn update_task(&mut self, wi: WorkflowIx, TaskIx(ti): TaskIx, body: &Task) {
        let w = &mut self.data.workflows[wi.0];
        if let Some(t) = w.tasks.get_mut(ti) {
            if let Some(v) = body.display_name.as_ref() {
                t.display_name.clone_from(v);
            }
            if let Some(v) = body.description.as_ref() {
                t.description.clone_from(v);
            }
        }
        w.last_modified = clock::now();
        self.refresh(wi);
    }

    fn refresh(&mut self, wi: WorkflowIx) {
        let (deleted, purged) = (self.states[wi.0].deleted, self.states[wi.0].purged);
        let extra = std::mem::take(&mut self.states[wi.0].extra);
        self.states[wi.0] = self.build_state(wi, deleted, extra);
        self.states[wi.0].purged = purged;
    }

    /// Moves a workflow to deletedItems.
    pub fn delete_workflow(&mut self, wi: WorkflowIx) {
        self.states[wi.0].deleted = Some(clock::now());
        self.refresh(wi);
    }

    /// Brings a deleted workflow back.
    pub fn restore_workflow(&mut self, wi: WorkflowIx) {
        self.states[wi.0].deleted = None;
        self.refresh(wi);
    }

    /// Removes a deleted workflow for good (its id stops resolving).
    pub fn purge_workflow(&mut self, wi: WorkflowIx) {
        let id = self.data.workflows[wi.0].id.clone();
        self.ids.remove(&id);
        self.states[wi.0].purged = true;
    }

    /// Starts an on-demand run for the given user ids; unknown users are skipped.
    pub fn activate(&mut self, wi: WorkflowIx, user_ids: &[String]) -> usize {
        let now = clock::now();
        let users: Vec<usize> = user_ids
            .iter()
            .filter_map(|id| self.data.users.iter().position(|u| &u.id == id))
            .collect();
        let task_count = self.data.workflows[wi.0].tasks.len();
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
        self.data.workflows[wi.0].runs.push(run);
        self.refresh(wi);
        users.len()
    }

    /// Makes the posted definition the next version of the workflow.
    pub fn new_version(&mut self, wi: WorkflowIx, body: &Workflow) {
        let new_tasks: Option<Vec<TaskFacts>> = body.tasks.as_ref().map(|tasks| {
            tasks
                .iter()
                .enumerate()
                .map(|(i, t)| self.task_from_body(i, t))
                .collect()
        });
        let w = &mut self.data.workflows[wi.0];
        w.version += 1;
        if let Some(tasks) = new_tasks {
            w.tasks = tasks;
        }
        self.update_workflow(wi, body);
    }

    /// Marks a task result as resumed by a custom task extension callback.
    pub fn resume(
        &mut self,
        wi: WorkflowIx,
        TaskResultAt {
            run: RunIx(ri),
            user: UserIx(ui),
            task: TaskIx(ti),
        }: TaskResultAt,
        succeeded: bool,
    ) {
        let now = clock::now();
        if let Some(t) = self.data.workflows[wi.0]
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

    /// Removes run `ri` from the reprocessed runs of the subject (the `$ref` delete).
    pub fn unlink_reprocessed(
        &mut self,
        wi: WorkflowIx,
        at: UserAt,
        of_run: Option<RunIx>,
        ri: RunIx,
    ) {
        let key = self.reprocessed_key(wi, at, of_run);
        let run = self.facts(wi).runs[ri.0].id.clone();
        self.unlinked.insert((key, run));
    }

    /// Runs the workflow for one subject and waits: a user of the tenant gets a run whose
    /// tasks all complete; anything else is reported failed, with the reason.
    pub fn activate_and_wait(&mut self, wi: WorkflowIx, subject: &str) -> Awaited {
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
        if let Some(run) = self.data.workflows[wi.0].runs.last_mut() {
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
    pub fn cancel_run(&mut self, wi: WorkflowIx, ri: RunIx) -> bool {
        let now = clock::now();
        let Some(run) = self.data.workflows[wi.0].runs.get_mut(ri.0) else {
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

    /// Lifts the quarantine of a workflow.
    pub fn clear_quarantine(&mut self, wi: WorkflowIx) {
        self.states[wi.0].extra.insert(
            "quarantineDetails".into(),
            serde_json::json!({"quarantineType": "notQuarantined"}),
        );
        self.data.workflows[wi.0].last_modified = clock::now();
        self.refresh(wi);
    }
}
