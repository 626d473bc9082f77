//! Every row of `OPERATIONS` (both versions), called through the version's generated
//! `dispatch::prepare` against lcw-emulator started in-process on loopback.
//!
//! The ids come from the emulator's seeded data, found by listing through the client itself;
//! writes send a minimal valid body. Reads run first, then creates, updates and actions, then
//! deletes (of objects the walk created), then the deleted-items operations (`$ref` deletes,
//! restores and the permanent delete last). Every row must succeed except exactly the rows of
//! `EXPECTED_FAILURES`, which must still fail.

mod common;

use lcw_client::dynamic::{Args, Prepared};
use lcw_client::models::OperationInfo;
use lcw_client::{Client, Error};
use lcw_emulator::{EmulatorConfig, Sizes};
use serde_json::{Value, json};

/// Rows that must not succeed: (version, operation id, path template, why).
const EXPECTED_FAILURES: &[(&str, &str, &str, &str)] = &[];

const ROOT: &str = "/identityGovernance/lifecycleWorkflows";

/// The window of every function with `startDateTime` and `endDateTime`.
const START: &str = "2000-01-01T00:00:00Z";
const END: &str = "2100-01-01T00:00:00Z";

/// The smallest body that creates a workflow (as in lcw-emulator's tests).
const NEW_WORKFLOW: &str = r##"{"displayName":"made for a test","category":"joiner","tasks":[],
    "executionConditions":{"@odata.type":"#microsoft.graph.identityGovernance.onDemandExecutionOnly"}}"##;

/// The smallest body that creates a lifecycle policy (as in lcw-emulator's tests).
const NEW_POLICY: &str = r##"{"@odata.type":"#microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy",
    "displayName":"made for a test","isEnabled":true,
    "enforcementAction":{"@odata.type":"#microsoft.graph.identityGovernance.disableOnlyEnforcementAction"},
    "rules":[{"@odata.type":"#microsoft.graph.identityGovernance.inactivityRule","lastActivityThresholdInDays":30}]}"##;

type PrepareFn = fn(&Client, usize, &Args) -> Result<Prepared, Error>;

/// One version of the API: its table and its dispatcher.
struct Api {
    name: &'static str,
    ops: &'static [OperationInfo],
    prepare: PrepareFn,
}

impl Api {
    /// The row of `method` on `ROOT` + `tail`.
    fn index(&self, method: &str, tail: &str) -> usize {
        let path = format!("{ROOT}{tail}");
        self.ops
            .iter()
            .position(|op| op.method == method && op.path == path)
            .unwrap_or_else(|| panic!("{}: no operation {method} {path}", self.name))
    }

