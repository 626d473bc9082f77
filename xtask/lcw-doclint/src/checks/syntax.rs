//! Malformed annotations and JSON: what a lenient reader could repair, and what it could not.

use lcw_docs::page::PageKind;

use super::PageCtx;
use crate::codes;
use crate::finding::Finding;

/// Runs the syntax checks on every annotation and JSON block of a page.
pub fn check(p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    for (i, block) in p.page.blocks.iter().enumerate() {
        if let Some(a) = &block.annotation {
            let looks_like_json = a.raw.trim_start().starts_with('{');
            if a.value.is_null() && looks_like_json {
                out.push(Finding::new(
                    &p.file,
                    a.span,
                    codes::ANNOTATION_UNREADABLE,
                    "annotation comment cannot be read as JSON",
                ));
            } else if !a.strict_json && looks_like_json {
                out.push(Finding::new(
                    &p.file,
                    a.span,
                    codes::ANNOTATION_NOT_STRICT,
                    "annotation comment is not valid JSON as written (repaired leniently)",
                ));
            }
            if a.value.get("@type").is_some() && a.value.get("@odata.type").is_none() {
                out.push(Finding::new(
                    &p.file,
                    a.span,
                    codes::ANNOTATION_NONSTANDARD,
                    "annotation uses `@type` where `@odata.type` is meant",
                ));
            }
            if a.value.get("abstract").is_some_and(|v| v.is_string()) {
                out.push(Finding::new(
                    &p.file,
                    a.span,
                    codes::ANNOTATION_NONSTANDARD,
                    "annotation gives `abstract` as a string, not a boolean",
                ));
            }
        }
        if p.page.kind == PageKind::Other {
            // Overview pages show fragments, not documents.
            continue;
        }
        let Some(json) = p.json.get(i).and_then(Option::as_ref) else {
            continue;
        };
        for issue in &json.issues {
            let code = if issue.fatal {
                codes::JSON_UNREADABLE
            } else {
                codes::JSON_NOT_STRICT
            };
            out.push(Finding::new(
                &p.file,
                issue.span,
                code,
                format!("JSON: {}", issue.message),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn slips_in_annotations_and_json() {
        let page = api("identitygovernance-workflow-update")
            .block(
                Some("{\n  \"blockType\": \"request\",\n  \"name\": \"x\",\n}"),
                40,
                "http",
                "PATCH https://x/y\n\n{\n  \"a\": 1,\n}",
            )
            .block(
                Some("{\"blockType\": \"resource\", \"@type\": \"x\", \"abstract\": \"true\"}"),
                60,
                "json",
                "{\"a\": 01 /* c */}",
            )
            .block(Some("{\"blockType\": "), 80, "json", "{\"a\": }")
            .build();
        let found = lint_pages(vec![page]);
        assert_has(&found, codes::ANNOTATION_NOT_STRICT, 34, "not valid JSON");
        assert_has(&found, codes::JSON_NOT_STRICT, 43, "trailing comma");
        assert_has(&found, codes::ANNOTATION_NONSTANDARD, 54, "@type");
        assert_has(&found, codes::ANNOTATION_NONSTANDARD, 54, "abstract");
        assert_has(&found, codes::JSON_NOT_STRICT, 60, "leading zero");
        assert_has(&found, codes::JSON_NOT_STRICT, 60, "comment");
        assert_has(&found, codes::ANNOTATION_UNREADABLE, 74, "cannot be read");
        assert_has(&found, codes::JSON_UNREADABLE, 80, "unexpected");
    }
}
