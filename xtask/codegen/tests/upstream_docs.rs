//! `cargo xtask regenerate` over the upstream Graph docs (`../shared/graph-docs` from the
//! workspace root) rather than our own docs-src: it must finish given our overrides file, and
//! fail without `--allow-missing` on the types those pages reference but never describe.

use std::collections::BTreeSet;
use std::path::PathBuf;

use lcw_codegen::cli::{Args, run};
use lcw_codegen::workspace_root;

fn upstream() -> PathBuf {
    let dir = workspace_root().join("../shared/graph-docs");
    assert!(
        dir.join("api-reference").is_dir(),
        "the upstream docs are expected at {} (`../shared/graph-docs` from the workspace root)",
        dir.display()
    );
    dir
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "lcw-codegen-upstream-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn args(out: &std::path::Path, extra: &[&str]) -> Args {
    let docs = upstream();
    let overrides = workspace_root().join("docs-src/overrides.toml");
    let mut list: Vec<String> = vec![
        "--docs".into(),
        docs.display().to_string(),
        "--overrides".into(),
        overrides.display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    list.extend(extra.iter().map(|s| s.to_string()));
    Args::parse(&list).expect("valid arguments")
}

#[test]
fn upstream_docs_regenerate_with_our_overrides_and_allow_missing() {
    let out = scratch("allow");
    let outcome = run(&args(&out, &["--allow-missing"])).expect("runs");
    assert!(outcome.ok, "{}", outcome.message);
    assert!(
        outcome.message.contains("warning[LCW1030]"),
        "missing types are reported: {}",
        outcome.message
    );
    let models = out.join("crates/lcw-models/src/generated");
    for file in [
        "beta/workflow.rs",
        "beta/run.rs",
        "beta/workflow_execution_conditions.rs",
        "v1/task_definition.rs",
        "beta/operations.rs",
    ] {
        assert!(
            models.join(file).is_file(),
            "{file} not generated:\n{}",
            outcome.message
        );
    }
    assert!(
        out.join("crates/lcw-enums/src/generated/beta/lifecycle_workflow_processing_status.rs")
            .is_file()
    );
    // Every type reported missing gets a stand-in that says so, and only those.
    let reported: BTreeSet<&str> = outcome
        .message
        .lines()
        .filter(|l| l.contains("warning[LCW1030]"))
        .filter_map(|l| l.split('`').nth(1))
        .collect();
    let mut stand_ins = BTreeSet::new();
    for version in ["beta", "v1"] {
        for entry in std::fs::read_dir(models.join(version)).expect("generated modules") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
            let Some(rest) = text.split("/// A stand-in for `").nth(1) else {
                continue;
            };
            let line = rest.lines().next().unwrap_or_default();
            // Types outside the family are stand-ins by design; missing pages say so.
            if line.contains("no page describes it") {
                stand_ins.insert(line.split('`').next().expect("closing tick").to_string());
            }
        }
    }
    assert!(
        !reported.is_empty(),
        "the sample references types it never describes"
    );
    assert_eq!(
        stand_ins
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        reported
    );
    let header = std::fs::read_to_string(models.join("beta/run.rs")).expect("run.rs");
    assert!(
        header.starts_with("// Generated from graph-docs/api-reference/beta/resources/"),
        "{header}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn upstream_docs_without_allow_missing_write_nothing() {
    let out = scratch("strict");
    let outcome = run(&args(
        &out,
        &["--namespace", "microsoft.graph.identityGovernance"],
    ))
    .expect("runs");
    assert!(!outcome.ok);
    assert!(
        outcome.message.contains("error[LCW1030]"),
        "{}",
        outcome.message
    );
    assert!(
        outcome.message.contains("nothing written"),
        "{}",
        outcome.message
    );
    assert!(
        !out.exists(),
        "nothing may be written when an error is fatal"
    );
}
