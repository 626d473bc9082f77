//! `docs-src/schema-differences.toml`: the differences between docs-src and the service schema
//! that are accepted, each with its reason. The check is two-sided: a difference not listed
//! fails it, and so does a listed one that no longer occurs.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use crate::drift::Change;

/// The file name, beside `overrides.toml`.
pub const FILE: &str = "schema-differences.toml";

/// One accepted difference, matched on version, subject, change name and detail.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    /// `beta` or `v1.0`.
    pub version: String,
    /// The `type` of the finding: qualified type or enum, or `VERB /path`.
    #[serde(rename = "type")]
    pub subject: String,
    /// The change name, e.g. `property-added`.
    pub change: String,
    /// The finding's detail, exactly.
    pub detail: String,
    /// Why the difference stays (required, not empty).
    pub reason: String,
}

impl Accepted {
    /// Whether this entry accepts `change`.
    pub fn matches(&self, change: &Change) -> bool {
        self.version == change.version
            && self.subject == change.subject
            && self.change == change.kind
            && self.detail == change.detail
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    difference: Vec<Accepted>,
}

/// Reads the list; a missing file is an empty list, a malformed one (or an entry without a
/// reason) an error naming the file and position.
pub fn read(path: &Path) -> anyhow::Result<Vec<Accepted>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    parse(&text)
        .with_context(|| format!("{} is not a list of accepted differences", path.display()))
}

/// Parses the text of the list.
pub fn parse(text: &str) -> anyhow::Result<Vec<Accepted>> {
    let raw: RawFile = toml::from_str(text)?;
    if let Some(bare) = raw.difference.iter().find(|d| d.reason.trim().is_empty()) {
        anyhow::bail!(
            "{} {} {}: the reason is empty",
            bare.subject,
            bare.change,
            bare.detail
        );
    }
    Ok(raw.difference)
}
