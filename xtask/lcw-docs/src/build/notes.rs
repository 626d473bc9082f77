//! Facts stated in a property description: `Read-only.`, `Required.`, query support, possible
//! values, multi-valued enums.

use std::borrow::Cow;

use crate::model::FilterOp;
use crate::parse::is_negative;

/// What a description says about its property.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    /// `Read-only.`
    pub read_only: bool,
    /// `Required.`
    pub required: bool,
    /// `$filter` operators, in the order written.
    pub filter: Vec<FilterOp>,
    /// `$orderby` (any spelling).
    pub orderby: bool,
    /// `$search`.
    pub search: bool,
    /// Members listed after "possible values are:" and similar, as written.
    pub possible_values: Vec<String>,
    /// "multi-valued": the enum is a flags enum.
    pub multi_valued: bool,
}

/// Reads the notes of one description (plain text with backticks kept).
pub fn read(description: &str) -> Notes {
    let lower = description.to_ascii_lowercase();
    let affirmed = affirmed(description);
    let affirmed_lower = match &affirmed {
        Cow::Borrowed(_) => Cow::Borrowed(lower.as_str()),
        Cow::Owned(text) => Cow::Owned(text.to_ascii_lowercase()),
    };
    Notes {
        read_only: lower.contains("read-only") || lower.contains("read only."),
        required: description.contains("Required.")
            || description.contains("Required,")
            || lower.starts_with("required"),
        filter: filter_ops(&affirmed, &affirmed_lower),
        orderby: affirmed_lower.contains("orderby"),
        search: affirmed_lower.contains("$search"),
        possible_values: values_after_lead(description, &lower),
        multi_valued: says_multi_valued(&lower),
    }
}

/// The description without the sentences that deny support ("`$orderby` is not supported."),
/// so that the query options they name do not read as supported. A sentence ends at `. ` or
/// at a line break (a `<br>` in the cell).
fn affirmed(description: &str) -> Cow<'_, str> {
    if !is_negative(description) {
        return Cow::Borrowed(description);
    }
    Cow::Owned(
        description
            .split_inclusive('\n')
            .flat_map(|line| line.split_inclusive(". "))
            .filter(|sentence| !is_negative(sentence))
            .collect(),
    )
}

/// Whether a description calls its enum multi-valued (a flags enum): [`Notes::multi_valued`]
/// alone, for a caller that needs nothing else.
pub fn multi_valued(description: &str) -> bool {
    says_multi_valued(&description.to_ascii_lowercase())
}

fn says_multi_valued(lower: &str) -> bool {
    const PHRASES: [&str; 5] = [
        "multi-valued",
        "multivalued",
        "flags enum",
        "flagged enum",
        "isflags",
    ];
    PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// Operators in `$filter`(`eq`, `ne`) or `$filter` (eq, ne): the parenthesised list after the
/// first `$filter`. `$filter` without a list means equality only.
fn filter_ops(description: &str, lower: &str) -> Vec<FilterOp> {
    // `contains` is much cheaper than `find` and most descriptions name no filter.
    if !lower.contains("$filter") {
        return Vec::new();
    }
    let Some(at) = lower.find("$filter") else {
        return Vec::new();
    };
    let rest = &description[at + "$filter".len()..];
    let rest = rest.trim_start_matches('`').trim_start();
    let Some(list) = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(l, _)| l)
    else {
        return vec![FilterOp::Eq];
    };
    let mut ops = Vec::new();
    for item in list.split(',') {
        let word = item.trim().trim_matches('`').trim();
        let word = word.strip_suffix("()").unwrap_or(word);
        if let Some(op) = FilterOp::parse(word)
            && !ops.contains(&op)
        {
            ops.push(op);
        }
    }
    ops
}

const VALUE_LEADS: [&str; 6] = [
    "possible values are",
    "possible values:",
    "supported values",
    "allowed values are",
    "allowed combinations are",
    "the values are",
];

/// The members a description lists after "possible values are:" and similar leads
/// ([`Notes::possible_values`] alone, for a caller that needs nothing else).
pub fn possible_values(description: &str) -> Vec<String> {
    values_after_lead(description, &description.to_ascii_lowercase())
}

