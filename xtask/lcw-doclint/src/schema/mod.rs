//! `cargo xtask schema-check`: docs-src against the service's own schema. The v1.0 schema
//! (CSDL, read by `lcw-csdl`) is compared fact by fact with the drift report's change kinds;
//! beta, where the service publishes only names, at the level of names; and every override is
//! judged by the schema. Differences must be listed in `schema-differences.toml` with a reason,
//! and every listed one must still occur.

pub mod accepted;
pub mod beta;
pub mod compare;
pub mod verdicts;

use std::path::{Path, PathBuf};

use anyhow::Context;
use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::load_with;
use lcw_docs::model::ApiVersion;
use lcw_docs::overrides::Overrides;

use crate::drift::Change;
use accepted::Accepted;
use beta::BetaNames;
use verdicts::Judged;

/// The namespace checked unless told otherwise: the lifecycle workflows API.
pub const DEFAULT_NAMESPACE: &str = "microsoft.graph.identityGovernance";

/// What to compare.
#[derive(Debug, Clone)]
pub struct SchemaCheckOptions {
    /// Docs root (docs-src), holding `overrides.toml` and `schema-differences.toml`.
    pub docs: PathBuf,
    /// The v1.0 CSDL document.
    pub metadata: PathBuf,
    /// Folder of the type-mappings JSON files (beta names); `None` skips beta.
    pub type_mappings: Option<PathBuf>,
    /// The namespace compared.
    pub namespace: String,
    /// The accepted differences (default: `docs/schema-differences.toml`).
    pub differences: Option<PathBuf>,
}

/// One difference and, when listed, why it is accepted.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The difference.
    pub change: Change,
    /// The reason of its `schema-differences.toml` entry.
    pub accepted: Option<String>,
}

/// What the check found.
#[derive(Debug)]
pub struct SchemaReport {
    /// Every difference, sorted, accepted or not.
    pub findings: Vec<Finding>,
    /// Listed differences that no longer occur.
    pub stale: Vec<Accepted>,
    /// Every override entry with the schema's verdict.
    pub overrides: Vec<Judged>,
    /// What the schema reader reported (an error means the comparison is incomplete).
    pub diagnostics: Vec<Diagnostic>,
    /// Types and enums of the namespace in the v1.0 schema.
    pub schema_definitions: usize,
}

impl SchemaReport {
    /// Differences not listed as accepted.
    pub fn unlisted(&self) -> impl Iterator<Item = &Change> {
        self.findings
            .iter()
            .filter(|f| f.accepted.is_none())
            .map(|f| &f.change)
    }

    /// Whether the check fails: an unlisted difference, a stale entry, or an unreadable schema.
    pub fn failed(&self) -> bool {
        self.unlisted().next().is_some()
            || !self.stale.is_empty()
            || self
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
    }
}

/// Reads everything and compares. Errors are what stops the check from running (a missing
/// file, a malformed accepted list); a malformed schema is reported in `diagnostics`.
pub fn schema_check(options: &SchemaCheckOptions) -> anyhow::Result<SchemaReport> {
    let xml = std::fs::read_to_string(&options.metadata).with_context(|| {
        format!(
            "cannot read the service schema {}",
            options.metadata.display()
        )
    })?;
    let shown = options
        .metadata
        .file_name()
        .map_or_else(|| options.metadata.clone(), PathBuf::from);
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(&xml, &shown, &mut diags);
    let beta = options
        .type_mappings
        .as_deref()
        .map(|dir| BetaNames::read(dir, &options.namespace))
        .transpose()?;
    let overrides = Overrides::read(
        &options.docs.join(crate::lint::OVERRIDES_FILE),
        crate::lint::OVERRIDES_FILE.into(),
        &mut Diagnostics::default(),
    );
    let docs = load_with(&options.docs, Some(overrides.clone()), None);
    let differences = options
        .differences
        .clone()
        .unwrap_or_else(|| options.docs.join(accepted::FILE));
    let listed = accepted::read(&differences)?;
    let mut changes = Vec::new();
    if let Some(v1) = docs.model.versions.get(&ApiVersion::V1) {
        changes.extend(compare::compare_v1(v1, &schema, &options.namespace));
    }
    if let (Some(names), Some(b)) = (&beta, docs.model.versions.get(&ApiVersion::Beta)) {
        changes.extend(beta::compare_beta(b, names, &options.namespace));
    }
    Ok(report(
        changes,
        &listed,
        verdicts::judge(&overrides, &schema, beta.as_ref()),
        diags,
        &schema,
        &options.namespace,
    ))
}

fn report(
    changes: Vec<Change>,
    listed: &[Accepted],
    overrides: Vec<Judged>,
    diags: Diagnostics,
    schema: &lcw_csdl::Schema,
    namespace: &str,
) -> SchemaReport {
    let findings = changes
        .into_iter()
        .map(|change| Finding {
            accepted: listed
                .iter()
                .find(|a| a.matches(&change))
                .map(|a| a.reason.clone()),
            change,
        })
        .collect::<Vec<_>>();
    let stale = listed
        .iter()
        .filter(|a| !findings.iter().any(|f| a.matches(&f.change)))
        .cloned()
        .collect();
    let in_namespace = |q: &lcw_docs::model::QualifiedName| q.namespace == namespace;
    SchemaReport {
        findings,
        stale,
        overrides,
        diagnostics: diags.into_sorted(),
        schema_definitions: schema
            .model
            .types
            .keys()
            .filter(|q| in_namespace(q))
            .count()
            + schema
                .model
                .enums
                .keys()
                .filter(|q| in_namespace(q))
                .count(),
    }
}

/// The type-mappings folder beside a metadata file, when it has one.
pub fn mappings_beside(metadata: &Path) -> Option<PathBuf> {
    let dir = metadata.parent()?.join("type-mappings");
    dir.join(beta::FILES[0]).is_file().then_some(dir)
}

impl SchemaReport {
    /// `{"changes": [...], "stale": [...], "overrides": [...], "diagnostics": [...]}`; each change
    /// has the drift report's keys plus `version`, `code` and `accepted` (the reason, or null).
    pub fn to_json(&self) -> serde_json::Value {
        let changes: Vec<_> = self
            .findings
            .iter()
            .map(|f| {
                let mut v = f.change.to_json();
                v["version"] = f.change.version.clone().into();
                v["code"] = f.change.code.into();
                v["accepted"] = f.accepted.clone().into();
                v
            })
            .collect();
        let stale: Vec<_> = self
            .stale
            .iter()
            .map(|s| {
                serde_json::json!({
                    "version": s.version, "type": s.subject, "change": s.change, "detail": s.detail,
                })
            })
            .collect();
        let diagnostics: Vec<_> = self.diagnostics.iter().map(ToString::to_string).collect();
        serde_json::json!({
            "changes": changes,
            "stale": stale,
            "overrides": self.overrides,
            "diagnostics": diagnostics,
        })
    }
}

#[cfg(test)]
mod tests;
