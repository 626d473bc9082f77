//! One file per entity or complex type in `lcw-models`: the struct, its builder, `GraphType`,
//! and serde impls with a generated field matcher (no `#[serde(flatten)]`).

use lcw_docs::model::{QualifiedName, TypeDef, TypeRef};

use super::VersionCtx;
use super::writer::{self, RustWriter};
use crate::names::ROOT_NAMESPACE;
use crate::plan::FlatProperty;
use crate::recase::round_trips;

struct Field<'a> {
    name: String,
    wire: &'a str,
    /// Type inside the `Nullable`.
    ty: String,
    /// Element type when the property is a collection (`ty` is then `Vec<elem>`).
    elem: Option<String>,
    /// Whether the property is a collection of generated structs, read in place.
    struct_list: bool,
    /// The rustdoc lines of the property's description (empty when it has none), for the
    /// field and its three setters: worked out once.
    doc: Vec<String>,
    flat: &'a FlatProperty,
}

/// The struct of one entity or complex type and its impls, written into `w` (the polymorphic
/// enum, if any, is added by the caller).
pub fn write_struct(w: &mut RustWriter, ctx: &VersionCtx<'_>, name: &QualifiedName, def: &TypeDef) {
    let rust = ctx.names.structs[name].as_str();
    let builder = format!("{rust}Builder");
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
    if def.stand_in && name.namespace == ROOT_NAMESPACE {
        doc.push_str(&format!("\n\nA stand-in for `{name}`, a type outside the lifecycle workflows family: only the properties these docs use are modelled, everything else stays in `additional_properties`."));
    } else if def.stand_in {
        doc.push_str(&format!("\n\nA stand-in for `{name}`: the docs reference it but no page describes it (generated with `--allow-missing`), so every property it has stays in `additional_properties`."));
    }
    w.doc_text(&doc, "");
    w.line("#[non_exhaustive]");
    w.line("#[derive(Debug, Clone, Default, PartialEq)]");
    w.open(format_args!("pub struct {rust}"));
    for f in &fields {
        if f.doc.is_empty() {
            w.doc_text("", &format!("The `{}` property.", f.wire));
        } else {
            w.doc(&f.doc);
        }
        write_deprecated(w, f);
        w.line(format_args!("pub {}: crate::Nullable<{}>,", f.name, f.ty));
    }
    w.line("/// Properties the docs do not describe (and `@odata` annotations), kept verbatim.");
    w.line("pub additional_properties: serde_json::Map<String, serde_json::Value>,");
    w.close("");
    w.blank();

    w.open(format_args!("impl {rust}"));
    w.line("/// Starts a builder, e.g. for a request body.");
    w.open(format_args!("pub fn builder() -> {builder}"));
    w.line(format_args!("<{builder} as Default>::default()"));
    w.close("");
    w.close("");
    w.blank();

    w.line(format_args!(
        "/// Builds a [`{rust}`] one property at a time."
    ));
    w.line("#[derive(Debug, Clone, Default)]");
    w.open(format_args!("pub struct {builder}"));
    w.line(format_args!("inner: {rust},"));
    w.close("");
    w.blank();

    // The crate's own impls read and write every field, deprecated ones included.
    let deprecated_inside = fields.iter().any(|f| f.flat.property.deprecated);
    let allow_deprecated = |w: &mut RustWriter| {
        if deprecated_inside {
            w.line("#[allow(deprecated)]");
        }
    };
    allow_deprecated(w);
    w.open(format_args!("impl {builder}"));
    for f in &fields {
        write_setters(w, f);
    }
    w.line("/// Adds a property the docs do not describe.");
    w.open_fn(
        "pub fn additional_property(",
        &[
            "mut self".into(),
            "key: impl Into<String>".into(),
            "value: serde_json::Value".into(),
        ],
        ") -> Self",
    );
    w.line("self.inner.additional_properties.insert(key.into(), value);");
    w.line("self");
    w.close("");
    w.line(format_args!("/// The finished [`{rust}`]."));
    w.open(format_args!("pub fn build(self) -> {rust}"));
    w.line("self.inner");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl crate::GraphType for {rust}"));
    w.line(format_args!(
        "const ODATA_TYPE: &'static str = {};",
        writer::string(&format!("#{name}"))
    ));
    if fields.is_empty() {
        w.line("const PROPERTIES: &'static [crate::PropertyInfo] = &[];");
    } else {
        w.line("const PROPERTIES: &'static [crate::PropertyInfo] = &[");
        w.indented(|w| {
            for f in &fields {
                write_property_info(w, ctx, f);
            }
        });
        w.line("];");
    }
    w.close("");
    w.blank();

    allow_deprecated(w);
    w.open(format_args!(
        "impl crate::__private::WriteFields for {rust}"
    ));
    w.open_fn(
        "fn write_known<M: serde::ser::SerializeMap>(",
        &["&self".into(), "map: &mut M".into()],
        ") -> Result<(), M::Error>",
    );
    for f in &fields {
        w.line(format_args!(
            "crate::__private::write_field(map, {}, &self.{})?;",
            writer::string(f.wire),
            f.name
        ));
    }
    // Without fields the map is not touched.
    if fields.is_empty() {
        w.line("let _ = map;");
    }
    w.line("Ok(())");
    w.close("");
    w.open("fn is_set(&self, key: &str) -> bool");
    if fields.is_empty() {
        w.line("let _ = key;");
        w.line("false");
    } else {
        w.open("match key");
        for f in &fields {
            w.line(format_args!(
                "{} => !self.{}.is_absent(),",
                writer::string(f.wire),
                f.name
            ));
        }
        w.line("_ => false,");
        w.close("");
    }
    w.close("");
    w.open("fn extra(&self) -> &serde_json::Map<String, serde_json::Value>");
    w.line("&self.additional_properties");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl serde::Serialize for {rust}"));
    w.open("fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>");
    w.line("crate::__private::serialize_object(self, serializer, None)");
    w.close("");
    w.close("");
    w.blank();

    allow_deprecated(w);
    w.open(format_args!("impl crate::__private::ReadFields for {rust}"));
    w.line(format_args!(
        "const EXPECTING: &'static str = {};",
        writer::string(&format!("a `{name}` object"))
    ));
    w.line("#[inline]");
    w.open_fn(
        "fn read_field<'de, A: serde::de::MapAccess<'de>>(",
        &["&mut self".into(), "key: &str".into(), "map: &mut A".into()],
        ") -> Result<bool, A::Error>",
    );
    if fields.is_empty() {
        w.line("let _ = (key, map);");
        w.line("Ok(false)");
    } else {
        w.open("match key");
        for f in &fields {
            let reader = if f.struct_list {
                "object_list"
            } else {
                "field"
            };
            w.line(format_args!(
                "{} => crate::__private::{reader}(map, &mut self.{})?,",
                writer::string(f.wire),
                f.name
            ));
        }
        w.line("_ => return Ok(false),");
        w.close("");
        w.line("Ok(true)");
    }
    w.close("");
    w.open(
        "fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value>",
    );
    w.line("&mut self.additional_properties");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl<'de> serde::Deserialize<'de> for {rust}"));
    w.open(
        "fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>",
    );
    w.list(
        "crate::__private::deserialize_object(",
        &[
            "deserializer".into(),
            "<Self as crate::__private::ReadFields>::EXPECTING".into(),
        ],
        ")",
    );
    w.close("");
    w.close("");
}

