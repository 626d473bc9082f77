//! Enum pages against the "possible values" prose of the properties typed with them.

use lcw_docs::build::notes::possible_values;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};

/// Runs the prose/enum comparison on a resource page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    for row in p.page.properties.iter() {
        let Some(ty) =
            ctx.tree
                .read_linked_type(p.page, &row.ty.text, row.ty.link_target.as_deref())
        else {
            continue;
        };
        let Some(entry) = ctx.tree.enum_entry(p.page.version, &ty.name) else {
            continue;
        };
        // A flags combination such as `joiner,leaver` comes split into the members it names.
        let named = possible_values(&row.description);
        if named.is_empty() {
            continue;
        }
        for member in &named {
            if !entry.members.iter().any(|m| m.name == *member) {
                out.push(
                    Finding::new(
                        &p.file,
                        row.description_span,
                        codes::PROSE_MEMBER_NOT_IN_ENUM,
                        format!("`{}` lists `{member}` as a value of `{}`, which the enum page does not list", row.name.value, ty.name),
                    )
                    .about(Subject::EnumMember { enum_name: ty.name.clone(), member: member.to_string() }),
                );
            }
        }
        for member in entry.members.iter().map(|m| &m.name) {
            if !named.contains(member) {
                out.push(
                    Finding::new(
                        &p.file,
                        row.description_span,
                        codes::ENUM_MEMBER_NOT_IN_PROSE,
                        format!(
                            "`{}` does not list `{member}`, a member of `{}` on the enum page",
                            row.name.value, ty.name
                        ),
                    )
                    .about(Subject::EnumMember {
                        enum_name: ty.name.clone(),
                        member: member.clone(),
                    }),
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
    fn prose_and_enum_page_disagree_both_ways() {
        let page = resource("workflow", 10)
            .prop_described(
                "category",
                "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                30,
                "The category. The possible values are: `joiner`, `leaver`, `mover`.",
            )
            .build();
        let enums = enum_page(&[(
            "lifecycleWorkflowCategory",
            &["joiner", "leaver", "unknownFutureValue"],
        )]);
        let found = lint_pages(vec![page, enums]);
        assert_has(&found, codes::PROSE_MEMBER_NOT_IN_ENUM, 30, "`mover`");
        assert_has(
            &found,
            codes::ENUM_MEMBER_NOT_IN_PROSE,
            30,
            "`unknownFutureValue`",
        );
    }
}
