//! Word splitting and recasing: how a wire name becomes a Rust identifier ([`crate::names`],
//! stage 3, decides which identifier each item gets).
//!
//! One splitting rule serves types, fields, variants and files: words start at a lower-to-upper
//! change, at the last capital of an acronym followed by lower case (`MFARegistered` is `MFA` +
//! `Registered`), at digits-to-letters changes and at any non-alphanumeric character. A single
//! lower-case letter before an acronym stays with it (`iOSVersion` is `iOS` + `Version`).
//! Keywords get a trailing underscore. Names the docs use are never guessed back from Rust names:
//! every generated reader and writer spells the wire name out, and [`round_trips`] tells where
//! the Rust name alone would not give the wire name back (those fields say so in their docs).

/// Splits a wire name into words.
pub fn words(wire: &str) -> Vec<String> {
    let chars: Vec<char> = wire.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            flush(&mut words, &mut current);
            continue;
        }
        if let Some(&prev) = current.chars().last().as_ref() {
            let next = chars.get(i + 1).copied();
            let boundary = (prev.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (prev.is_ascii_digit() && c.is_ascii_alphabetic())
                || (prev.is_ascii_uppercase()
                    && c.is_ascii_uppercase()
                    && next.is_some_and(|n| n.is_ascii_lowercase()));
            if boundary {
                flush(&mut words, &mut current);
            }
        }
        current.push(c);
    }
    flush(&mut words, &mut current);
    merge_lone_prefix(words)
}

fn flush(words: &mut Vec<String>, current: &mut String) {
    if !current.is_empty() {
        words.push(std::mem::take(current));
    }
}

/// `i` + `OS` -> `iOS`: a lone lower-case letter belongs to the acronym after it.
fn merge_lone_prefix(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let is_acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
        match out.last_mut() {
            Some(prev)
                if is_acronym
                    && prev.len() == 1
                    && prev.chars().all(|c| c.is_ascii_lowercase()) =>
            {
                prev.push_str(&word);
            }
            _ => out.push(word),
        }
    }
    out
}

fn capitalize(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// `PascalCase` for types and variants: `lifecycleWorkflowProcessingStatus` ->
/// `LifecycleWorkflowProcessingStatus`, `iOSVersion` -> `IosVersion`.
pub fn pascal(wire: &str) -> String {
    let joined: String = words(wire).iter().map(|w| capitalize(w)).collect();
    fix_start(joined, "V")
}

/// `snake_case` for fields and files: `isMFARegistered` -> `is_mfa_registered`, `type` -> `type_`.
pub fn snake(wire: &str) -> String {
    let joined = words(wire)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    let name = fix_start(joined, "v_");
    if is_keyword(&name) { name + "_" } else { name }
}

/// A name must not be empty or start with a digit.
fn fix_start(name: String, prefix: &str) -> String {
    match name.chars().next() {
        None => format!("{prefix}empty"),
        Some(c) if c.is_ascii_digit() => format!("{prefix}{name}"),
        Some(_) => name,
    }
}

/// Whether lower-camel-casing the Rust field name gives the wire name back, i.e. whether a
/// `rename_all = "camelCase"` would have been enough for this field.
pub fn round_trips(rust_field: &str, wire: &str) -> bool {
    let mut out = String::new();
    for (i, word) in rust_field.trim_end_matches('_').split('_').enumerate() {
        if i == 0 {
            out.push_str(word)
        } else {
            out.push_str(&capitalize(word))
        }
    }
    out == wire
}

/// Rust keywords (strict and reserved, 2024 edition) that cannot be plain identifiers.
pub fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
        "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box",
        "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
        "union",
    ];
    KEYWORDS.contains(&name)
}

/// Type names generated code relies on unqualified; a generated type must not take them.
pub fn is_reserved_type_name(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "Option",
        "Some",
        "None",
        "Result",
        "Ok",
        "Err",
        "String",
        "Vec",
        "Box",
        "Default",
        "Self",
        "Clone",
        "Debug",
        "PartialEq",
        "Eq",
        "Hash",
        "From",
        "Into",
        "Iterator",
    ];
    RESERVED.contains(&name)
}

/// The variant of an enum member. `Unknown` is the catch-all of every generated enum, so a
/// documented member named `unknown` becomes `UnknownMember` (smithy-rs renames the same way);
/// `Self`, the one keyword PascalCase can produce, gets the same suffix.
pub fn member_variant(wire: &str) -> String {
    match pascal(wire) {
        name if name == "Unknown" || is_keyword(&name) => name + "Member",
        name => name,
    }
}

/// `[A-Za-z_][A-Za-z0-9_]*`, not `_` alone.
pub fn is_valid_ident(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_wire_names_become_rust_names() {
        assert_eq!(snake("iOSVersion"), "ios_version");
        assert_eq!(pascal("iOSVersion"), "IosVersion");
        assert_eq!(snake("isMFARegistered"), "is_mfa_registered");
        assert_eq!(snake("totalTasksCount"), "total_tasks_count");
        assert_eq!(snake("ContinueOnError"), "continue_on_error");
        assert_eq!(
            pascal("lifecycleWorkflowProcessingStatus"),
            "LifecycleWorkflowProcessingStatus"
        );
        assert_eq!(pascal("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(member_variant("unknown"), "UnknownMember");
        assert_eq!(member_variant("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(snake("@odata.type"), "odata_type");
        assert_eq!(snake("userPrincipalName"), "user_principal_name");
        assert_eq!(snake("sourceIPAddress"), "source_ip_address");
        assert_eq!(snake("office365Groups"), "office365_groups");
    }

    #[test]
    fn keywords_and_digits_are_escaped() {
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("3des"), "v_3_des");
        assert_eq!(pascal("3des"), "V3Des");
        assert_eq!(snake(""), "v_empty");
    }

    #[test]
    fn round_trip_detects_names_that_need_a_rename() {
        assert!(round_trips("total_tasks_count", "totalTasksCount"));
        assert!(round_trips("type_", "type"));
        assert!(!round_trips("ios_version", "iOSVersion"));
        assert!(!round_trips("is_mfa_registered", "isMFARegistered"));
        assert!(!round_trips("continue_on_error", "ContinueOnError"));
    }
}
