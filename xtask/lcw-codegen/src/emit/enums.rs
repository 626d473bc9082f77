//! One file per enum in `lcw-enums`.

use lcw_docs::model::{EnumDef, QualifiedName};

use super::VersionCtx;
use super::writer::{self, RustWriter};

const AFTER_SENTINEL_NOTE: &str = "Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.";

/// One enum, its impls and its flags set if it has one.
pub fn write_enum(w: &mut RustWriter, ctx: &VersionCtx<'_>, name: &QualifiedName, def: &EnumDef) {
    let rust = ctx.names.enums[name].as_str();
    let variant = |member: &str| ctx.names.variants[&(name.clone(), member.to_owned())].as_str();

    let mut enum_doc = if def.description.trim().is_empty() {
        format!("Values of `{}`.", name.name)
    } else {
        def.description.clone()
    };
    if def.members.iter().any(|m| m.after_sentinel) {
        enum_doc.push_str("\n\nMembers listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.");
    }
    enum_doc.push_str("\n\nA value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.");
    w.doc_text(&enum_doc, "");
    w.line("#[non_exhaustive]");
    w.line("#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]");
    w.open(format_args!("pub enum {rust}"));
    for m in &def.members {
        let mut text = if m.description.trim().is_empty() {
            if m.name == "unknownFutureValue" {
                "Evolvable enumeration sentinel: the service sends it for members added after the client's version.".to_owned()
            } else {
                format!("{} (`{}`).", humanize(&m.name), m.name)
            }
        } else {
            m.description.clone()
        };
        if m.after_sentinel {
            text.push_str("\n\n");
            text.push_str(AFTER_SENTINEL_NOTE);
        }
        w.doc_text(&text, "");
        w.line(format_args!("{},", variant(&m.name)));
    }
    w.line("/// A value the docs did not list when this crate was generated, kept verbatim.");
    w.line("Unknown(crate::UnknownValue),");
    w.close("");
    w.blank();

    let known: Vec<String> = def
        .members
        .iter()
        .map(|m| format!("{rust}::{}", variant(&m.name)))
        .collect();
    w.open(format_args!("impl {rust}"));
    w.line("/// Every member this crate knows, in the order the docs list them.");
    w.list(
        &format!("pub const KNOWN: &'static [{rust}] = &["),
        &known,
        "];",
    );
    w.line("/// The wire spelling, or the raw text of an unknown value.");
    w.open("pub fn as_str(&self) -> &str");
    w.open("match self");
    for m in &def.members {
        w.line(format_args!(
            "{rust}::{} => {},",
            variant(&m.name),
            writer::string(&m.name)
        ));
    }
    w.line(format_args!("{rust}::Unknown(value) => value.as_str(),"));
    w.close("");
    w.close("");
    w.line("/// Reads a wire value strictly: text that names no member this crate knows is an");
    w.line("/// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.");
    w.open("pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember>");
    w.open("match value");
    for m in &def.members {
        w.line(format_args!(
            "{} => Ok({rust}::{}),",
            writer::string(&m.name),
            variant(&m.name)
        ));
    }
    w.line(format_args!(
        "other => Err(crate::UnknownMember::new({}, other)),",
        writer::string(&name.name)
    ));
    w.close("");
    w.close("");
    w.line("/// Whether the member is listed after `unknownFutureValue`, so sent only with");
    w.line("/// `Prefer: include-unknown-enum-members`.");
    w.open("pub fn is_after_sentinel(&self) -> bool");
    let after: Vec<String> = def
        .members
        .iter()
        .filter(|m| m.after_sentinel)
        .map(|m| format!("{rust}::{}", variant(&m.name)))
        .collect();
    if after.is_empty() {
        w.line("false");
    } else {
        w.line(format_args!("matches!(self, {})", after.join(" | ")));
    }
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl crate::GraphEnum for {rust}"));
    w.line(format_args!(
        "const KNOWN: &'static [{rust}] = {rust}::KNOWN;"
    ));
    w.open("fn as_str(&self) -> &str");
    w.line(format_args!("{rust}::as_str(self)"));
    w.close("");
    w.open("fn from_wire(value: &str) -> Self");
    w.line(format_args!("{rust}::from(value)"));
    w.close("");
    w.open("fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember>");
    w.line(format_args!("{rust}::try_parse(value)"));
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl AsRef<str> for {rust}"));
    w.open("fn as_ref(&self) -> &str");
    w.line("self.as_str()");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl From<&str> for {rust}"));
    w.open("fn from(value: &str) -> Self");
    w.open("match value");
    for m in &def.members {
        w.line(format_args!(
            "{} => {rust}::{},",
            writer::string(&m.name),
            variant(&m.name)
        ));
    }
    w.line(format_args!(
        "other => {rust}::Unknown(crate::__private::unknown(other)),"
    ));
    w.close("");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl ::std::str::FromStr for {rust}"));
    w.line("type Err = ::std::convert::Infallible;");
    w.open("fn from_str(value: &str) -> Result<Self, Self::Err>");
    w.line(format_args!("Ok({rust}::from(value))"));
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl ::std::fmt::Display for {rust}"));
    w.open("fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result");
    w.line("f.write_str(self.as_str())");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl serde::Serialize for {rust}"));
    w.open("fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>");
    w.line("serializer.serialize_str(self.as_str())");
    w.close("");
    w.close("");
    w.blank();

    w.open(format_args!("impl<'de> serde::Deserialize<'de> for {rust}"));
    w.open(
        "fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>",
    );
    w.line("crate::__private::deserialize_enum(deserializer)");
    w.close("");
    w.close("");

    if let Some(set) = ctx.names.sets.get(name) {
        w.blank();
        w.doc_text(
            &format!(
                "A combination of `{}` members, written `\"a,b\"` on the wire.",
                name.name
            ),
            "",
        );
        w.line(format_args!("pub type {set} = crate::Flags<{rust}>;"));
    }
}

/// `inProgress` -> `In progress`: a readable fallback when the docs describe no member.
fn humanize(wire: &str) -> String {
    let words = crate::recase::words(wire);
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        let acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
        let word = if acronym {
            word.clone()
        } else {
            word.to_ascii_lowercase()
        };
        if i == 0 {
            let mut chars = word.chars();
            out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            out.push_str(chars.as_str());
        } else {
            out.push(' ');
            out.push_str(&word);
        }
    }
    out
}
