//! Polymorphic bases: an enum of the known concrete types, read by `@odata.type`.

use lcw_docs::model::QualifiedName;
use proc_macro2::TokenStream;
use quote::quote;

use super::{VersionCtx, ident};
use crate::rustdoc::doc_attrs;

/// The enum and its impls for the polymorphic base `base`.
pub fn kind_items(ctx: &VersionCtx<'_>, base: &QualifiedName) -> Vec<TokenStream> {
    let Some(kind_name) = ctx.names.kinds.get(base) else {
        return Vec::new();
    };
    let kind = ident(kind_name);
    // (qualified name, variant name, path of its struct)
    let variants: Vec<(&QualifiedName, proc_macro2::Ident, TokenStream)> = ctx.plan.variants[base]
        .iter()
        .map(|v| {
            let rust = &ctx.names.structs[v];
            (v, ident(rust), ctx.item_path(v, rust))
        })
        .collect();
    let doc = doc_attrs(
        &format!(
            "A `{base}` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know."
        ),
        "",
    );
    let decls = variants.iter().map(|(q, v, path)| {
        let doc = format!(" A `{q}`.");
        quote! { #[doc = #doc] #v(#path), }
    });
    let froms = variants.iter().map(|(_, v, path)| {
        quote! {
            impl From<#path> for #kind {
                fn from(value: #path) -> Self {
                    #kind::#v(value)
                }
            }
        }
    });
    // A derived type must name itself where its base is expected; the base itself need not.
    let ser_arms = variants.iter().map(|(q, v, path)| {
        if *q == base {
            quote! { #kind::#v(value) => serde::Serialize::serialize(value, serializer), }
        } else {
            quote! {
                #kind::#v(value) => crate::__private::serialize_object(value, serializer, Some(<#path as crate::GraphType>::ODATA_TYPE)),
            }
        }
    });
    // A derived variant writes its own tag, so a tag read exactly as it writes it is not kept;
    // the base, written untagged, keeps whatever tag it was read with.
    let de_arms = variants.iter().map(|(q, v, path)| {
        let tag = q.to_string();
        if *q == base {
            quote! { Some(#tag) => started.finish(map).map(#kind::#v), }
        } else {
            quote! { Some(#tag) => started.finish_as(map, Some(<#path as crate::GraphType>::ODATA_TYPE)).map(#kind::#v), }
        }
    });
    let untagged = match variants.iter().find(|(q, _, _)| *q == base) {
        Some((_, v, _)) => quote! { None => started.finish(map).map(#kind::#v), },
        None => quote! {},
    };
    let mut items = vec![quote! {
        #doc
        #[non_exhaustive]
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #kind {
            #( #decls )*
            /// An object whose `@odata.type` this crate does not know, kept verbatim.
            Unknown(serde_json::Map<String, serde_json::Value>),
        }
    }];
    items.extend(froms);
    items.push(quote! {
        impl serde::Serialize for #kind {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( #ser_arms )*
                    #kind::Unknown(object) => serde::Serialize::serialize(object, serializer),
                }
            }
        }
    });
    let expecting = format!("a `{base}` object");
    items.push(quote! {
        impl crate::__private::ReadKind for #kind {
            fn read_kind<'de, A: serde::de::MapAccess<'de>>(tag: Option<&str>, started: crate::__private::Started<'de>, map: A) -> Result<Self, A::Error> {
                match tag {
                    #( #de_arms )*
                    #untagged
                    _ => started.finish_unknown(map).map(#kind::Unknown),
                }
            }
        }
    });
    items.push(quote! {
        impl<'de> serde::Deserialize<'de> for #kind {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::__private::deserialize_kind(deserializer, #expecting)
            }
        }
    });
    items
}
