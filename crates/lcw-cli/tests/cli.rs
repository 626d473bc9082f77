//! `lcw` run as a program: help texts (snapshots), every command group against the built-in
//! emulator, each output format, paging, and the error paths with their exit codes.

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
        .env_remove("LCW_TOKEN")
        .env_remove("AZURE_CLIENT_SECRET")
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

/// The JSON lines of a list command run with `--emulator --output ndjson`.
fn json_lines(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["--emulator", "--output", "ndjson"];
    all.extend_from_slice(args);
    ok(&all)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

/// The JSON document of a command run with `--emulator --output json`.
fn json(args: &[&str]) -> Value {
    let mut all = vec!["--emulator", "--output", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(&all)).expect("a JSON document")
}

/// `value` without `@odata.context`, which names the emulator's port.
fn without_context(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.remove("@odata.context");
    }
    value
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` in {value}"))
}

fn workflow_ids() -> Vec<String> {
    json_lines(&["workflows", "list", "--all"])
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

/// The rows of `lcw operations` of a version (`--beta` or `--v1`).
fn operations(version: &str) -> Vec<Value> {
    json_lines(&[version, "operations"])
}

/// Every command path: the commands of both versions' operations, their groups, and the
/// fixed commands.
fn every_command() -> Vec<Vec<String>> {
    let mut commands: Vec<Vec<String>> = Vec::new();
    for version in ["--beta", "--v1"] {
        for row in operations(version) {
            let words: Vec<String> = str_of(&row, "command")
                .split(' ')
                .map(str::to_owned)
                .collect();
            for end in 1..=words.len() {
                commands.push(words[..end].to_vec());
            }
        }
    }
    for fixed in ["call", "operations", "completions", "report"] {
        commands.push(vec![fixed.to_owned()]);
    }
    commands.push(Vec::new());
    commands.sort();
    commands.dedup();
    commands
}

#[test]
fn help_texts() {
    for words in every_command() {
        let mut args: Vec<&str> = words.iter().map(String::as_str).collect();
        args.push("--help");
        let name = if words.is_empty() {
            "help".to_owned()
        } else {
            format!("help_{}", words.join("_"))
        };
        insta::assert_snapshot!(name, ok(&args));
    }
}

#[test]
fn every_operation_row_is_a_command() {
    for version in ["--beta", "--v1"] {
        let rows = operations(version);
        assert!(rows.len() > 10, "{version}");
        let mut commands: Vec<&str> = rows.iter().map(|r| str_of(r, "command")).collect();
        let count = commands.len();
        commands.sort_unstable();
        commands.dedup();
        assert_eq!(commands.len(), count, "{version}: two rows share a command");
        for command in commands {
            let mut args: Vec<&str> = vec![version];
            args.extend(command.split(' '));
            args.push("--help");
            ok(&args);
        }
    }
    // The names the Graph docs' readers look for.
    let beta: Vec<String> = operations("--beta")
        .iter()
        .map(|r| str_of(r, "command").to_owned())
        .collect();
    for expected in [
        "workflows list",
        "workflows get",
        "workflows create",
        "workflows update",
        "workflows delete",
        "workflows activate",
        "deleted-items workflows restore",
        "runs list",
        "runs get",
        "runs summary",
        "runs users list",
        "runs tasks list",
        "task-reports list",
        "task-reports summary",
        "users summary",
        "tasks task-results resume",
        "task-definitions list",
        "templates list",
        "custom-task-extensions list",
        "settings get",
        "versions list",
        "insights workflows-processed-summary",
    ] {
        assert!(
            beta.iter().any(|c| c == expected),
            "no `{expected}` in {beta:?}"
        );
    }
}

#[test]
fn workflows_list_and_filters() {
    let all = json_lines(&["workflows", "list", "--all"]);
    assert!(!all.is_empty());
    for workflow in &all {
        assert!(!str_of(workflow, "id").is_empty());
        assert!(!str_of(workflow, "displayName").is_empty());
    }
    let leavers = json_lines(&["workflows", "list", "--all", "--category", "leaver"]);
    assert!(!leavers.is_empty());
    assert!(leavers.iter().all(|w| w["category"] == "leaver"));
    let expected = all.iter().filter(|w| w["category"] == "leaver").count();
    assert_eq!(leavers.len(), expected);
    let enabled = json_lines(&["workflows", "list", "--all", "--enabled"]);
    assert!(enabled.iter().all(|w| w["isEnabled"] == true));
    assert_eq!(
        enabled.len(),
        all.iter().filter(|w| w["isEnabled"] == true).count()
    );
    // A raw --filter is combined with the friendly options.
    let both = json_lines(&[
        "workflows",
        "list",
        "--all",
        "--category",
        "leaver",
        "--filter",
        "isEnabled eq true",
    ]);
    assert_eq!(
        both.len(),
        leavers.iter().filter(|w| w["isEnabled"] == true).count()
    );
    // The v1.0 API has the same workflows.
    let v1 = json_lines(&["--v1", "workflows", "list", "--all"]);
    assert_eq!(v1.len(), all.len());
}

#[test]
fn workflows_get_matches_the_list_and_call() {
    let listed = json_lines(&["workflows", "list"]).remove(0);
    let id = str_of(&listed, "id");
    let shown = json(&["workflows", "get", id]);
    assert_eq!(str_of(&shown, "id"), id);
    assert_eq!(shown["displayName"], listed["displayName"]);
    assert_eq!(shown["category"], listed["category"]);
    // `call` sends the same typed request.
    let called = json(&["call", "workflow-get", &format!("workflowId={id}")]);
    assert_eq!(without_context(called), without_context(shown));
}

/// The body of `GET {root}{path}` with a bearer token and `Prefer:
/// include-unknown-enum-members` (as `lcw` sends by default), read over a plain HTTP/1.1
/// socket.
fn raw_get(root: &str, path: &str, token: &str) -> String {
    use std::io::Read;
    let host = root.trim_start_matches("http://").trim_end_matches('/');
    let mut socket = std::net::TcpStream::connect(host).expect("connects");
    write!(
        socket,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nPrefer: include-unknown-enum-members\r\nConnection: close\r\n\r\n"
    )
    .expect("request sent");
    let mut answer = String::new();
    socket.read_to_string(&mut answer).expect("answer read");
    let (head, body) = answer.split_once("\r\n\r\n").expect("headers end");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(!head.to_ascii_lowercase().contains("chunked"), "{head}");
    body.to_owned()
}

#[test]
fn json_is_written_as_received() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let config = lcw_emulator::EmulatorConfig {
        auth: lcw_emulator::AuthConfig {
            token: Some("t".to_owned()),
            read_only_token: None,
        },
        faults: lcw_emulator::FaultRule::parse_script("fault=unknown-property").expect("rules"),
        ..lcw_emulator::EmulatorConfig::default()
    };
    let emulator = runtime.block_on(config.start()).expect("emulator");
    let root = emulator.base_url().trim_end_matches('/').to_owned();
    let raw = raw_get(
        &root,
        "/beta/identityGovernance/lifecycleWorkflows/workflows",
        "t",
    );
    let page: Value = serde_json::from_str(&raw).expect("a page");
    let cli = |output: &str, extra: &[&str]| {
        let mut args = vec![
            "--service-root",
            root.as_str(),
            "--token",
            "t",
            "--output",
            output,
        ];
        args.extend_from_slice(extra);
        ok(&args)
    };
    // Item by item, the very text received: unknown properties and members, key order.
    let lines = cli("ndjson", &["workflows", "list"]);
    let members: std::collections::HashMap<String, &serde_json::value::RawValue> =
        serde_json::from_str(&raw).expect("a page");
    let items: Vec<&serde_json::value::RawValue> =
        serde_json::from_str(members["value"].get()).expect("items");
    let received: Vec<&str> = items.iter().map(|item| item.get()).collect();
    assert!(!received.is_empty());
    assert_eq!(lines.lines().collect::<Vec<_>>(), received);
    assert!(
        lines.contains(lcw_emulator::UNDOCUMENTED_PROPERTY),
        "{lines}"
    );
    let member = ok(&[
        "--emulator",
        "--output",
        "ndjson",
        "--emulator-fault",
        "fault=unknown-enum",
        "workflows",
        "list",
    ]);
    assert!(
        member.contains(lcw_emulator::UNDOCUMENTED_MEMBER),
        "{member}"
    );
    // Evolvable members by name by default (`mover`), as Graph's sentinel when asked.
    assert!(lines.contains("\"category\":\"mover\""), "{lines}");
    let sentinel = cli(
        "ndjson",
        &[
            "--include-unknown-enum-members",
            "false",
            "workflows",
            "list",
        ],
    );
    assert!(
        sentinel.contains("\"category\":\"unknownFutureValue\""),
        "{sentinel}"
    );
    // One value, indented, its keys in the order received.
    let id = str_of(&page["value"][0], "id");
    let raw_one = raw_get(
        &root,
        &format!("/beta/identityGovernance/lifecycleWorkflows/workflows/{id}"),
        "t",
    );
    let shown = cli("json", &["workflows", "get", id]);
    // The top-level keys of a JSON object's text, in order.
    let keys = |text: &str| -> Vec<String> {
        let mut depth = 0;
        let mut keys = Vec::new();
        // Top-level keys: a quoted string right after `{` or `,` at depth 1.
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut in_string = false;
        let mut expect_key = false;
        while i < bytes.len() {
            let c = bytes[i];
            if in_string {
                if c == b'\\' {
                    i += 1;
                } else if c == b'"' {
                    in_string = false;
                }
            } else {
                match c {
                    b'{' | b'[' => {
                        depth += 1;
                        expect_key = c == b'{' && depth == 1;
                    }
                    b'}' | b']' => depth -= 1,
                    b',' => expect_key = depth == 1,
                    b'"' => {
                        if expect_key {
                            let end = text[i + 1..].find('"').expect("key end");
                            keys.push(text[i + 1..i + 1 + end].to_owned());
                            i += end + 1;
                            expect_key = false;
                        } else {
                            in_string = true;
                        }
                    }
                    _ => {}
                }
            }
            i += 1;
        }
        keys
    };
    let received_keys = keys(&raw_one);
    assert!(received_keys.len() > 5, "{received_keys:?}");
    assert_eq!(keys(&shown), received_keys);
    assert!(shown.starts_with("{\n  \""), "{shown}");
    runtime.block_on(emulator.stop());
}

