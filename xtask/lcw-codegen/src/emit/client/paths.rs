//! `paths.rs`: one handle per path node, `impl Client { fn <version>() }` for the root.

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{Operation, Primitive, Property, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

use super::ops::marker_names;
use super::tree::{FnArg, MethodKind, NodeKind, Tree, check_methods};
use super::{ClientCtx, op_doc};
use crate::codes::CLIENT_NAMING;
use crate::emit::ident;
use crate::recase::{is_valid_ident, snake};

/// The items of `paths.rs`.
pub fn paths_items(cx: &mut ClientCtx<'_, '_>, diags: &mut Diagnostics) -> Vec<TokenStream> {
    let markers = marker_names(&cx.tree);
    let module = cx.ctx.version.module();
    let mut items = Vec::new();
    let root = &cx.tree.nodes[0];
    let root_name = ident(&root.name);
    let root_method = ident(&Tree::root_method(module));
    let root_path = &root.template;
    let root_doc = format!(
        " The `{}` API, at `{root_path}`: the first step of every call of this version.",
        cx.ctx.version.segment()
    );
    items.push(quote! {
        impl crate::Client {
            #[doc = #root_doc]
            pub fn #root_method(&self) -> #root_name {
                #root_name {
                    client: self.clone(),
                    path: #root_path.to_owned(),
                }
            }
        }
    });
    for index in 0..cx.tree.nodes.len() {
        let node = &cx.tree.nodes[index];
        if is_passage(&cx.tree, index) {
            continue;
        }
        let name = ident(&node.name);
        let doc = match node.kind {
            NodeKind::Root => format!(
                " The root of the `{}` API: `{}`.",
                cx.ctx.version.segment(),
                node.template
            ),
            _ => format!(" The path `{}`.", node.template),
        };
        items.push(quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            pub struct #name {
                client: crate::Client,
                path: String,
            }
        });
        let mut method_names: Vec<(String, Option<usize>)> = Vec::new();
        let mut methods = Vec::new();
        // Items are reached from the node above their collection (`workflow(id)` on the
        // root, next to `workflows()`); a key right under the root or another key is reached
        // from its parent.
        let hosts_keys_below = !matches!(node.kind, NodeKind::Static(_)) || node.parent.is_none();
        let mut keys: Vec<(String, usize)> = Vec::new();
        for (kind, &child) in &node.children {
            let child_node = &cx.tree.nodes[child];
            match kind {
                NodeKind::Static(seg) => {
                    if let Some(&item) = child_node.children.get(&NodeKind::Key) {
                        keys.push((format!("/{seg}/"), item));
                    }
                    if is_passage(&cx.tree, child) {
                        continue;
                    }
                    let child_name = ident(&child_node.name);
                    let template = &child_node.template;
                    let method = snake(seg);
                    let piece = format!("/{seg}");
                    let doc = format!(" `{seg}`: the path `{template}`.");
                    let m = ident(&method);
                    method_names.push((method, None));
                    methods.push(quote! {
                        #[doc = #doc]
                        pub fn #m(&self) -> #child_name {
                            let mut path = self.path.clone();
                            path.push_str(#piece);
                            #child_name { client: self.client.clone(), path }
                        }
                    });
                }
                NodeKind::Key if hosts_keys_below => keys.push(("/".to_owned(), child)),
                NodeKind::Key | NodeKind::Root => {}
            }
        }
        for (piece, item) in keys {
            let item_node = &cx.tree.nodes[item];
            let item_name = ident(&item_node.name);
            let template = &item_node.template;
            let method = snake(&item_node.singular);
            let doc = format!(
                " One item, by its key (`{}`, percent-encoded): the path `{template}`.",
                item_node.key_params.join("`, `")
            );
            let m = ident(&method);
            method_names.push((method, None));
            methods.push(quote! {
                #[doc = #doc]
                pub fn #m(&self, id: &str) -> #item_name {
                    let mut path = self.path.clone();
                    path.push_str(#piece);
                    path.push_str(&crate::__private::path_segment(id));
                    #item_name { client: self.client.clone(), path }
                }
            });
        }
        let node_methods = node.methods.clone();
        for method in &node_methods {
            method_names.push((method.name.clone(), Some(method.op)));
            if !is_valid_ident(&method.name) {
                diags.push(Diagnostic::new(
                    cx.ctx.model.operations[method.op].source.file.clone(),
                    cx.ctx.model.operations[method.op].source.span,
                    Severity::Error,
                    CLIENT_NAMING,
                    format!("the client method `{}` is not an identifier", method.name),
                ));
                continue;
            }
            let marker = ident(&markers[&method.op]);
            if let Some(tokens) = op_method(cx, index, method, &marker, diags) {
                methods.push(tokens);
            }
        }
        let node = &cx.tree.nodes[index];
        check_methods(
            &method_names,
            &node.name,
            cx.ctx.model,
            cx.tree.first_op(index),
            diags,
        );
        if !methods.is_empty() {
            items.push(quote! {
                impl #name {
                    #( #methods )*
                }
            });
        }
    }
    items
}

