//! One file per entity or complex type in `lcw-models`: the struct, its builder, `GraphType`,
//! and serde impls with a generated field matcher (no `#[serde(flatten)]`).

use lcw_docs::model::{QualifiedName, TypeDef, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

use super::{VersionCtx, ident};

/// The root namespace: its referenced types are stand-ins by design, not missing pages.
const GRAPH_NAMESPACE: &str = "microsoft.graph";
use crate::naming::round_trips;
use crate::plan::FlatProperty;
use crate::rustdoc::doc_attrs;

struct Field<'a> {
    name: proc_macro2::Ident,
    wire: &'a str,
    /// Type inside the `Nullable`.
    ty: TokenStream,
    /// Element type when the property is a collection (`ty` is then `Vec<elem>`).
    elem: Option<TokenStream>,
    /// Whether the property is a collection of generated structs, read in place.
    struct_list: bool,
    /// The property's description, for the field and its setters.
    text: String,
    doc: TokenStream,
    flat: &'a FlatProperty,
}

/// The items of one struct file (the polymorphic enum, if any, is added by the caller).
pub fn struct_items(ctx: &VersionCtx<'_>, name: &QualifiedName, def: &TypeDef) -> Vec<TokenStream> {
    let rust_name = &ctx.names.structs[name];
    let rust = ident(rust_name);
    let builder = ident(&format!("{rust_name}Builder"));
    let props = ctx
        .plan
        .properties
        .get(name)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let fields: Vec<Field<'_>> = props.iter().map(|flat| field(ctx, name, flat)).collect();

    let mut doc = if def.description.trim().is_empty() {
        format!("The `{name}` type.")
    } else {
        def.description.clone()
    };
    if def.stand_in && name.namespace == GRAPH_NAMESPACE {
        doc.push_str(&format!("\n\nA stand-in for `{name}`, a type outside the lifecycle workflows family: only the properties these docs use are modelled, everything else stays in `additional_properties`."));
    } else if def.stand_in {
        doc.push_str(&format!("\n\nA stand-in for `{name}`: the docs reference it but no page describes it (generated with `--allow-missing`), so every property it has stays in `additional_properties`."));
    }
    let doc = doc_attrs(&doc, "");
    let decls = fields.iter().map(|f| {
        let (n, ty, doc) = (&f.name, &f.ty, &f.doc);
        quote! { #doc pub #n: crate::Nullable<#ty>, }
    });
    let odata_type = format!("#{name}");
    let infos = fields.iter().map(|f| {
        let p = &f.flat.property;
        let wire = f.wire;
        let ops = p.filter.iter().map(|op| ident(&format!("{op:?}")));
        let orderby = p.orderby;
        let rel = p.is_relationship;
        let coll = matches!(p.ty, TypeRef::Collection(_));
        let ty = ctx.property_type(&p.ty);
        let read_only = p.read_only;
        quote! {
            crate::PropertyInfo { name: #wire, filter: &[ #( crate::FilterOp::#ops ),* ], orderby: #orderby, is_relationship: #rel, is_collection: #coll, ty: #ty, read_only: #read_only },
        }
    });
    let setters = fields.iter().map(setter_items);
    let serialize_fields = fields.iter().map(|f| {
        let (n, wire) = (&f.name, f.wire);
        quote! {
            crate::__private::write_field(map, #wire, &self.#n)?;
        }
    });
    let set_arms = fields.iter().map(|f| {
        let (n, wire) = (&f.name, f.wire);
        quote! { #wire => !self.#n.is_absent(), }
    });
    // Without fields the map is not touched.
    let unused_map = if fields.is_empty() {
        quote! { let _ = map; }
    } else {
        quote! {}
    };
    let is_set_body = if fields.is_empty() {
        quote! {
            let _ = key;
            false
        }
    } else {
        quote! {
            match key {
                #( #set_arms )*
                _ => false,
            }
        }
    };
    let read_body = if fields.is_empty() {
        quote! {
            let _ = (key, map);
            Ok(false)
        }
    } else {
        let arms = fields.iter().map(|f| {
            let (n, wire) = (&f.name, f.wire);
            if f.struct_list {
                quote! { #wire => crate::__private::object_list(map, &mut self.#n)?, }
            } else {
                quote! { #wire => crate::__private::field(map, &mut self.#n)?, }
            }
        });
        quote! {
            match key {
                #( #arms )*
                _ => return Ok(false),
            }
            Ok(true)
        }
    };
    let expecting = format!("a `{name}` object");
    let builder_doc = format!(" Builds a [`{rust_name}`] one property at a time.");
    let build_doc = format!(" The finished [`{rust_name}`].");

    vec![
        quote! {
            #doc
            #[non_exhaustive]
            #[derive(Debug, Clone, Default, PartialEq)]
            pub struct #rust {
                #( #decls )*
                /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
                pub additional_properties: serde_json::Map<String, serde_json::Value>,
            }
        },
        quote! {
            impl #rust {
                /// Starts a builder, e.g. for a request body.
                pub fn builder() -> #builder {
                    <#builder as Default>::default()
                }
            }
        },
        quote! {
            #[doc = #builder_doc]
            #[derive(Debug, Clone, Default)]
            pub struct #builder {
                inner: #rust,
            }
        },
        quote! {
            impl #builder {
                #( #setters )*

                /// Adds a property the docs do not describe.
                pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
                    self.inner.additional_properties.insert(key.into(), value);
                    self
                }

                #[doc = #build_doc]
                pub fn build(self) -> #rust {
                    self.inner
                }
            }
        },
        quote! {
            impl crate::GraphType for #rust {
                const ODATA_TYPE: &'static str = #odata_type;
                const PROPERTIES: &'static [crate::PropertyInfo] = &[ #( #infos )* ];
            }
        },
        quote! {
            impl crate::__private::WriteFields for #rust {
                fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                    #( #serialize_fields )*
                    #unused_map
                    Ok(())
                }
                fn is_set(&self, key: &str) -> bool {
                    #is_set_body
                }
                fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
                    &self.additional_properties
                }
            }
        },
        quote! {
            impl serde::Serialize for #rust {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    crate::__private::serialize_object(self, serializer, None)
                }
            }
        },
        quote! {
            impl crate::__private::ReadFields for #rust {
                const EXPECTING: &'static str = #expecting;
                #[inline]
                fn read_field<'de, A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    #read_body
                }
                fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
                    &mut self.additional_properties
                }
            }
        },
        quote! {
            impl<'de> serde::Deserialize<'de> for #rust {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    crate::__private::deserialize_object(deserializer, <Self as crate::__private::ReadFields>::EXPECTING)
                }
            }
        },
    ]
}

