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
    let Some(ty) = ctx
        .tree
        .read_linked_type(p.page, text, Some(target))
        .filter(|t| !t.primitive)
    else {
        return;
    };
    let Some(resolved) = Tree::resolve_link(&p.file, target) else {
        return;
    };
    let agrees = match ctx.tree.by_path.get(&resolved) {
        Some(&i) => {
            let page = &ctx.tree.pages[i];
            // A type name in another case is a slip of the text, reported where the type is
            // compared (LCW2004), not a wrong target.
            ctx.tree.page_type[i]
                .as_deref()
                .is_some_and(|documented| documented.eq_ignore_ascii_case(&ty.name))
                || page
                    .enums
                    .iter()
                    .any(|e| ty.short_name() == e.name.value.trim())
        }
        None => {
            let anchor = target.split_once('#').map_or("", |(_, a)| a);
            file_names_type(&format!("{resolved}#{anchor}"), ty.short_name())
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

/// Whether a link target outside the tree may document the type named `short`, by its file
/// name and anchor. Graph page names put a family before the type (`intune-devices-user.md`,
/// `security-alert.md`), shorten it (`photo.md` for `profilePhoto`, `insights-shared.md` for
/// `sharedInsight`) or point at an enum's section (`x.md#alertseverity-values`): a target
/// disagrees when the last part of its name is neither the start nor the end of the type's
/// (`appconsentapprovalroute.md` does not document `appConsent`).
fn file_names_type(target: &str, short: &str) -> bool {
    let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
    let file = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let Some(stem) = file.strip_suffix(".md") else {
        return false;
    };
    let short = short.to_ascii_lowercase();
    let last = stem.rsplit('-').next().unwrap_or(stem);
    let anchor = anchor.to_ascii_lowercase();
    stem.starts_with("enums")
        || (!anchor.is_empty() && anchor.strip_suffix("-values") == Some(short.as_str()))
        || (!last.is_empty() && (short.ends_with(last) || short.starts_with(last)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_of_pages_outside_the_tree() {
        use super::file_names_type as names;
        assert!(names(
            "../resources/intune-devices-manageddevice.md",
            "managedDevice"
        ));
        assert!(names("photo.md", "profilePhoto"));
        assert!(names("insights-shared.md", "sharedInsight"));
        assert!(names(
            "security-alert.md#alertseverity-values",
            "alertSeverity"
        ));
        assert!(names("enums-workshop.md", "colour"));
        assert!(!names("../resources/group.md", "user"));
        assert!(!names("appconsentapprovalroute.md", "appConsent"));
        assert!(!names(
            "timezoneinformation.md collection",
            "timeZoneInformation"
        ));
        assert!(!names("emailaddress.md", "md"));
        assert!(!names("security-alert.md#alertstatus-values", "severity"));
    }

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
    fn a_link_settles_which_of_two_same_named_types_a_bare_name_means() {
        let page = resource("kiln", 10)
            .prop_linked("outlet", "endpoint", "../resources/endpoint.md", 30)
            .prop_linked("inlet", "endpoint", "identitygovernance-endpoint.md", 31)
            .prop_linked("wrong", "endpoint", "identitygovernance-kiln.md", 32)
            .json_block(50, "{}")
            .build();
        let graph_endpoint = resource_in("microsoft.graph", "endpoint", "endpoint", 1)
            .json_block(20, "{}")
            .build();
        let own_endpoint = resource("endpoint", 1).json_block(20, "{}").build();
        let found = lint_pages(vec![page, graph_endpoint, own_endpoint]);
        assert_has(
            &found,
            codes::LINK_TARGET_MISMATCH,
            32,
            "identitygovernance-kiln.md",
        );
        assert_eq!(count(&found, codes::LINK_TARGET_MISMATCH), 1, "{found:#?}");
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
