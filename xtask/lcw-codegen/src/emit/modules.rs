//! `mod.rs` files: the crate-level `generated` module and one module per version.

use lcw_docs::model::ApiVersion;
use proc_macro2::TokenStream;
use quote::quote;

use super::ident;

/// `generated/mod.rs`: one feature-gated module per version.
pub fn root_items() -> Vec<TokenStream> {
    ApiVersion::ALL
        .iter()
        .map(|v| {
            let module = ident(v.module());
            let feature = v.module();
            quote! {
                #[cfg(feature = #feature)]
                pub mod #module;
            }
        })
        .collect()
}

/// One generated file of a version module and what it exports.
#[derive(Debug, Clone)]
pub struct Member {
    /// File stem.
    pub module: String,
    /// Public names it declares.
    pub exports: Vec<String>,
    /// Public names behind a cargo feature: (feature, name).
    pub gated: Vec<(String, String)>,
}

/// `generated/<version>/mod.rs`.
pub fn version_items(
    doc: &str,
    prelude: TokenStream,
    members: &[Member],
) -> (TokenStream, Vec<TokenStream>) {
    let inner = quote! { #![doc = #doc] };
    let mut items = Vec::new();
    if !prelude.is_empty() {
        items.push(prelude);
    }
    for member in members {
        let module = ident(&member.module);
        let exports = member.exports.iter().map(|e| ident(e));
        let gated = member.gated.iter().map(|(feature, name)| {
            let name = ident(name);
            quote! {
                #[cfg(feature = #feature)]
                pub use #module::#name;
            }
        });
        items.push(quote! {
            mod #module;
            pub use #module::{ #( #exports ),* };
            #( #gated )*
        });
    }
    (inner, items)
}