fn field<'a>(ctx: &VersionCtx<'_>, owner: &QualifiedName, flat: &'a FlatProperty) -> Field<'a> {
    let wire = flat.property.wire_name.as_str();
    let rust = &ctx.names.fields[&(owner.clone(), wire.to_owned())];
    let mut ty = ctx.value_type(&flat.property.ty);
    let boxed = ctx.plan.boxed.contains(&(owner.clone(), wire.to_owned()));
    if boxed {
        ty = quote! { Box<#ty> };
    }
    // A collection of structs (not of enums, sets or `...Kind`s) is read element by element in
    // place; `value_type` resolves names in the same order.
    let struct_list = !boxed
        && match &flat.property.ty {
            TypeRef::Collection(inner) => match &**inner {
                TypeRef::Named(name) => {
                    let n = ctx.names;
                    !n.sets.contains_key(name)
                        && !n.enums.contains_key(name)
                        && !n.kinds.contains_key(name)
                        && n.structs.contains_key(name)
                }
                _ => false,
            },
            _ => false,
        };
    let elem = match &flat.property.ty {
        TypeRef::Collection(inner) => Some(ctx.value_type(inner)),
        _ => None,
    };
    let mut text = flat.property.description.clone();
    if !round_trips(rust, wire) {
        text.push_str(&format!("\n\nOn the wire: `{wire}`."));
    }
    let doc = doc_attrs(&text, &format!("The `{wire}` property."));
    Field {
        name: ident(rust),
        wire,
        ty,
        elem,
        struct_list,
        text,
        doc,
        flat,
    }
}

/// The builder methods of one property, each documented with the property's own description:
/// `x(value)` (or `x(item)` appending to a collection), `set_x(Option<_>)` and `null_x()`.
fn setter_items(f: &Field<'_>) -> TokenStream {
    let (n, ty, wire) = (&f.name, &f.ty, f.wire);
    let plain = n.to_string();
    let plain = plain.strip_prefix("r#").unwrap_or(&plain);
    let base = plain.trim_end_matches('_');
    let set = ident(&format!("set_{base}"));
    let null = ident(&format!("null_{base}"));
    let with_text = |first: String| {
        let text = if f.text.trim().is_empty() {
            first
        } else {
            format!("{first}\n\n{}", f.text)
        };
        doc_attrs(&text, "")
    };
    let first = match &f.elem {
        Some(elem) => {
            let doc = with_text(format!(
                "Appends one item to `{wire}` (creating the collection if needed)."
            ));
            quote! {
                #doc
                pub fn #n(mut self, item: impl Into<#elem>) -> Self {
                    self.inner.#n.get_or_insert_with(Vec::new).push(item.into());
                    self
                }
            }
        }
        None => {
            let doc = with_text(format!("Sets `{wire}`."));
            quote! {
                #doc
                pub fn #n(mut self, value: impl Into<#ty>) -> Self {
                    self.inner.#n = crate::Nullable::Value(value.into());
                    self
                }
            }
        }
    };
    let set_doc = with_text(format!(
        "Sets `{wire}` to a value, or leaves it out of the body with `None`."
    ));
    let null_doc = with_text(format!(
        "Sends `{wire}` as an explicit `null` (in a `PATCH`, clears it)."
    ));
    quote! {
        #first
        #set_doc
        pub fn #set(mut self, value: Option<#ty>) -> Self {
            self.inner.#n = value.into();
            self
        }
        #null_doc
        pub fn #null(mut self) -> Self {
            self.inner.#n = crate::Nullable::Null;
            self
        }
    }
}
