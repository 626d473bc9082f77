//! `ops.rs`: one marker type per operation, implementing `Operation` and the option traits its
//! page documents, and `ALL`.

use std::collections::BTreeMap;

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::TypeRef;
use proc_macro2::TokenStream;
use quote::quote;

use super::tree::Tree;
use super::{ClientCtx, op_doc};
use crate::codes::{CLIENT_NAMING, OPTION_IGNORED};
use crate::emit::ident;
use crate::recase::pascal;

/// The marker type name of every operation that has a method: handle name + method name.
pub fn marker_names(tree: &Tree) -> BTreeMap<usize, String> {
    let mut out = BTreeMap::new();
    for node in &tree.nodes {
        for method in &node.methods {
            out.insert(method.op, format!("{}{}", node.name, pascal(&method.name)));
        }
    }
    out
}

/// The option marker trait of a documented query option, and whether it needs a collection.
fn option_trait(option: &str) -> Option<(&'static str, bool)> {
    Some(match option {
        "$select" => ("Select", false),
        "$expand" => ("Expand", false),
        "$filter" => ("Filter", true),
        "$orderby" => ("OrderBy", true),
        "$top" => ("Top", true),
        "$skip" => ("Skip", true),
        "$count" => ("Count", true),
        "$search" => ("Search", true),
        _ => return None,
    })
}

/// The items of `ops.rs`.
pub fn ops_items(cx: &ClientCtx<'_, '_>, diags: &mut Diagnostics) -> Vec<TokenStream> {
    let markers = marker_names(&cx.tree);
    let model = cx.ctx.model;
    let models = cx.models();
    let version = cx.ctx.version.segment();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut items = Vec::new();
    let mut all = Vec::new();
    for (&index, name) in &markers {
        let op = &model.operations[index];
        if let Some(&other) = seen.get(name.as_str()) {
            diags.push(Diagnostic::new(
                op.source.file.clone(),
                op.source.span,
                Severity::Error,
                CLIENT_NAMING,
                format!(
                    "the client marker types of `{}` and `{}` would both be named `{name}`",
                    model.operations[other].id, op.id
                ),
            ));
            continue;
        }
        seen.insert(name, index);
        let marker = ident(name);
        let row = proc_macro2::Literal::usize_unsuffixed(index);
        let (output, item) = match &op.returns {
            None => (quote! { () }, None),
            Some(TypeRef::Collection(inner)) => {
                let item = cx.model_type(inner);
                (quote! { lcw_models::Collection<#item> }, Some(item))
            }
            Some(ty) => (cx.model_type(ty), None),
        };
        let doc = op_doc(op, &[]);
        items.push(quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub struct #marker;
        });
        items.push(quote! {
            impl crate::Operation for #marker {
                const VERSION: &'static str = #version;
                const INFO: &'static lcw_models::OperationInfo = &#models::OPERATIONS[#row];
                type Output = #output;
            }
        });
        if let Some(item) = &item {
            items.push(quote! {
                impl crate::options::List for #marker {
                    type Item = #item;
                }
            });
        }
        let mut options = Vec::new();
        for option in &op.query_options {
            let Some((trait_name, needs_list)) = option_trait(option) else {
                continue;
            };
            if needs_list && item.is_none() {
                diags.push(Diagnostic::new(
                    op.source.file.clone(),
                    op.source.span,
                    Severity::Warning,
                    OPTION_IGNORED,
                    format!(
                        "`{}` documents `{option}`, which applies to collections, but `{} {}` answers a single value; the client does not offer it",
                        op.id,
                        op.verb.as_str(),
                        op.path
                    ),
                ));
                continue;
            }
            if !options.contains(&trait_name) {
                options.push(trait_name);
            }
        }
        for trait_name in options {
            let t = ident(trait_name);
            items.push(quote! {
                impl crate::options::#t for #marker {}
            });
        }
        all.push((index, marker));
    }
    all.sort_by_key(|(index, _)| *index);
    let all = all.iter().map(|(_, marker)| {
        quote! { <#marker as crate::Operation>::INFO, }
    });
    let doc = format!(
        " The `OPERATIONS` row of every marker type of this module, in table order: every operation the `{version}` docs describe."
    );
    items.push(quote! {
        #[doc = #doc]
        pub const ALL: &[&lcw_models::OperationInfo] = &[ #( #all )* ];
    });
    items
}
