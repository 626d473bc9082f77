//! `__reencode`: decode and re-encode by qualified name, for checks over sample payloads
//! (the docs-examples test) without a hand-kept table of types.

use proc_macro2::TokenStream;
use quote::quote;

use super::{VersionCtx, ident};

/// The hidden `__reencode` function of one version.
pub fn registry_items(ctx: &VersionCtx<'_>) -> Vec<TokenStream> {
    let arms = ctx.names.structs.iter().map(|(name, rust)| {
        let tag = name.to_string();
        let decoded = ident(ctx.names.kinds.get(name).unwrap_or(rust));
        let info = ident(rust);
        quote! {
            #tag => (crate::__private::reencode::<super::#decoded>(collection, json), <super::#info as crate::GraphType>::PROPERTIES),
        }
    });
    let body = if ctx.names.structs.is_empty() {
        quote! {
            let _ = (qualified, collection, json);
            None
        }
    } else {
        quote! {
            Some(match qualified.trim_start_matches('#') {
                #( #arms )*
                _ => return None,
            })
        }
    };
    vec![quote! {
        /// Decodes `json` as the type named `qualified` (a collection page when `collection`),
        /// encodes it back, and gives the type's properties; `None` for a name this version does
        /// not have. Polymorphic bases decode through their `Kind` enum.
        #[doc(hidden)]
        pub fn __reencode(
            qualified: &str,
            collection: bool,
            json: &str,
        ) -> Option<(Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo])> {
            #body
        }
    }]
}
