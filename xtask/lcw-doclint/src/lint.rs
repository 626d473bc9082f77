//! `cargo xtask lint`: load a docs tree, run every check, let `overrides.toml` (as `lcw-docs`
//! read it) turn the findings it explains into notes, drop what `lint-suppressions.toml` accepts.

use std::path::{Path, PathBuf};

use anyhow::Context;
use lcw_docs::diag::Span;
use lcw_docs::overrides::Overrides;
use lcw_docs::page::DocPage;
use lcw_docs::{LoadOptions, codes as parser, load_beside};

use crate::blocks;
use crate::checks::{self, Ctx};
use crate::codes;
use crate::finding::{Finding, Severity, Subject, TypeFact};
use crate::suppress::Suppressions;
use crate::tree::Tree;

/// The overrides file, relative to the docs root.
pub const OVERRIDES_FILE: &str = "overrides.toml";
/// The suppressions file, relative to the docs root.
pub const SUPPRESSIONS_FILE: &str = "lint-suppressions.toml";

/// Parser codes the lint drops because a lint check reports the same slip with a finer code:
/// annotation and JSON repairs (LCW27xx), base disagreements and self-inheritance (LCW250x),
/// path rewrites and unknown roots (LCW28xx).
pub const LINT_REPORTS_INSTEAD: &[&str] = &[
    parser::ANNOTATION_REPAIRED,
    parser::ANNOTATION_INVALID,
    parser::JSON_BLOCK_INVALID,
    parser::JSON_BLOCK_REPAIRED,
    parser::BASE_TYPE_DISAGREES,
    parser::INHERITANCE_CYCLE,
    parser::PATH_NORMALISED,
    parser::PATH_UNKNOWN_ROOT,
];

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
        LintOptions {
            docs: docs.into(),
            overrides: None,
            suppressions: None,
        }
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
    check_pages_with(pages, None)
}

/// Runs every check over already-loaded pages, following the corrections of `overrides` where a
/// check looks at corrected input; no finding is explained yet (see [`explain`]).
pub fn check_pages_with(pages: &[DocPage], overrides: Option<&Overrides>) -> Vec<Finding> {
    check_tree(&Tree::new(pages), overrides)
}

/// [`check_pages_with`] over a tree already built. Pages are read and checked on every core;
/// findings come back in page order.
fn check_tree(tree: &Tree<'_>, overrides: Option<&Overrides>) -> Vec<Finding> {
    let json = lcw_docs::par::map(tree.pages, blocks::read_page);
    let ctx = Ctx {
        tree,
        json: &json,
        overrides,
    };
    let indices: Vec<usize> = (0..tree.pages.len()).collect();
    let per_page = lcw_docs::par::map(&indices, |&i| {
        let mut out = Vec::new();
        checks::check_page(&ctx, i, &mut out);
        out
    });
    per_page.into_iter().flatten().collect()
}

/// The reason of the `overrides.toml` entry that corrects `subject` on a page of `file`'s
/// version, if one does.
pub fn explaining<'o>(overrides: &'o Overrides, subject: &Subject, file: &str) -> Option<&'o str> {
    let version = lcw_docs::parse::version_of(Path::new(file));
    match subject {
        Subject::Property { ty, name } => overrides.property_reason(version, ty, name),
        Subject::ExampleMember {
            operation,
            example,
            ty,
            name,
        } => overrides
            .unwrap_reason(version, operation, example, name)
            .or_else(|| overrides.property_reason(version, ty, name)),
        Subject::TypeFact {
            ty,
            fact: TypeFact::Base,
        } => overrides.base_reason(version, ty),
        Subject::TypeFact {
            ty,
            fact: TypeFact::Key,
        } => overrides.key_reason(version, ty),
        Subject::EnumMember { enum_name, member } => {
            overrides.member_reason(version, enum_name, member)
        }
        Subject::Operation { id } => overrides.result_reason(version, id),
        Subject::RequestPath { id } => overrides.path_reason(version, id),
        Subject::QueryOption { id, option } => overrides.query_option_reason(version, id, option),
        Subject::QuerySupport { ty, name } => overrides.query_support_reason(version, ty, name),
        Subject::PropertyType { ty, name } => overrides.property_type_reason(version, ty, name),
    }
}

