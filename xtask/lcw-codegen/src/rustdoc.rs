//! Docs prose to rustdoc: paragraphs, escapes, autolinks, so `cargo doc -D warnings` stays quiet.

/// Rustdoc lines (each with the leading space `///` would have), paragraphs separated by "".
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = normalise_html(text);
    let mut out = Vec::new();
    for paragraph in text.split("\n\n") {
        let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        if joined.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        match list_items(&joined) {
            Some(items) => out.extend(items.into_iter().map(|item| format!(" - {}", escape(item)))),
            None => out.push(format!(" {}", escape(&joined))),
        }
    }
    out
}

/// The items of a markdown list the docs reader flattened into one line
/// (`+ onDemandExecutionOnly + triggerAndScopeBasedConditions`): a paragraph that starts with a
/// `+`, `-` or `*` marker is split at that marker, so rustdoc shows one bullet per item.
fn list_items(paragraph: &str) -> Option<Vec<&str>> {
    let marker = paragraph
        .chars()
        .next()
        .filter(|c| matches!(c, '+' | '-' | '*'))?;
    let first = paragraph[1..].strip_prefix(' ')?;
    let separator = format!(" {marker} ");
    let items: Vec<&str> = first
        .split(separator.as_str())
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    (!items.is_empty()).then_some(items)
}

/// `<br>` becomes a paragraph break and list items become their own paragraphs starting with `-`;
/// other tags are left for [`escape`].
fn normalise_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            out.push_str(after);
            return out;
        };
        let tag = after[1..end]
            .trim()
            .trim_end_matches('/')
            .trim()
            .to_ascii_lowercase();
        match tag.as_str() {
            "br" | "p" | "/p" | "ul" | "/ul" | "ol" | "/ol" | "/li" => out.push_str("\n\n"),
            "li" => out.push_str("\n\n- "),
            _ => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The characters [`escape`] may change.
const ESCAPED: [char; 10] = ['`', '[', ']', '<', '>', '*', '_', '\\', '|', '#'];

/// Escapes markdown that rustdoc would misread outside code spans: link brackets, HTML-looking
/// angle brackets, a heading or quote marker at the start; wraps bare URLs in `<...>`.
fn escape(line: &str) -> String {
    let balanced = line.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut first = true;
    for word in line.split(' ') {
        if !first {
            out.push(' ');
        }
        first = false;
        if !in_code
            && (word.starts_with("http://") || word.starts_with("https://"))
            && !word.contains('`')
        {
            let trimmed = word.trim_end_matches(['.', ',', ';', ')', ':']);
            let url: String = trimmed
                .chars()
                .filter(|c| !matches!(c, '<' | '>'))
                .collect();
            out.push('<');
            out.push_str(&url);
            out.push('>');
            out.push_str(&word[trimmed.len()..]);
            continue;
        }
        // Most words need no escape: copied whole.
        if !word.contains(ESCAPED) {
            out.push_str(word);
            continue;
        }
        for (i, c) in word.chars().enumerate() {
            match c {
                '`' if balanced => {
                    in_code = !in_code;
                    out.push(c);
                }
                '`' => out.push_str("\\`"),
                _ if in_code => out.push(c),
                '[' | ']' | '<' | '>' | '*' | '_' | '\\' | '|' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' if out.trim().is_empty() && i == 0 => out.push_str("\\#"),
                _ => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_become_paragraphs() {
        let lines = doc_lines("The run status.<br><br>Supports `$filter`(`eq`).");
        assert_eq!(
            lines,
            vec![" The run status.", "", " Supports `$filter`(`eq`)."]
        );
    }

    #[test]
    fn brackets_and_tags_are_escaped_outside_code() {
        let lines = doc_lines("See [run](x.md) <b>now</b> and `a[0]`.");
        assert_eq!(
            lines,
            vec![" See \\[run\\](x.md) \\<b\\>now\\</b\\> and `a[0]`."]
        );
    }

    #[test]
    fn urls_become_autolinks() {
        let lines = doc_lines("Read https://example.com/a_b.");
        assert_eq!(lines, vec![" Read <https://example.com/a_b>."]);
    }

    #[test]
    fn flattened_lists_become_one_bullet_per_item() {
        let lines = doc_lines(
            "Derived types:\n\n+ onDemandExecutionOnly + triggerAndScopeBasedConditions\n\nAfter.",
        );
        assert_eq!(
            lines,
            vec![
                " Derived types:",
                "",
                " - onDemandExecutionOnly",
                " - triggerAndScopeBasedConditions",
                "",
                " After."
            ]
        );
        let lines = doc_lines("- the subject of a run - the target of a task");
        assert_eq!(
            lines,
            vec![" - the subject of a run", " - the target of a task"]
        );
        assert_eq!(doc_lines("-1 is not a list"), vec![" -1 is not a list"]);
        assert_eq!(
            doc_lines("*Note* stays prose"),
            vec![" \\*Note\\* stays prose"]
        );
    }

    #[test]
    fn unbalanced_backticks_are_escaped() {
        assert_eq!(doc_lines("a `b"), vec![" a \\`b"]);
    }
}
