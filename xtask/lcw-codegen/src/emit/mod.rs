//! Stage 4: tokens for each file, printed with prettyplease.

pub mod client;
pub mod csdl;
pub mod enums;
pub mod kinds;
pub mod modules;
pub mod operations;
pub mod registry;
pub mod structs;

use std::collections::BTreeMap;
use std::path::PathBuf;

use lcw_docs::model::{ApiVersion, Primitive, QualifiedName, TypeKind, TypeRef, VersionModel};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::names::NameTable;
use crate::plan::VersionPlan;

/// Where generated enums go, relative to the output root.
pub const ENUMS_DIR: &str = "crates/lcw-enums/src/generated";
/// Where generated structs go, relative to the output root.
pub const MODELS_DIR: &str = "crates/lcw-models/src/generated";
/// Where the generated layer of the client goes, relative to the output root.
pub const CLIENT_DIR: &str = "crates/lcw-client/src/generated";

/// Everything the emitters of one version need.
pub struct VersionCtx<'a> {
    /// The version.
    pub version: ApiVersion,
    /// Its model.
    pub model: &'a VersionModel,
    /// Its plan.
    pub plan: &'a VersionPlan,
    /// Its names.
    pub names: &'a NameTable,
    /// How headers name the docs root (`docs-src`).
    pub docs_label: &'a str,
}

impl VersionCtx<'_> {
    /// The header line naming the source page.
    pub fn header(&self, page: &std::path::Path) -> String {
        header(self.docs_label, &page.to_string_lossy().replace('\\', "/"))
    }

    /// The Rust type of a property value (without the surrounding `Option`), as seen from a
    /// file of the models version module.
    pub fn value_type(&self, ty: &TypeRef) -> TokenStream {
        match ty {
            TypeRef::Primitive(p) => primitive(*p),
            TypeRef::Collection(inner) => {
                let inner = self.value_type(inner);
                quote! { Vec<#inner> }
            }
            TypeRef::Named(name) => self.named_type(name),
        }
    }

    /// The `crate::PropertyType` metadata of a property value (of each element for a collection).
    pub fn property_type(&self, ty: &TypeRef) -> TokenStream {
        match ty {
            TypeRef::Primitive(p) => {
                let variant = ident(&format!("{p:?}"));
                quote! { crate::PropertyType::#variant }
            }
            TypeRef::Collection(inner) => self.property_type(inner),
            TypeRef::Named(name) => {
                let qualified = name.to_string();
                if let Some(def) = self.model.enums.get(name) {
                    let members = def.members.iter().map(|m| m.name.as_str());
                    let later = def
                        .members
                        .iter()
                        .filter(|m| m.after_sentinel)
                        .map(|m| m.name.as_str());
                    let flags = def.flags;
                    quote! {
                        crate::PropertyType::Enum { name: #qualified, members: &[ #( #members ),* ], after_sentinel: &[ #( #later ),* ], flags: #flags }
                    }
                } else {
                    match self.model.types.get(name).map(|def| def.kind) {
                        Some(TypeKind::Entity) => {
                            quote! { crate::PropertyType::Entity(#qualified) }
                        }
                        Some(TypeKind::Complex) => {
                            quote! { crate::PropertyType::Complex(#qualified) }
                        }
                        None => quote! { crate::PropertyType::Untyped(#qualified) },
                    }
                }
            }
        }
    }

    fn named_type(&self, name: &QualifiedName) -> TokenStream {
        let n = self.names;
        let rust = n
            .sets
            .get(name)
            .or_else(|| n.enums.get(name))
            .or_else(|| n.kinds.get(name))
            .or_else(|| n.structs.get(name));
        match rust {
            Some(rust) => self.names.path(&self.root(), name, rust),
            None => quote! { serde_json::Value },
        }
    }

    /// The version module seen from inside a models crate: `crate::beta`.
    pub fn root(&self) -> TokenStream {
        let module = ident(self.version.module());
        quote! { crate::#module }
    }

    /// The path of a struct (or `Kind`, builder...) named `rust` declared for `name`, seen from
    /// inside a models crate.
    pub fn item_path(&self, name: &QualifiedName, rust: &str) -> TokenStream {
        self.names.path(&self.root(), name, rust)
    }
}

/// `// Generated from <label>/<page> by `cargo xtask regenerate`. Do not edit.`
pub fn header(docs_label: &str, page: &str) -> String {
    format!("// Generated from {docs_label}/{page} by `cargo xtask regenerate`. Do not edit.\n")
}

/// An identifier; names were checked by the naming pass.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn primitive(p: Primitive) -> TokenStream {
    primitive_in(p, &quote! { crate })
}

/// The Rust type of an Edm primitive, with the runtime types under `root` (`crate` inside the
/// models crates, `lcw_models` from the client).
pub fn primitive_in(p: Primitive, root: &TokenStream) -> TokenStream {
    match p {
        Primitive::String | Primitive::Binary | Primitive::Stream => quote! { String },
        Primitive::Boolean => quote! { bool },
        Primitive::Byte => quote! { u8 },
        Primitive::Int16 => quote! { i16 },
        Primitive::Int32 => quote! { i32 },
        Primitive::Int64 => quote! { #root::Int64 },
        // Decimal precision beyond f64 is lost; `GraphDouble`'s docs say so (no property uses it).
        Primitive::Single | Primitive::Double | Primitive::Decimal => quote! { #root::GraphDouble },
        Primitive::Guid => quote! { #root::Guid },
        Primitive::DateTimeOffset => quote! { #root::Timestamp },
        Primitive::Date => quote! { #root::Date },
        Primitive::TimeOfDay => quote! { #root::TimeOfDay },
        Primitive::Duration => quote! { #root::IsoDuration },
    }
}

/// Prints a file: the header line, optional inner attributes, then each item unparsed on its
/// own and joined by blank lines.
pub fn render(header: &str, inner: TokenStream, items: &[TokenStream]) -> Result<String, String> {
    let mut out = String::from(header);
    if !inner.is_empty() {
        let file: syn::File = syn::parse2(inner)
            .map_err(|e| format!("generated inner attributes do not parse: {e}"))?;
        out.push_str(&prettyplease::unparse(&file));
    }
    for item in items {
        let file: syn::File = syn::parse2(item.clone())
            .map_err(|e| format!("generated code does not parse: {e}\n{item}"))?;
        if out.len() > header.len() {
            out.push('\n');
        }
        out.push_str(&prettyplease::unparse(&file));
    }
    Ok(out)
}

/// Files produced for one version, keyed by path relative to the output root.
pub type Files = BTreeMap<PathBuf, String>;