/// A collection node with no operation and nothing but items below: it gets no handle, its
/// items are reached from the node above it.
fn is_passage(tree: &Tree, node: usize) -> bool {
    let n = &tree.nodes[node];
    matches!(n.kind, NodeKind::Static(_))
        && n.parent.is_some()
        && n.methods.is_empty()
        && n.children.keys().all(|k| *k == NodeKind::Key)
}

fn op_method(
    cx: &mut ClientCtx<'_, '_>,
    node: usize,
    method: &super::tree::Method,
    marker: &proc_macro2::Ident,
    diags: &mut Diagnostics,
) -> Option<TokenStream> {
    let model = cx.ctx.model;
    let op = &model.operations[method.op];
    let m = ident(&method.name);
    let ret = quote! { crate::Request<super::ops::#marker> };
    let tokens = match &method.kind {
        MethodKind::List | MethodKind::Get | MethodKind::Delete => {
            let doc = op_doc(op, &[]);
            quote! {
                #doc
                pub fn #m(&self) -> #ret {
                    crate::Request::new(&self.client, self.path.clone())
                }
            }
        }
        MethodKind::Create | MethodKind::Update | MethodKind::Replace => {
            let body = body_type(cx, node, method, diags);
            let doc = op_doc(op, &[]);
            quote! {
                #doc
                pub fn #m(&self, body: &#body) -> #ret {
                    crate::Request::new(&self.client, self.path.clone()).with_body(body)
                }
            }
        }
        MethodKind::Ref | MethodKind::Action { .. } => {
            let piece = match &method.kind {
                MethodKind::Action { segment } => format!("/{segment}"),
                _ => "/$ref".to_owned(),
            };
            let (params, body, extra) = body_arguments(cx, &op.request_body, op, diags)?;
            let doc = op_doc(op, &extra);
            let send = if op.request_body.is_empty() {
                quote! { crate::Request::new(&self.client, path) }
            } else {
                quote! {
                    #body
                    crate::Request::new(&self.client, path).with_body(&body)
                }
            };
            quote! {
                #doc
                pub fn #m(&self, #( #params ),*) -> #ret {
                    let mut path = self.path.clone();
                    path.push_str(#piece);
                    #send
                }
            }
        }
        MethodKind::Function { name, args } => {
            let params: Vec<&str> = args
                .iter()
                .filter_map(|(_, v)| match v {
                    FnArg::Param(p) => Some(p.as_str()),
                    FnArg::Fixed(_) => None,
                })
                .collect();
            let is_range = args.len() == 2
                && params.len() == 2
                && params.contains(&"startDateTime")
                && params.contains(&"endDateTime");
            let mut writes = Vec::new();
            let mut decls = Vec::new();
            let mut extra = Vec::new();
            let open = format!("/{name}(");
            writes.push(quote! { path.push_str(#open); });
            if is_range {
                decls.push(quote! { range: crate::TimeRange });
                extra.push(String::new());
                extra.push(
                    " `range` gives `startDateTime` and `endDateTime` (RFC 3339).".to_owned(),
                );
            }
            for (i, (arg, value)) in args.iter().enumerate() {
                let prefix = if i == 0 {
                    format!("{arg}=")
                } else {
                    format!(",{arg}=")
                };
                writes.push(quote! { path.push_str(#prefix); });
                match value {
                    FnArg::Fixed(text) => writes.push(quote! { path.push_str(#text); }),
                    FnArg::Param(p) if is_range => {
                        let getter = if p == "startDateTime" {
                            quote! { start }
                        } else {
                            quote! { end }
                        };
                        writes.push(quote! {
                            path.push_str(&range.#getter().to_string());
                        });
                    }
                    FnArg::Param(p) => {
                        let declared = op.function_params.iter().find(|f| &f.wire_name == p);
                        let ty = declared
                            .map_or(TypeRef::Primitive(Primitive::String), |f| f.ty.clone());
                        if !has_literal(cx, &ty) {
                            diags.push(Diagnostic::new(
                                op.source.file.clone(),
                                op.source.span,
                                Severity::Error,
                                CLIENT_NAMING,
                                format!("function parameter `{p}` has type `{ty}`, which the client cannot write in a path"),
                            ));
                            return None;
                        }
                        if let TypeRef::Named(name) = &ty {
                            cx.literals.insert(name.clone());
                        }
                        let arg_name = snake(p);
                        if matches!(arg_name.as_str(), "path" | "literal") {
                            diags.push(Diagnostic::new(
                                op.source.file.clone(),
                                op.source.span,
                                Severity::Error,
                                CLIENT_NAMING,
                                format!("function parameter `{p}` would be the argument `{arg_name}`, which the generated method uses itself"),
                            ));
                            return None;
                        }
                        let arg_ident = ident(&arg_name);
                        let rust = cx.model_type(&ty);
                        decls.push(quote! { #arg_ident: #rust });
                        writes.push(quote! {
                            let mut literal = String::new();
                            crate::filter::Literal::write_literal(&#arg_ident, &mut literal);
                            path.push_str(&crate::__private::path_segment(&literal));
                        });
                    }
                }
            }
            writes.push(quote! { path.push(')'); });
            let doc = op_doc(op, &extra);
            quote! {
                #doc
                pub fn #m(&self, #( #decls ),*) -> #ret {
                    let mut path = self.path.clone();
                    #( #writes )*
                    crate::Request::new(&self.client, path)
                }
            }
        }
    };
    Some(tokens)
}

/// Whether the client can write a value of `ty` as an OData literal.
fn has_literal(cx: &ClientCtx<'_, '_>, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(p) => !matches!(
            p,
            Primitive::Single
                | Primitive::Double
                | Primitive::Decimal
                | Primitive::TimeOfDay
                | Primitive::Duration
        ),
        TypeRef::Named(name) => cx.is_enum(name),
        TypeRef::Collection(_) => false,
    }
}

/// The arguments of an action (or `$ref` call): one per request body row, and the body struct
/// that sends them.
fn body_arguments(
    cx: &ClientCtx<'_, '_>,
    rows: &[Property],
    op: &Operation,
    diags: &mut Diagnostics,
) -> Option<(Vec<TokenStream>, TokenStream, Vec<String>)> {
    let mut params = Vec::new();
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut extra = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for row in rows {
        let name = snake(&row.wire_name);
        if !is_valid_ident(&name) || !seen.insert(name.clone()) || name == "path" {
            diags.push(Diagnostic::new(
                row.source.file.clone(),
                row.source.span,
                Severity::Error,
                CLIENT_NAMING,
                format!(
                    "request body row `{}` of `{}` would be the argument `{name}`, which another row or the method already uses",
                    row.wire_name, op.id
                ),
            ));
            return None;
        }
        let arg = ident(&name);
        let wire = &row.wire_name;
        let ty = cx.model_type(&row.ty);
        if row.required {
            params.push(quote! { #arg: #ty });
            fields.push(quote! {
                #[serde(rename = #wire)]
                #arg: #ty,
            });
        } else {
            params.push(quote! { #arg: Option<#ty> });
            fields.push(quote! {
                #[serde(rename = #wire, skip_serializing_if = "Option::is_none")]
                #arg: Option<#ty>,
            });
        }
        inits.push(quote! { #arg, });
        let required = if row.required { "required" } else { "optional" };
        if extra.is_empty() {
            extra.push(String::new());
            extra.push(" Body:".to_owned());
        }
        if name == *wire {
            extra.push(format!(" - `{name}` ({required})"));
        } else {
            extra.push(format!(" - `{name}` (`{wire}`, {required})"));
        }
    }
    let body = quote! {
        #[derive(serde::Serialize)]
        struct Body {
            #( #fields )*
        }
        let body = Body { #( #inits )* };
    };
    Some((params, body, extra))
}

/// The body type of a create, update or replace: what the operation returns, else the type
/// the node (or, for a create, its items) stands for.
fn body_type(
    cx: &ClientCtx<'_, '_>,
    node: usize,
    method: &super::tree::Method,
    diags: &mut Diagnostics,
) -> TokenStream {
    let model = cx.ctx.model;
    let op = &model.operations[method.op];
    let plan = cx.ctx.plan;
    let named = match &op.returns {
        Some(TypeRef::Named(t)) => Some(t.clone()),
        _ if method.kind == MethodKind::Create => cx
            .tree
            .element_type(model, plan, node)
            .or_else(|| cx.tree.node_type(model, plan, node)),
        _ => cx.tree.node_type(model, plan, node),
    };
    match named {
        Some(t) => cx.named_type(&t),
        None => {
            diags.push(Diagnostic::new(
                op.source.file.clone(),
                op.source.span,
                Severity::Warning,
                CLIENT_NAMING,
                format!(
                    "`{} {}`: no type for the request body (the operation returns none and the path does not tell); the client takes raw JSON",
                    op.verb.as_str(),
                    op.path
                ),
            ));
            quote! { serde_json::Value }
        }
    }
}