/// Backticked members after a "possible values" lead, up to the end of that sentence.
/// Combined members such as `joiner,leaver` are split; backticked text with spaces in it is
/// prose, not a member.
fn values_after_lead(description: &str, lower: &str) -> Vec<String> {
    // Every lead holds one of these two words: most descriptions are ruled out by two searches
    // instead of one per lead.
    if !lower.contains("values") && !lower.contains("combinations") {
        return Vec::new();
    }
    let Some(start) = VALUE_LEADS
        .iter()
        .filter_map(|lead| lower.find(lead).map(|p| p + lead.len()))
        .min()
    else {
        return Vec::new();
    };
    let mut values = Vec::new();
    let bytes = description.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let Some(len) = description[i + 1..].find('`') else {
                    break;
                };
                for part in description[i + 1..i + 1 + len].split(',') {
                    let part = part.trim();
                    let member = !part.is_empty() && !part.contains(char::is_whitespace);
                    if member && !values.iter().any(|v| v == part) {
                        values.push(part.to_string());
                    }
                }
                i += len + 2;
            }
            b'.' if bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) => break,
            b'\n' => break,
            _ => i += 1,
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_support_in_every_spelling() {
        let n =
            read("When.\n\nSupports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.");
        assert_eq!(
            n.filter,
            vec![
                FilterOp::Lt,
                FilterOp::Le,
                FilterOp::Gt,
                FilterOp::Ge,
                FilterOp::Eq,
                FilterOp::Ne
            ]
        );
        assert!(n.orderby);
        let n = read("Supports `$filter`(`eq`,`ne`) and `orderBy`.");
        assert_eq!(n.filter, vec![FilterOp::Eq, FilterOp::Ne]);
        assert!(n.orderby);
        let n = read("Supports `$filter`(`eq`), `orderby`, and `$search`.");
        assert!(n.search && n.orderby);
        let n = read("Supports `$orderby`.");
        assert!(n.filter.is_empty() && n.orderby);
        assert_eq!(
            read("Supports `$filter`(`any`).").filter,
            vec![FilterOp::Any]
        );
        assert_eq!(read("Supports `$filter`.").filter, vec![FilterOp::Eq]);
    }

    #[test]
    fn query_options_a_sentence_denies_are_not_supported() {
        for denied in [
            "The name. Doesn't support `$orderby`.",
            "The name. `$orderby` is not supported.",
            "The name. Supports `$filter` (`eq`). Doesn't support `$orderby` or `$search`.",
        ] {
            let n = read(denied);
            assert!(!n.orderby && !n.search, "{denied}");
        }
        let n = read("Doesn't support `$search`. Supports `$filter` (`eq`, `ne`) and `$orderby`.");
        assert_eq!(n.filter, vec![FilterOp::Eq, FilterOp::Ne]);
        assert!(n.orderby && !n.search);
        assert!(read("Not supported in `$filter`.").filter.is_empty());
        // `<br>` between sentences reads as line breaks.
        assert!(read("Not supported for guests.\n\nSupports `$orderby`.").orderby);
    }

    #[test]
    fn possible_values_and_flags() {
        let n = read(
            "The category. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. Next `x`.",
        );
        assert_eq!(
            n.possible_values,
            vec!["joiner", "leaver", "unknownFutureValue"]
        );
        let n = read(
            "Multi-valued enumeration whose allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.",
        );
        assert!(n.multi_valued);
        assert_eq!(n.possible_values, vec!["joiner", "leaver"]);
        assert!(read("This flagged enumeration allows several members at once.").multi_valued);
        assert!(!read("The possible values are: `a`, `b`.").multi_valued);
        let n = read("Supported values: `a`, `b`. Read-only. Required.");
        assert_eq!(n.possible_values, vec!["a", "b"]);
        assert!(n.read_only && n.required);
        assert_eq!(
            possible_values("Supported values include `a`, `b`, or `any other text`. Not `c`."),
            vec!["a", "b"]
        );
        assert!(possible_values("Supports `$filter`(`eq`).").is_empty());
    }
}
