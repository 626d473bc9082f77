//! docs-src lints clean and does not drift from the upstream pages; a changed copy drifts in
//! exactly the ways it was changed.
//!
//! The drift from upstream needs the upstream sample, which is not part of the repository: that
//! test is ignored by `cargo test` and run by `cargo xtask upstream-check --docs DIR`.

mod common;

use std::path::Path;

use lcw_doclint::drift::{Class, drift_trees};
use lcw_doclint::lint::{LintOptions, lint_tree};

#[test]
fn docs_src_lints_clean() {
    let report = lint_tree(&LintOptions::new(common::docs_src())).expect("lint runs");
    assert!(report.pages > 0, "no pages read from docs-src");
    let left: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity != lcw_doclint::finding::Severity::Note)
        .map(|f| f.to_string())
        .collect();
    assert!(
        left.is_empty(),
        "`cargo xtask lint` reports on docs-src (fix the page, correct it in docs-src/overrides.toml, \
         or accept it in docs-src/lint-suppressions.toml with a reason):\n{}",
        left.join("\n")
    );
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn docs_src_does_not_drift_from_upstream() {
    let report =
        drift_trees(&common::docs_src(), &common::upstream_docs(), false).expect("drift runs");
    let changes: Vec<String> = report.changes.iter().map(|c| c.to_string()).collect();
    assert!(
        changes.is_empty(),
        "docs-src drifts from upstream:\n{}",
        changes.join("\n")
    );
}

fn edit(path: &Path, change: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let changed = change(text.clone());
    assert_ne!(text, changed, "edit of {} changed nothing", path.display());
    std::fs::write(path, changed).expect("write page");
}

/// Replaces `from` with `to` in the one table row starting with `row`.
fn replace_in_row(text: &str, row: &str, from: &str, to: &str) -> String {
    let start = text.find(row).unwrap_or_else(|| panic!("no row {row}"));
    let end = start + text[start..].find('\n').unwrap_or(text.len() - start);
    let line = &text[start..end];
    assert!(line.contains(from), "row {row} lacks {from}");
    format!(
        "{}{}{}",
        &text[..start],
        line.replacen(from, to, 1),
        &text[end..]
    )
}

#[test]
fn changes_in_a_copy_are_reported_and_classified() {
    let temp = common::temp_dir("drift");
    let copy = temp.path().to_path_buf();
    common::copy_tree(&common::docs_src(), &copy);
    let beta = copy.join("api-reference/beta");
    // A property removed and one retyped.
    edit(&beta.join("resources/identitygovernance-run.md"), |t| {
        let t: String = t
            .lines()
            .filter(|l| !l.starts_with("|failedUsersCount|"))
            .map(|l| format!("{l}\n"))
            .collect();
        let t = t.replace("|failedTasksCount|Int32|", "|failedTasksCount|Int64|");
        // Query support: `$filter` dropped, `$orderby` dropped, an operator gained.
        let t = replace_in_row(
            &t,
            "|processingStatus|",
            "Supports `$filter`(`eq`, `ne`) and `$orderby`.",
            "Supports `$orderby`.",
        );
        let t = replace_in_row(&t, "|startedDateTime|", "`ne`) and `$orderby`.", "`ne`).");
        replace_in_row(
            &t,
            "|scheduledDateTime|",
            "`$filter`(`lt`,",
            "`$filter`(`in`, `lt`,",
        )
    });
    // An enum member after the sentinel.
    edit(
        &beta.join("resources/enums-identitygovernance-lifecycleworkflowprocessingstatus.md"),
        |t| {
            let section = t
                .find("## lifecycleWorkflowProcessingStatus values")
                .expect("status section");
            let sentinel = section
                + t[section..]
                    .find("|unknownFutureValue|")
                    .expect("sentinel row");
            let end = sentinel + "|unknownFutureValue|".len();
            // And one before it, against the evolvable-enum rule.
            format!(
                "{}|waiting|\n{}\n|paused|{}",
                &t[..sentinel],
                &t[sentinel..end],
                &t[end..]
            )
        },
    );
    // An operation added.
    let get = std::fs::read_to_string(beta.join("api/identitygovernance-run-get.md"))
        .expect("run-get page");
    let request =
        "GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}\n";
    assert!(get.contains(request), "run-get request line");
    let cancel = get.replace(
        request,
        "POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/cancel\n",
    );
    std::fs::write(beta.join("api/identitygovernance-run-cancel.md"), cancel).expect("write page");

    let report = drift_trees(&common::docs_src(), &copy, false).expect("drift runs");
    let got: Vec<(&str, &str, Class)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.detail.as_str(), c.class))
        .collect();
    let run = "microsoft.graph.identityGovernance.run";
    let status = "microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus";
    let expected = [
        (
            run,
            "property-removed",
            "failedUsersCount: Int32",
            Class::Breaking,
        ),
        (
            run,
            "property-retyped",
            "failedTasksCount: Int32 -> Int64",
            Class::Breaking,
        ),
        (
            run,
            "filter-operator-removed",
            "processingStatus: eq",
            Class::Breaking,
        ),
        (
            run,
            "filter-operator-removed",
            "processingStatus: ne",
            Class::Breaking,
        ),
        (run, "orderby-removed", "startedDateTime", Class::Breaking),
        (
            run,
            "filter-operator-added",
            "scheduledDateTime: in",
            Class::Additive,
        ),
        (
            status,
            "member-added-after-sentinel",
            "paused",
            Class::Additive,
        ),
        (
            status,
            "member-added-before-sentinel",
            "waiting",
            Class::Breaking,
        ),
        (
            "POST /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/cancel",
            "operation-added",
            "run-cancel",
            Class::Additive,
        ),
    ];
    for (subject, kind, detail, class) in expected {
        assert!(
            report.changes.iter().any(|c| c.subject == subject
                && c.kind == kind
                && c.detail == detail
                && c.class == class),
            "missing {subject}: {kind}: {detail} ({class:?}) in {got:#?}"
        );
    }
    assert_eq!(
        report.changes.len(),
        expected.len(),
        "unexpected changes: {got:#?}"
    );
}
