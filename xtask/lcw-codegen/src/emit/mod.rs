//! Stage 4: the text of each file. The files made by the thousand (a type, an enum, the
//! operations and type tables) are written line by line ([`writer`]); the few hand-shaped ones
//! (`mod.rs`, the client layer) are tokens printed with prettyplease ([`render`]).

pub mod client;
pub mod csdl;
pub mod enums;
pub mod kinds;
pub mod modules;
pub mod operations;
pub mod registry;
pub mod structs;
pub mod writer;

use std::collections::BTreeMap;
use std::path::PathBuf;

use lcw_docs::model::{ApiVersion, Primitive, QualifiedName, TypeKind, TypeRef, VersionModel};
use proc_macro2::{Ident, Span, TokenStream};

use crate::names::NameTable;
use crate::plan::VersionPlan;
use writer::RustWriter;

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

    /// The Rust type of a property value (without the surrounding `Nullable`), as seen from a
    /// file of the models version module.
    pub fn value_type(&self, ty: &TypeRef) -> String {
        self.value_type_in(ty, "crate")
    }

    /// The Rust type of a value with the models crate named `models` (`crate` inside it,
    /// `lcw_models` from the client).
    pub fn value_type_in(&self, ty: &TypeRef, models: &str) -> String {
        match ty {
            TypeRef::Primitive(p) => primitive_text(*p, models),
            TypeRef::Collection(inner) => format!("Vec<{}>", self.value_type_in(inner, models)),
            TypeRef::Named(name) => match self.names.rust_name(name) {
                Some(rust) => {
                    let root = format!("{models}::{}", self.version.module());
                    self.names.path_text(&root, name, rust)
                }
                None => "serde_json::Value".to_owned(),
            },
        }
    }

    /// The `crate::PropertyType` metadata of a property value (of each element for a
    /// collection), written on as many lines as it needs.
    pub fn write_property_type(&self, w: &mut RustWriter, ty: &TypeRef) {
        match ty {
            TypeRef::Primitive(p) => w.line(format_args!("ty: crate::PropertyType::{p:?},")),
            TypeRef::Collection(inner) => self.write_property_type(w, inner),
            TypeRef::Named(name) => {
                let qualified = writer::string(&name.to_string());
                if let Some(def) = self.model.enums.get(name) {
                    let quoted = |m: &lcw_docs::model::EnumMember| writer::string(&m.name);
                    let members: Vec<String> = def.members.iter().map(quoted).collect();
                    let later: Vec<String> = def
                        .members
                        .iter()
                        .filter(|m| m.after_sentinel)
                        .map(quoted)
                        .collect();
                    w.open("ty: crate::PropertyType::Enum");
                    w.line(format_args!("name: {qualified},"));
                    w.list("members: &[", &members, "],");
                    w.list("after_sentinel: &[", &later, "],");
                    w.line(format_args!("flags: {},", def.flags));
                    w.close(",");
                } else {
                    let variant = match self.model.types.get(name).map(|def| def.kind) {
                        Some(TypeKind::Entity) => "Entity",
                        Some(TypeKind::Complex) => "Complex",
                        None => "Untyped",
                    };
                    w.line(format_args!(
                        "ty: crate::PropertyType::{variant}({qualified}),"
                    ));
                }
            }
        }
    }

    /// The version module seen from inside a models crate: `crate::beta`.
    pub fn root(&self) -> String {
        format!("crate::{}", self.version.module())
    }

    /// The path of a struct (or `Kind`, builder...) named `rust` declared for `name`, seen from
    /// inside a models crate.
    pub fn item_path(&self, name: &QualifiedName, rust: &str) -> String {
        self.names.path_text(&self.root(), name, rust)
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

/// The Rust type of an Edm primitive, with the runtime types under `root` (`crate` inside the
/// models crates, `lcw_models` from the client).
pub fn primitive_text(p: Primitive, root: &str) -> String {
    let runtime = match p {
        Primitive::String | Primitive::Binary | Primitive::Stream => return "String".to_owned(),
        Primitive::Boolean => return "bool".to_owned(),
        Primitive::Byte => return "u8".to_owned(),
        Primitive::Int16 => return "i16".to_owned(),
        Primitive::Int32 => return "i32".to_owned(),
        Primitive::Int64 => "Int64",
        // Decimal precision beyond f64 is lost; `GraphDouble`'s docs say so (no property uses it).
        Primitive::Single | Primitive::Double | Primitive::Decimal => "GraphDouble",
        Primitive::Guid => "Guid",
        Primitive::DateTimeOffset => "Timestamp",
        Primitive::Date => "Date",
        Primitive::TimeOfDay => "TimeOfDay",
        Primitive::Duration => "IsoDuration",
    };
    format!("{root}::{runtime}")
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