#[test]
fn every_output_format_shows_the_same_runs() {
    let workflow_id = workflow_ids().remove(0);
    let run = |format: &str| {
        ok(&[
            "--emulator",
            "--output",
            format,
            "runs",
            "list",
            "--workflow",
            &workflow_id,
            "--all",
        ])
    };
    let lines: Vec<Value> = run("ndjson")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let array: Vec<Value> = serde_json::from_str(&run("json")).expect("a JSON array");
    assert_eq!(array, lines);
    let csv = run("csv");
    let table = run("table");
    let csv_header: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let table_header: Vec<&str> = table
        .lines()
        .next()
        .expect("header")
        .split_whitespace()
        .collect();
    assert_eq!(csv_header, table_header);
    assert_eq!(csv_header[..2], ["id", "processingStatus"]);
    assert_eq!(csv.lines().count(), lines.len() + 1);
    assert_eq!(table.lines().count(), lines.len() + 1);
    assert!(csv.contains(str_of(&lines[0], "id")));
    // Piped and not asked for: no colour codes. Forced: status cells are coloured.
    assert!(!table.contains('\u{1b}'));
    let forced = Command::new(env!("CARGO_BIN_EXE_lcw"))
        .args([
            "--emulator",
            "--output",
            "table",
            "runs",
            "list",
            "--workflow",
            &workflow_id,
        ])
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .output()
        .expect("lcw runs");
    assert!(
        text(&forced.stdout).contains("\u{1b}["),
        "{}",
        text(&forced.stderr)
    );
    // Empty lists: a JSON array, a CSV header.
    let none = [
        "runs",
        "list",
        "--workflow",
        &workflow_id,
        "--filter",
        "processingStatus eq 'canceled' and processingStatus eq 'queued'",
    ];
    let mut args = vec!["--emulator", "--output", "json"];
    args.extend(none);
    assert_eq!(ok(&args).trim(), "[]");
    args[2] = "csv";
    assert_eq!(ok(&args).lines().count(), 1);
}

