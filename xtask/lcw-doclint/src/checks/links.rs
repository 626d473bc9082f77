//! Link text against link target: the text names a type (which the model trusts), the target
//! should be the page documenting that type.

use lcw_docs::diag::Span;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};
use crate::tree::Tree;

/// Runs the link check over type cells, Methods return types and "Inherits from".
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    // A row of the page's own type: an override retyping it explains a wrong link text.
    let page_type = ctx.tree.page_type_of(p.page);
    for row in p.page.properties.iter().chain(&p.page.relationships) {
        if let Some(target) = &row.ty.link_target {
            let about = page_type.map(|ty| Subject::PropertyType {
                ty: ty.to_string(),
                name: row.name.value.clone(),
            });
            check_one(ctx, p, (&row.ty.text, target, row.ty.span), about, out);
        }
    }
    let cells = p
        .page
        .request_body
        .iter()
        .chain(&p.page.function_parameters)
        .map(|r| &r.ty)
        .chain(p.page.methods.iter().map(|m| &m.return_type));
    for cell in cells {
        if let Some(target) = &cell.link_target {
            check_one(ctx, p, (&cell.text, target, cell.span), None, out);
        }
    }
    if let Some(link) = &p.page.inherits_from
        && let Some(target) = &link.target
    {
        check_one(ctx, p, (&link.text, target, link.span), None, out);
    }
}

/// One link: its text, its target and where the text is.
type LinkAt<'l> = (&'l str, &'l str, Span);

fn check_one(
    ctx: &Ctx<'_>,
    p: &PageCtx<'_>,
    (text, target, span): LinkAt<'_>,
    about: Option<Subject>,
    out: &mut Vec<Finding>,
) {
    let Some(ty) = ctx.tree.read_type(p.page, text).filter(|t| !t.primitive) else {
        return;
    };
    let Some(resolved) = Tree::resolve_link(&p.file, target) else {
        return;
    };
    let agrees = match ctx.tree.by_path.get(&resolved) {
        Some(&i) => {
            let page = &ctx.tree.pages[i];
            ctx.tree.page_type[i].as_deref() == Some(ty.name.as_str())
                || page
                    .enums
                    .iter()
                    .any(|e| ty.short_name() == e.name.value.trim())
        }
        None => {
            let file = resolved
                .rsplit('/')
                .next()
                .unwrap_or(&resolved)
                .to_ascii_lowercase();
            let stem = file.strip_suffix(".md").unwrap_or(&file);
            let stem = stem.strip_prefix("identitygovernance-").unwrap_or(stem);
            stem == ty.short_name().to_ascii_lowercase() || stem.starts_with("enums")
        }
    };
    if !agrees {
        let finding = Finding::new(
            &p.file,
            span,
            codes::LINK_TARGET_MISMATCH,
            format!(
                "the link text names `{}` but the link goes to `{target}`",
                ty.name
            ),
        );
        out.push(match about {
            Some(about) => finding.about(about),
            None => finding,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;
    use crate::finding::Finding;
    use crate::finding::Severity;

    #[test]
    fn link_targets_must_document_the_named_type() {
        let status = "microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus";
        let page = resource("taskProcessingResult", 10)
            .prop_linked(
                "processingStatus",
                status,
                "../resources/identitygovernance-taskprocessingresult.md",
                30,
            )
            .prop_linked(
                "other",
                status,
                "../resources/enums-identitygovernance.md",
                31,
            )
            .prop_linked("far", "microsoft.graph.user", "../resources/user.md", 32)
            .prop_linked(
                "wrongFar",
                "microsoft.graph.user",
                "../resources/group.md",
                33,
            )
            .json_block(50, "{}")
            .build();
        let enums = enum_page(&[("lifecycleWorkflowProcessingStatus", &["queued"])]);
        let found = lint_pages(vec![page, enums]);
        assert_has(
            &found,
            codes::LINK_TARGET_MISMATCH,
            30,
            "lifecycleWorkflowProcessingStatus",
        );
        assert_has(&found, codes::LINK_TARGET_MISMATCH, 33, "group.md");
        assert_eq!(count(&found, codes::LINK_TARGET_MISMATCH), 2, "{found:#?}");
    }

    #[test]
    fn an_override_retyping_the_row_explains_a_wrong_link_text() {
        let page = || {
            resource("taskReport", 10)
                .prop_linked(
                    "task",
                    "microsoft.graph.identityGovernance.taskDefinition",
                    "../resources/identitygovernance-task.md",
                    30,
                )
                .json_block(50, "{}")
                .build()
        };
        let pages = || {
            vec![
                page(),
                resource("task", 10).json_block(50, "{}").build(),
                resource("taskDefinition", 10).json_block(50, "{}").build(),
            ]
        };
        let link = |found: &[Finding]| {
            found
                .iter()
                .find(|f| f.code == codes::LINK_TARGET_MISMATCH)
                .map(|f| f.severity)
        };
        assert_eq!(link(&lint_pages(pages())), Some(Severity::Warning));
        let retyped = "[[property]]\ntype = \"microsoft.graph.identityGovernance.taskReport\"\nname = \"task\"\nty = \"microsoft.graph.identityGovernance.task\"\nreason = \"swapped link texts\"\n";
        assert_eq!(
            link(&lint_pages_with(pages(), retyped)),
            Some(Severity::Note)
        );
        let filter_only = "[[property]]\ntype = \"microsoft.graph.identityGovernance.taskReport\"\nname = \"task\"\nfilter = [\"eq\"]\nreason = \"filterable\"\n";
        assert_eq!(
            link(&lint_pages_with(pages(), filter_only)),
            Some(Severity::Warning)
        );
    }
}
