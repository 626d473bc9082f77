//! Request paths that the model has to normalise: trailing slashes, `{{x}}` placeholders,
//! segments in an unusual case, singular collection segments, and paths that start midway.

use lcw_docs::build::operations::operation_id;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};
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
            if let Some(usual) = usual_spelling(ctx.index, segment).filter(|u| u != segment) {
                report(
                    codes::PATH_SEGMENT_CASE,
                    format!("segment `{segment}` is usually spelled `{usual}`"),
                );
            }
            let lower = segment.to_ascii_lowercase();
            let plural = format!("{lower}s");
            if matches!(segments.get(pos + 1), Some(None))
                && !lower.ends_with('s')
                && ctx.index.keyed_segments.contains(&plural)
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
                .index
                .first_segments
                .get(&lower)
                .is_some_and(|pages| pages.len() == 1);
            if lone_root && ctx.index.inner_segments.contains(&lower) {
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
}
