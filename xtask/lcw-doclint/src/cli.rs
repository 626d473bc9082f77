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
use crate::schema::SchemaCheckOptions;
use crate::schema::verdicts::Verdict;

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

/// The options of `cargo xtask schema-check`.
#[derive(Debug, Clone, clap::Args)]
pub struct SchemaCheckArgs {
    /// The v1.0 service schema (CSDL), e.g. ../shared/graph-metadata/v1.0-cleanMetadata.xml.
    #[arg(long, value_name = "FILE")]
    pub metadata: PathBuf,
    /// Folder of the beta type-mappings JSON files (default: type-mappings/ beside FILE, if
    /// there).
    #[arg(long, value_name = "DIR")]
    pub type_mappings: Option<PathBuf>,
    /// Our docs root (default: docs-src of the workspace).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// The namespace compared.
    #[arg(long, value_name = "NS", default_value = crate::schema::DEFAULT_NAMESPACE)]
    pub namespace: String,
    /// The accepted differences (default: DIR/schema-differences.toml).
    #[arg(long, value_name = "FILE")]
    pub differences: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
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

/// Compares docs-src (or `--docs`) with the service schema; prints every difference (accepted
/// ones marked), the listed differences that no longer occur, and the verdict on each override.
pub fn schema_check(args: &SchemaCheckArgs) -> anyhow::Result<ExitCode> {
    let docs = resolve_docs(args.docs.as_deref())?;
    let metadata = std::path::absolute(&args.metadata)?;
    anyhow::ensure!(
        metadata.is_file(),
        "no service schema at {}",
        args.metadata.display()
    );
    let type_mappings = match &args.type_mappings {
        Some(dir) => Some(resolve_dir(dir, "type-mappings folder")?),
        None => crate::schema::mappings_beside(&metadata),
    };
    let options = SchemaCheckOptions {
        docs,
        metadata,
        type_mappings,
        namespace: args.namespace.clone(),
        differences: args.differences.clone(),
    };
    let report = crate::schema::schema_check(&options)?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report.to_json())?),
        Format::Text => {
            report.diagnostics.iter().for_each(|d| println!("{d}"));
            for f in &report.findings {
                match &f.accepted {
                    Some(_) => println!("{} (accepted)", f.change),
                    None => println!("{}", f.change),
                }
            }
            for s in &report.stale {
                println!(
                    "{}: listed but no longer found: {} {}: {}: {}",
                    crate::schema::accepted::FILE,
                    s.version,
                    s.subject,
                    s.change,
                    s.detail
                );
            }
            report.overrides.iter().for_each(|o| println!("{o}"));
        }
    }
    let accepted = report
        .findings
        .iter()
        .filter(|f| f.accepted.is_some())
        .count();
    let count = |v: Verdict| report.overrides.iter().filter(|o| o.verdict == v).count();
    eprintln!(
        "schema-check: {} differences in {} ({} accepted, {} not listed), {} listed ones gone; \
         overrides: {} confirmed, {} contradicted, {} not decidable",
        report.findings.len(),
        options.namespace,
        accepted,
        report.findings.len() - accepted,
        report.stale.len(),
        count(Verdict::Confirmed),
        count(Verdict::Contradicted),
        count(Verdict::NotDecidable)
    );
    Ok(if report.failed() {
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

    #[test]
    fn a_missing_schema_is_an_error_not_a_panic() {
        let args = SchemaCheckArgs {
            metadata: PathBuf::from("/nonexistent/v1.0-cleanMetadata.xml"),
            type_mappings: None,
            docs: None,
            namespace: crate::schema::DEFAULT_NAMESPACE.into(),
            differences: None,
            format: Format::Text,
        };
        let error = schema_check(&args).expect_err("missing");
        assert!(
            format!("{error:#}").contains("/nonexistent/v1.0-cleanMetadata.xml"),
            "{error:#}"
        );
    }
}
