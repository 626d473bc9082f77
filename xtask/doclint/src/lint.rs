//! `cargo xtask lint`: load a docs tree, run every check, let `overrides.toml` turn the findings
//! it explains into notes, drop what `lint-suppressions.toml` accepts.

use std::path::{Path, PathBuf};

use anyhow::Context;
use lcw_docs::diag::Span;
use lcw_docs::page::DocPage;
use lcw_docs::{LoadOptions, load};

use crate::blocks;
use crate::checks::{self, Ctx};
use crate::codes;
use crate::finding::{Finding, Severity};
use crate::index::Index;
use crate::overrides::{Overrides, version_of};
use crate::suppress::Suppressions;

/// The overrides file, relative to the docs root.
pub const OVERRIDES_FILE: &str = "overrides.toml";
/// The suppressions file, relative to the docs root.
pub const SUPPRESSIONS_FILE: &str = "lint-suppressions.toml";

/// Parser codes the lint drops because a lint check reports the same slip with a finer code:
/// annotation and JSON repairs (LCW27xx), base disagreements and self-inheritance (LCW250x),
/// path rewrites and unknown roots (LCW28xx).
pub const LINT_REPORTS_INSTEAD: &[&str] =
    &["LCW1010", "LCW1011", "LCW1012", "LCW1013", "LCW1033", "LCW1034", "LCW1041", "LCW1042"];

/// What to lint.
#[derive(Debug, Clone)]
pub struct LintOptions {
    /// The docs root (holding `api-reference/`).
    pub docs: PathBuf,
    /// Overrides; `None` reads `overrides.toml` at the docs root if present.
    pub overrides: Option<PathBuf>,
    /// Suppressions; `None` reads `lint-suppressions.toml` at the docs root if present.
    pub suppressions: Option<PathBuf>,
}

impl LintOptions {
    /// Lints `docs` with the overrides and suppressions kept beside it.
    pub fn new(docs: impl Into<PathBuf>) -> Self {
        LintOptions { docs: docs.into(), overrides: None, suppressions: None }
    }
}

/// The outcome of a lint run.
#[derive(Debug)]
pub struct LintReport {
    /// Findings, sorted by file and position.
    pub findings: Vec<Finding>,
    /// How many pages were read.
    pub pages: usize,
}

impl LintReport {
    /// Whether an error or warning is left (notes never fail).
    pub fn failed(&self) -> bool {
        self.findings.iter().any(|f| f.severity != Severity::Note)
    }
}

/// Runs every check over already-loaded pages: no overrides, no suppressions.
pub fn check_pages(pages: &[DocPage]) -> Vec<Finding> {
    let index = Index::new(pages);
    let json: Vec<_> = pages.iter().map(blocks::read_page).collect();
    let mut out = Vec::new();
    checks::run_all(&Ctx { index: &index, json: &json }, &mut out);
    out
}

/// Turns the findings an override explains into notes that quote its reason.
pub fn explain(findings: &mut [Finding], overrides: &Overrides) {
    for f in findings {
        let Some(subject) = &f.subject else { continue };
        if let Some(reason) = overrides.explains(subject, version_of(&f.file)) {
            f.severity = Severity::Note;
            f.message = format!("{} (corrected by overrides.toml: {})", f.message, reason.trim());
        }
    }
}

fn read_optional(path: &Path) -> anyhow::Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Lints a docs tree.
pub fn lint_tree(options: &LintOptions) -> anyhow::Result<LintReport> {
    let root = &options.docs;
    anyhow::ensure!(root.join("api-reference").is_dir(), "{} has no api-reference folder", root.display());
    let overrides_path = options.overrides.clone().unwrap_or_else(|| root.join(OVERRIDES_FILE));
    let docs = load(root, &LoadOptions { namespace: None, overrides: options.overrides.clone() });
    let mut findings: Vec<Finding> = docs
        .diagnostics
        .iter()
        .filter(|d| !LINT_REPORTS_INSTEAD.contains(&d.code))
        .map(Finding::from_diagnostic)
        .collect();
    findings.extend(check_pages(&docs.pages));

    if let Some(text) = read_optional(&overrides_path)? {
        match Overrides::parse(&text) {
            Ok(overrides) => explain(&mut findings, &overrides),
            Err(e) => findings.push(Finding::new(
                OVERRIDES_FILE,
                Span::new(1, 1),
                codes::OVERRIDES_INVALID,
                format!("cannot read overrides: {}", e.message()),
            )),
        }
    }
    let suppressions_path = options.suppressions.clone().unwrap_or_else(|| root.join(SUPPRESSIONS_FILE));
    if let Some(text) = read_optional(&suppressions_path)? {
        findings = Suppressions::parse(SUPPRESSIONS_FILE, &text).apply(findings);
    }
    findings.sort();
    findings.dedup();
    Ok(LintReport { findings, pages: docs.pages.len() })
}
