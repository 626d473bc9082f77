//! The version's table of types: `TYPES` (names, bases, properties, for code that works from
//! metadata such as a server or a query checker) and, behind the `test-hooks` feature,
//! `__reencode` (decode and re-encode by qualified name, for checks over sample payloads
//! without a hand-kept table of types).

use proc_macro2::TokenStream;
use quote::quote;

use super::VersionCtx;

/// The hidden `__reencode` function of one version.
pub fn registry_items(ctx: &VersionCtx<'_>) -> Vec<TokenStream> {
    let arms = ctx.names.structs.iter().map(|(name, rust)| {
        let tag = name.to_string();
        let decoded = ctx.item_path(name, ctx.names.kinds.get(name).unwrap_or(rust));
        let info = ctx.item_path(name, rust);
        quote! {
            #tag => (crate::__private::reencode::<#decoded>(collection, json), <#info as crate::GraphType>::PROPERTIES),
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
    let infos = ctx.names.structs.iter().map(|(name, rust)| {
        let tag = name.to_string();
        let base = match ctx.model.types.get(name).and_then(|def| def.base.as_ref()) {
            Some(base) => {
                let base = base.to_string();
                quote! { Some(#base) }
            }
            None => quote! { None },
        };
        let rust = ctx.item_path(name, rust);
        quote! {
            crate::TypeInfo { name: #tag, base: #base, properties: <#rust as crate::GraphType>::PROPERTIES },
        }
    });
    vec![
        quote! {
            /// Every type of this version with its properties, in name order.
            pub static TYPES: &[crate::TypeInfo] = &[ #( #infos )* ];
        },
        quote! {
        /// Decodes `json` as the type named `qualified` (a collection page when `collection`),
        /// encodes it back, and gives the type's properties; `None` for a name this version does
        /// not have. Polymorphic bases decode through their `Kind` enum. A test hook, behind the
        /// `test-hooks` feature.
        #[cfg(feature = "test-hooks")]
        #[doc(hidden)]
        pub fn __reencode(
            qualified: &str,
            collection: bool,
            json: &str,
        ) -> Option<(Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo])> {
            #body
        }
        },
    ]
}
