//! `lcw` run as a program: help texts (snapshots), every command against the built-in emulator,
//! and the error paths.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `lcw ARGS`, with no token in the environment (so the built-in emulator is the default).
fn lcw(args: &[&str]) -> Output {
    lcw_with_stdin(args, None)
}

fn lcw_with_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lcw"));
    command
        .args(args)
        .env_remove("LCW_GRAPH_TOKEN")
        .env_remove("RUST_LOG")
        // Help texts stay the same whatever the terminal, should clap ever wrap them.
        .env("COLUMNS", "100")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("lcw starts");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text.as_bytes()).expect("stdin written");
    }
    child.wait_with_output().expect("lcw ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Runs a command that must succeed; its stdout.
fn ok(args: &[&str]) -> String {
    let out = lcw(args);
    assert!(
        out.status.success(),
        "lcw {args:?} failed ({:?}): {}",
        out.status,
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Runs a command that must fail with `code`; its stderr.
fn fails(args: &[&str], code: i32) -> String {
    let out = lcw(args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "lcw {args:?}: stdout {} stderr {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stderr)
}

/// The JSON lines of a list command run with `--emulator --format json`.
fn json_lines(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["--emulator", "--format", "json"];
    all.extend_from_slice(args);
    ok(&all)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

/// The JSON document of a single-value command run with `--emulator --format json`.
fn json(args: &[&str]) -> Value {
    let mut all = vec!["--emulator", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(&all)).expect("a JSON document")
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` in {value}"))
}

fn workflow_ids() -> Vec<String> {
    json_lines(&["workflows", "list"])
        .iter()
        .map(|w| str_of(w, "id").to_owned())
        .collect()
}

const ALL_TIME: [&str; 4] = [
    "--from",
    "2000-01-01T00:00:00Z",
    "--to",
    "2100-01-01T00:00:00Z",
];

#[test]
fn help_texts() {
    for args in [
        &[][..],
        &["workflows"],
        &["workflows", "list"],
        &["workflows", "show"],
        &["runs"],
        &["runs", "list"],
        &["runs", "summary"],
        &["users"],
        &["call"],
        &["operations"],
        &["completions"],
    ] {
        let mut all = args.to_vec();
        all.push("--help");
        let name = if args.is_empty() {
            "help".to_owned()
        } else {
            format!("help_{}", args.join("_"))
        };
        insta::assert_snapshot!(name, ok(&all));
    }
}

#[test]
fn workflows_list_and_filters() {
    let all = json_lines(&["workflows", "list"]);
    assert!(!all.is_empty());
    for workflow in &all {
        assert!(!str_of(workflow, "id").is_empty());
        assert!(!str_of(workflow, "displayName").is_empty());
    }
    let leavers = json_lines(&["workflows", "list", "--category", "leaver"]);
    assert!(!leavers.is_empty());
    assert!(leavers.iter().all(|w| w["category"] == "leaver"));
    let expected = all.iter().filter(|w| w["category"] == "leaver").count();
    assert_eq!(leavers.len(), expected);
    let enabled = json_lines(&["workflows", "list", "--enabled"]);
    assert!(enabled.iter().all(|w| w["isEnabled"] == true));
    assert_eq!(
        enabled.len(),
        all.iter().filter(|w| w["isEnabled"] == true).count()
    );
    // The v1.0 API has the same workflows.
    let v1 = json_lines(&["--version", "v1", "workflows", "list"]);
    assert_eq!(v1.len(), all.len());
}

#[test]
fn workflows_show_matches_the_list_and_call() {
    let listed = json_lines(&["workflows", "list"]).remove(0);
    let id = str_of(&listed, "id");
    let shown = json(&["workflows", "show", id]);
    assert_eq!(str_of(&shown, "id"), id);
    assert_eq!(shown["displayName"], listed["displayName"]);
    assert_eq!(shown["category"], listed["category"]);
    // `call` sends the same typed request.
    let called = json(&["call", "workflow-get", &format!("workflowId={id}")]);
    let without_context = |mut v: Value| {
        v.as_object_mut().expect("object").remove("@odata.context");
        v
    };
    assert_eq!(without_context(called), without_context(shown));
}

#[test]
fn run_counts_match_the_summary() {
    for workflow_id in workflow_ids() {
        let runs = json_lines(&["runs", "list", &workflow_id]);
        let mut args = vec!["runs", "summary", &workflow_id];
        args.extend_from_slice(&ALL_TIME);
        let summary = json(&args);
        let status_count = |statuses: &[&str]| {
            runs.iter()
                .filter(|r| statuses.iter().any(|s| r["processingStatus"] == *s))
                .count() as u64
        };
        assert_eq!(summary["totalRuns"].as_u64(), Some(runs.len() as u64));
        assert_eq!(
            summary["successfulRuns"].as_u64(),
            Some(status_count(&["completed"]))
        );
        assert_eq!(
            summary["failedRuns"].as_u64(),
            Some(status_count(&["failed", "completedWithErrors"]))
        );
        let users: u64 = runs
            .iter()
            .filter_map(|r| r["totalUsersCount"].as_u64())
            .sum();
        assert_eq!(summary["totalUsers"].as_u64(), Some(users));

        // The same summary through `call` and the function's path parameters.
        let called = json(&[
            "call",
            "run-summary",
            &format!("workflowId={workflow_id}"),
            "startDateTime=2000-01-01T00:00:00Z",
            "endDateTime=2100-01-01T00:00:00Z",
        ]);
        assert_eq!(called["totalRuns"], summary["totalRuns"]);
    }
}

#[test]
fn runs_list_filters_by_status_and_start() {
    let workflow_id = workflow_ids().remove(0);
    let runs = json_lines(&["runs", "list", &workflow_id]);
    // Newest first.
    let started: Vec<&str> = runs
        .iter()
        .filter_map(|r| r["startedDateTime"].as_str())
        .collect();
    assert!(started.windows(2).all(|w| w[0] >= w[1]), "{started:?}");

    let with_errors = json_lines(&[
        "runs",
        "list",
        &workflow_id,
        "--status",
        "completedWithErrors",
    ]);
    assert!(!with_errors.is_empty());
    assert!(
        with_errors
            .iter()
            .all(|r| r["processingStatus"] == "completedWithErrors")
    );
    assert_eq!(
        with_errors.len(),
        runs.iter()
            .filter(|r| r["processingStatus"] == "completedWithErrors")
            .count()
    );

    let since = started[started.len() / 2];
    let recent = json_lines(&["runs", "list", &workflow_id, "--since", since]);
    let since_time: jiff::Timestamp = since.parse().expect("RFC 3339");
    assert!(!recent.is_empty());
    for run in &recent {
        let at: jiff::Timestamp = str_of(run, "startedDateTime").parse().expect("RFC 3339");
        assert!(at >= since_time);
    }
    assert!(recent.len() < runs.len());
}

#[test]
fn users_of_a_run_match_its_counts() {
    let workflow_id = workflow_ids().remove(0);
    let runs = json_lines(&["runs", "list", &workflow_id]);
    let run = runs
        .iter()
        .find(|r| r["failedUsersCount"].as_u64().unwrap_or(0) > 0)
        .expect("a run with failed users");
    let run_id = str_of(run, "id");
    let users = json_lines(&["users", &workflow_id, run_id]);
    assert_eq!(Some(users.len() as u64), run["totalUsersCount"].as_u64());
    let failed = json_lines(&["users", &workflow_id, run_id, "--failed"]);
    assert_eq!(Some(failed.len() as u64), run["failedUsersCount"].as_u64());
    for user in &failed {
        assert!(
            user["processingStatus"] == "failed"
                || user["processingStatus"] == "completedWithErrors",
            "{user}"
        );
        assert!(user["subject"].is_object(), "{user}");
    }
}

#[test]
fn csv_and_table_show_the_same_columns() {
    let workflow_id = workflow_ids().remove(0);
    let csv = ok(&[
        "--emulator",
        "--format",
        "csv",
        "runs",
        "list",
        &workflow_id,
    ]);
    let table = ok(&[
        "--emulator",
        "--format",
        "table",
        "runs",
        "list",
        &workflow_id,
    ]);
    let csv_header: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let table_header: Vec<&str> = table
        .lines()
        .next()
        .expect("header")
        .split_whitespace()
        .collect();
    assert_eq!(csv_header, table_header);
    assert_eq!(csv_header[0], "id");
    let runs = json_lines(&["runs", "list", &workflow_id]);
    assert_eq!(csv.lines().count(), runs.len() + 1);
    assert_eq!(table.lines().count(), runs.len() + 1);
    assert!(csv.contains(str_of(&runs[0], "id")));
}

#[test]
fn operations_lists_every_row() {
    let rows = json_lines(&["operations"]);
    assert!(rows.iter().any(|r| r["id"] == "workflow-list-runs"
        && r["method"] == "GET"
        && r["path"] == "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs"));
    let v1 = json_lines(&["--version", "v1", "operations"]);
    assert!(!v1.is_empty());
}

#[test]
fn an_ambiguous_operation_id_needs_a_path() {
    let error = fails(&["--emulator", "call", "task-get"], 2);
    assert!(error.contains("--path"), "{error}");
    assert!(
        error.contains("/workflows/{workflowId}/tasks/{taskId}")
            && error.contains("/versions/{versionId}/tasks/{taskId}"),
        "{error}"
    );

    let workflow_id = workflow_ids().remove(0);
    let tasks = json(&[
        "call",
        "workflow-list-task",
        &format!("workflowId={workflow_id}"),
    ]);
    let task_id = str_of(&tasks["value"][0], "id").to_owned();
    let task = json(&[
        "call",
        "task-get",
        &format!("workflowId={workflow_id}"),
        &format!("taskId={task_id}"),
        "--path",
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}",
    ]);
    assert_eq!(str_of(&task, "id"), task_id);
}

#[test]
fn call_reads_a_body_and_checks_its_arguments() {
    let workflow_id = workflow_ids().remove(0);
    let param = format!("workflowId={workflow_id}");
    let out = lcw_with_stdin(
        &[
            "--emulator",
            "call",
            "workflow-update",
            &param,
            "--body",
            "-",
        ],
        Some(r#"{"description": "changed by lcw"}"#),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = lcw_with_stdin(
        &[
            "--emulator",
            "call",
            "workflow-update",
            &param,
            "--body",
            "-",
        ],
        Some("{not json"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not JSON"));

    let error = fails(&["--emulator", "call", "workflow-get"], 2);
    assert!(error.contains("workflowId=VALUE"), "{error}");
    let error = fails(&["--emulator", "call", "workflow-get", &param, "nope=1"], 2);
    assert!(error.contains("no parameter `nope`"), "{error}");
    let error = fails(&["--emulator", "call", "no-such-operation"], 2);
    assert!(error.contains("lcw operations"), "{error}");
}

#[test]
fn a_missing_workflow_is_a_graph_error_line() {
    let out = lcw(&["--emulator", "workflows", "show", "no-such-workflow"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let error = text(&out.stderr);
    assert_eq!(error.lines().count(), 1, "{error}");
    assert!(
        error.starts_with("lcw: workflow-get: 404 ResourceNotFound"),
        "{error}"
    );
    assert!(error.contains("request-id "), "{error}");
    assert!(!error.contains("request-id -"), "{error}");

    let error = fails(&["--emulator", "runs", "list", "no-such-workflow"], 1);
    assert!(error.contains("ResourceNotFound"), "{error}");
}

#[test]
fn bad_values_are_usage_errors() {
    let error = fails(
        &["--emulator", "workflows", "list", "--category", "nope"],
        2,
    );
    assert!(error.contains("leaver"), "{error}");
    let error = fails(&["--emulator", "runs", "list", "w", "--status", "nope"], 2);
    assert!(error.contains("completedWithErrors"), "{error}");
    fails(&["runs", "list", "w", "--since", "yesterday"], 2);
    let error = fails(
        &[
            "--emulator",
            "runs",
            "summary",
            "w",
            "--from",
            "2024-02-01T00:00:00Z",
            "--to",
            "2024-01-01T00:00:00Z",
        ],
        2,
    );
    assert!(error.contains("before it starts"), "{error}");
    fails(&["--format", "xml", "operations"], 2);
    fails(&["--emulator", "--cloud", "china", "operations"], 2);
}

#[test]
fn an_unset_token_variable_is_a_clear_error() {
    let var = "LCW_CLI_TEST_TOKEN_THAT_IS_NOT_SET";
    let out = Command::new(env!("CARGO_BIN_EXE_lcw"))
        .args(["--token-env", var, "workflows", "list"])
        .env_remove(var)
        .output()
        .expect("lcw runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let error = text(&out.stderr);
    assert!(error.contains(var) && error.contains("not set"), "{error}");
    // A cloud without any token is refused before any call.
    let out = Command::new(env!("CARGO_BIN_EXE_lcw"))
        .args(["--cloud", "usgov-l4", "workflows", "list"])
        .env_remove("LCW_GRAPH_TOKEN")
        .output()
        .expect("lcw runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--token-env"));
}

#[test]
fn the_token_variable_is_sent_to_the_service_root() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let config = lcw_emulator::EmulatorConfig {
        auth: lcw_emulator::AuthConfig {
            token: Some("secret-value".to_owned()),
            read_only_token: None,
        },
        ..lcw_emulator::EmulatorConfig::default()
    };
    let emulator = runtime.block_on(config.start()).expect("emulator");
    let root = emulator.base_url().to_owned();
    let list = |env: &[(&str, &str)], token_env: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lcw"));
        command
            .env_remove("LCW_GRAPH_TOKEN")
            .envs(env.iter().copied());
        if let Some(var) = token_env {
            command.args(["--token-env", var]);
        }
        command
            .args([
                "--service-root",
                &root,
                "--format",
                "json",
                "workflows",
                "list",
            ])
            .output()
            .expect("lcw runs")
    };
    let var = "LCW_CLI_TEST_TOKEN";

    let out = list(&[(var, "secret-value")], Some(var));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), workflow_ids().len());

    // LCW_GRAPH_TOKEN is read when --token-env is not given.
    let out = list(&[("LCW_GRAPH_TOKEN", "secret-value")], None);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // A wrong token is Graph's 401, and the token is not shown.
    let out = list(&[(var, "wrong-token")], Some(var));
    assert_eq!(out.status.code(), Some(1));
    let error = text(&out.stderr);
    assert!(error.contains("401 InvalidAuthenticationToken"), "{error}");
    assert!(!error.contains("wrong-token"), "{error}");

    runtime.block_on(emulator.stop());

    // Plain http elsewhere than loopback is refused before any call.
    ok(&["--service-root", "http://example.test", "operations"]);
    let error = fails(
        &["--service-root", "http://example.test", "workflows", "list"],
        2,
    );
    assert!(error.contains("loopback"), "{error}");
}

#[test]
fn lists_follow_every_page() {
    // An emulator with three items a page, reached through --service-root without a token.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let config = lcw_emulator::EmulatorConfig {
        default_page_size: 3,
        ..lcw_emulator::EmulatorConfig::default()
    };
    let emulator = runtime.block_on(config.start()).expect("emulator");
    let root = emulator.base_url().to_owned();
    let workflow_id = workflow_ids().remove(0);
    let paged = ok(&[
        "--service-root",
        &root,
        "--format",
        "json",
        "runs",
        "list",
        &workflow_id,
    ]);
    let unpaged = json_lines(&["runs", "list", &workflow_id]);
    assert!(unpaged.len() > 3);
    let ids = |runs: Vec<Value>| -> Vec<String> {
        runs.iter().map(|r| str_of(r, "id").to_owned()).collect()
    };
    let paged: Vec<Value> = paged
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(ids(paged), ids(unpaged));
    runtime.block_on(emulator.stop());
}

#[test]
fn piped_output_defaults_to_json_lines() {
    let out = ok(&["operations"]);
    for line in out.lines() {
        let row: Value = serde_json::from_str(line).expect("a JSON line");
        assert!(row["id"].is_string());
    }
    assert!(out.lines().count() > 10);
}

#[test]
fn completions_print_a_script() {
    let script = ok(&["completions", "bash"]);
    assert!(
        script.contains("_lcw()"),
        "{}",
        &script[..200.min(script.len())]
    );
    assert!(script.contains("complete -F"));
    assert!(script.contains("workflows") && script.contains("--token-env"));
    fails(&["completions", "tcsh"], 2);
}
