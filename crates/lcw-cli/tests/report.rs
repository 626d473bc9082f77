//! `lcw report` end to end against the emulator: the page's numbers are the summary
//! functions', every listed run has a row, names are escaped, bad input is refused.

mod report_support;

use report_support::{Tenant, output_dir};

/// Values of `attribute="..."` on the elements whose markup contains `marker`.
fn attribute_values(html: &str, marker: &str, attribute: &str) -> Vec<usize> {
    let needle = format!(r#"{attribute}=""#);
    html.split('<')
        .filter(|element| element.contains(marker))
        .filter_map(|element| {
            let start = element.find(&needle)? + needle.len();
            element[start..].split('"').next()?.parse().ok()
        })
        .collect()
}

#[test]
fn the_report_draws_the_summary_counts_and_every_listed_run() {
    let tenant = Tenant::start();
    let expected = tenant.expected();
    assert!(
        expected.runs > 0 && expected.failed_runs > 0,
        "{expected:?}"
    );
    let html = tenant.report(&output_dir("cli").join("report.html"), &[]);

    let segments = attribute_values(&html, r#"class="seg "#, "data-count");
    assert_eq!(segments.iter().sum::<usize>(), expected.runs);
    assert_eq!(
        html.matches(r#"<tr class="run-row""#).count(),
        expected.listed_runs
    );
    let card = |key: &str| attribute_values(&html, &format!(r#"data-card="{key}""#), "data-count");
    assert_eq!(card("runs"), [expected.runs]);
    assert_eq!(card("failed"), [expected.failed_runs]);
    assert_eq!(card("successful"), [expected.successful_runs]);
    assert_eq!(card("failed-tasks"), [expected.failed_tasks]);
    assert_eq!(card("failed-users"), [expected.failed_users]);
    assert_eq!(
        html.matches(r#"<tr class="failed-task">"#).count(),
        expected.failed_tasks
    );
    assert_eq!(
        html.matches(r#"<tr class="failed-user">"#).count(),
        expected.failed_users
    );
    for name in &expected.names {
        assert!(html.contains(name.as_str()), "{name}");
    }
    // Self-contained: nothing is fetched, nothing runs.
    for needle in ["http:", "https:", "<script", "src=", "url("] {
        assert!(!html.contains(needle), "{needle}");
    }
    // Every in-page link has its target.
    for href in html.split(r##"href="#"##).skip(1) {
        let target = href.split('"').next().unwrap_or_default();
        assert!(html.contains(&format!(r#"id="{target}""#)), "#{target}");
    }
}

#[test]
fn the_default_period_ends_with_the_newest_run() {
    let tenant = Tenant::start();
    let out = output_dir("cli").join("default.html");
    let path = out.to_str().expect("a UTF-8 path");
    let result = tenant.lcw(&["report", "--out", path]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let html = std::fs::read_to_string(&out).expect("written");
    // The seeded history ends on 2024-06-01: the 30 days before it hold every run.
    assert!(html.contains("May 2, 2024 – Jun 1, 2024"), "period heading");
    let total = attribute_values(&html, r#"class="chart runs-chart"#, "data-total");
    assert_eq!(total, [tenant.expected().runs]);
}

/// `html` without the minute it was made at.
fn without_time(html: &str) -> String {
    let marker = "<footer>Made by <code>lcw report</code> at ";
    let (before, after) = html.split_once(marker).expect("the footer");
    let rest = after.split_once(" UTC.").map_or("", |(_, rest)| rest);
    format!("{before}{marker}{rest}")
}

/// The failing runs are read a few at a time: with some of those answers slowed (so they
/// arrive out of order) and one throttled (retried by the client), the page is the same,
/// byte for byte, as on a quiet tenant.
#[test]
fn slow_and_throttled_answers_leave_the_report_unchanged() {
    let dir = output_dir("cli");
    let quiet = Tenant::start().report(&dir.join("quiet.html"), &[]);
    let rough = Tenant::start_with_faults(
        "fault=slow delay-ms=20 route=/beta/**/taskProcessingResults rate=0.5\n\
         fault=429 retry-after=1 route=/beta/**/subjectProcessingResults nth=2",
    );
    let out = dir.join("throttled.html");
    let path = out.to_str().expect("a UTF-8 path");
    let result = rough.lcw(&[
        "--verbose",
        "report",
        "--from",
        report_support::FROM,
        "--to",
        report_support::TO,
        "--out",
        path,
    ]);
    let log = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{log}");
    assert!(log.contains("-> 429"), "no request was throttled: {log}");
    assert!(
        log.contains("attempt 2"),
        "the throttled request was not retried: {log}"
    );
    let page = std::fs::read_to_string(&out).expect("the report was written");
    assert!(
        without_time(&page) == without_time(&quiet),
        "the pages differ: compare {} with quiet.html",
        out.display()
    );
}

#[test]
fn one_workflow_with_a_name_like_markup_is_shown_as_text() {
    let tenant = Tenant::start();
    let id = tenant.rename_first_workflow("<script>alert('x')</script> & co");
    let html = tenant.report(
        &output_dir("cli").join("escaped.html"),
        &["--workflow", &id],
    );
    assert!(!html.contains("<script"), "the name became markup");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    // Only that workflow.
    assert_eq!(html.matches(r#"class="panel workflow""#).count(), 1);
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    let tenant = Tenant::start();
    let out = output_dir("cli").join("refused.html");
    let _ = std::fs::remove_file(&out);
    let path = out.to_str().expect("a UTF-8 path");
    let inverted = tenant.lcw(&[
        "report",
        "--from",
        "2024-06-01T00:00:00Z",
        "--to",
        "2024-05-01T00:00:00Z",
        "--out",
        path,
    ]);
    assert_eq!(inverted.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&inverted.stderr).contains("is not before --to"));

    let missing = tenant.lcw(&["report", "--workflow", "no-such-workflow", "--out", path]);
    // The command's exit code for a missing resource (see `lcw --help`).
    assert_eq!(missing.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("404"));

    let missing_folder = output_dir("cli").join("no-such-folder").join("r.html");
    let unwritable = tenant.lcw(&[
        "report",
        "--out",
        missing_folder.to_str().expect("a UTF-8 path"),
    ]);
    assert_eq!(unwritable.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unwritable.stderr).contains("cannot write"));

    let v1 = tenant.lcw(&["--v1", "report", "--out", path]);
    assert_eq!(v1.status.code(), Some(2));
    assert!(!out.exists(), "nothing written on refusal");
}

#[test]
fn the_help_text_names_the_options_and_defaults() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lcw"))
        .args(["report", "--help"])
        .env("NO_COLOR", "1")
        .output()
        .expect("lcw runs");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    // The global options are every command's, snapshotted with `lcw --help`.
    let own = help.split("\nGlobal options:").next().unwrap_or_default();
    insta::assert_snapshot!("report_help", own);
}
