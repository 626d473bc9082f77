//! `cargo xtask lint` and `cargo xtask drift`: [`LintArgs`] and [`DriftArgs`] are their options
//! (their docs are the `--help`).
//!
//! Exit status: 0 when clean, 1 when the lint has errors or warnings left (or drift hits the
//! `--fail-on` threshold), 2 when the command itself cannot run.

use std::path::PathBuf;
use std::process::ExitCode;

use lcw_docs::paths::{resolve_dir, resolve_docs};

use crate::drift::{Class, drift_trees};
use crate::finding::Severity;
use crate::lint::{LintOptions, lint_tree};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// One finding or change per line.
    #[default]
    Text,
    /// One JSON array (LINTS.md lists its keys).
    Json,
}

/// Which drift fails the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FailOn {
    /// Only breaking changes.
    Breaking,
    /// Any change, additive or breaking.
    #[default]
    Any,
}

/// Whether the upstream tree of a drift report is complete (`--upstream-complete yes|no`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum UpstreamComplete {
    /// Complete: whatever it lacks counts as removed.
    Yes,
    /// A sample: definitions on docs-src pages it lacks are not compared.
    #[default]
    No,
}

/// The options of `cargo xtask lint`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LintArgs {
    /// Docs root holding api-reference/ (default: docs-src of the workspace).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Overrides that explain findings (default: DIR/overrides.toml if it exists).
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    /// Accepted findings (default: DIR/lint-suppressions.toml if it exists).
    #[arg(long, value_name = "FILE")]
    pub suppressions: Option<PathBuf>,
}

/// The options of `cargo xtask drift`.
#[derive(Debug, Clone, clap::Args)]
pub struct DriftArgs {
    /// The other docs tree, usually a newer upstream copy.
    #[arg(long, value_name = "DIR")]
    pub upstream: PathBuf,
    /// Our docs root (default: docs-src of the workspace).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Fail (exit 1) on any change, or on breaking changes only.
    #[arg(long, value_enum, default_value_t)]
    pub fail_on: FailOn,
    /// Whether the upstream tree is complete or a sample.
    #[arg(long, value_enum, default_value_t)]
    pub upstream_complete: UpstreamComplete,
}

/// Lints a docs tree and prints the findings.
pub fn lint(args: &LintArgs) -> anyhow::Result<ExitCode> {
    let options = LintOptions {
        docs: resolve_docs(args.docs.as_deref())?,
        overrides: args.overrides.clone(),
        suppressions: args.suppressions.clone(),
    };
    let report = lint_tree(&options)?;
    match args.format {
        Format::Json => {
            let items: Vec<_> = report.findings.iter().map(|f| f.to_json()).collect();
            println!("{}", serde_json::to_string_pretty(&items)?);
        }
        Format::Text => report.findings.iter().for_each(|f| println!("{f}")),
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    eprintln!(
        "lint: {} pages, {} errors, {} warnings, {} notes",
        report.pages,
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note)
    );
    Ok(if report.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Compares docs-src (or `--docs`) with `--upstream` and prints the changes.
pub fn drift(args: &DriftArgs) -> anyhow::Result<ExitCode> {
    let docs = resolve_docs(args.docs.as_deref())?;
    let upstream = resolve_dir(&args.upstream, "upstream docs folder")?;
    let upstream_complete = args.upstream_complete == UpstreamComplete::Yes;
    let report = drift_trees(&docs, &upstream, upstream_complete)?;
    match args.format {
        Format::Json => {
            let items: Vec<_> = report.changes.iter().map(|c| c.to_json()).collect();
            println!("{}", serde_json::to_string_pretty(&items)?);
        }
        Format::Text => report.changes.iter().for_each(|c| println!("{c}")),
    }
    let breaking = report
        .changes
        .iter()
        .filter(|c| c.class == Class::Breaking)
        .count();
    eprintln!(
        "drift: {} changes ({breaking} breaking) between {} and {}; {} docs-src pages have no upstream counterpart and were not compared",
        report.changes.len(),
        docs.display(),
        upstream.display(),
        report.not_compared
    );
    let failed = match args.fail_on {
        FailOn::Breaking => report.has_breaking(),
        FailOn::Any => !report.changes.is_empty(),
    };
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_trees_are_errors_not_panics() {
        let lint_missing = LintArgs {
            docs: Some(PathBuf::from("/nonexistent/tree")),
            ..LintArgs::default()
        };
        assert!(lint(&lint_missing).is_err());
        let drift_missing = |docs: &str, upstream: &str| DriftArgs {
            upstream: PathBuf::from(upstream),
            docs: Some(PathBuf::from(docs)),
            format: Format::Text,
            fail_on: FailOn::Any,
            upstream_complete: UpstreamComplete::No,
        };
        assert!(drift(&drift_missing("/nonexistent/a", "/nonexistent/b")).is_err());
        let docs_src = lcw_docs::paths::docs_src().display().to_string();
        let error = drift(&drift_missing(&docs_src, "/nonexistent/b")).expect_err("missing");
        assert!(format!("{error:#}").contains("/nonexistent/b"), "{error:#}");
    }
}
