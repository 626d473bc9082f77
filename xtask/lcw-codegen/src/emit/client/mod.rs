//! The generated layer of `lcw-client`, per version: navigation handles (`paths`), one marker
//! type per operation (`ops`), typed `$filter` / `$orderby` properties (`filters`) and the
//! run-time dispatcher over the typed methods (`dispatch`).
//!
//! Everything is derived from the stage-2 model: the tree of operation paths ([`tree`]), the
//! operations' return types and query options, the request body rows of actions and the
//! function parameters. Names that collide are `LCW0904` errors, never silent renames.

pub mod dispatch;
pub mod filters;
pub mod ops;
pub mod paths;
pub mod tree;

use std::collections::BTreeSet;
use std::path::PathBuf;

use lcw_docs::diag::Diagnostics;
use lcw_docs::model::{QualifiedName, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

use super::{CLIENT_DIR, VersionCtx, header, ident, render};
use tree::Tree;

/// What the client emitters of one version share.
pub struct ClientCtx<'a, 'b> {
    /// The models context of the version.
    pub ctx: &'a VersionCtx<'b>,
    /// The path tree.
    pub tree: Tree,
    /// Enums (or flags sets) that need a `Literal` impl, by Rust path text.
    pub literals: BTreeSet<QualifiedName>,
}

impl ClientCtx<'_, '_> {
    /// `lcw_models::beta`.
    pub fn models(&self) -> TokenStream {
        let module = ident(self.ctx.version.module());
        quote! { lcw_models::#module }
    }

    /// The `lcw-models` type of a value, as lcw-models types a property of that type.
    pub fn model_type(&self, ty: &TypeRef) -> TokenStream {
        let text = self.ctx.value_type_in(ty, "lcw_models");
        let ty: syn::Type = syn::parse_str(&text).expect("value types are Rust paths");
        quote! { #ty }
    }

    /// The `lcw-models` type of a named type: its flags set, enum, `…Kind` or struct.
    pub fn named_type(&self, name: &QualifiedName) -> TokenStream {
        self.model_type(&TypeRef::Named(name.clone()))
    }

    /// Whether `name` is an enum of the model (flags or not).
    pub fn is_enum(&self, name: &QualifiedName) -> bool {
        self.ctx.model.enums.contains_key(name)
    }
}

/// The files of the client layer of one version, with `mod.rs` last.
pub fn client_files(
    ctx: &VersionCtx<'_>,
    diags: &mut Diagnostics,
) -> Vec<(PathBuf, Result<String, String>)> {
    let module = ctx.version.module();
    let tree = Tree::build(ctx.model, ctx.plan, module, diags);
    let mut cx = ClientCtx {
        ctx,
        tree,
        literals: BTreeSet::new(),
    };
    let dir = PathBuf::from(CLIENT_DIR).join(module);
    let seg = ctx.version.segment();
    let api_header = header(ctx.docs_label, &format!("api-reference/{seg}/api"));
    let paths_items = paths::paths_items(&mut cx, diags);
    let ops_items = ops::ops_items(&cx, diags);
    let filters_items = filters::filters_items(&mut cx, diags);
    let dispatch_items = dispatch::dispatch_items(&cx);
    let resources_header = header(ctx.docs_label, &format!("api-reference/{seg}/resources"));
    let allow = quote! {
        #![allow(clippy::too_many_arguments, clippy::should_implement_trait, clippy::wrong_self_convention, clippy::new_ret_no_self)]
    };
    let root = &cx.tree.nodes[0];
    let root_method = Tree::root_method(module);
    let doc = format!(
        " The `{seg}` API: start from `Client::{root_method}()` (the `{}` handle, `{}`) and walk the path to an operation.",
        root.name, root.template
    );
    let mod_items = vec![
        quote! {
            /// Navigation handles: one per path node, each with a method per child segment and per operation on it.
            pub mod paths;
        },
        quote! {
            /// One marker type per documented operation, with what it returns and the query options its page documents.
            pub mod ops;
        },
        quote! {
            /// Typed `$filter` and `$orderby` properties of the items of lists that document them.
            ///
            /// Filters on collection properties (`any`) are not generated: write them with `Filter::raw`.
            pub mod filters;
        },
        quote! {
            /// `prepare`: the typed method of an `OPERATIONS` row chosen at run time, called with arguments given as strings and JSON (`lcw_client::dynamic`).
            pub mod dispatch;
        },
        quote! {
            pub use paths::*;
        },
    ];
    let version_header = header(ctx.docs_label, &format!("api-reference/{seg}"));
    vec![
        (
            dir.join("paths.rs"),
            render(&api_header, allow.clone(), &paths_items),
        ),
        (
            dir.join("ops.rs"),
            render(&api_header, quote! {}, &ops_items),
        ),
        (
            dir.join("filters.rs"),
            render(&resources_header, quote! {}, &filters_items),
        ),
        (
            dir.join("dispatch.rs"),
            render(&api_header, quote! {}, &dispatch_items),
        ),
        (
            dir.join("mod.rs"),
            render(&version_header, quote! { #![doc = #doc] }, &mod_items),
        ),
    ]
}

/// The doc lines of an operation's method or marker type: title, request line, operation id,
/// then `extra`.
fn op_doc(op: &lcw_docs::model::Operation, extra: &[String]) -> TokenStream {
    let mut lines = crate::rustdoc::doc_lines(&op.title);
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(" `{} {}`", op.verb.as_str(), op.path));
    lines.push(String::new());
    lines.push(format!(" Operation `{}`.", op.id));
    lines.extend(extra.iter().cloned());
    quote! { #( #[doc = #lines] )* }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use lcw_docs::diag::{Severity, Span};
    use lcw_docs::model::*;

    use crate::names::NameOverrides;

    const NS: &str = "contoso.things";

    fn source() -> Source {
        Source {
            file: PathBuf::from("api-reference/beta/api/x.md"),
            span: Span::new(1, 1),
        }
    }

    fn prop(wire: &str, ty: TypeRef) -> Property {
        Property {
            wire_name: wire.into(),
            documented_name: None,
            ty,
            description: String::new(),
            is_relationship: false,
            read_only: false,
            required: true,
            filter: Vec::new(),
            orderby: false,
            search: false,
            possible_values: Vec::new(),
            deprecated: false,
            source: source(),
        }
    }

    fn named(name: &str) -> TypeRef {
        TypeRef::Named(QualifiedName::new(NS, name))
    }

    fn op(
        id: &str,
        verb: Verb,
        path: &str,
        returns: Option<TypeRef>,
        options: &[&str],
    ) -> Operation {
        Operation {
            title: format!("Title of {id}"),
            id: id.into(),
            verb,
            path: path.into(),
            path_params: Vec::new(),
            query_options: options.iter().map(|o| o.to_string()).collect(),
            expandable: Vec::new(),
            request_body: Vec::new(),
            function_params: Vec::new(),
            returns,
            success_status: 200,
            examples: Vec::new(),
            source: source(),
        }
    }

    /// A docs tree unlike lifecycle workflows: `/shop/stores/{storeId}/orders/...`.
    fn model() -> ApiModel {
        let mut v = VersionModel::default();
        let mut store = TypeDef::new(QualifiedName::new(NS, "store"), TypeKind::Entity, source());
        let mut orders = prop("orders", TypeRef::Collection(Box::new(named("order"))));
        orders.is_relationship = true;
        store.properties = vec![prop("name", TypeRef::Primitive(Primitive::String)), orders];
        let mut order = TypeDef::new(QualifiedName::new(NS, "order"), TypeKind::Entity, source());
        let mut placed = prop(
            "placedDateTime",
            TypeRef::Primitive(Primitive::DateTimeOffset),
        );
        placed.filter = vec![FilterOp::Gt, FilterOp::Lt, FilterOp::Any];
        placed.orderby = true;
        let mut state = prop("state", named("orderState"));
        state.filter = vec![FilterOp::Eq];
        order.properties = vec![placed, state];
        for def in [store, order] {
            v.types.insert(def.name.clone(), def);
        }
        v.enums.insert(
            QualifiedName::new(NS, "orderState"),
            EnumDef {
                name: QualifiedName::new(NS, "orderState"),
                description: String::new(),
                members: vec![EnumMember {
                    name: "open".into(),
                    description: String::new(),
                    after_sentinel: false,
                }],
                flags: false,
                source: source(),
            },
        );
        let coll = |n: &str| Some(TypeRef::Collection(Box::new(named(n))));
        let mut ship = op(
            "order-ship",
            Verb::Post,
            "/shop/stores/{storeId}/orders/{orderNumber}/ship",
            None,
            &[],
        );
        let mut carrier = prop("carrier", TypeRef::Primitive(Primitive::String));
        carrier.required = false;
        ship.request_body = vec![
            prop("trackingId", TypeRef::Primitive(Primitive::String)),
            carrier,
        ];
        let mut busiest = op(
            "store-busiest",
            Verb::Get,
            "/shop/stores/{storeId}/orders/busiest(day={day},limit={limit})",
            coll("order"),
            &["$top"],
        );
        busiest.function_params = vec![
            prop("day", TypeRef::Primitive(Primitive::Date)),
            prop("limit", TypeRef::Primitive(Primitive::Int32)),
        ];
        v.operations = vec![
            op(
                "store-list",
                Verb::Get,
                "/shop/stores",
                coll("store"),
                &["$select"],
            ),
            op(
                "store-get",
                Verb::Get,
                "/shop/stores/{storeId}",
                Some(named("store")),
                &["$select", "$top"],
            ),
            op(
                "store-update",
                Verb::Patch,
                "/shop/stores/{storeId}",
                None,
                &[],
            ),
            op(
                "order-list",
                Verb::Get,
                "/shop/stores/{storeId}/orders",
                coll("order"),
                &["$filter", "$orderby", "$top"],
            ),
            op(
                "order-create",
                Verb::Post,
                "/shop/stores/{storeId}/orders",
                Some(named("order")),
                &[],
            ),
            busiest,
            op(
                "order-summary",
                Verb::Get,
                "/shop/stores/{id}/orders/summary(startDateTime={startDateTime},endDateTime={endDateTime})",
                Some(named("order")),
                &[],
            ),
            op(
                "order-get",
                Verb::Get,
                "/shop/stores/{storeId}/orders/{orderId}",
                Some(named("order")),
                &[],
            ),
            ship,
            op(
                "order-unlink",
                Verb::Delete,
                "/shop/stores/{storeId}/orders/{orderId}/$ref",
                None,
                &[],
            ),
        ];
        let mut model = ApiModel::default();
        model.versions.insert(ApiVersion::Beta, v);
        model
    }

    fn file<'a>(generated: &'a crate::Generated, path: &str) -> &'a str {
        generated
            .files
            .get(Path::new(path))
            .map(String::as_str)
            .unwrap_or_else(|| panic!("{path} not generated"))
    }

    /// The text without whitespace or the trailing commas prettyplease adds to long lists.
    fn squash(text: &str) -> String {
        text.split_whitespace()
            .collect::<String>()
            .replace(",)", ")")
            .replace(",>", ">")
    }

    #[test]
    fn any_docs_tree_becomes_handles_markers_and_filters() {
        let generated = crate::generate_all(&model(), &NameOverrides::default(), "docs");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        assert!(
            !crate::generate(&model(), &NameOverrides::default(), "docs")
                .files
                .keys()
                .any(|p| p.starts_with(super::CLIENT_DIR)),
            "the model crates alone leave the client out"
        );
        let paths = file(&generated, "crates/lcw-client/src/generated/beta/paths.rs");
        let squashed = squash(paths);
        assert!(paths.starts_with("// Generated from docs/api-reference/beta/api by `cargo xtask regenerate`. Do not edit.\n"));
        assert!(
            squashed.contains(
                "pubfnbeta(&self)->Beta{Beta{client:self.clone(),path:\"/shop\".to_owned(),}}"
            ),
            "root is the common prefix"
        );
        assert!(squashed.contains("pubfnstores(&self)->Stores"));
        assert!(
            squashed.contains("pubfnstore(&self,id:&str)->Store"),
            "item from the node above the collection"
        );
        assert!(
            squashed.contains("pubfnorder(&self,id:&str)->Order"),
            "keys merged, named by the relationship"
        );
        assert!(squashed.contains("pubfnlist(&self)->crate::Request<super::ops::StoreOrdersList>"));
        assert!(
            squashed.contains("pubfncreate(&self,body:&lcw_models::beta::contoso::things::Order)")
        );
        assert!(
            squashed.contains("pubfnupdate(&self,body:&lcw_models::beta::contoso::things::Store)"),
            "PATCH body from the GET"
        );
        assert!(squashed.contains("pubfnsummary(&self,range:crate::TimeRange)"));
        assert!(squashed.contains("pubfnbusiest(&self,day:lcw_models::Date,limit:i32)"));
        assert!(squashed.contains("pubfnship(&self,tracking_id:String,carrier:Option<String>)"));
        assert!(
            squashed
                .contains("#[serde(rename=\"carrier\",skip_serializing_if=\"Option::is_none\")]")
        );
        assert!(
            squashed.contains("pubfndelete_ref(&self)->crate::Request<super::ops::OrderDeleteRef>")
        );
        assert!(paths.contains("/// `POST /shop/stores/{storeId}/orders/{orderNumber}/ship`"));
        assert!(paths.contains("/// Operation `order-ship`."));

        let ops = file(&generated, "crates/lcw-client/src/generated/beta/ops.rs");
        let squashed = squash(ops);
        assert!(squashed.contains("constINFO:&'staticlcw_models::OperationInfo=&lcw_models::beta::OPERATIONS[3];typeOutput=lcw_models::Collection<lcw_models::beta::contoso::things::Order>;"));
        assert!(squashed.contains("implcrate::options::FilterforStoreOrdersList{}"));
        assert!(squashed.contains("implcrate::options::TopforStoreOrdersList{}"));
        assert!(
            !squashed.contains("implcrate::options::TopforStoreGet{}"),
            "no $top on one value"
        );
        assert!(
            generated
                .diagnostics
                .iter()
                .any(|d| d.code == crate::codes::OPTION_IGNORED && d.severity == Severity::Warning)
        );
        assert_eq!(
            squashed
                .matches("as crate::Operation>::INFO".replace(' ', "").as_str())
                .count(),
            10
        );

        let filters = file(
            &generated,
            "crates/lcw-client/src/generated/beta/filters.rs",
        );
        let squashed = squash(filters);
        assert!(squashed.contains("pubfnplaced_date_time()->crate::filter::Property<lcw_models::beta::contoso::things::Order,lcw_models::Timestamp,OrderPlacedDateTime>"));
        assert!(squashed.contains("implcrate::filter::ops::GtforOrderPlacedDateTime{}"));
        assert!(squashed.contains("implcrate::filter::ops::OrderByforOrderPlacedDateTime{}"));
        assert!(!squashed.contains("implcrate::filter::ops::EqforOrderPlacedDateTime{}"));
        assert!(squashed.contains(
            "implcrate::filter::Literalforlcw_models::beta::contoso::things::OrderState"
        ));

        let dispatch = file(
            &generated,
            "crates/lcw-client/src/generated/beta/dispatch.rs",
        );
        let squashed = squash(dispatch);
        assert!(squashed.contains("pubfnprepare(client:&crate::Client,index:usize,args:&crate::dynamic::Args)->Result<crate::dynamic::Prepared,crate::Error>"));
        assert!(squashed.contains("letSome(info)=lcw_models::beta::OPERATIONS.get(index)"));
        assert!(
            squashed.contains(
                "0=>{args.no_body()?;crate::dynamic::Prepared::new(root.stores().list())}"
            )
        );
        assert!(
            squashed.contains("crate::dynamic::Prepared::new(root.store(args.path(0)?).orders().create(&args.body()?))"),
            "an item from the node above its collection, then a body"
        );
        assert!(
            squashed.contains(
                "root.store(args.path(0)?).orders().busiest(args.value(1)?,args.value(2)?)"
            )
        );
        assert!(
            squashed.contains("root.store(args.path(0)?).orders().summary(args.time_range(1,2)?)")
        );
        assert!(squashed.contains("args.members(&[\"trackingId\",\"carrier\"])?;"));
        assert!(squashed.contains(
            "root.store(args.path(0)?).order(args.path(1)?).ship(args.param(\"trackingId\")?,args.optional_param(\"carrier\")?)"
        ));
        assert!(squashed.contains("root.store(args.path(0)?).order(args.path(1)?).delete_ref()"));
        assert!(squashed.contains("_=>returnErr(args.unsupported()),"));
        assert_eq!(
            squashed.matches("crate::dynamic::Prepared::new(").count(),
            10
        );
    }

    #[test]
    fn two_methods_with_one_name_are_an_error() {
        let mut model = model();
        let beta = model.versions.get_mut(&ApiVersion::Beta).expect("beta");
        beta.operations.push(op(
            "store-get-again",
            Verb::Get,
            "/shop/stores/{otherId}",
            Some(named("store")),
            &[],
        ));
        let generated = crate::generate_all(&model, &NameOverrides::default(), "docs");
        assert!(generated.has_errors());
        assert!(
            generated
                .diagnostics
                .iter()
                .any(|d| d.code == crate::codes::CLIENT_NAMING
                    && d.message.contains("`get`")
                    && d.message.contains("store-get-again"))
        );
    }
}