    /// A call made to set the walk up (finding ids, building fixtures); it must succeed.
    async fn setup(
        &self,
        client: &Client,
        method: &str,
        tail: &str,
        path: &[&str],
        body: Option<Value>,
    ) -> Value {
        let index = self.index(method, tail);
        let args = Args {
            path: path.iter().map(|s| (*s).to_owned()).collect(),
            body,
        };
        let op = &self.ops[index];
        let sent = match (self.prepare)(client, index, &args) {
            Ok(prepared) => prepared.send().await,
            Err(e) => Err(e),
        };
        sent.unwrap_or_else(|e| {
            panic!(
                "{} setup call {} {} {:?} failed: {e}",
                self.name, op.id, op.path, args.path
            )
        })
    }
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

fn items(list: &Value) -> Vec<Value> {
    list["value"].as_array().cloned().unwrap_or_default()
}

/// Ids of the seeded data, found through the client.
struct Seeded {
    workflow: String,
    /// A completed run of `workflow` and one of its user results, task results and reports.
    run: String,
    user_result: String,
    report: String,
    task: String,
    task_result: String,
    /// A run of `workflow` that has not finished, for `cancelProcessing`.
    unfinished_run: String,
    /// A user of the tenant.
    user: String,
    extension: String,
    definition: String,
    template: String,
    /// Beta only: the first lifecycle policy, its first rule and that rule's `@odata.type`.
    policy: String,
    rule: String,
    rule_type: String,
}

/// A deleted workflow run three times for one user: `user_result` is that user's result in
/// the latest run, `first` and `second` the earlier runs that reprocessed the user.
struct Reprocessed {
    workflow: String,
    user_result: String,
    first: String,
    second: String,
}

/// Objects the walk itself creates (by the create rows), for the destructive rows.
#[derive(Default)]
struct Created {
    workflow: Option<String>,
    extension: Option<String>,
    policy: Option<String>,
}

async fn seeded(api: &Api, client: &Client) -> Seeded {
    let get = |tail: &'static str, path: Vec<String>| async move {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        api.setup(client, "GET", tail, &path, None).await
    };
    let first_id = |list: &Value| text(&list["value"][0]["id"]);
    let workflow = first_id(&get("/workflows", vec![]).await);
    let runs = items(&get("/workflows/{workflowId}/runs", vec![workflow.clone()]).await);
    let run = runs
        .iter()
        .find(|r| r["processingStatus"] == "completed")
        .cloned()
        .unwrap_or_default();
    let unfinished_run = runs
        .iter()
        .rev()
        .find(|r| r["processingStatus"] == "queued" || r["processingStatus"] == "inProgress")
        .map(|r| text(&r["id"]))
        .unwrap_or_default();
    let run_id = text(&run["id"]);
    let results = get(
        "/workflows/{workflowId}/runs/{runId}/taskProcessingResults",
        vec![workflow.clone(), run_id.clone()],
    )
    .await;
    let task_result = results["value"][0].clone();
    let user_results = items(
        &get(
            "/workflows/{workflowId}/userProcessingResults",
            vec![workflow.clone()],
        )
        .await,
    );
    let user_result = user_results
        .iter()
        .find(|u| u["scheduledDateTime"] == run["scheduledDateTime"])
        .map(|u| text(&u["id"]))
        .unwrap_or_default();
    let user = text(&user_results.first().cloned().unwrap_or_default()["subject"]["id"]);
    let reports = items(
        &get(
            "/workflows/{workflowId}/taskReports",
            vec![workflow.clone()],
        )
        .await,
    );
    let report = reports
        .iter()
        .find(|t| t["runId"] == run_id.as_str())
        .or(reports.first())
        .map(|t| text(&t["id"]))
        .unwrap_or_default();
    let extension = first_id(&get("/customTaskExtensions", vec![]).await);
    let definition = first_id(&get("/taskDefinitions", vec![]).await);
    let template = first_id(&get("/workflowTemplates", vec![]).await);
    let (mut policy, mut rule, mut rule_type) = (String::new(), String::new(), String::new());
    if api.name == "beta" {
        policy = first_id(&get("/lifecyclePolicies", vec![]).await);
        let rules = get(
            "/lifecyclePolicies/{lifecyclePolicyId}/rules",
            vec![policy.clone()],
        )
        .await;
        rule = first_id(&rules);
        rule_type = text(&rules["value"][0]["@odata.type"]);
    }
    let found = Seeded {
        workflow,
        run: run_id,
        user_result,
        report,
        task: text(&task_result["task"]["id"]),
        task_result: text(&task_result["id"]),
        unfinished_run,
        user,
        extension,
        definition,
        template,
        policy,
        rule,
        rule_type,
    };
    let mut ids = vec![
        ("workflow", &found.workflow),
        ("completed run", &found.run),
        ("user processing result", &found.user_result),
        ("task report", &found.report),
        ("task", &found.task),
        ("task processing result", &found.task_result),
        ("unfinished run", &found.unfinished_run),
        ("user", &found.user),
        ("custom task extension", &found.extension),
        ("task definition", &found.definition),
        ("workflow template", &found.template),
    ];
    if api.name == "beta" {
        ids.extend([
            ("lifecycle policy", &found.policy),
            ("lifecycle policy rule", &found.rule),
            ("rule type", &found.rule_type),
        ]);
    }
    for (what, id) in ids {
        assert!(!id.is_empty(), "{}: no seeded {what} found", api.name);
    }
    found
}

