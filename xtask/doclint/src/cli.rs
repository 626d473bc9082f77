//! `cargo xtask lint` and `cargo xtask drift`.
//!
//! Exit status: 0 when clean, 1 when the lint has errors or warnings left (or drift hits the
//! `--fail-on` threshold), 2 when the command itself cannot run.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::drift::{Class, drift_trees};
use crate::finding::Severity;
use crate::lint::{LintOptions, lint_tree};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// The docs tree of this workspace.
pub fn default_docs() -> PathBuf {
    let local = PathBuf::from("docs-src");
    if local.join("api-reference").is_dir() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs-src")
}

struct Args {
    values: Vec<(String, String)>,
}

impl Args {
    fn parse(args: &[String], known: &[&str]) -> anyhow::Result<Self> {
        let mut values = Vec::new();
        let mut it = args.iter();
        while let Some(flag) = it.next() {
            let (name, inline) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (flag.as_str(), None),
            };
            if !known.contains(&name) {
                bail!(
                    "unknown option `{flag}` (expected one of {})",
                    known.join(", ")
                );
            }
            let value = match inline {
                Some(v) => v,
                None => it
                    .next()
                    .with_context(|| format!("`{name}` needs a value"))?
                    .clone(),
            };
            values.push((name.to_string(), value));
        }
        Ok(Args { values })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn format(&self) -> anyhow::Result<Format> {
        match self.get("--format").unwrap_or("text") {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            other => bail!("--format must be text or json, not `{other}`"),
        }
    }
}

/// Lints a docs tree: `lint [--docs DIR] [--format text|json] [--overrides FILE] [--suppressions FILE]`.
pub fn lint(args: &[String]) -> anyhow::Result<ExitCode> {
    let args = Args::parse(
        args,
        &["--docs", "--format", "--overrides", "--suppressions"],
    )?;
    let format = args.format()?;
    let docs = args.get("--docs").map_or_else(default_docs, PathBuf::from);
    let options = LintOptions {
        docs,
        overrides: args.get("--overrides").map(PathBuf::from),
        suppressions: args.get("--suppressions").map(PathBuf::from),
    };
    let report = lint_tree(&options)?;
    match format {
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

/// Compares docs-src with upstream:
/// `drift --upstream DIR [--docs DIR] [--format text|json] [--fail-on breaking|any]
/// [--upstream-complete yes|no]`.
pub fn drift(args: &[String]) -> anyhow::Result<ExitCode> {
    let args = Args::parse(
        args,
        &[
            "--upstream",
            "--docs",
            "--format",
            "--fail-on",
            "--upstream-complete",
        ],
    )?;
    let format = args.format()?;
    let upstream = PathBuf::from(
        args.get("--upstream")
            .context("drift needs --upstream DIR")?,
    );
    let docs = args.get("--docs").map_or_else(default_docs, PathBuf::from);
    let fail_on_breaking_only = match args.get("--fail-on").unwrap_or("any") {
        "any" => false,
        "breaking" => true,
        other => bail!("--fail-on must be breaking or any, not `{other}`"),
    };
    let upstream_complete = match args.get("--upstream-complete").unwrap_or("no") {
        "yes" => true,
        "no" => false,
        other => bail!("--upstream-complete must be yes or no, not `{other}`"),
    };
    let report = drift_trees(&docs, &upstream, upstream_complete)?;
    match format {
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
    let failed = if fail_on_breaking_only {
        report.has_breaking()
    } else {
        !report.changes.is_empty()
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

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_parse_both_ways_and_reject_unknown() {
        let a = Args::parse(
            &strings(&["--docs", "d", "--format=json"]),
            &["--docs", "--format"],
        )
        .expect("valid");
        assert_eq!(a.get("--docs"), Some("d"));
        assert_eq!(a.format().expect("json"), Format::Json);
        assert!(Args::parse(&strings(&["--nope", "x"]), &["--docs"]).is_err());
        assert!(Args::parse(&strings(&["--docs"]), &["--docs"]).is_err());
        let bad = Args::parse(&strings(&["--format", "xml"]), &["--format"]).expect("parses");
        assert!(bad.format().is_err());
    }

    #[test]
    fn missing_trees_are_errors_not_panics() {
        assert!(lint(&strings(&["--docs", "/nonexistent/tree"])).is_err());
        assert!(
            drift(&strings(&[
                "--docs",
                "/nonexistent/a",
                "--upstream",
                "/nonexistent/b"
            ]))
            .is_err()
        );
        assert!(drift(&strings(&[])).is_err());
    }
}