/// Turns the findings an override explains into notes that quote its reason.
pub fn explain(findings: &mut [Finding], overrides: &Overrides) {
    for f in findings {
        let Some(subject) = &f.subject else { continue };
        if let Some(reason) = explaining(overrides, subject, &f.file) {
            f.severity = Severity::Note;
            f.message = format!(
                "{} (corrected by overrides.toml: {})",
                f.message,
                reason.trim()
            );
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
    anyhow::ensure!(
        root.join("api-reference").is_dir(),
        "{} has no api-reference folder",
        root.display()
    );
    // The checks read the pages as modelled without overrides. With overrides that model is
    // built while loading builds the one with them; without, loading's model is that model.
    let (mut docs, bare) = load_beside(
        root,
        &LoadOptions {
            namespace: None,
            overrides: options.overrides.clone(),
        },
        |pages, overrides| overrides.is_some().then(|| Tree::model_of(pages)),
    );
    let bare = bare.unwrap_or_else(|| std::mem::take(&mut docs.model));
    let mut findings: Vec<Finding> = docs
        .diagnostics
        .iter()
        .filter(|d| !LINT_REPORTS_INSTEAD.contains(&d.code))
        .map(Finding::from_diagnostic)
        .collect();
    let tree = Tree::with_model(&docs.pages, bare);
    findings.extend(check_tree(&tree, docs.overrides.as_ref()));
    let bare = tree.model;

    if let Some(overrides) = &docs.overrides {
        match &overrides.unreadable {
            None => explain(&mut findings, overrides),
            Some(why) => findings.push(Finding::new(
                OVERRIDES_FILE,
                Span::new(1, 1),
                codes::OVERRIDES_INVALID,
                format!("cannot read overrides: {why}"),
            )),
        }
    }
    let suppressions_path = options
        .suppressions
        .clone()
        .unwrap_or_else(|| root.join(SUPPRESSIONS_FILE));
    if let Some(text) = read_optional(&suppressions_path)? {
        findings = Suppressions::parse(SUPPRESSIONS_FILE, &text).apply(findings);
    }
    // Equal findings are identical in every field, so an unstable sort gives the same order.
    findings.sort_unstable();
    findings.dedup();
    let pages = docs.pages.len();
    // Both models are large: freed side by side rather than one after the other.
    lcw_docs::par::join(move || drop(bare), move || drop(docs));
    Ok(LintReport { findings, pages })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lcw_docs::diag::Diagnostics;

    #[test]
    fn explained_findings_become_notes_quoting_the_reason() {
        let text = "[[type]]\ntype = \"a.b\"\nkey = \"\"\nversions = [\"v1.0\"]\nreason = \"no key\"\n\n\
                    [[operation]]\nid = \"b-list\"\npath = \"/b\"\nreason = \"moved\"\n";
        let overrides = Overrides::parse(
            text,
            PathBuf::from(OVERRIDES_FILE),
            &mut Diagnostics::default(),
        );
        let key = |file: &str| {
            Finding::new(file, Span::new(3, 1), codes::KEY_PROPERTY_UNKNOWN, "x").about(
                Subject::TypeFact {
                    ty: "a.b".into(),
                    fact: TypeFact::Key,
                },
            )
        };
        let base = Finding::new(
            "api-reference/v1.0/resources/b.md",
            Span::new(4, 1),
            codes::BASE_DISAGREES,
            "y",
        )
        .about(Subject::TypeFact {
            ty: "a.b".into(),
            fact: TypeFact::Base,
        });
        let path = |id: &str| {
            Finding::new(
                "api-reference/beta/api/b-list.md",
                Span::new(9, 1),
                codes::PATH_TRAILING_SLASH,
                "z",
            )
            .about(Subject::RequestPath { id: id.into() })
        };
        let result = Finding::new(
            "api-reference/beta/api/b-list.md",
            Span::new(9, 1),
            codes::EXAMPLE_COLLECTION,
            "w",
        )
        .about(Subject::Operation {
            id: "b-list".into(),
        });
        let mut findings = vec![
            key("api-reference/v1.0/resources/b.md"),
            key("api-reference/beta/resources/b.md"),
            base,
            path("b-list"),
            path("c-list"),
            result,
        ];
        explain(&mut findings, &overrides);
        let severities: Vec<Severity> = findings.iter().map(|f| f.severity).collect();
        let (note, warning) = (Severity::Note, Severity::Warning);
        assert_eq!(severities, [note, warning, warning, note, warning, warning]);
        assert_eq!(
            findings[0].message,
            "x (corrected by overrides.toml: no key)"
        );
    }
}
