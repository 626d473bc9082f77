//! `cargo xtask regenerate` over the upstream Graph docs sample rather than our own docs-src:
//! it must finish given our overrides file, and fail without `--allow-missing` on the types
//! those pages reference but never describe.
//!
//! The sample is not part of the repository: these tests are ignored by `cargo test` and run by
//! `cargo xtask upstream-check --docs DIR`, which names it in `LCW_UPSTREAM_DOCS`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use lcw_codegen::cli::{Args, run};
use lcw_codegen::workspace_root;
use lcw_docs::paths::upstream_docs;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "lcw-codegen-upstream-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Every `.rs` file under `dir`, namespace folders included.
fn rust_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("generated modules") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// Regenerates from the sample with our overrides file into `out`.
fn args(out: &std::path::Path) -> Args {
    Args {
        docs: Some(upstream_docs()),
        overrides: Some(workspace_root().join("docs-src/overrides.toml")),
        out: Some(out.to_path_buf()),
        ..Args::default()
    }
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn upstream_docs_regenerate_with_our_overrides_and_allow_missing() {
    let out = scratch("allow");
    let outcome = run(&Args {
        allow_missing: true,
        ..args(&out)
    })
    .expect("runs");
    assert!(outcome.ok, "{}", outcome.message);
    assert!(
        outcome.message.contains("warning[LCW1030]"),
        "missing types are reported: {}",
        outcome.message
    );
    let models = out.join("crates/lcw-models/src/generated");
    // Outside this workspace: the model crates as a workspace of their own, no client layer.
    for file in [
        "Cargo.toml",
        "crates/lcw-models/Cargo.toml",
        "crates/lcw-models/src/lib.rs",
        "crates/lcw-enums/src/lib.rs",
    ] {
        assert!(out.join(file).is_file(), "{file} not written");
    }
    assert!(!out.join("crates/lcw-client").exists());
    for file in [
        "beta/identity_governance/workflow.rs",
        "beta/identity_governance/run.rs",
        "beta/identity_governance/workflow_execution_conditions.rs",
        "v1/identity_governance/task_definition.rs",
        "beta/operations.rs",
    ] {
        assert!(
            models.join(file).is_file(),
            "{file} not generated:\n{}",
            outcome.message
        );
    }
    assert!(
        out.join("crates/lcw-enums/src/generated/beta/identity_governance/lifecycle_workflow_processing_status.rs")
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
        for path in rust_files(&models.join(version)) {
            let text = std::fs::read_to_string(path).expect("readable");
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
    let header =
        std::fs::read_to_string(models.join("beta/identity_governance/run.rs")).expect("run.rs");
    assert!(
        header.starts_with("// Generated from graph-docs/api-reference/beta/resources/"),
        "{header}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn upstream_docs_without_allow_missing_write_nothing() {
    let out = scratch("strict");
    let outcome = run(&Args {
        namespace: Some("microsoft.graph.identityGovernance".to_owned()),
        ..args(&out)
    })
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
