//! The `OPERATIONS` table of one version.

use lcw_docs::model::{Operation, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The `OPERATIONS` static.
pub fn operations_items(operations: &[Operation], version_segment: &str) -> Vec<TokenStream> {
    let rows = operations.iter().map(|op| {
        let id = &op.id;
        let title = &op.title;
        let method = op.verb.as_str();
        let path = &op.path;
        let options = &op.query_options;
        let expandable = &op.expandable;
        let (returns, collection) = match &op.returns {
            None => (quote! { None }, false),
            Some(ty) => {
                let (name, collection) = return_name(ty);
                (quote! { Some(#name) }, collection)
            }
        };
        let status = op.success_status;
        let body = op.request_body.iter().map(|p| {
            let name = &p.wire_name;
            let required = p.required;
            quote! { crate::BodyParam { name: #name, required: #required } }
        });
        quote! {
            crate::OperationInfo {
                id: #id,
                title: #title,
                method: #method,
                path: #path,
                query_options: &[ #( #options ),* ],
                expandable: &[ #( #expandable ),* ],
                returns: #returns,
                returns_collection: #collection,
                success_status: #status,
                body: &[ #( #body ),* ],
            },
        }
    });
    let doc = format!(
        " Every operation the `{version_segment}` docs describe, one row per request line, sorted by path then method."
    );
    vec![quote! {
        #[doc = #doc]
        pub static OPERATIONS: &[crate::OperationInfo] = &[ #( #rows )* ];
    }]
}

/// `microsoft.graph.identityGovernance.run` or `Edm.String`, and whether it is a collection.
fn return_name(ty: &TypeRef) -> (String, bool) {
    match ty {
        TypeRef::Primitive(p) => (format!("Edm.{}", p.as_str()), false),
        TypeRef::Named(name) => (name.to_string(), false),
        TypeRef::Collection(inner) => (return_name(inner).0, true),
    }
}