/// One `crate::PropertyInfo { .. },` row of `PROPERTIES`.
fn write_property_info(w: &mut RustWriter, ctx: &VersionCtx<'_>, f: &Field<'_>) {
    let p = &f.flat.property;
    let ops: Vec<String> = p
        .filter
        .iter()
        .map(|op| format!("crate::FilterOp::{op:?}"))
        .collect();
    w.open("crate::PropertyInfo");
    w.line(format_args!("name: {},", writer::string(f.wire)));
    w.list("filter: &[", &ops, "],");
    w.line(format_args!("orderby: {},", p.orderby));
    w.line(format_args!("is_relationship: {},", p.is_relationship));
    w.line(format_args!(
        "is_collection: {},",
        matches!(p.ty, TypeRef::Collection(_))
    ));
    ctx.write_property_type(w, &p.ty);
    w.line(format_args!("read_only: {},", p.read_only));
    w.close(",");
}

fn field<'a>(ctx: &VersionCtx<'_>, owner: &QualifiedName, flat: &'a FlatProperty) -> Field<'a> {
    let wire = flat.property.wire_name.as_str();
    let rust = &ctx.names.fields[&(owner.clone(), wire.to_owned())];
    let mut ty = ctx.value_type(&flat.property.ty);
    let boxed = ctx.plan.boxed.contains(&(owner.clone(), wire.to_owned()));
    if boxed {
        ty = format!("Box<{ty}>");
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
    Field {
        name: rust.clone(),
        wire,
        ty,
        elem,
        struct_list,
        doc: crate::rustdoc::doc_lines(&text),
        flat,
    }
}

/// `#[deprecated]` on a property the docs mark deprecated, and on its setters: a caller hears
/// of it from the compiler.
fn write_deprecated(w: &mut RustWriter, f: &Field<'_>) {
    if f.flat.property.deprecated {
        w.line(format_args!(
            "#[deprecated(note = {})]",
            writer::string(&format!("the docs mark `{}` deprecated", f.wire))
        ));
    }
}

/// The builder methods of one property, each documented with the property's own description:
/// `x(value)` (or `x(item)` appending to a collection), `set_x(Option<_>)` and `null_x()`.
fn write_setters(w: &mut RustWriter, f: &Field<'_>) {
    let (n, ty, wire) = (&f.name, &f.ty, f.wire);
    let base = n.trim_end_matches('_');
    // The first line is ours and plain (the wire name sits in a code span): written as is.
    let doc = |w: &mut RustWriter, first: String| {
        w.line(format_args!("/// {first}"));
        if !f.doc.is_empty() {
            w.doc(&[String::new()]);
            w.doc(&f.doc);
        }
        write_deprecated(w, f);
    };
    match &f.elem {
        Some(elem) => {
            doc(
                w,
                format!("Appends one item to `{wire}` (creating the collection if needed)."),
            );
            w.open_fn(
                &format!("pub fn {n}("),
                &["mut self".into(), format!("item: impl Into<{elem}>")],
                ") -> Self",
            );
            w.line(format_args!(
                "self.inner.{n}.get_or_insert_with(Vec::new).push(item.into());"
            ));
        }
        None => {
            doc(w, format!("Sets `{wire}`."));
            w.open_fn(
                &format!("pub fn {n}("),
                &["mut self".into(), format!("value: impl Into<{ty}>")],
                ") -> Self",
            );
            w.line(format_args!(
                "self.inner.{n} = crate::Nullable::Value(value.into());"
            ));
        }
    }
    w.line("self");
    w.close("");
    doc(
        w,
        format!("Sets `{wire}` to a value, or leaves it out of the body with `None`."),
    );
    w.open_fn(
        &format!("pub fn set_{base}("),
        &["mut self".into(), format!("value: Option<{ty}>")],
        ") -> Self",
    );
    w.line(format_args!("self.inner.{n} = value.into();"));
    w.line("self");
    w.close("");
    doc(
        w,
        format!("Sends `{wire}` as an explicit `null` (in a `PATCH`, clears it)."),
    );
    w.open(format_args!("pub fn null_{base}(mut self) -> Self"));
    w.line(format_args!("self.inner.{n} = crate::Nullable::Null;"));
    w.line("self");
    w.close("");
}
