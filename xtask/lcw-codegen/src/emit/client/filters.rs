//! `filters.rs`: `…Filter` and `…OrderBy` property sets of list items, one marker type per
//! property carrying the operators the docs allow, and `Literal` for the enums they use.

use std::collections::{BTreeMap, BTreeSet};

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{FilterOp, QualifiedName, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

use super::ClientCtx;
use crate::codes::CLIENT_NAMING;
use crate::emit::ident;
use crate::recase::pascal;

fn op_trait(op: FilterOp) -> Option<&'static str> {
    Some(match op {
        FilterOp::Eq => "Eq",
        FilterOp::Ne => "Ne",
        FilterOp::Lt => "Lt",
        FilterOp::Le => "Le",
        FilterOp::Gt => "Gt",
        FilterOp::Ge => "Ge",
        FilterOp::In => "In",
        FilterOp::Has => "Has",
        FilterOp::StartsWith => "StartsWith",
        FilterOp::Any | FilterOp::Not => return None,
    })
}

/// The items of `filters.rs`.
pub fn filters_items(cx: &mut ClientCtx<'_, '_>, diags: &mut Diagnostics) -> Vec<TokenStream> {
    let model = cx.ctx.model;
    // Item types of lists documenting `$filter` or `$orderby`, with the first such operation.
    let mut targets: BTreeMap<QualifiedName, usize> = BTreeMap::new();
    for (index, op) in model.operations.iter().enumerate() {
        let filtered = op
            .query_options
            .iter()
            .any(|o| o == "$filter" || o == "$orderby");
        if let (true, Some(TypeRef::Collection(inner))) = (filtered, &op.returns)
            && let TypeRef::Named(name) = inner.as_ref()
            && cx.ctx.names.structs.contains_key(name)
        {
            targets.entry(name.clone()).or_insert(index);
        }
    }
    let mut items = Vec::new();
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    let mut claim = |name: &str, what: String, op: usize, diags: &mut Diagnostics| -> bool {
        if let Some(other) = taken.get(name) {
            let source = &model.operations[op].source;
            diags.push(Diagnostic::new(
                source.file.clone(),
                source.span,
                Severity::Error,
                CLIENT_NAMING,
                format!(
                    "the client filter types of {what} and {other} would both be named `{name}`"
                ),
            ));
            false
        } else {
            taken.insert(name.to_owned(), what);
            true
        }
    };
    for (name, op) in &targets {
        let rust = &cx.ctx.names.structs[name];
        let item = cx.named_type(name);
        let filter_name = format!("{rust}Filter");
        let order_name = format!("{rust}OrderBy");
        if !claim(&filter_name, format!("`{name}` ($filter)"), *op, diags)
            || !claim(&order_name, format!("`{name}` ($orderby)"), *op, diags)
        {
            continue;
        }
        let mut filter_fns = Vec::new();
        let mut order_fns = Vec::new();
        let props = cx
            .ctx
            .plan
            .properties
            .get(name)
            .cloned()
            .unwrap_or_default();
        for flat in &props {
            let p = &flat.property;
            if p.filter.is_empty() && !p.orderby {
                continue;
            }
            let field = &cx.ctx.names.fields[&(name.clone(), p.wire_name.clone())];
            let marker_name = format!("{rust}{}", pascal(field));
            if !claim(
                &marker_name,
                format!("`{name}/{}`", p.wire_name),
                *op,
                diags,
            ) {
                continue;
            }
            let marker = ident(&marker_name);
            let element = match &p.ty {
                TypeRef::Collection(inner) => inner.as_ref(),
                other => other,
            };
            if let TypeRef::Named(n) = element
                && cx.is_enum(n)
            {
                cx.literals.insert(n.clone());
            }
            let value = cx.model_type(element);
            let wire = &p.wire_name;
            let f = ident(field);
            let mut ops: Vec<&str> = Vec::new();
            for op in &p.filter {
                if let Some(t) = op_trait(*op)
                    && !ops.contains(&t)
                {
                    ops.push(t);
                }
            }
            let listed: Vec<&str> = p.filter.iter().map(|o| o.as_str()).collect();
            let marker_doc = format!(
                " `{wire}` of `{name}`: {}{}.",
                if listed.is_empty() {
                    "no `$filter` operators".to_owned()
                } else {
                    format!("`$filter` with `{}`", listed.join("`, `"))
                },
                if p.orderby { ", `$orderby`" } else { "" }
            );
            let impls = ops.iter().map(|t| {
                let t = ident(t);
                quote! { impl crate::filter::ops::#t for #marker {} }
            });
            let order_impl = if p.orderby {
                quote! { impl crate::filter::ops::OrderBy for #marker {} }
            } else {
                quote! {}
            };
            items.push(quote! {
                #[doc = #marker_doc]
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                pub struct #marker;
                #( #impls )*
                #order_impl
            });
            let fn_doc = format!(" `{wire}`.");
            let getter = quote! {
                #[doc = #fn_doc]
                pub fn #f() -> crate::filter::Property<#item, #value, #marker> {
                    crate::filter::Property::new(#wire)
                }
            };
            if !p.filter.is_empty() {
                filter_fns.push(getter.clone());
            }
            if p.orderby {
                order_fns.push(getter);
            }
        }
        let filter_ident = ident(&filter_name);
        let order_ident = ident(&order_name);
        let filter_doc = format!(
            " The `{name}` properties the docs allow in `$filter`, each with its operators."
        );
        let order_doc = format!(" The `{name}` properties the docs allow in `$orderby`.");
        items.push(quote! {
            #[doc = #filter_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #filter_ident;
        });
        if !filter_fns.is_empty() {
            items.push(quote! {
                impl #filter_ident {
                    #( #filter_fns )*
                }
            });
        }
        items.push(quote! {
            #[doc = #order_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #order_ident;
        });
        if !order_fns.is_empty() {
            items.push(quote! {
                impl #order_ident {
                    #( #order_fns )*
                }
            });
        }
    }
    let literals: BTreeSet<QualifiedName> = cx.literals.clone();
    for name in literals {
        let ty = cx.named_type(&name);
        let body = if cx.ctx.names.sets.contains_key(&name) {
            quote! { crate::__private::write_quoted(&self.to_string(), out); }
        } else {
            quote! { crate::__private::write_quoted(self.as_str(), out); }
        };
        items.push(quote! {
            impl crate::filter::Literal for #ty {
                fn write_literal(&self, out: &mut String) {
                    #body
                }
            }
        });
    }
    items
}