/// See [`Reprocessed`]: made with setup calls before the walk.
async fn reprocessed(api: &Api, client: &Client, user: &str) -> Reprocessed {
    let made = api
        .setup(
            client,
            "POST",
            "/workflows",
            &[],
            Some(serde_json::from_str(NEW_WORKFLOW).expect("valid JSON")),
        )
        .await;
    let workflow = text(&made["id"]);
    for _ in 0..3 {
        api.setup(
            client,
            "POST",
            "/workflows/{workflowId}/activate",
            &[&workflow],
            Some(json!({ "subjects": [{ "id": user }] })),
        )
        .await;
    }
    let runs = api
        .setup(
            client,
            "GET",
            "/workflows/{workflowId}/runs",
            &[&workflow],
            None,
        )
        .await;
    let scope = api
        .setup(
            client,
            "GET",
            "/workflows/{workflowId}/executionScope",
            &[&workflow],
            None,
        )
        .await;
    api.setup(
        client,
        "DELETE",
        "/workflows/{workflowId}",
        &[&workflow],
        None,
    )
    .await;
    let made = Reprocessed {
        user_result: text(&scope["value"][0]["id"]),
        first: text(&runs["value"][0]["id"]),
        second: text(&runs["value"][1]["id"]),
        workflow,
    };
    assert!(
        ![&made.user_result, &made.first, &made.second]
            .iter()
            .any(|id| id.is_empty()),
        "{}: the reprocessed workflow lacks a run or its execution scope",
        api.name
    );
    made
}

/// Where a row runs in the walk: reads, then writes that keep what they touch, then deletes
/// of objects the walk created, then deleted items (reads, `$ref` deletes, restores, the
/// permanent delete).
fn rank(op: &OperationInfo) -> (u8, u8) {
    let deleted_items = op.path.contains("/deletedItems/");
    match (deleted_items, op.method) {
        (false, "GET") => (0, 0),
        (false, "DELETE") => (2, 0),
        (false, _) => (1, 0),
        (true, "GET") => (3, 0),
        (true, "DELETE") if op.path.ends_with("/reprocessedRuns/{id}/$ref") => {
            // Unlink `second` from `first`'s reprocessed runs before unlinking it from the
            // user result's, which the nested path walks through.
            if op
                .path
                .contains("/reprocessedRuns/{runId}/reprocessedRuns/")
            {
                (3, 1)
            } else {
                (3, 2)
            }
        }
        (true, "DELETE") => (3, 4),
        (true, _) => (3, 3),
    }
}

fn need(id: &Option<String>, what: &str) -> Result<String, String> {
    id.clone()
        .ok_or_else(|| format!("no {what} was created earlier in the walk"))
}

