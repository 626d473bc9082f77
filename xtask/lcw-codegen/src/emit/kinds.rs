//! Polymorphic bases: an enum of the known concrete types, read by `@odata.type`.

use lcw_docs::model::QualifiedName;

use super::VersionCtx;
use super::writer::{self, RustWriter};

/// The enum and its impls for the polymorphic base `base`, after a blank line; nothing when
/// `base` is not polymorphic.
pub fn write_kind(w: &mut RustWriter, ctx: &VersionCtx<'_>, base: &QualifiedName) {
    let Some(kind) = ctx.names.kinds.get(base) else {
        return;
    };
    // (qualified name, variant name, path of its struct)
    let variants: Vec<(&QualifiedName, &str, String)> = ctx.plan.variants[base]
        .iter()
        .map(|v| {
            let rust = &ctx.names.structs[v];
            (v, rust.as_str(), ctx.item_path(v, rust))
        })
        .collect();
    w.blank();
    w.doc_text(
        &format!(
            "A `{base}` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`."
        ),
        "",
    );
    w.line("#[non_exhaustive]");
    w.line("#[derive(Debug, Clone, PartialEq)]");
    w.line("#[allow(clippy::large_enum_variant)]");
    w.open(format_args!("pub enum {kind}"));
    for (q, v, path) in &variants {
        w.line(format_args!("/// A `{q}`."));
        w.line(format_args!("{v}({path}),"));
    }
    w.line("/// An object whose `@odata.type` this crate does not know, kept verbatim.");
    w.line("Unknown(crate::UnknownObject),");
    w.close("");

    for (_, v, path) in &variants {
        w.blank();
        w.open(format_args!("impl From<{path}> for {kind}"));
        w.open(format_args!("fn from(value: {path}) -> Self"));
        w.line(format_args!("{kind}::{v}(value)"));
        w.close("");
        w.close("");
    }

    // A derived type must name itself where its base is expected; the base itself need not.
    w.blank();
    w.open(format_args!("impl serde::Serialize for {kind}"));
    w.open("fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>");
    w.open("match self");
    for (q, v, path) in &variants {
        if *q == base {
            w.line(format_args!(
                "{kind}::{v}(value) => serde::Serialize::serialize(value, serializer),"
            ));
        } else {
            w.line(format_args!(
                "{kind}::{v}(value) => crate::__private::serialize_object("
            ));
            w.indented(|w| {
                w.line("value,");
                w.line("serializer,");
                w.line(format_args!(
                    "Some(<{path} as crate::GraphType>::ODATA_TYPE),"
                ));
            });
            w.line("),");
        }
    }
    w.line(format_args!(
        "{kind}::Unknown(object) => serde::Serialize::serialize(object, serializer),"
    ));
    w.close("");
    w.close("");
    w.close("");

    // A derived variant writes its own tag, so a tag read exactly as it writes it is not kept;
    // the base, written untagged, keeps whatever tag it was read with.
    w.blank();
    w.open(format_args!("impl crate::__private::ReadKind for {kind}"));
    w.open_fn(
        "fn read_kind<'de, A: serde::de::MapAccess<'de>>(",
        &[
            "tag: Option<&str>".into(),
            "started: crate::__private::Started<'de>".into(),
            "map: A".into(),
        ],
        ") -> Result<Self, A::Error>",
    );
    w.open("match tag");
    for (q, v, path) in &variants {
        let tag = writer::string(&q.to_string());
        if *q == base {
            w.line(format_args!(
                "Some({tag}) => started.finish(map).map({kind}::{v}),"
            ));
        } else {
            w.line(format_args!("Some({tag}) => started"));
            w.indented(|w| {
                w.line(format_args!(
                    ".finish_as(map, Some(<{path} as crate::GraphType>::ODATA_TYPE))"
                ));
                w.line(format_args!(".map({kind}::{v}),"));
            });
        }
    }
    if let Some((_, v, _)) = variants.iter().find(|(q, _, _)| *q == base) {
        w.line(format_args!(
            "None => started.finish(map).map({kind}::{v}),"
        ));
    }
    w.line(format_args!(
        "_ => started.finish_unknown(map).map({kind}::Unknown),"
    ));
    w.close("");
    w.close("");
    w.close("");

    w.blank();
    w.open(format_args!("impl<'de> serde::Deserialize<'de> for {kind}"));
    w.open(
        "fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>",
    );
    w.line(format_args!(
        "crate::__private::deserialize_kind(deserializer, {})",
        writer::string(&format!("a `{base}` object"))
    ));
    w.close("");
    w.close("");
}
