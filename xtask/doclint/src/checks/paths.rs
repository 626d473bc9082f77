//! Request paths that the model has to normalise: trailing slashes, `{{x}}` placeholders,
//! segments in an unusual case, singular collection segments, and paths that start midway.

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::Finding;
use crate::index::{Index, path_segments};

/// The usual spelling of a segment: the most frequent one in the tree, ties going to the one
/// with capitals (Graph paths are camelCase).
pub fn usual_spelling<'i>(index: &'i Index<'_>, segment: &str) -> Option<&'i str> {
    let spellings = index.segment_spellings.get(&segment.to_ascii_lowercase())?;
    spellings
        .iter()
        .max_by_key(|(s, n)| (*n, s.chars().filter(char::is_ascii_uppercase).count()))
        .map(|(s, _)| s.as_str())
}

/// Runs the path checks on the HTTP request lines of a page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    for request in &p.page.http_requests {
        let path = request.path.split('?').next().unwrap_or(&request.path).trim();
        let at = request.span;
        if path.len() > 1 && path.ends_with('/') {
            out.push(Finding::new(&p.file, at, codes::PATH_TRAILING_SLASH, format!("`{path}` ends with `/`")));
        }
        if path.contains("{{") {
            out.push(Finding::new(&p.file, at, codes::PATH_DOUBLE_BRACES, format!("`{path}` has a `{{{{...}}}}` placeholder")));
        }
        let segments = path_segments(path);
        for (pos, segment) in segments.iter().enumerate() {
            let Some(segment) = segment else { continue };
            if let Some(usual) = usual_spelling(ctx.index, segment).filter(|u| u != segment) {
                out.push(Finding::new(&p.file, at, codes::PATH_SEGMENT_CASE, format!("segment `{segment}` is usually spelled `{usual}`")));
            }
            let lower = segment.to_ascii_lowercase();
            let plural = format!("{lower}s");
            if matches!(segments.get(pos + 1), Some(None)) && !lower.ends_with('s') && ctx.index.keyed_segments.contains(&plural) {
                out.push(Finding::new(
                    &p.file,
                    at,
                    codes::PATH_SINGULAR_SEGMENT,
                    format!("segment `{segment}` is followed by a key, where other paths use `{segment}s`"),
                ));
            }
        }
        if let Some(Some(first)) = segments.first() {
            let lower = first.to_ascii_lowercase();
            // A root no other path starts from, seen elsewhere only inside longer paths.
            let lone_root = ctx.index.first_segments.get(&lower).is_some_and(|n| *n == 1);
            if lone_root && ctx.index.inner_segments.contains(&lower) {
                out.push(Finding::new(
                    &p.file,
                    at,
                    codes::PATH_UNROOTED,
                    format!("`{path}` starts at `{first}`, which other paths reach only inside a longer path"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn paths_needing_normalisation() {
        let a = api("a")
            .request("GET", "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/", 10)
            .request("GET", "/identityGovernance/lifecycleWorkflows/workflows/{{workflow_id}}/runs/{runId}", 11)
            .build();
        let b = api("b")
            .request("GET", "/identitygovernance/lifecycleWorkflows/workflows/{workflowId}", 10)
            .request("GET", "/identityGovernance/lifecycleWorkflows/workflow/{workflowId}/tasks", 11)
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
    }
}
