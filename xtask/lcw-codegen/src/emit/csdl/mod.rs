//! The OData CSDL (`$metadata`) document of one version, written from the same model as the
//! Rust code, for the emulator to serve.
//!
//! Written with quick-xml's writer rather than `format!`: names and types come from the docs,
//! and the writer escapes every attribute value, so a stray `"`, `<` or `&` in a page cannot
//! make the document malformed.
//!
//! What the docs do not say is left to CSDL's defaults: `Nullable` is written only on key
//! properties (which must not be null); enum values are numbered in page order (powers of two
//! for flags). What the paths imply is written too (see [`paths`]): the entity container,
//! the bound actions and functions, and `ContainsTarget` on the relationships the paths walk.

pub mod paths;

use std::collections::BTreeSet;
use std::io;

use lcw_docs::model::{EnumDef, QualifiedName, TypeDef, TypeKind, TypeRef, VersionModel};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::names::ROOT_NAMESPACE;
use paths::{BoundOperation, Implied};

/// Where the generated documents go, relative to the output root: one `{version}.xml` each.
pub const METADATA_DIR: &str = "crates/lcw-emulator/src/generated/metadata";

/// The alias of `microsoft.graph` in references, as the service's own schema writes it.
pub const ROOT_ALIAS: &str = "graph";

/// The name of the entity container.
pub const CONTAINER: &str = "GraphService";

const EDMX_NS: &str = "http://docs.oasis-open.org/odata/ns/edmx";
const EDM_NS: &str = "http://docs.oasis-open.org/odata/ns/edm";

/// The EDMX 4.0 document of `model`, headed by `header` (a line such as
/// `Generated from docs-src/... Do not edit.`) as an XML comment.
pub fn document(model: &VersionModel, header: &str) -> Result<String, String> {
    write_document(model, header).map_err(|e| format!("cannot write the CSDL document: {e}"))
}

fn write_document(model: &VersionModel, header: &str) -> io::Result<String> {
    let implied = paths::implied(model);
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    // `--` may not appear inside an XML comment (and `---` holds it again after one pass).
    let mut comment = format!(" {} ", header.trim());
    while comment.contains("--") {
        comment = comment.replace("--", "- -");
    }
    w.write_event(Event::Comment(BytesText::from_escaped(comment)))?;
    let root =
        BytesStart::new("edmx:Edmx").with_attributes([("Version", "4.0"), ("xmlns:edmx", EDMX_NS)]);
    w.write_event(Event::Start(root))?;
    w.write_event(Event::Start(BytesStart::new("edmx:DataServices")))?;
    for namespace in namespaces(model, &implied) {
        write_schema(&mut w, model, &implied, &namespace)?;
    }
    w.write_event(Event::End(BytesEnd::new("edmx:DataServices")))?;
    w.write_event(Event::End(BytesEnd::new("edmx:Edmx")))?;
    let mut text = String::from_utf8(w.into_inner()).map_err(io::Error::other)?;
    text.push('\n');
    Ok(text)
}

/// Every namespace with a type, an enum or a bound operation; `microsoft.graph` always, as it
/// holds the entity container.
fn namespaces(model: &VersionModel, implied: &Implied) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = model
        .types
        .keys()
        .chain(model.enums.keys())
        .map(|n| n.namespace.clone())
        .collect();
    out.extend(implied.bound.iter().map(|b| b.namespace.clone()));
    out.insert(ROOT_NAMESPACE.to_owned());
    out
}

fn write_schema(
    w: &mut Writer<Vec<u8>>,
    model: &VersionModel,
    implied: &Implied,
    namespace: &str,
) -> io::Result<()> {
    let mut schema = BytesStart::new("Schema");
    schema.push_attribute(("Namespace", namespace));
    if namespace == ROOT_NAMESPACE {
        schema.push_attribute(("Alias", ROOT_ALIAS));
    }
    schema.push_attribute(("xmlns", EDM_NS));
    w.write_event(Event::Start(schema))?;
    for def in model
        .enums
        .values()
        .filter(|d| d.name.namespace == namespace)
    {
        write_enum(w, def)?;
    }
    // Complex types before entity types, as the service orders them.
    for kind in [TypeKind::Complex, TypeKind::Entity] {
        for def in model.types.values() {
            if def.name.namespace == namespace && element_kind(def, implied) == kind {
                write_type(w, model, implied, def)?;
            }
        }
    }
    for op in implied.bound.iter().filter(|b| b.namespace == namespace) {
        write_bound(w, op)?;
    }
    if namespace == ROOT_NAMESPACE {
        write_container(w, implied)?;
    }
    w.write_event(Event::End(BytesEnd::new("Schema")))
}

fn write_enum(w: &mut Writer<Vec<u8>>, def: &EnumDef) -> io::Result<()> {
    let mut start = BytesStart::new("EnumType");
    start.push_attribute(("Name", def.name.name.as_str()));
    if def.flags {
        start.push_attribute(("IsFlags", "true"));
    }
    w.write_event(Event::Start(start))?;
    for (i, member) in def.members.iter().enumerate() {
        let value = if def.flags {
            1u128.checked_shl(i as u32).unwrap_or(0).to_string()
        } else {
            i.to_string()
        };
        let empty = BytesStart::new("Member")
            .with_attributes([("Name", member.name.as_str()), ("Value", value.as_str())]);
        w.write_event(Event::Empty(empty))?;
    }
    w.write_event(Event::End(BytesEnd::new("EnumType")))
}

