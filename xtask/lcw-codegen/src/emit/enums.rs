//! One file per enum in `lcw-enums`.

use lcw_docs::model::{EnumDef, QualifiedName};
use proc_macro2::TokenStream;
use quote::quote;

use super::{VersionCtx, ident};
use crate::rustdoc::doc_attrs;

const AFTER_SENTINEL_NOTE: &str = "Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.";

/// The items of one enum file.
pub fn enum_items(ctx: &VersionCtx<'_>, name: &QualifiedName, def: &EnumDef) -> Vec<TokenStream> {
    let rust = ident(&ctx.names.enums[name]);
    let variant = |member: &str| ident(&ctx.names.variants[&(name.clone(), member.to_owned())]);

    let mut enum_doc = if def.description.trim().is_empty() {
        format!("Values of `{}`.", name.name)
    } else {
        def.description.clone()
    };
    if def.members.iter().any(|m| m.after_sentinel) {
        enum_doc.push_str("\n\nMembers listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.");
    }
    enum_doc.push_str("\n\nA value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.");
    let enum_doc = doc_attrs(&enum_doc, "");

    let variants = def.members.iter().map(|m| {
        let v = variant(&m.name);
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
        let doc = doc_attrs(&text, "");
        quote! { #doc #v, }
    });
    let known = def.members.iter().map(|m| variant(&m.name));
    let as_str_arms = def.members.iter().map(|m| {
        let v = variant(&m.name);
        let wire = &m.name;
        quote! { #rust::#v => #wire, }
    });
    let from_arms = def.members.iter().map(|m| {
        let v = variant(&m.name);
        let wire = &m.name;
        quote! { #wire => #rust::#v, }
    });
    let strict_arms = def.members.iter().map(|m| {
        let v = variant(&m.name);
        let wire = &m.name;
        quote! { #wire => Ok(#rust::#v), }
    });
    let wire_name = name.name.as_str();
    let after: Vec<_> = def
        .members
        .iter()
        .filter(|m| m.after_sentinel)
        .map(|m| variant(&m.name))
        .collect();
    let is_after_body = if after.is_empty() {
        quote! { false }
    } else {
        quote! { matches!(self, #( #rust::#after )|*) }
    };

    let mut items = vec![
        quote! {
            #enum_doc
            #[non_exhaustive]
            #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub enum #rust {
                #( #variants )*
                /// A value the docs did not list when this crate was generated, kept verbatim.
                Unknown(crate::UnknownValue),
            }
        },
        quote! {
            impl #rust {
                /// Every member this crate knows, in the order the docs list them.
                pub const KNOWN: &'static [#rust] = &[ #( #rust::#known ),* ];

                /// The wire spelling, or the raw text of an unknown value.
                pub fn as_str(&self) -> &str {
                    match self {
                        #( #as_str_arms )*
                        #rust::Unknown(value) => value.as_str(),
                    }
                }

                /// Reads a wire value strictly: text that names no member this crate knows is an
                /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
                pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
                    match value {
                        #( #strict_arms )*
                        other => Err(crate::UnknownMember::new(#wire_name, other)),
                    }
                }

                /// Whether the member is listed after `unknownFutureValue`, so sent only with
                /// `Prefer: include-unknown-enum-members`.
                pub fn is_after_sentinel(&self) -> bool {
                    #is_after_body
                }
            }
        },
        quote! {
            impl crate::GraphEnum for #rust {
                const KNOWN: &'static [#rust] = #rust::KNOWN;
                fn as_str(&self) -> &str {
                    #rust::as_str(self)
                }
                fn from_wire(value: &str) -> Self {
                    #rust::from(value)
                }
                fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
                    #rust::try_parse(value)
                }
            }
        },
        quote! {
            impl AsRef<str> for #rust {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }
        },
        quote! {
            impl From<&str> for #rust {
                fn from(value: &str) -> Self {
                    match value {
                        #( #from_arms )*
                        other => #rust::Unknown(crate::__private::unknown(other)),
                    }
                }
            }
        },
        quote! {
            impl ::std::str::FromStr for #rust {
                type Err = ::std::convert::Infallible;
                fn from_str(value: &str) -> Result<Self, Self::Err> {
                    Ok(#rust::from(value))
                }
            }
        },
        quote! {
            impl ::std::fmt::Display for #rust {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        },
        quote! {
            impl serde::Serialize for #rust {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }
        },
        quote! {
            impl<'de> serde::Deserialize<'de> for #rust {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    crate::__private::deserialize_enum(deserializer)
                }
            }
        },
    ];
    if let Some(set) = ctx.names.sets.get(name) {
        let set = ident(set);
        let doc = doc_attrs(
            &format!(
                "A combination of `{}` members, written `\"a,b\"` on the wire.",
                name.name
            ),
            "",
        );
        items.push(quote! {
            #doc
            pub type #set = crate::Flags<#rust>;
        });
    }
    items
}

/// `inProgress` -> `In progress`: a readable fallback when the docs describe no member.
fn humanize(wire: &str) -> String {
    let words = crate::naming::words(wire);
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
