//! Every request example of the docs-src API pages (both versions) goes through the typed
//! client: the example is bound to its operation (by verb and path template), its path
//! parameter values (the example's literal segments, function arguments included) and request
//! body become `dynamic::Args`, the generated `dispatch::prepare` calls that operation's typed
//! method, and without sending anything:
//!
//! - the prepared method is the example's;
//! - the prepared URL path, after the service root and version, is the example's, both
//!   percent-decoded. Graph reads path segment and function names in any case, and the examples
//!   write `IdentityGovernance`: names are compared up to ASCII case, parameter values exactly.
//!   Function arguments that are timestamps are compared as instants (`00:00:00.000Z` is
//!   `00:00:00Z`). Query strings are not compared: the client builds them from typed options,
//!   not from strings;
//! - the prepared body is the same JSON value as the example's (no body equals no body);
//! - a response example with a body decodes through the operation's `Output` type (as the
//!   typed call decodes an answer) and re-encodes to the same JSON value.
//!
//! The examples that must fail are listed in `EXPECTED_FAILURES` with the reason; the check is
//! two-sided: an unlisted failure fails, and so does a listed one that passes or is gone.

use std::collections::{BTreeMap, BTreeSet};

use lcw_client::dynamic::{Args, Prepared};
use lcw_client::{Client, Error};
use lcw_docs::model::{ApiVersion, Example, Operation, VersionModel};
use lcw_docs::template::{self, function, parameter, segments};
use lcw_docs::{LoadOptions, load};
use serde_json::Value;

const GRAPH: &str = "https://graph.microsoft.com/";

/// Which half of an example fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Check {
    /// Method, path and body of the prepared request.
    Request,
    /// Reading the response body as strict JSON (when it is not, the body is repaired as
    /// lcw-docs reads it, leniently, and still decoded).
    ResponseJson,
    /// Decoding the response body.
    Response,
}

