//! Enum pages against the "possible values" prose of the properties typed with them.

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};

/// Phrases that open a list of members in a description.
const LIST_OPENERS: [&str; 4] = [
    "possible values are",
    "possible values:",
    "supported values",
    "the values are",
];

/// The members a description lists after "possible values are:" (back-quoted words up to the end
/// of that sentence). Empty when the description lists none.
pub fn prose_members(description: &str) -> Vec<String> {
    let lower = description.to_ascii_lowercase();
    let Some(start) = LIST_OPENERS
        .iter()
        .filter_map(|o| lower.find(o).map(|i| i + o.len()))
        .min()
    else {
        return Vec::new();
    };
    let mut members = Vec::new();
    let mut in_code = false;
    let mut current = String::new();
    for ch in description[start..].chars() {
        match ch {
            '`' if in_code => {
                members.push(std::mem::take(&mut current));
                in_code = false;
            }
            '`' => in_code = true,
            '.' | '\n' if !in_code => break,
            c if in_code => current.push(c),
            _ => {}
        }
    }
    members
        .into_iter()
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty() && !m.contains(' '))
        .collect()
}

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
        let listed = prose_members(&row.description);
        if listed.is_empty() {
            continue;
        }
        // A flags combination such as `joiner,leaver` names members, not a new one.
        let named: Vec<&str> = listed
            .iter()
            .flat_map(|m| m.split(','))
            .map(str::trim)
            .collect();
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
            if !named.contains(&member.as_str()) {
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
    use super::prose_members;
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn members_from_prose() {
        assert_eq!(
            prose_members(
                "The kind. The possible values are: `a`, `b`, `unknownFutureValue`. Supports `$filter`."
            ),
            ["a", "b", "unknownFutureValue"]
        );
        assert_eq!(
            prose_members(
                "Possible values are: `joiner`, `leaver`. Combinations are `joiner`, `joiner,leaver`."
            ),
            ["joiner", "leaver"]
        );
        assert!(prose_members("Supports `$filter`(`eq`).").is_empty());
    }

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
