//! Request paths to their canonical template form.

use std::collections::HashMap;

use crate::parse::strip_host_and_version;

/// A normalised request path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalisedPath {
    /// `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}`.
    pub path: String,
    /// Parameters in order of appearance.
    pub params: Vec<String>,
    /// What was rewritten beyond routine clean-up, for a diagnostic.
    pub rewrites: Vec<String>,
    /// The path does not start at a named segment (it is empty, or starts at a key, a function
    /// call or something that is no name): no Graph root looks like that.
    pub unknown_root: bool,
}

/// Segments whose spelling is fixed whatever the page writes.
pub const KNOWN_SEGMENTS: &[&str] = &[
    "identityGovernance",
    "lifecycleWorkflows",
    "workflows",
    "deletedItems",
    "runs",
    "taskProcessingResults",
    "userProcessingResults",
    "taskReports",
    "versions",
    "tasks",
    "taskDefinitions",
    "customTaskExtensions",
    "workflowTemplates",
    "settings",
    "insights",
    "executionScope",
    "activate",
    "createNewVersion",
    "restore",
    "resume",
    "summary",
];

/// Roots of the lifecycle workflows paths, in their canonical spelling. Any named segment may
/// start a path (Graph has hundreds of roots: `/deviceManagement`, `/teams`, `/sites`...); these
/// only fix the spelling of the ones the docs-src pages use.
const ROOTS: &[&str] = &[
    "identityGovernance",
    "users",
    "groups",
    "me",
    "applications",
    "servicePrincipals",
    "directory",
    "policies",
    "reports",
    "admin",
    "organization",
    "identity",
    "security",
];

/// Canonical spellings, keyed by lower case.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    by_lower: HashMap<String, String>,
}

impl Segments {
    /// The fixed list plus `extra` (property names of the model); the first spelling wins.
    pub fn new<'a>(extra: impl IntoIterator<Item = &'a str>) -> Self {
        let mut by_lower = HashMap::new();
        for name in KNOWN_SEGMENTS
            .iter()
            .copied()
            .chain(ROOTS.iter().copied())
            .chain(extra)
        {
            by_lower
                .entry(name.to_ascii_lowercase())
                .or_insert_with(|| name.to_string());
        }
        Segments { by_lower }
    }

    fn canonical(&self, segment: &str) -> Option<&str> {
        self.by_lower
            .get(&segment.to_ascii_lowercase())
            .map(String::as_str)
    }
}

/// Normalises `raw`: host, version, query and trailing slash dropped, `{{x}}` -> `{x}`, parameter
/// names in lower camel case, function parameters named after themselves, known segments in
/// their canonical spelling, a singular collection segment before a key made plural, and
/// concrete `sample_keys` replaced by parameters.
pub fn normalise(raw: &str, sample_keys: &[String], segments: &Segments) -> NormalisedPath {
    let mut out = NormalisedPath::default();
    let path = strip_host_and_version(raw.trim());
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = if path.contains("{{") {
        out.rewrites.push("`{{x}}` written as `{x}`".to_string());
        path.replace("{{", "{").replace("}}", "}")
    } else {
        path.to_string()
    };
    let raw_segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut result: Vec<String> = Vec::with_capacity(raw_segments.len());
    for (i, segment) in raw_segments.iter().enumerate() {
        let next_is_key = raw_segments
            .get(i + 1)
            .is_some_and(|n| n.starts_with('{') || sample_keys.iter().any(|k| k == n));
        let normalised =
            if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                let param = camel(name);
                if param != name {
                    out.rewrites
                        .push(format!("parameter `{{{name}}}` renamed `{{{param}}}`"));
                }
                out.params.push(param.clone());
                format!("{{{param}}}")
            } else if sample_keys.iter().any(|k| k == segment) {
                let prev = result.last().map(String::as_str).unwrap_or("item");
                let param = format!("{}Id", prev.strip_suffix('s').unwrap_or(prev));
                out.rewrites
                    .push(format!("sample key `{segment}` replaced by `{{{param}}}`"));
                out.params.push(param.clone());
                format!("{{{param}}}")
            } else if let Some((name, args)) = segment.split_once('(') {
                function_segment(name, args, segments, &mut out)
            } else {
                plain_segment(segment, next_is_key, segments, &mut out)
            };
        result.push(normalised);
    }
    out.unknown_root = result.first().is_none_or(|first| !is_root_name(first));
    out.path = format!("/{}", result.join("/"));
    out
}