/// Examples that must fail: (page under `api-reference/`, example name, check, why). They are
/// upstream slips docs-src keeps (see also the emulator's `tests/examples.rs`).
const EXPECTED_FAILURES: &[(&str, &str, Check, &str)] = &[
    (
        "beta/api/identitygovernance-workflow-createnewversion.md",
        "lifecycleworkflows_workflowthis.createnewversion_customemail",
        Check::Request,
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "v1.0/api/identitygovernance-workflow-createnewversion.md",
        "lifecycleworkflows_workflowthis.createnewversion_customemail",
        Check::Request,
        "the body is the workflow itself, not the `workflow` parameter the request body table lists",
    ),
    (
        "beta/api/identitygovernance-task-update.md",
        "lifecycleworkflows_update_task",
        Check::Request,
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "v1.0/api/identitygovernance-task-update.md",
        "lifecycleworkflows_update_task",
        Check::Request,
        "the request body is not valid JSON (a trailing comma)",
    ),
    (
        "beta/api/identitygovernance-workflow-list-task.md",
        "lifecycleworkflows_list_task",
        Check::Request,
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
    (
        "v1.0/api/identitygovernance-workflow-list-task.md",
        "lifecycleworkflows_list_task",
        Check::Request,
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
    (
        "beta/api/identitygovernance-task-get.md",
        "lifecycleworkflows_get_workflow_task",
        Check::Request,
        "the path says `workflow/{id}` where the documented path has `workflows/{workflowId}`",
    ),
    (
        "beta/api/workflow-list-executionscope.md",
        "lifecycleworkflows_list_executionScope_e1",
        Check::Request,
        "the beta page's example requests `v1.0`",
    ),
    (
        "v1.0/api/identitygovernance-workflow-activatewithscope.md",
        "lifecycleworkflows_workflowthis.activatescope_processingresultscope",
        Check::Request,
        "the body sends `scope`, which the request body table (only `subjects`) does not list, so the typed method cannot send it",
    ),
    (
        "beta/api/identitygovernance-insights-toptasksprocessedsummary.md",
        "insightsthis.toptasksprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "v1.0/api/identitygovernance-insights-toptasksprocessedsummary.md",
        "insightsthis.toptasksprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "beta/api/identitygovernance-insights-topworkflowsprocessedsummary.md",
        "insightsthis.topworkflowsprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "v1.0/api/identitygovernance-insights-topworkflowsprocessedsummary.md",
        "insightsthis.topworkflowsprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "beta/api/identitygovernance-insights-workflowsprocessedbycategory.md",
        "insightsthis.workflowsprocessedbycategory",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "v1.0/api/identitygovernance-insights-workflowsprocessedbycategory.md",
        "insightsthis.workflowsprocessedbycategory",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "beta/api/identitygovernance-insights-workflowsprocessedsummary.md",
        "insightsthis.workflowsprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
    (
        "v1.0/api/identitygovernance-insights-workflowsprocessedsummary.md",
        "insightsthis.workflowsprocessedsummary",
        Check::ResponseJson,
        TRAILING_COMMA,
    ),
];

const TRAILING_COMMA: &str =
    "the response body is not valid JSON (a trailing comma); it is decoded after lenient repair";

type Prepare = fn(&Client, usize, &Args) -> Result<Prepared, Error>;

fn prepare_of(version: ApiVersion) -> Prepare {
    match version {
        ApiVersion::Beta => lcw_client::beta::dispatch::prepare,
        ApiVersion::V1 => lcw_client::v1::dispatch::prepare,
    }
}

fn table_of(version: ApiVersion) -> &'static [lcw_models::OperationInfo] {
    match version {
        ApiVersion::Beta => lcw_client::models::beta::OPERATIONS,
        ApiVersion::V1 => lcw_client::models::v1::OPERATIONS,
    }
}

/// One example, with the operation that owns it on its page.
struct Case<'a> {
    file: String,
    example: &'a Example,
    owner: usize,
}

#[test]
fn every_request_example_goes_through_the_typed_client() {
    let docs_src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs-src");
    // Read as the generator reads it (overrides.toml at the docs root), so operation indexes
    // are the `OPERATIONS` rows.
    let docs = load(&docs_src, &LoadOptions::default());
    let client = Client::builder()
        .token("not sent")
        .build()
        .expect("a client");

    let mut failed: BTreeMap<(String, String, Check), String> = BTreeMap::new();
    let mut requests = BTreeMap::<&str, usize>::new();
    let mut responses = BTreeMap::<&str, usize>::new();
    let mut bodies = 0;
    for (version, model) in &docs.model.versions {
        let table = table_of(*version);
        assert_eq!(
            table.len(),
            model.operations.len(),
            "{version:?}: regenerate"
        );
        for (row, op) in table.iter().zip(&model.operations) {
            assert_eq!((row.id, row.path), (op.id.as_str(), op.path.as_str()));
        }
        let prepare = prepare_of(*version);
        for case in cases(model) {
            let key = |check| (case.file.clone(), case.example.name.clone(), check);
            *requests.entry(version.segment()).or_default() += 1;
            if case
                .example
                .request_body
                .as_deref()
                .is_some_and(|b| !b.trim().is_empty())
            {
                bodies += 1;
            }
            let bound = bind(model, &case, version.segment());
            let request = bound
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|(index, path)| {
                    check_request(&client, prepare, model, *index, path, case.example)
                });
            if let Err(why) = &request {
                failed.insert(key(Check::Request), why.clone());
            }
            let Some(text) = case
                .example
                .response_body
                .as_deref()
                .filter(|b| !b.trim().is_empty())
            else {
                continue;
            };
            *responses.entry(version.segment()).or_default() += 1;
            let (index, path) = bound.unwrap_or_else(|_| {
                let op = &model.operations[case.owner];
                (case.owner, placeholders(&op.path))
            });
            let sent: Value = match serde_json::from_str(text) {
                Ok(sent) => sent,
                Err(e) => {
                    failed.insert(key(Check::ResponseJson), format!("not JSON: {e}"));
                    match lcw_docs::parse::json::parse(text).value {
                        Some(repaired) => repaired,
                        None => continue,
                    }
                }
            };
            if let Err(why) = check_response(&client, prepare, index, path, case.example, &sent) {
                failed.insert(key(Check::Response), why);
            }
        }
    }

    let expected: BTreeMap<(String, String, Check), &str> = EXPECTED_FAILURES
        .iter()
        .map(|(file, name, check, why)| (((*file).into(), (*name).into(), *check), *why))
        .collect();
    for ((file, name, check), why) in &failed {
        let listed = expected.get(&(file.clone(), name.clone(), *check));
        println!(
            "{file} [{name}] {check:?}: {why} ({})",
            listed.map_or("NOT LISTED".to_owned(), |r| format!("listed: {r}"))
        );
    }
    for (key, why) in &expected {
        if !failed.contains_key(key) {
            println!(
                "{} [{}] {:?}: passes, though listed: {why}",
                key.0, key.1, key.2
            );
        }
    }
    let total: usize = requests.values().sum();
    println!(
        "checked {total} request examples ({}; {bodies} with a body) and {} response bodies ({}); {} failures, all listed: {}",
        counts(&requests),
        responses.values().sum::<usize>(),
        counts(&responses),
        failed.len(),
        failed.keys().all(|k| expected.contains_key(k)),
    );
    assert!(total >= 60, "only {total} request examples in docs-src");
    assert_eq!(
        failed.keys().collect::<BTreeSet<_>>(),
        expected.keys().collect::<BTreeSet<_>>(),
        "the examples that fail are exactly the listed ones"
    );
}

