//! Type-level facts: the base type ("Inherits from" and `baseType`) and `keyProperty`.

use lcw_docs::build::page_names::resource_annotation;
use lcw_docs::build::page_namespace;
use lcw_docs::page::PageKind;

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject, TypeFact};
use crate::tree::{own_type_name, same_bare_name};
use crate::typecell;

/// Runs the type-fact checks on a resource page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    if p.page.kind != PageKind::Resource {
        return;
    }
    let Some(ty) = own_type_name(p.page) else {
        return;
    };
    let version = p.page.version;
    let known = |n: &str| ctx.tree.is_known(version, n);
    let ns = page_namespace(p.page);
    let annotation = resource_annotation(p.page);
    let base_fact = Subject::TypeFact {
        ty: ty.clone(),
        fact: TypeFact::Base,
    };

    let annotated_base = annotation.and_then(|a| {
        a.str_field("baseType").map(|b| {
            (
                typecell::qualify(b.trim().trim_start_matches('#'), None, &ns, &known),
                a.span,
            )
        })
    });
    // A bare "Inherits from" name that is the last part of the annotated base is the same type.
    let prose_base = p.page.inherits_from.as_ref().map(|l| {
        let text = l.text.trim();
        match &annotated_base {
            Some((annotated, _)) if same_bare_name(text, annotated) => (annotated.clone(), l.span),
            _ => (
                typecell::qualify(text, l.target.as_deref(), &ns, &known),
                l.span,
            ),
        }
    });

    if let Some((base, span)) = &prose_base {
        if *base == ty {
            out.push(
                Finding::new(
                    &p.file,
                    *span,
                    codes::INHERITS_ITSELF,
                    format!("`{ty}` inherits from itself"),
                )
                .about(base_fact.clone()),
            );
        } else if ctx.tree.type_entry(version, base).is_none() {
            out.push(
                Finding::new(
                    &p.file,
                    *span,
                    codes::BASE_UNDOCUMENTED,
                    format!("base type `{base}` of `{ty}` has no page in this tree"),
                )
                .about(base_fact.clone()),
            );
        }
    }
    if let (Some((prose, _)), Some((annotated, span))) = (&prose_base, &annotated_base)
        && prose != annotated
    {
        out.push(
            Finding::new(
                &p.file,
                *span,
                codes::BASE_DISAGREES,
                format!(
                    "\"Inherits from\" says `{prose}`, the `baseType` annotation `{annotated}`"
                ),
            )
            .about(base_fact),
        );
    }

    if let Some(annotation) = annotation
        && let Some(key) = annotation
            .str_field("keyProperty")
            .map(str::trim)
            .filter(|k| !k.is_empty())
        && ctx.tree.chain_complete(version, &ty)
        && ctx
            .tree
            .find_property(version, &ty, key)
            .is_none_or(|f| f.case_only)
    {
        out.push(
            Finding::new(
                &p.file,
                annotation.span,
                codes::KEY_PROPERTY_UNKNOWN,
                format!(
                    "`keyProperty` names `{key}`, which neither `{ty}` nor a base type documents"
                ),
            )
            .about(Subject::TypeFact {
                ty,
                fact: TypeFact::Key,
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn base_and_key_facts() {
        let base = resource("workflowBase", 10)
            .prop("displayName", "String", 20)
            .json_block_with(40, ", \"keyProperty\": \"id\"", "{}")
            .build();
        let version = resource("workflowVersion", 10)
            .inherits("workflowBase")
            .json_block_with(
                40,
                ", \"keyProperty\": \"id\", \"baseType\": \"microsoft.graph.entity\"",
                "{}",
            )
            .build();
        let selfish = resource("callbackConfiguration", 10)
            .inherits("callbackConfiguration")
            .build();
        let orphan = resource("orphan", 10).inherits("missing").build();
        let found = lint_pages(vec![base, version, selfish, orphan]);
        assert_has(&found, codes::KEY_PROPERTY_UNKNOWN, 34, "workflowBase");
        assert_has(&found, codes::KEY_PROPERTY_UNKNOWN, 34, "workflowVersion");
        assert_has(&found, codes::BASE_DISAGREES, 34, "microsoft.graph.entity");
        assert_has(&found, codes::INHERITS_ITSELF, 8, "callbackConfiguration");
        assert_has(&found, codes::BASE_UNDOCUMENTED, 8, "missing");
    }
}