/// Whether a first segment can be a Graph root: a name (`deviceManagement`, `$batch`), not a
/// key, a function call or punctuation.
fn is_root_name(segment: &str) -> bool {
    let name = segment.strip_prefix('$').unwrap_or(segment);
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn plain_segment(
    segment: &str,
    next_is_key: bool,
    segments: &Segments,
    out: &mut NormalisedPath,
) -> String {
    // Only a collection is followed by a key, so a singular name there is a slip.
    let plural = next_is_key && !segment.ends_with('s');
    if plural && let Some(canonical) = segments.canonical(&format!("{segment}s")) {
        out.rewrites.push(format!(
            "singular segment `{segment}` before a key made `{canonical}`"
        ));
        return canonical.to_string();
    }
    if let Some(canonical) = segments.canonical(segment) {
        if canonical != segment {
            out.rewrites
                .push(format!("segment `{segment}` spelled `{canonical}`"));
        }
        return canonical.to_string();
    }
    segment.to_string()
}

/// `summary(startDateTime={timestamp},endDateTime={timestamp})` ->
/// `summary(startDateTime={startDateTime},endDateTime={endDateTime})`.
fn function_segment(
    name: &str,
    args: &str,
    segments: &Segments,
    out: &mut NormalisedPath,
) -> String {
    let name = match segments.canonical(name) {
        Some(c) => c.to_string(),
        None => name.to_string(),
    };
    let args = args.trim_end_matches(')');
    let mut parts = Vec::new();
    for arg in args.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        match arg.split_once('=') {
            Some((key, _)) => {
                let key = key.trim();
                out.params.push(key.to_string());
                parts.push(format!("{key}={{{key}}}"));
            }
            None => parts.push(arg.to_string()),
        }
    }
    format!("{name}({})", parts.join(","))
}

/// `workflow_id` -> `workflowId`, `TimeStamp` -> `timeStamp`.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper_next = false;
    for (i, c) in name.trim().chars().enumerate() {
        if matches!(c, '_' | '-' | ' ') {
            upper_next = true;
        } else if i == 0 {
            out.extend(c.to_lowercase());
        } else if upper_next {
            out.extend(c.to_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(raw: &str, keys: &[&str]) -> NormalisedPath {
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        normalise(
            raw,
            &keys,
            &Segments::new(["userProcessingResults", "workflow"]),
        )
    }

    #[test]
    fn routine_clean_up() {
        let n = norm(
            "/identitygovernance/lifecycleWorkflows/workflows/{{workflow_id}}/runs/",
            &[],
        );
        assert_eq!(
            n.path,
            "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs"
        );
        assert_eq!(n.params, vec!["workflowId"]);
        assert_eq!(n.rewrites.len(), 3);
        assert!(!n.unknown_root);
    }

    #[test]
    fn functions_samples_and_singulars() {
        let n = norm(
            "/identityGovernance/lifecycleWorkflows/workflows/{id}/runs/summary(startDateTime={TimeStamp},endDateTime={TimeStamp})",
            &[],
        );
        assert_eq!(
            n.path,
            "/identityGovernance/lifecycleWorkflows/workflows/{id}/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})"
        );
        assert_eq!(n.params, vec!["id", "startDateTime", "endDateTime"]);
        let n = norm(
            "/identityGovernance/lifecycleWorkflows/workflow/{workflowId}/tasks",
            &[],
        );
        assert_eq!(
            n.path,
            "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/tasks"
        );
        let n = norm(
            "https://graph.microsoft.com/beta/identityGovernance/lifecycleWorkflows/workflows/abc/versions/2?$x=1",
            &["abc", "2"],
        );
        assert_eq!(
            n.path,
            "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/versions/{versionId}"
        );
        // Any named segment may be a root; a key, a function call or nothing may not.
        for root in [
            "/deviceManagement/x",
            "/teams/{id}",
            "/sites/root",
            "/$batch",
            "/me",
        ] {
            assert!(!norm(root, &[]).unknown_root, "{root}");
        }
        for malformed in ["/{id}/runs", "/getThing(a=1)", "/", "/-x"] {
            assert!(norm(malformed, &[]).unknown_root, "{malformed}");
        }
        let spaced = norm("/a/versions/{version number}/tasks", &[]);
        assert_eq!(spaced.path, "/a/versions/{versionNumber}/tasks");
        assert_eq!(spaced.params, ["versionNumber"]);
        assert_eq!(norm("", &[]).path, "/");
    }
}
