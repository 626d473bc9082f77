//! `dispatch.rs`: `prepare`, which calls the typed method of an `OPERATIONS` row chosen at run
//! time with arguments given as strings and JSON (`lcw_client::dynamic`), one match arm per row.
//!
//! Each arm walks the path the way `paths.rs` lays it out: a static child by its method, an item
//! by the accessor on the node above its collection (or on its parent, under the root or a key),
//! path parameters taken in template order.

use proc_macro2::TokenStream;
use quote::quote;

use super::ClientCtx;
use super::tree::{FnArg, MethodKind, NodeKind, Tree};
use crate::emit::ident;
use crate::recase::{is_valid_ident, snake};

/// The items of `dispatch.rs`.
pub fn dispatch_items(cx: &ClientCtx<'_, '_>) -> Vec<TokenStream> {
    let tree = &cx.tree;
    let model = cx.ctx.model;
    let models = cx.models();
    let version = cx.ctx.version.segment();
    let root_method = ident(&Tree::root_method(cx.ctx.version.module()));
    let mut arms: Vec<(usize, TokenStream)> = Vec::new();
    for (index, node) in tree.nodes.iter().enumerate() {
        for method in &node.methods {
            if !is_valid_ident(&method.name) {
                continue;
            }
            let op = &model.operations[method.op];
            let mut next = 0;
            let handle = chain(tree, index, &mut next);
            let m = ident(&method.name);
            let body = match &method.kind {
                MethodKind::List | MethodKind::Get | MethodKind::Delete => quote! {
                    args.no_body()?;
                    crate::dynamic::Prepared::new(#handle.#m())
                },
                MethodKind::Create | MethodKind::Update | MethodKind::Replace => quote! {
                    crate::dynamic::Prepared::new(#handle.#m(&args.body()?))
                },
                MethodKind::Ref | MethodKind::Action { .. } if op.request_body.is_empty() => {
                    quote! {
                        args.no_body()?;
                        crate::dynamic::Prepared::new(#handle.#m())
                    }
                }
                MethodKind::Ref | MethodKind::Action { .. } => {
                    let wires: Vec<&str> = op
                        .request_body
                        .iter()
                        .map(|r| r.wire_name.as_str())
                        .collect();
                    let values = op.request_body.iter().map(|row| {
                        let wire = &row.wire_name;
                        if row.required {
                            quote! { args.param(#wire)? }
                        } else {
                            quote! { args.optional_param(#wire)? }
                        }
                    });
                    quote! {
                        args.members(&[ #( #wires ),* ])?;
                        crate::dynamic::Prepared::new(#handle.#m( #( #values ),* ))
                    }
                }
                MethodKind::Function { args: fn_args, .. } => {
                    let mut positions = Vec::new();
                    for (_, value) in fn_args {
                        if let FnArg::Param(p) = value {
                            positions.push((p.as_str(), next));
                            next += 1;
                        }
                    }
                    let at = |name: &str| positions.iter().find(|(p, _)| *p == name).map(|x| x.1);
                    let values: Vec<TokenStream> = match (at("startDateTime"), at("endDateTime")) {
                        (Some(start), Some(end)) if fn_args.len() == 2 && positions.len() == 2 => {
                            let (start, end) = (lit(start), lit(end));
                            vec![quote! { args.time_range(#start, #end)? }]
                        }
                        _ => positions
                            .iter()
                            .map(|(_, i)| {
                                let i = lit(*i);
                                quote! { args.value(#i)? }
                            })
                            .collect(),
                    };
                    quote! {
                        args.no_body()?;
                        crate::dynamic::Prepared::new(#handle.#m( #( #values ),* ))
                    }
                }
            };
            arms.push((method.op, body));
        }
    }
    arms.sort_by_key(|(op, _)| *op);
    let arms = arms.iter().map(|(op, body)| {
        let row = lit(*op);
        quote! { #row => { #body } }
    });
    let doc = format!(
        " Prepares the call of row `index` of [`{}::OPERATIONS`] through the typed method that calls it, with `args` (see [`crate::dynamic`]); an error names what `args` lacks.",
        models.to_string().replace(' ', "")
    );
    vec![quote! {
        #[doc = #doc]
        pub fn prepare(
            client: &crate::Client,
            index: usize,
            args: &crate::dynamic::Args,
        ) -> Result<crate::dynamic::Prepared, crate::Error> {
            let Some(info) = #models::OPERATIONS.get(index) else {
                return Err(crate::dynamic::Args::no_operation(#version, index));
            };
            let args = args.bind(info.id);
            let root = client.#root_method();
            Ok(match index {
                #( #arms )*
                _ => return Err(args.unsupported()),
            })
        }
    }]
}

/// The expression of the handle of `target`, from `root`; `next` counts the path parameters
/// used.
fn chain(tree: &Tree, target: usize, next: &mut usize) -> TokenStream {
    let mut nodes = vec![target];
    while let Some(parent) = tree.nodes[*nodes.last().unwrap_or(&0)].parent {
        nodes.push(parent);
    }
    nodes.reverse();
    let mut expr = quote! { root };
    let mut k = 0;
    while k + 1 < nodes.len() {
        let child = &tree.nodes[nodes[k + 1]];
        let item = nodes
            .get(k + 2)
            .filter(|&&n| tree.nodes[n].kind == NodeKind::Key);
        match (&child.kind, item) {
            (NodeKind::Static(_), Some(&item)) => {
                let m = ident(&snake(&tree.nodes[item].singular));
                let i = lit(*next);
                expr = quote! { #expr.#m(args.path(#i)?) };
                *next += 1;
                k += 2;
            }
            (NodeKind::Static(seg), None) => {
                let m = ident(&snake(seg));
                expr = quote! { #expr.#m() };
                k += 1;
            }
            _ => {
                let m = ident(&snake(&child.singular));
                let i = lit(*next);
                expr = quote! { #expr.#m(args.path(#i)?) };
                *next += 1;
                k += 1;
            }
        }
    }
    expr
}

fn lit(n: usize) -> proc_macro2::Literal {
    proc_macro2::Literal::usize_unsuffixed(n)
}