/// The arguments of row `op`; `Err` says what is missing.
fn args(op: &OperationInfo, s: &Seeded, r: &Reprocessed, c: &Created) -> Result<Args, String> {
    let deleted_items = op.path.contains("/deletedItems/");
    let delete = op.method == "DELETE";
    let mut path = Vec::new();
    for parameter in lcw_docs::template::parameters(op.path) {
        path.push(match parameter {
            // The permanent delete takes the workflow the `workflow-delete` row deleted; the
            // other deleted-item rows the reprocessed one.
            "workflowId" if deleted_items && delete && !op.path.ends_with("$ref") => {
                need(&c.workflow, "workflow")?
            }
            "workflowId" if deleted_items => r.workflow.clone(),
            "workflowId" if delete || op.path.ends_with("/createNewVersion") => {
                need(&c.workflow, "workflow")?
            }
            "workflowId" => s.workflow.clone(),
            "runId" if deleted_items => r.first.clone(),
            "runId" => s.run.clone(),
            "id" => r.second.clone(),
            "userProcessingResultId" if deleted_items => r.user_result.clone(),
            "userProcessingResultId" | "subjectProcessingResultId" => s.user_result.clone(),
            "taskReportId" => s.report.clone(),
            "taskId" => s.task.clone(),
            "taskProcessingResultsId" => s.task_result.clone(),
            "versionId"
            | "versionNumber"
            | "workflowVersionId"
            | "workflowVersionVersionNumber" => "1".to_owned(),
            "customTaskExtensionId" if delete => need(&c.extension, "custom task extension")?,
            "customTaskExtensionId" => s.extension.clone(),
            "taskDefinitionId" => s.definition.clone(),
            "workflowTemplateId" => s.template.clone(),
            "lifecyclePolicyId" if delete || deleted_items => need(&c.policy, "lifecycle policy")?,
            "lifecyclePolicyId" => s.policy.clone(),
            "lifecyclePolicyRuleId" => s.rule.clone(),
            "subjectType" => "agentIdentity".to_owned(),
            "startDateTime" => START.to_owned(),
            "endDateTime" => END.to_owned(),
            other => return Err(format!("no id for path parameter {{{other}}}")),
        });
    }
    Ok(Args {
        path,
        body: body(op, s)?,
    })
}

/// A minimal valid body for row `op`; `None` for a row that sends none.
fn body(op: &OperationInfo, s: &Seeded) -> Result<Option<Value>, String> {
    let tail = op.path.strip_prefix(ROOT).unwrap_or(op.path);
    let subjects = json!({ "subjects": [{ "id": s.user }] });
    let parsed = |text: &str| serde_json::from_str(text).map_err(|e| e.to_string());
    Ok(Some(match (op.method, tail) {
        ("GET" | "DELETE", _) => return Ok(None),
        ("POST", "/customTaskExtensions") => json!({ "displayName": "made for a test" }),
        ("PATCH", "/customTaskExtensions/{customTaskExtensionId}") => {
            json!({ "description": "changed by a test" })
        }
        ("POST", "/lifecyclePolicies") => parsed(NEW_POLICY)?,
        ("PATCH", "/lifecyclePolicies/{lifecyclePolicyId}") => json!({
            "@odata.type": "#microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy",
            "displayName": "changed by a test",
        }),
        ("PATCH", "/lifecyclePolicies/{lifecyclePolicyId}/rules/{lifecyclePolicyRuleId}") => {
            json!({ "@odata.type": s.rule_type, "isEnabled": false })
        }
        ("PATCH", "/lifecyclePolicyPriorityConfigurations/{subjectType}") => json!({
            "@odata.type": "#microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration",
            "orderedPolicyIds": [s.policy],
        }),
        // Both members are marked `Required.` on the page.
        ("PATCH", "/settings") => json!({
            "workflowScheduleIntervalInHours": 3,
            "emailSettings": { "senderDomain": "contoso.example", "useCompanyBranding": true },
        }),
        ("POST", "/workflows") => parsed(NEW_WORKFLOW)?,
        ("PATCH", "/workflows/{workflowId}") => json!({ "description": "changed by a test" }),
        (
            "POST",
            "/workflows/{workflowId}/activate" | "/workflows/{workflowId}/activatewithscope",
        )
        | ("POST", "/workflows/{workflowId}/previewWorkflow") => subjects,
        ("POST", "/workflows/{workflowId}/activateAndWait") => json!({
            "subject": {
                "@odata.type": "#microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject",
                "id": s.user,
            }
        }),
        ("POST", "/workflows/{workflowId}/cancelProcessing") => json!({
            "scope": {
                "@odata.type": "#microsoft.graph.identityGovernance.cancelRunsScope",
                "runs": [{ "id": s.unfinished_run }],
            }
        }),
        ("POST", "/workflows/{workflowId}/clearQuarantine") => return Ok(None),
        ("POST", "/workflows/{workflowId}/createNewVersion") => json!({
            "workflow": { "displayName": "made for a test, v2", "tasks": [] }
        }),
        ("PATCH", "/workflows/{workflowId}/tasks/{taskId}") => {
            json!({ "description": "changed by a test" })
        }
        (
            "POST",
            "/workflows/{workflowId}/tasks/{taskId}/taskProcessingResults/{taskProcessingResultsId}/resume",
        ) => json!({
            "source": "emulator_operations",
            "type": "microsoft.graph.identityGovernance.resumeCustomTaskExtensionCallbackData",
            "data": { "operationStatus": "completed" },
        }),
        ("POST", path) if path.starts_with("/deletedItems/") && path.ends_with("/restore") => {
            return Ok(None);
        }
        _ => return Err("the walk has no body for this write".to_owned()),
    }))
}