#[test]
fn dates_are_local_or_utc_on_request() {
    let workflow_id = workflow_ids().remove(0);
    let csv = |zone: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_lcw"))
            .args([
                "--emulator",
                "--output",
                "csv",
                zone,
                "runs",
                "list",
                "--workflow",
                &workflow_id,
            ])
            .env("TZ", "Asia/Kolkata")
            .output()
            .expect("lcw runs");
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let utc = csv("--utc");
    let local = csv("--local");
    assert!(utc.contains('Z') && !utc.contains("+05:30"), "{utc}");
    assert!(local.contains("+05:30"), "{local}");
}

#[test]
fn run_counts_match_the_summary() {
    for workflow_id in workflow_ids() {
        let runs = json_lines(&["runs", "list", "--workflow", &workflow_id, "--all"]);
        let mut args = vec!["runs", "summary", "--workflow", &workflow_id];
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
fn summaries_of_users_and_task_reports_answer() {
    let workflow_id = workflow_ids().remove(0);
    for group in ["users", "task-reports"] {
        let mut args = vec![group, "summary", "--workflow", &workflow_id];
        args.extend_from_slice(&ALL_TIME);
        let summary = json(&args);
        assert!(
            summary.is_object() && summary.as_object().is_some_and(|o| !o.is_empty()),
            "{summary}"
        );
    }
    // Without --from/--to: the last 30 days.
    let summary = json(&["runs", "summary", "--workflow", &workflow_id]);
    assert!(summary["totalRuns"].is_u64(), "{summary}");
    let reports = json_lines(&["task-reports", "list", "--workflow", &workflow_id, "--all"]);
    assert!(!reports.is_empty());
}

#[test]
fn runs_list_needs_no_workflow_and_filters_by_status_and_start() {
    let ids = workflow_ids();
    let every = json_lines(&["runs", "list", "--all"]);
    let per_workflow: usize = ids
        .iter()
        .map(|id| json_lines(&["runs", "list", "--workflow", id, "--all"]).len())
        .sum();
    assert_eq!(every.len(), per_workflow);
    let table = ok(&["--emulator", "--output", "table", "runs", "list"]);
    assert!(table.starts_with("workflow "), "{table}");

    let workflow_id = &ids[0];
    let runs = json_lines(&["runs", "list", "--workflow", workflow_id, "--all"]);
    let started: Vec<&str> = runs
        .iter()
        .filter_map(|r| r["startedDateTime"].as_str())
        .collect();
    assert!(
        started.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {started:?}"
    );
    let with_errors = json_lines(&[
        "runs",
        "list",
        "--workflow",
        workflow_id,
        "--all",
        "--status",
        "completedWithErrors",
    ]);
    assert!(!with_errors.is_empty());
    assert_eq!(
        with_errors.len(),
        runs.iter()
            .filter(|r| r["processingStatus"] == "completedWithErrors")
            .count()
    );
    let since = started[started.len() / 2];
    let recent = json_lines(&[
        "runs",
        "list",
        "--workflow",
        workflow_id,
        "--all",
        "--since",
        since,
    ]);
    let since_time: jiff::Timestamp = since.parse().expect("RFC 3339");
    assert!(!recent.is_empty() && recent.len() < runs.len());
    for run in &recent {
        let at: jiff::Timestamp = str_of(run, "startedDateTime").parse().expect("RFC 3339");
        assert!(at >= since_time);
    }
    // One run, by its id.
    let run_id = str_of(&runs[0], "id");
    let one = json(&["runs", "get", "--workflow", workflow_id, run_id]);
    assert_eq!(one["id"], runs[0]["id"]);
}

#[test]
fn users_and_tasks_of_a_run_match_its_counts() {
    let workflow_id = workflow_ids().remove(0);
    let runs = json_lines(&["runs", "list", "--workflow", &workflow_id, "--all"]);
    let run = runs
        .iter()
        .find(|r| r["failedUsersCount"].as_u64().unwrap_or(0) > 0)
        .expect("a run with failed users");
    let run_id = str_of(run, "id");
    let base = [
        "runs",
        "users",
        "list",
        "--workflow",
        &workflow_id,
        "--run",
        run_id,
        "--all",
    ];
    let users = json_lines(&base);
    assert_eq!(Some(users.len() as u64), run["totalUsersCount"].as_u64());
    let mut failed_args = base.to_vec();
    failed_args.push("--failed");
    let failed = json_lines(&failed_args);
    assert_eq!(Some(failed.len() as u64), run["failedUsersCount"].as_u64());
    for user in &failed {
        assert!(
            user["processingStatus"] == "failed"
                || user["processingStatus"] == "completedWithErrors",
            "{user}"
        );
    }
    let tasks = json_lines(&[
        "runs",
        "tasks",
        "list",
        "--workflow",
        &workflow_id,
        "--run",
        run_id,
        "--all",
    ]);
    assert!(!tasks.is_empty());
}

#[test]
fn every_group_lists_from_the_emulator() {
    let workflow_id = workflow_ids().remove(0);
    for args in [
        &["task-definitions", "list"][..],
        &["templates", "list"],
        &["custom-task-extensions", "list"],
        &["deleted-items", "workflows", "list"],
        &["tasks", "list", "--workflow", &workflow_id],
        &["versions", "list", "--workflow", &workflow_id],
        &["users", "list", "--workflow", &workflow_id],
    ] {
        let mut all = vec!["--emulator", "--output", "json"];
        all.extend_from_slice(args);
        let out: Value = serde_json::from_str(&ok(&all)).expect("a JSON array");
        assert!(out.is_array(), "{args:?}: {out}");
    }
    let settings = json(&["settings", "get"]);
    assert!(settings.is_object());
    let insights = json(&["insights", "workflows-processed-summary"]);
    assert!(insights.is_object());
}

/// `args` run on the emulator with `--output ndjson`: its stdout.
fn ndjson(args: &[&str]) -> String {
    let mut all = vec!["--emulator", "--output", "ndjson"];
    all.extend_from_slice(args);
    ok(&all)
}

/// A group with a `list` command runs it when given no command, with the options given.
#[test]
fn a_group_without_a_command_runs_its_list() {
    let workflows = ndjson(&["workflows"]);
    assert!(workflows.lines().count() > 1, "{workflows}");
    assert_eq!(workflows, ndjson(&["workflows", "list"]));
    let workflow_id = workflow_ids().remove(0);
    let w = workflow_id.as_str();
    let runs = ndjson(&["--beta", "runs", "--workflow", w]);
    assert!(!runs.is_empty());
    assert_eq!(runs, ndjson(&["--beta", "runs", "list", "--workflow", w]));
    // The hand-written options of the list, and the list of every workflow.
    assert_eq!(
        ndjson(&["runs", "--status", "failed", "--all"]),
        ndjson(&["runs", "list", "--status", "failed", "--all"])
    );
    let first_run = json_lines(&["runs", "list", "--workflow", w]).remove(0);
    let run_id = str_of(&first_run, "id");
    let users = ndjson(&["runs", "users", "--workflow", w, "--run", run_id]);
    assert!(!users.is_empty());
    assert_eq!(
        users,
        ndjson(&["runs", "users", "list", "--workflow", w, "--run", run_id])
    );
    // Global options still go anywhere, also between a group and its command.
    assert_eq!(ndjson(&["runs", "--beta", "list", "--workflow", w]), runs);
}

#[test]
fn a_group_without_list_still_needs_a_command() {
    for group in [&["settings"][..], &["insights"], &["tasks", "task-results"]] {
        let mut args = vec!["--emulator"];
        args.extend_from_slice(group);
        fails(&args, 2);
    }
    // The required options of the default list: the group's help, not a call.
    fails(&["--emulator", "runs", "users"], 2);
    // An option of the default list before another command would be lost: refused.
    let error = fails(
        &[
            "--emulator",
            "workflows",
            "--category",
            "joiner",
            "get",
            "w",
        ],
        2,
    );
    assert!(
        error.contains("`--category` belongs after `get`"),
        "{error}"
    );
}

/// `lcw tasks resume`, the name a user looks for, is short for `lcw tasks task-results
/// resume`: the same operation with the same arguments.
#[test]
fn a_short_name_calls_the_same_operation() {
    let ids = ["--workflow", "no-such-workflow", "--task", "t", "r"];
    for command in [
        &["tasks", "resume"][..],
        &["tasks", "task-results", "resume"],
    ] {
        let mut args = vec!["--emulator"];
        args.extend_from_slice(command);
        args.extend_from_slice(&ids);
        let error = fails(&args, 4);
        assert!(
            error.starts_with("lcw: taskprocessingresult-resume: 404"),
            "{command:?}: {error}"
        );
    }
    let help = ok(&["tasks", "resume", "--help"]);
    assert!(
        help.contains("short for `lcw tasks task-results resume`"),
        "{help}"
    );
    let usage = |help: &str| {
        help.lines()
            .find(|l| l.starts_with("Usage:"))
            .map(|l| l.replace(" task-results", ""))
    };
    assert_eq!(
        usage(&help),
        usage(&ok(&["tasks", "task-results", "resume", "--help"]))
    );
    assert!(usage(&help).is_some());
}

#[test]
fn operations_lists_every_row_with_its_command() {
    let rows = operations("--beta");
    assert!(rows.iter().any(|r| r["id"] == "workflow-list-runs"
        && r["command"] == "runs list"
        && r["method"] == "GET"
        && r["path"] == "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs"));
    assert!(!operations("--v1").is_empty());
}

#[test]
fn an_ambiguous_operation_id_needs_a_path() {
    let error = fails(&["--emulator", "call", "task-get"], 2);
    assert!(error.contains("--path"), "{error}");
    let workflow_id = workflow_ids().remove(0);
    let tasks = json_lines(&[
        "call",
        "workflow-list-task",
        &format!("workflowId={workflow_id}"),
    ]);
    let task_id = str_of(&tasks[0], "id").to_owned();
    let task = json(&[
        "call",
        "task-get",
        &format!("workflowId={workflow_id}"),
        &format!("taskId={task_id}"),
        "--path",
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks/{taskId}",
    ]);
    assert_eq!(str_of(&task, "id"), task_id);
    let same = json(&["tasks", "get", "--workflow", &workflow_id, &task_id]);
    assert_eq!(without_context(same), without_context(task));
}

#[test]
fn bodies_are_checked_against_the_types_before_sending() {
    let workflow_id = workflow_ids().remove(0);
    let update = |body: &str| {
        lcw_with_stdin(
            &[
                "--emulator",
                "workflows",
                "update",
                &workflow_id,
                "--body",
                "-",
            ],
            Some(body),
        )
    };
    let out = update(r#"{"description": "changed by lcw"}"#);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = update("{not json");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not JSON at line 1"),
        "{}",
        text(&out.stderr)
    );

    let out = update(r#"{"isEnabled": "yes"}"#);
    assert_eq!(out.status.code(), Some(2));
    let error = text(&out.stderr);
    assert!(error.contains("`isEnabled`"), "{error}");

    let out = update(r#"{"descriptoin": "typo"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("`descriptoin`"),
        "{}",
        text(&out.stderr)
    );

    let error = fails(
        &[
            "--emulator",
            "workflows",
            "get",
            &workflow_id,
            "--body",
            "-",
        ],
        2,
    );
    assert!(error.contains("--body"), "{error}");
    let error = fails(&["--emulator", "call", "workflow-get"], 2);
    assert!(error.contains("workflowId=VALUE"), "{error}");
    let error = fails(&["--emulator", "call", "no-such-operation"], 2);
    assert!(error.contains("lcw operations"), "{error}");
}

#[test]
fn an_unknown_workflow_is_a_not_found_line() {
    let out = lcw(&["--emulator", "workflows", "get", "no-such-workflow"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(out.stdout.is_empty());
    let error = text(&out.stderr);
    assert_eq!(error.lines().count(), 1, "{error}");
    assert!(
        error.starts_with("lcw: workflow-get: 404 ResourceNotFound"),
        "{error}"
    );
    assert!(
        error.contains("request-id ") && !error.contains("request-id -,"),
        "{error}"
    );
    assert!(error.contains("client-request-id "), "{error}");
    let error = fails(
        &[
            "--emulator",
            "runs",
            "list",
            "--workflow",
            "no-such-workflow",
        ],
        4,
    );
    assert!(error.contains("ResourceNotFound"), "{error}");
}

#[test]
fn throttling_beyond_the_retry_budget_has_its_exit_code() {
    let error = fails(
        &[
            "--emulator",
            "--emulator-fault",
            "fault=429 retry-after=0",
            "--retries",
            "2",
            "workflows",
            "list",
        ],
        5,
    );
    assert!(
        error.contains("429") && error.contains("after 3 attempts"),
        "{error}"
    );
    assert_eq!(error.lines().count(), 1, "{error}");
    // Within the budget a throttled request succeeds.
    ok(&[
        "--emulator",
        "--emulator-fault",
        "fault=429 retry-after=0 first=1",
        "workflows",
        "list",
    ]);
}

#[test]
fn bad_usage_has_exit_code_2() {
    fails(&["workflows", "list", "--no-such-flag"], 2);
    fails(&["workflows", "frobnicate"], 2);
    let error = fails(
        &["--emulator", "workflows", "list", "--category", "nope"],
        2,
    );
    assert!(error.contains("leaver"), "{error}");
    let error = fails(
        &[
            "--emulator",
            "runs",
            "list",
            "--workflow",
            "w",
            "--status",
            "nope",
        ],
        2,
    );
    assert!(error.contains("completedWithErrors"), "{error}");
    fails(&["runs", "list", "--since", "yesterday"], 2);
    let error = fails(
        &[
            "--emulator",
            "runs",
            "summary",
            "--workflow",
            "w",
            "--from",
            "2024-02-01T00:00:00Z",
            "--to",
            "2024-01-01T00:00:00Z",
        ],
        2,
    );
    assert!(error.contains("before it starts"), "{error}");
    fails(&["--output", "xml", "operations"], 2);
    fails(&["--beta", "--v1", "operations"], 2);
    fails(&["--emulator", "--cloud", "china", "operations"], 2);
    // A command of one version only, asked of the other.
    let beta_only = operations("--beta")
        .into_iter()
        .map(|r| str_of(&r, "command").to_owned())
        .find(|c| {
            !operations("--v1")
                .iter()
                .any(|r| r["command"] == c.as_str())
        })
        .expect("a beta-only operation");
    let mut args = vec!["--emulator", "--v1"];
    args.extend(beta_only.split(' '));
    let out = lcw(&args);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn credentials_and_their_errors() {
    let var = "LCW_CLI_TEST_TOKEN_THAT_IS_NOT_SET";
    let error = fails(&["--token-env", var, "workflows", "list"], 2);
    assert!(error.contains(var) && error.contains("not set"), "{error}");
    // A cloud without any credential is refused before any call.
    let error = fails(&["--cloud", "usgov-l4", "workflows", "list"], 3);
    assert!(error.contains("--auth"), "{error}");
    // Azure sign-in in a build without it says how to build it.
    if !cfg!(feature = "azure-identity") {
        let error = fails(&["--auth", "azure-cli", "workflows", "list"], 3);
        assert!(error.contains("--features azure-identity"), "{error}");
    }
}

#[test]
fn tokens_reach_the_service_root_and_a_refused_one_exits_3() {
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
    let list = |env: &[(&str, &str)], extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_lcw"))
            .env_remove("LCW_GRAPH_TOKEN")
            .env_remove("LCW_TOKEN")
            .envs(env.iter().copied())
            .args(extra)
            .args([
                "--service-root",
                &root,
                "--output",
                "ndjson",
                "workflows",
                "list",
                "--all",
            ])
            .output()
            .expect("lcw runs")
    };
    let var = "LCW_CLI_TEST_TOKEN";
    let count = workflow_ids().len();
    for (env, extra) in [
        (&[(var, "secret-value")][..], &["--token-env", var][..]),
        (&[("LCW_GRAPH_TOKEN", "secret-value")], &[]),
        (&[("LCW_TOKEN", "secret-value")], &[]),
        (&[], &["--token", "secret-value"]),
    ] {
        let out = list(env, extra);
        assert!(out.status.success(), "{extra:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stdout).lines().count(), count);
    }

    // A wrong token is Graph's 401: exit 3, one line, the token not shown, even verbose.
    let out = list(&[("LCW_TOKEN", "wrong-token")], &["--verbose"]);
    assert_eq!(out.status.code(), Some(3));
    let error = text(&out.stderr);
    assert!(error.contains("401 InvalidAuthenticationToken"), "{error}");
    assert!(!error.contains("wrong-token"), "{error}");

    // --verbose: each request, its status, time and ids.
    let out = list(&[("LCW_TOKEN", "secret-value")], &["--verbose"]);
    let log = text(&out.stderr);
    let line = log.lines().next().expect("a request line");
    assert!(line.starts_with("lcw: GET http://"), "{log}");
    assert!(
        line.contains("-> 200 OK in ") && line.contains(" ms"),
        "{log}"
    );
    assert!(
        line.contains("request-id ") && line.contains("client-request-id "),
        "{log}"
    );
    assert!(!log.contains("secret-value"), "{log}");

    runtime.block_on(emulator.stop());

    // Plain http elsewhere than loopback is refused before any call.
    let error = fails(
        &["--service-root", "http://example.test", "workflows", "list"],
        2,
    );
    assert!(error.contains("loopback"), "{error}");
}

#[test]
fn lists_page_with_all() {
    let workflow_id = workflow_ids().remove(0);
    let list = |extra: &[&str]| -> Vec<String> {
        let mut args = vec![
            "--emulator",
            "--emulator-page-size",
            "3",
            "--output",
            "ndjson",
            "runs",
            "list",
            "--workflow",
            &workflow_id,
        ];
        args.extend_from_slice(extra);
        ok(&args)
            .lines()
            .map(|l| {
                let run: Value = serde_json::from_str(l).expect("JSON line");
                str_of(&run, "id").to_owned()
            })
            .collect()
    };
    let first = list(&[]);
    let every = list(&["--all"]);
    assert_eq!(first.len(), 3);
    let unpaged: Vec<String> = json_lines(&["runs", "list", "--workflow", &workflow_id, "--all"])
        .iter()
        .map(|r| str_of(r, "id").to_owned())
        .collect();
    assert!(unpaged.len() > 3);
    assert_eq!(every, unpaged);
    assert_eq!(first[..], unpaged[..3]);
    // `call --all` pages too.
    let called = ok(&[
        "--emulator",
        "--emulator-page-size",
        "3",
        "--output",
        "ndjson",
        "call",
        "workflow-list-runs",
        &format!("workflowId={workflow_id}"),
        "--all",
    ]);
    assert_eq!(called.lines().count(), unpaged.len());
}

#[test]
fn piped_output_defaults_to_json_lines_for_lists_and_json_for_one_value() {
    let out = ok(&["operations"]);
    for line in out.lines() {
        let row: Value = serde_json::from_str(line).expect("a JSON line");
        assert!(row["id"].is_string());
    }
    assert!(out.lines().count() > 10);
    let id = workflow_ids().remove(0);
    let one = ok(&["--emulator", "workflows", "get", &id]);
    assert!(one.starts_with("{\n"), "{one}");
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
    assert!(script.contains("task-reports"));
    fails(&["completions", "tcsh"], 2);
}

#[test]
fn query_options_are_offered_where_documented_and_sent() {
    let selected = json_lines(&["workflows", "list", "--all", "--select", "id,displayName"]);
    assert!(!selected.is_empty());
    for workflow in &selected {
        assert!(workflow.get("category").is_none(), "{workflow}");
        assert!(workflow["displayName"].is_string(), "{workflow}");
    }
    let ordered = json_lines(&[
        "workflows",
        "list",
        "--all",
        "--orderby",
        "displayName desc",
    ]);
    let names: Vec<&str> = ordered.iter().map(|w| str_of(w, "displayName")).collect();
    assert!(names.windows(2).all(|w| w[0] >= w[1]), "{names:?}");
    // `$top` is not documented for the runs of a workflow: no `--top` there.
    let error = fails(&["runs", "list", "--top", "2"], 2);
    assert!(error.contains("--top"), "{error}");
    // A filter the service refuses is its 400, exit 1, on one line.
    let error = fails(
        &["--emulator", "workflows", "list", "--filter", "nonsense eq"],
        1,
    );
    assert!(
        error.contains(" 400 ") && error.lines().count() == 1,
        "{error}"
    );
}

#[test]
fn count_goes_to_stderr_and_the_items_to_stdout() {
    let workflow_id = workflow_ids().remove(0);
    let runs = json_lines(&["runs", "list", "--workflow", &workflow_id, "--all"]);
    let run_id = str_of(&runs[0], "id");
    let out = lcw(&[
        "--emulator",
        "--output",
        "ndjson",
        "runs",
        "users",
        "list",
        "--workflow",
        &workflow_id,
        "--run",
        run_id,
        "--count",
        "--all",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = text(&out.stdout).lines().count();
    assert!(
        text(&out.stderr).contains(&format!("lcw: {lines} items in all")),
        "{}",
        text(&out.stderr)
    );
}
