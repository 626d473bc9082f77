//! A resource's Methods table against the API pages it links: return type, collection-ness and
//! the HTTP verb the method name implies; a row linking a page the tree lacks is noted.

use lcw_docs::build::operations::operation_id;
use lcw_docs::page::DocPage;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};
use crate::tree::Tree;
use crate::typecell::{self, NamedType};

/// What an API page says a call returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Returns {
    /// A `204 No Content` response.
    NoContent,
    /// A body of this type.
    Body(NamedType),
}

/// What an API page returns, from its Response prose, else its first response annotation.
pub fn api_returns(tree: &Tree<'_>, page: &DocPage) -> Option<Returns> {
    if let Some(prose) = &page.response_prose {
        if typecell::prose_says_no_content(&prose.value) {
            return Some(Returns::NoContent);
        }
        if let Some(t) = tree.response_type(page) {
            return Some(Returns::Body(t));
        }
    }
    let annotation = page
        .blocks
        .iter()
        .filter_map(|b| b.annotation.as_ref())
        .find(|a| a.str_field("blockType") == Some("response"))?;
    let mut ty = tree.read_type(page, annotation.str_field("@odata.type")?)?;
    ty.collection |= annotation
        .value
        .get("isCollection")
        .and_then(|v| v.as_bool())
        == Some(true);
    Some(Returns::Body(ty))
}

/// The verb a method name implies ("List runs" is a GET), if it implies one.
pub fn implied_verb(method_name: &str) -> Option<&'static str> {
    let first = method_name.split_whitespace().next()?.to_ascii_lowercase();
    Some(match first.as_str() {
        "list" | "get" => "GET",
        "create" | "add" => "POST",
        "update" => "PATCH",
        "delete" | "remove" => "DELETE",
        _ => return None,
    })
}

/// Runs the Methods table comparison on a resource page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    for row in &p.page.methods {
        let Some(target) = &row.method.target else {
            continue;
        };
        let Some(linked) = Tree::resolve_link(&p.file, target) else {
            continue;
        };
        let Some(&api_index) = ctx.tree.by_path.get(&linked) else {
            // A note, not a warning: a partial tree (an upstream sample, or docs-src, which
            // restates only the lifecycle workflow pages) lacks many linked pages on purpose.
            out.push(Finding::new(
                &p.file,
                row.method.span,
                codes::METHOD_PAGE_MISSING,
                format!("`{}` links `{linked}`, which this tree does not have, so the row is not checked", row.method.text.trim()),
            ));
            continue;
        };
        let api = &ctx.tree.pages[api_index];
        let about = Subject::Operation {
            id: operation_id(api),
        };
        let name = row.method.text.trim();
        let table = ctx.tree.read_linked_type(
            p.page,
            &row.return_type.text,
            row.return_type.link_target.as_deref(),
        );
        let mismatch = match (&table, api_returns(ctx.tree, api)) {
            (Some(t), Some(Returns::NoContent)) => Some((
                codes::METHOD_RETURN_TYPE,
                format!(
                    "the Methods table says `{name}` returns `{}`, its API page returns 204 No Content",
                    t.display()
                ),
            )),
            (None, Some(Returns::Body(a)))
                if row.return_type.text.trim().is_empty()
                    || row.return_type.text.trim().eq_ignore_ascii_case("none") =>
            {
                Some((
                    codes::METHOD_RETURN_TYPE,
                    format!(
                        "the Methods table says `{name}` returns nothing, its API page returns `{}`",
                        a.display()
                    ),
                ))
            }
            (Some(t), Some(Returns::Body(a))) if t.name != a.name => Some((
                codes::METHOD_RETURN_TYPE,
                format!(
                    "the Methods table says `{name}` returns `{}`, its API page returns `{}`",
                    t.display(),
                    a.display()
                ),
            )),
            (Some(t), Some(Returns::Body(a))) if t.collection != a.collection => Some((
                codes::METHOD_COLLECTION,
                format!(
                    "the Methods table says `{name}` returns `{}`, its API page returns `{}`",
                    t.display(),
                    a.display()
                ),
            )),
            _ => None,
        };
        if let Some((code, message)) = mismatch {
            out.push(
                Finding::new(&p.file, row.return_type.span, code, message).about(about.clone()),
            );
        }
        if let (Some(verb), Some(request)) = (implied_verb(name), api.http_requests.first())
            && !request.verb.trim().eq_ignore_ascii_case(verb)
        {
            out.push(
                Finding::new(
                    &p.file,
                    row.method.span,
                    codes::METHOD_VERB,
                    format!(
                        "`{name}` reads as a {verb}, its API page sends {}",
                        request.verb.trim()
                    ),
                )
                .about(about),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn methods_table_against_api_pages() {
        let run = "microsoft.graph.identityGovernance.run";
        let resource_page = resource("run", 10)
            .method(
                "Get run",
                "identitygovernance-run-get",
                &format!("{run} collection"),
                20,
            )
            .method("Update run", "identitygovernance-run-update", run, 21)
            .method(
                "List results",
                "identitygovernance-run-list",
                "microsoft.graph.identityGovernance.summary",
                22,
            )
            .method("Delete run", "identitygovernance-run-delete", "None", 23)
            .build();
        let get = api("identitygovernance-run-get")
            .request("GET", "/x/runs/{id}", 5)
            .response_prose(&format!("Answers `200 OK` with one {run}."), 9)
            .build();
        let update = api("identitygovernance-run-update")
            .request("PATCH", "/x/runs/{id}", 5)
            .response_prose(
                "If successful, this action returns a `204 No Content` response code.",
                9,
            )
            .build();
        let list = api("identitygovernance-run-list")
            .request("GET", "/x/runs", 5)
            .response_prose(
                &format!("Answers `200 OK` with a collection of {run} values."),
                9,
            )
            .build();
        let delete = api("identitygovernance-run-delete")
            .request("POST", "/x/runs/{id}", 5)
            .response_prose("returns a `204 No Content` response code.", 9)
            .build();
        let found = lint_pages(vec![resource_page, get, update, list, delete]);
        assert_has(&found, codes::METHOD_COLLECTION, 20, "Get run");
        assert_has(&found, codes::METHOD_RETURN_TYPE, 21, "204");
        assert_has(
            &found,
            codes::METHOD_RETURN_TYPE,
            22,
            "Collection(microsoft.graph.identityGovernance.run)",
        );
        assert_has(&found, codes::METHOD_VERB, 23, "DELETE");
        assert_eq!(
            found.iter().filter(|f| f.code.starts_with("LCW24")).count(),
            4,
            "{found:#?}"
        );
    }

    #[test]
    fn a_row_linking_a_missing_page_is_a_note() {
        let resource_page = resource("run", 10)
            .method(
                "Get run",
                "identitygovernance-run-get",
                "microsoft.graph.identityGovernance.run",
                20,
            )
            .method("Cancel run", "identitygovernance-run-cancel", "None", 21)
            .build();
        let get = api("identitygovernance-run-get")
            .request("GET", "/x/runs/{id}", 5)
            .build();
        let found = lint_pages(vec![resource_page, get]);
        assert_has(
            &found,
            codes::METHOD_PAGE_MISSING,
            21,
            "identitygovernance-run-cancel.md",
        );
        let missing: Vec<_> = found
            .iter()
            .filter(|f| f.code == codes::METHOD_PAGE_MISSING)
            .collect();
        assert_eq!(missing.len(), 1, "{found:#?}");
        assert_eq!(missing[0].severity, crate::finding::Severity::Note);
    }
}
