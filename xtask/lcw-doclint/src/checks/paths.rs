//! Request paths that the model has to normalise: trailing slashes, `{{x}}` placeholders,
//! segments in an unusual case, singular collection segments, and paths that start midway.

use std::collections::{HashMap, HashSet};

use lcw_docs::build::operations::operation_id;
use lcw_docs::page::DocPage;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};

/// How the request lines of a tree spell their path segments. Stage 2 keeps only each path's
/// canonical form, so these counts of what the pages write are the path checks' own: the usual
/// spelling of a segment is the one most pages use.
#[derive(Debug, Default)]
pub struct Spellings {
    /// Literal request path segments: lower-case spelling to (spelling, count).
    by_lower: HashMap<String, Vec<(String, usize)>>,
    /// Lower-case segments seen right before a `{key}` segment.
    keyed: HashSet<String>,
    /// Lower-case first segments of request paths, with the pages (by file name, so a beta page
    /// and its v1.0 twin count once) whose paths start there.
    first: HashMap<String, HashSet<String>>,
    /// Lower-case segments seen anywhere but first.
    inner: HashSet<String>,
}

impl Spellings {
    /// Counts the segments of every request line of `pages`.
    pub fn new(pages: &[DocPage]) -> Self {
        let mut spellings = Spellings::default();
        for page in pages {
            spellings.record(page);
        }
        spellings
    }

    fn record(&mut self, page: &DocPage) {
        for request in &page.http_requests {
            let segments = path_segments(&request.path);
            for (pos, segment) in segments.iter().enumerate() {
                let Some(segment) = segment else { continue };
                let lower = segment.to_ascii_lowercase();
                if pos == 0 {
                    let page_name = page
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned());
                    self.first
                        .entry(lower.clone())
                        .or_default()
                        .extend(page_name);
                } else {
                    self.inner.insert(lower.clone());
                }
                if matches!(segments.get(pos + 1), Some(None)) {
                    self.keyed.insert(lower.clone());
                }
                let spellings = self.by_lower.entry(lower).or_default();
                match spellings.iter_mut().find(|(s, _)| s == segment) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((segment.to_string(), 1)),
                }
            }
        }
    }

    /// The usual spelling of a segment: the most frequent one in the tree, ties going to the
    /// one with capitals (Graph paths are camelCase).
    pub fn usual(&self, segment: &str) -> Option<&str> {
        let spellings = self.by_lower.get(&segment.to_ascii_lowercase())?;
        spellings
            .iter()
            .max_by_key(|(s, n)| (*n, s.chars().filter(char::is_ascii_uppercase).count()))
            .map(|(s, _)| s.as_str())
    }
}

/// Literal segments of a request path: no query, no function arguments, no `{key}` segments
/// (those come back as `None`).
pub fn path_segments(path: &str) -> Vec<Option<&str>> {
    let path = path.split('?').next().unwrap_or(path);
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let s = s.split('(').next().unwrap_or(s);
            (!s.starts_with('{') && !s.is_empty()).then_some(s)
        })
        .collect()
}

/// Runs the path checks on the HTTP request lines of a page. Every finding is about the page's
/// request path, which an `[[operation]]` override with `path` corrects.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    let about = Subject::RequestPath {
        id: operation_id(p.page),
    };
    for request in &p.page.http_requests {
        let path = request
            .path
            .split('?')
            .next()
            .unwrap_or(&request.path)
            .trim();
        let mut report = |code, message: String| {
            out.push(Finding::new(&p.file, request.span, code, message).about(about.clone()))
        };
        if path.len() > 1 && path.ends_with('/') {
            report(
                codes::PATH_TRAILING_SLASH,
                format!("`{path}` ends with `/`"),
            );
        }
        if path.contains("{{") {
            report(
                codes::PATH_DOUBLE_BRACES,
                format!("`{path}` has a `{{{{...}}}}` placeholder"),
            );
        }
        let segments = path_segments(path);
        for (pos, segment) in segments.iter().enumerate() {
            let Some(segment) = segment else { continue };
            if let Some(usual) = ctx.tree.spellings.usual(segment).filter(|u| u != segment) {
                report(
                    codes::PATH_SEGMENT_CASE,
                    format!("segment `{segment}` is usually spelled `{usual}`"),
                );
            }
            let lower = segment.to_ascii_lowercase();
            let plural = format!("{lower}s");
            if matches!(segments.get(pos + 1), Some(None))
                && !lower.ends_with('s')
                && ctx.tree.spellings.keyed.contains(&plural)
            {
                report(
                    codes::PATH_SINGULAR_SEGMENT,
                    format!(
                        "segment `{segment}` is followed by a key, where other paths use `{segment}s`"
                    ),
                );
            }
        }
        if let Some(Some(first)) = segments.first() {
            let lower = first.to_ascii_lowercase();
            // A root no other page starts from, seen elsewhere only inside longer paths.
            let lone_root = ctx
                .tree
                .spellings
                .first
                .get(&lower)
                .is_some_and(|pages| pages.len() == 1);
            if lone_root && ctx.tree.spellings.inner.contains(&lower) {
                report(
                    codes::PATH_UNROOTED,
                    format!(
                        "`{path}` starts at `{first}`, which other paths reach only inside a longer path"
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::path_segments;
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn paths_needing_normalisation() {
        let a = api("a")
            .request(
                "GET",
                "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/",
                10,
            )
            .request(
                "GET",
                "/identityGovernance/lifecycleWorkflows/workflows/{{workflow_id}}/runs/{runId}",
                11,
            )
            .build();
        let b = api("b")
            .request(
                "GET",
                "/identitygovernance/lifecycleWorkflows/workflows/{workflowId}",
                10,
            )
            .request(
                "GET",
                "/identityGovernance/lifecycleWorkflows/workflow/{workflowId}/tasks",
                11,
            )
            .request("GET", "/workflow/userProcessingResults", 12)
            .build();
        let found = lint_pages(vec![a, b]);
        assert_has(&found, codes::PATH_TRAILING_SLASH, 10, "runs/");
        assert_has(&found, codes::PATH_DOUBLE_BRACES, 11, "workflow_id");
        assert_has(&found, codes::PATH_SEGMENT_CASE, 10, "`identityGovernance`");
        assert_has(&found, codes::PATH_SINGULAR_SEGMENT, 11, "`workflow`");
        assert_has(&found, codes::PATH_UNROOTED, 12, "`workflow`");
        assert_eq!(count(&found, codes::PATH_UNROOTED), 1, "{found:#?}");
        assert_eq!(count(&found, codes::PATH_SEGMENT_CASE), 1, "{found:#?}");
        // Each is about the page's request path, which a path override corrects.
        let path_of = |f: &crate::finding::Finding| match &f.subject {
            Some(crate::finding::Subject::RequestPath { id }) => Some(id.clone()),
            _ => None,
        };
        let ids: std::collections::BTreeSet<_> = found
            .iter()
            .filter(|f| f.code.starts_with("LCW28"))
            .map(path_of)
            .collect();
        assert_eq!(
            ids,
            [Some("a".to_string()), Some("b".to_string())].into(),
            "{found:#?}"
        );
    }

    #[test]
    fn segments_drop_keys_and_arguments() {
        let segs = path_segments(
            "/identityGovernance/workflows/{id}/runs/summary(startDateTime={t})?$top=1",
        );
        assert_eq!(
            segs,
            vec![
                Some("identityGovernance"),
                Some("workflows"),
                None,
                Some("runs"),
                Some("summary")
            ]
        );
    }
}