/// Remembers what a create row made.
fn remember(op: &OperationInfo, answer: &Value, created: &mut Created) {
    if op.method != "POST" {
        return;
    }
    let id = answer["id"].as_str().map(str::to_owned);
    match op.path.strip_prefix(ROOT) {
        Some("/workflows") => created.workflow = id,
        Some("/customTaskExtensions") => created.extension = id,
        Some("/lifecyclePolicies") => created.policy = id,
        _ => {}
    }
}

/// What a walk did.
#[derive(Default)]
struct Tally {
    /// Rows sent (a row whose arguments could not be built is not).
    called: usize,
    succeeded: usize,
    failed_as_listed: usize,
    /// One line per row whose outcome differs from `EXPECTED_FAILURES`.
    problems: Vec<String>,
}

/// Sends row `index` with `args`: the answer as JSON, or why it failed.
async fn send(api: &Api, client: &Client, index: usize, args: &Args) -> Result<Value, String> {
    let op = &api.ops[index];
    let prepared = (api.prepare)(client, index, args)
        .map_err(|e| format!("not prepared from {args:?}: {e}"))?;
    let info = prepared.operation();
    if (info.id, info.method, info.path) != (op.id, op.method, op.path) {
        return Err(format!(
            "prepare called {} {} {} instead",
            info.id, info.method, info.path
        ));
    }
    let answer = prepared
        .send()
        .await
        .map_err(|e| format!("failed with path {:?}: {e}", args.path))?;
    // A list of seeded data that comes back empty would hide a wrong id.
    if op.returns_collection && items(&answer).is_empty() {
        return Err(format!("answered an empty list for path {:?}", args.path));
    }
    Ok(answer)
}

/// Calls every row of `api`, in [`rank`] order.
async fn walk(api: &Api) -> Tally {
    let config = EmulatorConfig {
        sizes: Sizes {
            workflows: 3,
            runs_per_workflow: 12,
            users_per_run: 3,
            tasks_per_workflow: 2,
        },
        // Every list on one page, so the ids found by listing include the ones looked for.
        default_page_size: 999,
        ..common::config()
    };
    let emulator = common::start(config).await;
    let client = common::client(&emulator);
    let seeded = seeded(api, &client).await;
    let reprocessed = reprocessed(api, &client, &seeded.user).await;
    let mut created = Created::default();

    let mut order: Vec<usize> = (0..api.ops.len()).collect();
    order.sort_by_key(|&i| rank(&api.ops[i]));
    let listed = |op: &OperationInfo| {
        EXPECTED_FAILURES
            .iter()
            .find(|(v, id, path, _)| *v == api.name && *id == op.id && *path == op.path)
    };
    let mut tally = Tally::default();
    for index in order {
        let op = &api.ops[index];
        let name = format!(
            "{} row {index} {} {} {}",
            api.name, op.id, op.method, op.path
        );
        let outcome = match args(op, &seeded, &reprocessed, &created) {
            Err(why) => Err(format!("skipped: {why}")),
            Ok(args) => {
                tally.called += 1;
                send(api, &client, index, &args).await
            }
        };
        match (outcome, listed(op)) {
            (Ok(answer), None) => {
                tally.succeeded += 1;
                remember(op, &answer, &mut created);
            }
            (Ok(_), Some((_, _, _, why))) => {
                tally.succeeded += 1;
                tally.problems.push(format!(
                    "{name}: succeeded, though listed as failing: {why}"
                ));
            }
            (Err(error), None) => tally.problems.push(format!("{name}: {error}")),
            (Err(_), Some(_)) => tally.failed_as_listed += 1,
        }
    }
    for (version, id, path, _) in EXPECTED_FAILURES {
        if *version == api.name && !api.ops.iter().any(|op| op.id == *id && op.path == *path) {
            tally.problems.push(format!(
                "{version} {id} {path}: listed as failing, but no such row"
            ));
        }
    }
    if tally.problems.is_empty() {
        effects(api, &client, &reprocessed, &created).await;
    }
    emulator.stop().await;
    tally
}