fn counts(by_version: &BTreeMap<&str, usize>) -> String {
    by_version
        .iter()
        .map(|(v, n)| format!("{v}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every distinct example of every operation of `model` (a page with two request lines lists
/// its examples under both operations).
fn cases(model: &VersionModel) -> Vec<Case<'_>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (owner, op) in model.operations.iter().enumerate() {
        let file = op
            .source
            .file
            .strip_prefix("api-reference")
            .unwrap_or(&op.source.file)
            .to_string_lossy()
            .replace('\\', "/");
        for example in &op.examples {
            if seen.insert((
                op.source.file.clone(),
                example.name.clone(),
                example.request_line.clone(),
            )) {
                out.push(Case {
                    file: file.clone(),
                    example,
                    owner,
                });
            }
        }
    }
    out
}

/// `(verb, version, path)` of a request line `VERB https://graph.microsoft.com/{version}/{path}?{query}`.
fn request_line(line: &str) -> (&str, &str, &str) {
    let (verb, url) = line.trim().split_once(' ').unwrap_or((line, ""));
    let url = url.trim();
    let rest = url.strip_prefix(GRAPH).unwrap_or(url);
    let rest = rest.split('?').next().unwrap_or_default();
    let (version, path) = rest.split_once('/').unwrap_or((rest, ""));
    (verb, version, path)
}

fn decoded(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// The operation an example calls and its path values: among the operations with its verb whose
/// template it follows, those of its own page first, then the one naming most segments.
fn bind(
    model: &VersionModel,
    case: &Case<'_>,
    version: &str,
) -> Result<(usize, Vec<String>), String> {
    let (verb, url_version, path) = request_line(&case.example.request_line);
    if url_version != version {
        return Err(format!(
            "the request line is for `{url_version}`, the page for `{version}`"
        ));
    }
    let page = &model.operations[case.owner].source.file;
    model
        .operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.verb.as_str() == verb)
        .filter_map(|(i, op)| template::align(&op.path, path).map(|a| (i, op, a)))
        .max_by_key(|(i, op, a)| (&op.source.file == page, a.literal, std::cmp::Reverse(*i)))
        .map(|(i, _, a)| (i, a.parameters.iter().map(|p| decoded(p.value)).collect()))
        .ok_or_else(|| format!("no `{verb}` operation has a path template that `{path}` follows"))
}

/// Placeholder path values of a template (a response example whose request has no operation).
fn placeholders(template: &str) -> Vec<String> {
    let mut values = Vec::new();
    for segment in segments(template) {
        if parameter(segment).is_some() {
            values.push("id".to_owned());
        } else if let Some((_, args)) = function(segment) {
            for (_, value) in args {
                if parameter(value).is_some() {
                    values.push("2024-01-01T00:00:00Z".to_owned());
                }
            }
        }
    }
    values
}

fn check_request(
    client: &Client,
    prepare: Prepare,
    model: &VersionModel,
    index: usize,
    path: &[String],
    example: &Example,
) -> Result<(), String> {
    let op: &Operation = &model.operations[index];
    let body = match example
        .request_body
        .as_deref()
        .filter(|b| !b.trim().is_empty())
    {
        None => None,
        Some(text) => Some(
            serde_json::from_str::<Value>(text)
                .map_err(|e| format!("the request body is not JSON: {e}"))?,
        ),
    };
    let args = Args {
        path: path.to_vec(),
        body: body.clone(),
    };
    let prepared = prepare(client, index, &args).map_err(|e| format!("prepare: {e}"))?;
    if prepared.operation().id != op.id {
        return Err(format!(
            "prepared `{}`, not `{}`",
            prepared.operation().id,
            op.id
        ));
    }
    let (method, url, sent) = prepared.parts().map_err(|e| format!("parts: {e}"))?;
    let (verb, version, example_path) = request_line(&example.request_line);
    if method.as_str() != verb {
        return Err(format!("sends {method}, the example {verb}"));
    }
    let root = client.service_root().path().to_owned();
    let prepared_path = url
        .path()
        .strip_prefix(&root)
        .and_then(|p| p.strip_prefix(version))
        .ok_or_else(|| format!("`{}` is not under `{root}{version}`", url.path()))?;
    if !same_path(&decoded(prepared_path), &decoded(example_path)) {
        return Err(format!(
            "sends the path `{}`, the example `{example_path}`",
            decoded(prepared_path)
        ));
    }
    let sent: Option<Value> = sent
        .map(|bytes| serde_json::from_slice(&bytes))
        .transpose()
        .map_err(|e| format!("the prepared body is not JSON: {e}"))?;
    if sent != body {
        return Err(format!(
            "sends the body {}, the example {}",
            show(sent.as_ref()),
            show(body.as_ref())
        ));
    }
    Ok(())
}

fn show(body: Option<&Value>) -> String {
    body.map_or_else(|| "(none)".to_owned(), Value::to_string)
}

/// Segment by segment: names up to ASCII case, values exactly, timestamp arguments as instants.
fn same_path(prepared: &str, example: &str) -> bool {
    let (a, b) = (segments(prepared), segments(example));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(a, b)| {
            a.eq_ignore_ascii_case(b)
                || match (function(a), function(b)) {
                    (Some((an, aa)), Some((bn, ba))) => {
                        an.eq_ignore_ascii_case(bn)
                            && aa.len() == ba.len()
                            && aa.iter().zip(&ba).all(|((ak, av), (bk, bv))| {
                                ak.eq_ignore_ascii_case(bk) && same_value(av, bv)
                            })
                    }
                    _ => false,
                }
        })
}

fn same_value(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (a.parse::<jiff::Timestamp>(), b.parse::<jiff::Timestamp>()),
            (Ok(x), Ok(y)) if x == y
        )
}

/// Decodes `text` through the operation's `Output`: prepared with the example's path values
/// and no body, else an empty object for a body (decoding does not depend on the request).
fn check_response(
    client: &Client,
    prepare: Prepare,
    index: usize,
    path: Vec<String>,
    example: &Example,
    sent: &Value,
) -> Result<(), String> {
    let text = sent.to_string();
    let example_body = example
        .request_body
        .as_deref()
        .and_then(|b| serde_json::from_str::<Value>(b).ok());
    let mut last = String::new();
    for body in [example_body, None, Some(serde_json::json!({}))] {
        let args = Args {
            path: path.clone(),
            body,
        };
        match prepare(client, index, &args) {
            Ok(prepared) => {
                let back = prepared
                    .decode(text.as_bytes())
                    .map_err(|e| format!("decode: {e}"))?;
                return if back == *sent {
                    Ok(())
                } else {
                    Err(format!(
                        "re-encoding changed the JSON\n  sent: {sent}\n  back: {back}"
                    ))
                };
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(format!(
        "cannot prepare the operation to decode with: {last}"
    ))
}