/// Entity or complex as written: a type a singleton or entity set holds is an entity type
/// whatever its page says, since only entities are addressable.
fn element_kind(def: &TypeDef, implied: &Implied) -> TypeKind {
    if implied.roots.values().any(|r| r.ty == def.name) {
        TypeKind::Entity
    } else {
        def.kind
    }
}

fn write_type(
    w: &mut Writer<Vec<u8>>,
    model: &VersionModel,
    implied: &Implied,
    def: &TypeDef,
) -> io::Result<()> {
    let element = match element_kind(def, implied) {
        TypeKind::Entity => "EntityType",
        TypeKind::Complex => "ComplexType",
    };
    let mut start = BytesStart::new(element);
    start.push_attribute(("Name", def.name.name.as_str()));
    let base = def.base.as_ref().map(reference_name);
    if let Some(base) = &base {
        start.push_attribute(("BaseType", base.as_str()));
    }
    if def.is_abstract {
        start.push_attribute(("Abstract", "true"));
    }
    if def.open_type {
        start.push_attribute(("OpenType", "true"));
    }
    let key = own_key(model, def);
    if key.is_none() && def.properties.is_empty() {
        return w.write_event(Event::Empty(start));
    }
    w.write_event(Event::Start(start))?;
    if let Some(key) = key {
        w.write_event(Event::Start(BytesStart::new("Key")))?;
        w.write_event(Event::Empty(
            BytesStart::new("PropertyRef").with_attributes([("Name", key)]),
        ))?;
        w.write_event(Event::End(BytesEnd::new("Key")))?;
    }
    // Structural properties first, as CSDL documents list them; table order within each.
    let (navigation, structural): (Vec<_>, Vec<_>) =
        def.properties.iter().partition(|p| p.is_relationship);
    for prop in structural.into_iter().chain(navigation) {
        let ty = type_reference(&prop.ty);
        let mut el = BytesStart::new(if prop.is_relationship {
            "NavigationProperty"
        } else {
            "Property"
        });
        el.push_attribute(("Name", prop.wire_name.as_str()));
        el.push_attribute(("Type", ty.as_str()));
        if key == Some(prop.wire_name.as_str()) {
            el.push_attribute(("Nullable", "false"));
        }
        if prop.is_relationship
            && implied
                .contained
                .contains(&(def.name.clone(), prop.wire_name.clone()))
        {
            el.push_attribute(("ContainsTarget", "true"));
        }
        w.write_event(Event::Empty(el))?;
    }
    w.write_event(Event::End(BytesEnd::new(element)))
}

/// The key a type declares itself: CSDL declares it once, on the topmost type of the chain
/// that has one, and derived types inherit it.
fn own_key<'m>(model: &'m VersionModel, def: &'m TypeDef) -> Option<&'m str> {
    let key = def.key.as_deref()?;
    let mut seen = BTreeSet::from([&def.name]);
    let mut base = def.base.as_ref();
    while let Some(name) = base {
        if !seen.insert(name) {
            break;
        }
        let Some(parent) = model.types.get(name) else {
            break;
        };
        if parent.key.is_some() {
            return None;
        }
        base = parent.base.as_ref();
    }
    Some(key)
}

fn write_bound(w: &mut Writer<Vec<u8>>, op: &BoundOperation) -> io::Result<()> {
    let element = if op.is_function { "Function" } else { "Action" };
    let start =
        BytesStart::new(element).with_attributes([("Name", op.name.as_str()), ("IsBound", "true")]);
    w.write_event(Event::Start(start))?;
    let binding = type_reference(&op.binding);
    let parameters = std::iter::once(("bindingParameter", binding)).chain(
        op.parameters
            .iter()
            .map(|(name, ty)| (name.as_str(), type_reference(ty))),
    );
    for (name, ty) in parameters {
        w.write_event(Event::Empty(
            BytesStart::new("Parameter").with_attributes([("Name", name), ("Type", ty.as_str())]),
        ))?;
    }
    if let Some(returns) = &op.returns {
        let ty = type_reference(returns);
        w.write_event(Event::Empty(
            BytesStart::new("ReturnType").with_attributes([("Type", ty.as_str())]),
        ))?;
    }
    w.write_event(Event::End(BytesEnd::new(element)))
}

fn write_container(w: &mut Writer<Vec<u8>>, implied: &Implied) -> io::Result<()> {
    let start = BytesStart::new("EntityContainer").with_attributes([("Name", CONTAINER)]);
    if implied.roots.is_empty() {
        return w.write_event(Event::Empty(start));
    }
    w.write_event(Event::Start(start))?;
    for (name, root) in &implied.roots {
        let ty = reference_name(&root.ty);
        let (element, attribute) = if root.is_set {
            ("EntitySet", "EntityType")
        } else {
            ("Singleton", "Type")
        };
        w.write_event(Event::Empty(
            BytesStart::new(element)
                .with_attributes([("Name", name.as_str()), (attribute, ty.as_str())]),
        ))?;
    }
    w.write_event(Event::End(BytesEnd::new("EntityContainer")))
}

/// `Edm.String`, `graph.user`, `Collection(microsoft.graph.identityGovernance.run)`.
pub fn type_reference(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Primitive(p) => format!("Edm.{}", p.as_str()),
        TypeRef::Named(name) => reference_name(name),
        TypeRef::Collection(inner) => format!("Collection({})", type_reference(inner)),
    }
}

/// A qualified name as references write it: types of `microsoft.graph` itself by its alias.
fn reference_name(name: &QualifiedName) -> String {
    if name.namespace == ROOT_NAMESPACE {
        format!("{ROOT_ALIAS}.{}", name.name)
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests;