/// The destructive rows did what they say: the deleted objects are gone, the restored ones
/// back.
async fn effects(api: &Api, client: &Client, r: &Reprocessed, c: &Created) {
    let ids =
        |list: Value| -> Vec<String> { items(&list).iter().map(|i| text(&i["id"])).collect() };
    let list = |tail: &'static str| api.setup(client, "GET", tail, &[], None);
    let workflows = ids(list("/workflows").await);
    let deleted = ids(list("/deletedItems/workflows").await);
    let made = c.workflow.clone().expect("the walk created a workflow");
    assert!(
        workflows.contains(&r.workflow) && !deleted.contains(&r.workflow),
        "{}: the restored workflow {} is not back",
        api.name,
        r.workflow
    );
    // The purged workflow is in no list and no longer resolves.
    let index = api.index("GET", "/deletedItems/workflows/{workflowId}");
    let args = Args {
        path: vec![made.clone()],
        body: None,
    };
    let purged = match (api.prepare)(client, index, &args) {
        Ok(prepared) => prepared.send().await,
        Err(e) => Err(e),
    };
    assert!(
        !workflows.contains(&made)
            && !deleted.contains(&made)
            && matches!(&purged, Err(Error::Graph(e)) if e.status.as_u16() == 404),
        "{}: the workflow {made} deleted for good is still there: {purged:?}",
        api.name
    );
    let extensions = ids(list("/customTaskExtensions").await);
    assert!(
        !extensions.contains(c.extension.as_ref().expect("the walk created an extension")),
        "{}: the deleted custom task extension is still listed",
        api.name
    );
    if api.name == "beta" {
        let policies = ids(list("/lifecyclePolicies").await);
        assert!(
            policies.contains(&c.policy.clone().unwrap_or_default()),
            "{}: the restored lifecycle policy is not back",
            api.name
        );
    }
}

async fn check(api: Api) {
    let rows = api.ops.len();
    let tally = walk(&api).await;
    println!(
        "emulator_operations: {}: {} of {rows} rows called, {} succeeded, {} failed as listed",
        api.name, tally.called, tally.succeeded, tally.failed_as_listed,
    );
    assert!(
        tally.problems.is_empty(),
        "{} of {rows} {} rows did not behave as expected:\n{}",
        tally.problems.len(),
        api.name,
        tally.problems.join("\n")
    );
    assert_eq!(tally.called, rows, "every row is called");
}

#[tokio::test]
async fn every_beta_operation_succeeds_against_the_emulator() {
    check(Api {
        name: "beta",
        ops: lcw_client::models::beta::OPERATIONS,
        prepare: lcw_client::beta::dispatch::prepare,
    })
    .await;
}

#[tokio::test]
async fn every_v1_operation_succeeds_against_the_emulator() {
    check(Api {
        name: "v1",
        ops: lcw_client::models::v1::OPERATIONS,
        prepare: lcw_client::v1::dispatch::prepare,
    })
    .await;
}
