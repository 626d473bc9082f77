//! Replays every request example of the docs-src API pages (both versions) against the
//! emulator: the sample ids of each request path are swapped for ids of the seeded data, and
//! the answer must be a 2xx, except for exactly the examples listed in `EXPECTED_FAILURES`,
//! which must still fail (and still be among the examples).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{Fixture, SeededIds, small_config, start};
use lcw_docs::model::{Example, Operation, Verb};
use lcw_docs::{LoadOptions, load, template};

const GRAPH: &str = "https://graph.microsoft.com/";

/// Examples that must not succeed: (page under `api-reference/`, example name, why).
const EXPECTED_FAILURES: &[(&str, &str, &str)] = &[
    (
        "beta/api/identitygovernance-workflow-createnewversion.md",
        "lifecycleworkflows_workflowthis.createnewversion_customemail",
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "v1.0/api/identitygovernance-workflow-createnewversion.md",
        "lifecycleworkflows_workflowthis.createnewversion_customemail",
        "the body is the workflow itself, not the `workflow` parameter the request body table lists",
    ),
    (
        "beta/api/identitygovernance-task-update.md",
        "lifecycleworkflows_update_task",
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "v1.0/api/identitygovernance-task-update.md",
        "lifecycleworkflows_update_task",
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "beta/api/identitygovernance-workflow-list-task.md",
        "lifecycleworkflows_list_task",
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
    (
        "v1.0/api/identitygovernance-workflow-list-task.md",
        "lifecycleworkflows_list_task",
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
    (
        "beta/api/identitygovernance-task-get.md",
        "lifecycleworkflows_get_workflow_task",
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
];

/// One example bound to the operation whose path template its request line follows.
struct Replay<'a> {
    file: String,
    example: &'a Example,
    op: &'a Operation,
}

#[tokio::test]
async fn every_request_example_of_the_docs_is_served() {
    let docs_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs-src");
    let docs = load(&docs_src, &LoadOptions::default());
    let replays = replays(
        docs.model
            .versions
            .values()
            .flat_map(|v| v.operations.iter()),
    );
    assert!(
        replays.len() >= 60,
        "only {} examples in {}",
        replays.len(),
        docs_src.display()
    );

    let f = start(small_config()).await;
    let ids = f.seeded_ids().await;
    let mut failed = BTreeSet::new();
    let mut per_version = BTreeMap::<String, usize>::new();
    for replay in &replays {
        let (version, status, answer) = send(&f, &ids, replay).await;
        *per_version.entry(version).or_default() += 1;
        let key = (replay.file.clone(), replay.example.name.clone());
        let expected = EXPECTED_FAILURES
            .iter()
            .find(|(file, name, _)| (*file, *name) == (key.0.as_str(), key.1.as_str()));
        if !(200..300).contains(&status) {
            let why = expected.map_or("NOT LISTED", |(_, _, reason)| reason);
            println!("{} [{}]: {status} {} ({why})", key.0, key.1, short(&answer));
            failed.insert(key);
        } else if let Some((_, _, reason)) = expected {
            println!(
                "{} [{}]: answered {status}, though listed as failing: {reason}",
                key.0, key.1
            );
        }
    }
    let expected: BTreeSet<(String, String)> = EXPECTED_FAILURES
        .iter()
        .map(|(file, name, _)| ((*file).to_owned(), (*name).to_owned()))
        .collect();
    println!(
        "replayed {} request examples ({}); {} answered 2xx, {} failed as listed",
        replays.len(),
        per_version
            .iter()
            .map(|(v, n)| format!("{v}: {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        replays.len() - failed.len(),
        failed.intersection(&expected).count(),
    );
    // Two-sided: an example failing unlisted, and a listed one that now succeeds or is no
    // longer among the examples, both break the equality.
    assert_eq!(
        failed, expected,
        "the examples that fail are exactly the listed ones"
    );
    f.emulator.stop().await;
}

/// Every distinct example of every operation, each bound to the operation of its page whose
/// template it follows (a page with two request lines lists its examples under both).
fn replays<'a>(ops: impl Iterator<Item = &'a Operation> + Clone) -> Vec<Replay<'a>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for op in ops.clone() {
        // `beta/api/name.md`: the file names of the two versions are the same.
        let file = op
            .source
            .file
            .strip_prefix("api-reference")
            .unwrap_or(&op.source.file)
            .to_string_lossy()
            .replace('\\', "/");
        for example in &op.examples {
            if !seen.insert((
                op.source.file.clone(),
                example.name.clone(),
                example.request_line.clone(),
            )) {
                continue;
            }
            let siblings = ops.clone().filter(|o| o.source.file == op.source.file);
            let bound = siblings
                .clone()
                .find(|o| template::align(&o.path, path_of(&example.request_line).1).is_some())
                .unwrap_or(op);
            out.push(Replay {
                file: file.clone(),
                example,
                op: bound,
            });
        }
    }
    out
}

/// The URL of a request line `VERB URL` (the URL may hold spaces, as in a `$filter`).
fn url_of(request_line: &str) -> &str {
    request_line
        .trim()
        .split_once(' ')
        .map_or("", |(_, url)| url.trim())
}

/// `(version, path)` of a request line `VERB https://graph.microsoft.com/{version}/{path}?{query}`.
fn path_of(request_line: &str) -> (&str, &str) {
    let url = url_of(request_line);
    let rest = url.strip_prefix(GRAPH).unwrap_or(url);
    let rest = rest.split('?').next().unwrap_or_default();
    rest.split_once('/').unwrap_or((rest, ""))
}

/// The seeded id for a path parameter of the templates; `None` for one the data has no id for.
fn seeded<'a>(parameter: &str, ids: &'a SeededIds, workflow: &'a str) -> Option<&'a str> {
    Some(match parameter {
        "workflowId" => workflow,
        "runId" => &ids.run,
        "userProcessingResultId" => &ids.user_result,
        "taskReportId" => &ids.report,
        "taskId" => &ids.task,
        "taskProcessingResultsId" => &ids.task_result,
        "versionId" | "versionNumber" | "workflowVersionVersionNumber" | "workflowVersionId" => "1",
        "customTaskExtensionId" => &ids.extension,
        "taskDefinitionId" => &ids.definition,
        "workflowTemplateId" => &ids.template,
        "subjectProcessingResultId" => &ids.user_result,
        "lifecyclePolicyId" => &ids.policy,
        "lifecyclePolicyRuleId" => &ids.rule,
        "subjectType" => "agentIdentity",
        _ => return None,
    })
}

/// Sends the example with seeded ids; returns its version, the status and the answer.
async fn send(
    f: &Fixture,
    ids: &SeededIds,
    replay: &Replay<'_>,
) -> (String, u16, serde_json::Value) {
    let line = &replay.example.request_line;
    let (version, path) = path_of(line);
    let query = url_of(line).split_once('?').map(|(_, q)| q);
    // Deletes, deleted-item operations and new versions (which replace the tasks) get a
    // workflow of their own; reprocessed runs one run three times for one user; deletes of
    // custom task extensions an extension of their own.
    let reprocessed = if replay.op.path.contains("/reprocessedRuns") {
        Some(f.reprocessed().await)
    } else {
        None
    };
    let own_extension =
        if replay.op.verb == Verb::Delete && replay.op.path.contains("{customTaskExtensionId}") {
            Some(f.new_extension().await)
        } else {
            None
        };
    // Deletes and restores of lifecycle policies get a policy of their own (deleted for a
    // restore).
    let own_policy = if replay.op.path.contains("/deletedItems/lifecyclePolicies/") {
        Some(f.new_policy(true).await)
    } else if replay.op.verb == Verb::Delete && replay.op.path.contains("{lifecyclePolicyId}") {
        Some(f.new_policy(false).await)
    } else {
        None
    };
    let workflow = if let Some(r) = &reprocessed {
        r.workflow.clone()
    } else if replay.op.path.contains("/deletedItems/") && replay.op.path.contains("{workflowId}") {
        f.deleted_workflow().await
    } else if replay.op.verb == Verb::Delete || replay.op.path.ends_with("/createNewVersion") {
        f.new_workflow().await
    } else {
        ids.workflow.clone()
    };
    // The path parameters that fill a whole segment, by segment index, when the example
    // follows its operation's template.
    let parameters: BTreeMap<usize, &str> = template::align(&replay.op.path, path)
        .into_iter()
        .flat_map(|alignment| alignment.parameters)
        .filter_map(|bound| Some((bound.segment?, bound.name)))
        .collect();
    let mut index = 0;
    let segments: Vec<String> = path
        .split('/')
        .map(|segment| {
            if segment.is_empty() {
                return String::new();
            }
            let parameter = parameters.get(&index).copied();
            index += 1;
            let own = |p: &str| match (p, &reprocessed, &own_extension) {
                ("userProcessingResultId", Some(r), _) => Some(r.user_result.clone()),
                ("runId", Some(r), _) => Some(r.first.clone()),
                ("id", Some(r), _) => Some(r.second.clone()),
                ("customTaskExtensionId", _, Some(e)) => Some(e.clone()),
                ("lifecyclePolicyId", _, _) => own_policy.clone(),
                _ => None,
            };
            parameter.map_or_else(
                || segment.to_owned(),
                |p| match own(p).as_deref().or(seeded(p, ids, &workflow)) {
                    Some(id) => id.to_owned(),
                    None => panic!(
                        "no seeded id for path parameter {{{p}}} of {}",
                        replay.op.id
                    ),
                },
            )
        })
        .collect();
    let mut url = f.url(&format!("/{version}/{}", segments.join("/")));
    if let Some(query) = query {
        url = format!("{url}?{query}");
    }
    let method = reqwest::Method::from_bytes(replay.op.verb.as_str().as_bytes())
        .unwrap_or(reqwest::Method::GET);
    let mut request = f.client.request(method, &url);
    if let Some(body) = &replay.example.request_body {
        let mut body = body.clone();
        // The run a cancel names is a sample id: it becomes a run of the workflow that has
        // not finished, as the path's ids become seeded ones.
        if replay.op.path.ends_with("/cancelProcessing") {
            let sample: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
            if let Some(id) = sample["scope"]["runs"][0]["id"].as_str() {
                body = body.replace(id, &f.unfinished_run(&workflow).await);
            }
        }
        request = request
            .header("Content-Type", "application/json")
            .body(body);
    }
    let (status, answer) = f.send(request).await;
    (version.to_owned(), status, answer)
}

fn short(answer: &serde_json::Value) -> String {
    let message = answer["error"]["message"].as_str().map(str::to_owned);
    message.unwrap_or_else(|| answer.to_string().chars().take(120).collect())
}
