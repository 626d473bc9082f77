//! The `xtask` binary as a maintainer runs it: every command answers `--help`, both option
//! spellings work, strictness follows the docs folder rather than its spelling, and the exit
//! statuses are the documented ones (0 clean, 1 findings, 2 cannot run).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs the binary from the workspace root, as `cargo xtask` does.
fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(workspace_root())
        .env_remove("LCW_UPSTREAM_DOCS")
        .output()
        .expect("the xtask binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited")
}

#[test]
fn every_command_answers_help() {
    for command in [
        &[][..],
        &["regenerate"],
        &["dump"],
        &["lint"],
        &["drift"],
        &["upstream-check"],
    ] {
        for help in ["--help", "-h"] {
            let args = [command, &[help]].concat();
            let output = xtask(&args);
            assert_eq!(code(&output), 0, "{args:?}: {}", text(&output.stderr));
            let out = text(&output.stdout);
            assert!(out.contains("Usage: cargo xtask"), "{args:?}: {out}");
        }
    }
    let help = text(&xtask(&["regenerate", "--help"]).stdout);
    for option in [
        "--check",
        "--docs <DIR>",
        "--namespace <NS>",
        "--out <DIR>",
        "--overrides <FILE>",
        "--allow-missing",
    ] {
        assert!(help.contains(option), "regenerate --help lacks {option}");
    }
    let help = text(&xtask(&["drift", "--help"]).stdout);
    for option in [
        "--upstream <DIR>",
        "--docs <DIR>",
        "--format <FORMAT>",
        "--fail-on <FAIL_ON>",
        "--upstream-complete <UPSTREAM_COMPLETE>",
    ] {
        assert!(help.contains(option), "drift --help lacks {option}");
    }
}

#[test]
fn bad_options_and_missing_folders_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["regenerate", "--frobnicate"],
        &["regenerate", "--docs"],
        &["lint", "--format", "xml"],
        &["lint", "--format=xml"],
        &["drift", "--upstream", "docs-src", "--fail-on", "sometimes"],
        &["drift"],
        &["lint", "--docs", "/nonexistent/docs"],
        &["regenerate", "--check", "--docs=/nonexistent/docs"],
        &["drift", "--upstream", "/nonexistent/upstream"],
    ] {
        let output = xtask(args);
        assert_eq!(code(&output), 2, "{args:?}: {}", text(&output.stderr));
        assert!(!output.stderr.is_empty(), "{args:?} says why");
    }
}

#[test]
fn upstream_check_fails_without_the_sample_and_never_skips() {
    let output = xtask(&["upstream-check", "--docs", "/nonexistent/graph-docs"]);
    assert_eq!(code(&output), 2);
    let err = text(&output.stderr);
    assert!(
        err.contains("/nonexistent/graph-docs") && err.contains("upstream"),
        "{err}"
    );
    // A folder that is not a docs tree is refused as well.
    let output = xtask(&["upstream-check", "--docs", "xtask"]);
    assert_eq!(code(&output), 2, "{}", text(&output.stderr));
}

#[test]
fn docs_equals_form_is_the_space_form() {
    let joined = xtask(&["lint", "--docs=docs-src", "--format=json"]);
    let split = xtask(&["lint", "--docs", "docs-src", "--format", "json"]);
    assert_eq!(code(&joined), 0, "{}", text(&joined.stderr));
    assert_eq!(code(&joined), code(&split));
    assert_eq!(joined.stdout, split.stdout);
    let json: String = text(&joined.stdout);
    assert!(json.trim_start().starts_with('['), "{json}");
}

#[test]
fn regenerate_check_is_the_same_however_docs_src_is_spelled() {
    let runs: Vec<(Vec<&str>, Output)> = [
        vec!["regenerate", "--check"],
        vec!["regenerate", "--check", "--docs", "docs-src"],
        vec!["regenerate", "--check", "--docs=./docs-src/"],
    ]
    .into_iter()
    .map(|args| {
        let output = xtask(&args);
        (args, output)
    })
    .collect();
    for (args, output) in &runs {
        assert_eq!(code(output), 0, "{args:?}: {}", text(&output.stderr));
        assert_eq!(output.stdout, runs[0].1.stdout, "{args:?}");
        assert!(
            text(&output.stdout).contains("generated code is up to date"),
            "{args:?}"
        );
    }
}
