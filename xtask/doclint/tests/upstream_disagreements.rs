//! The lint finds every disagreement `FORMAT-NOTES.md` lists for the upstream pages, at the
//! line where it is.
//!
//! The upstream sample is not part of the repository: this test is ignored by `cargo test` and
//! run by `cargo xtask upstream-check --docs DIR`, which names it in `LCW_UPSTREAM_DOCS`.

mod common;

use lcw_doclint::lint::{LintOptions, lint_tree};

const B: &str = "api-reference/beta";
const V: &str = "api-reference/v1.0";

/// (code, page, line) for each known disagreement, looked up in the pages.
fn expected() -> Vec<(&'static str, String, u32)> {
    let at = |code, dir: &str, page: &str, line| (code, format!("{dir}/{page}"), line);
    vec![
        // run.totalTasksCounts in table and JSON, totalTasksCount in every response example.
        at("LCW2101", B, "api/identitygovernance-run-get.md", 132),
        at("LCW2101", B, "api/identitygovernance-run-get.md", 204),
        at(
            "LCW2101",
            B,
            "api/identitygovernance-workflow-list-runs.md",
            135,
        ),
        at(
            "LCW2101",
            B,
            "api/identitygovernance-workflow-list-runs.md",
            150,
        ),
        at(
            "LCW2101",
            B,
            "api/identitygovernance-workflow-list-runs.md",
            225,
        ),
        at("LCW2101", V, "api/identitygovernance-run-get.md", 132),
        at("LCW2101", V, "api/identitygovernance-run-get.md", 210),
        // beta runSummary lacks totalTasks and totalUsers that the summary example returns.
        at("LCW2101", B, "api/identitygovernance-run-summary.md", 131),
        at("LCW2101", B, "api/identitygovernance-run-summary.md", 132),
        // taskDefinition: table ContinueOnError, JSON continueOnError.
        at(
            "LCW2003",
            B,
            "resources/identitygovernance-taskdefinition.md",
            32,
        ),
        at(
            "LCW2003",
            V,
            "resources/identitygovernance-taskdefinition.md",
            30,
        ),
        // customTaskExtension.callbackConfiguration: table and JSON name different types.
        at(
            "LCW2004",
            B,
            "resources/identitygovernance-customtaskextension.md",
            35,
        ),
        at(
            "LCW2004",
            V,
            "resources/identitygovernance-customtaskextension.md",
            35,
        ),
        // v1.0 lifecycleManagementSettings: id in the table, not in the JSON.
        at(
            "LCW2001",
            V,
            "resources/identitygovernance-lifecyclemanagementsettings.md",
            27,
        ),
        // workflowBase / workflowVersion: keyProperty id, no id anywhere.
        at(
            "LCW2601",
            B,
            "resources/identitygovernance-workflowbase.md",
            48,
        ),
        at(
            "LCW2601",
            B,
            "resources/identitygovernance-workflowversion.md",
            54,
        ),
        // customTaskExtensionCallbackConfiguration inherits from itself.
        at(
            "LCW2501",
            B,
            "resources/identitygovernance-customtaskextensioncallbackconfiguration.md",
            18,
        ),
        // Methods tables against API pages.
        at("LCW2401", B, "resources/identitygovernance-run.md", 27),
        at("LCW2401", B, "resources/identitygovernance-workflow.md", 27),
        at("LCW2402", B, "resources/identitygovernance-workflow.md", 36),
        // Response annotations naming the wrong type.
        at(
            "LCW2102",
            B,
            "api/identitygovernance-userprocessingresult-get.md",
            111,
        ),
        at(
            "LCW2102",
            B,
            "api/identitygovernance-userprocessingresult-get.md",
            187,
        ),
        at(
            "LCW2102",
            B,
            "api/identitygovernance-taskreport-summary.md",
            114,
        ),
        // lifecycleWorkflowCategory: the enum page lists mover and extensibility, the category
        // descriptions list subsets of its members.
        at("LCW2202", B, "resources/identitygovernance-workflow.md", 44),
        at(
            "LCW2202",
            B,
            "resources/identitygovernance-workflowbase.md",
            28,
        ),
        at(
            "LCW2202",
            B,
            "resources/identitygovernance-workflowversion.md",
            33,
        ),
        at("LCW2202", V, "resources/identitygovernance-workflow.md", 45),
        // v1.0 taskReport: the task and taskDefinition rows swap their link texts.
        at(
            "LCW2301",
            V,
            "resources/identitygovernance-taskreport.md",
            46,
        ),
        at(
            "LCW2301",
            V,
            "resources/identitygovernance-taskreport.md",
            47,
        ),
        // GET deletedItems/workflows/{id}: the prose says collection, each example is one
        // workflow (`$entity`).
        at(
            "LCW2107",
            B,
            "api/identitygovernance-deleteditemcontainer-get.md",
            121,
        ),
        at(
            "LCW2107",
            B,
            "api/identitygovernance-deleteditemcontainer-get.md",
            215,
        ),
        at(
            "LCW2107",
            V,
            "api/identitygovernance-deleteditemcontainer-get.md",
            121,
        ),
        at(
            "LCW2107",
            V,
            "api/identitygovernance-deleteditemcontainer-get.md",
            221,
        ),
        // Beta insights functions shown in the request line without their parameters.
        at(
            "LCW1045",
            B,
            "api/identitygovernance-insights-topworkflowsprocessedsummary.md",
            36,
        ),
        at(
            "LCW1045",
            B,
            "api/identitygovernance-insights-workflowsprocessedsummary.md",
            36,
        ),
        at(
            "LCW2202",
            B,
            "resources/identitygovernance-workflowtemplate.md",
            33,
        ),
        // Examples query beyond what the pages document: workflow.category has no `$filter`
        // note in beta, and list-workflows does not name `$select`.
        at(
            "LCW2105",
            B,
            "api/identitygovernance-lifecycleworkflowscontainer-list-workflows.md",
            208,
        ),
        at(
            "LCW2105",
            B,
            "api/identitygovernance-lifecycleworkflowscontainer-list-deleteditems.md",
            162,
        ),
        at(
            "LCW2104",
            B,
            "api/identitygovernance-lifecycleworkflowscontainer-list-workflows.md",
            208,
        ),
        // Format notes: a link target to the wrong page, a trailing comma in an annotation,
        // request paths that need normalising.
        at(
            "LCW2301",
            B,
            "resources/identitygovernance-taskprocessingresult.md",
            34,
        ),
        at(
            "LCW2701",
            B,
            "api/identitygovernance-workflow-update.md",
            120,
        ),
        at(
            "LCW2801",
            B,
            "api/identitygovernance-workflow-list-runs.md",
            41,
        ),
        at(
            "LCW2802",
            B,
            "api/identitygovernance-userprocessingresult-get.md",
            41,
        ),
        at("LCW2803", B, "api/workflow-list-executionscope.md", 41),
        at("LCW2804", B, "api/identitygovernance-task-get.md", 42),
        at(
            "LCW2804",
            B,
            "api/identitygovernance-workflow-list-task.md",
            40,
        ),
        at(
            "LCW2805",
            B,
            "api/identitygovernance-workflow-list-userprocessingresults.md",
            40,
        ),
    ]
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn every_known_upstream_disagreement_is_found_where_it_is() {
    let docs = common::upstream_docs();
    let report = lint_tree(&LintOptions::new(&docs)).expect("lint runs");
    assert!(
        report.pages > 50,
        "only {} pages read from {}",
        report.pages,
        docs.display()
    );
    let missing: Vec<String> = expected()
        .into_iter()
        .filter(|(code, file, line)| {
            !report
                .findings
                .iter()
                .any(|f| f.code == *code && &f.file == file && f.line == *line)
        })
        .map(|(code, file, line)| format!("{file}:{line}: {code}"))
        .collect();
    assert!(
        missing.is_empty(),
        "not found:\n{}\n\nfound:\n{}",
        missing.join("\n"),
        report
            .findings
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        report.failed(),
        "upstream pages have unexplained disagreements, so the lint must fail"
    );
}
