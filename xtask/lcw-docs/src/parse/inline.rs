//! Markdown inline text (a table cell, a paragraph) to plain text.
//!
//! Hand-written rather than a second pulldown-cmark pass: cells need byte-exact control over
//! escaped pipes, `<br>` variants and links, and this runs for every cell of every page.

/// Plain text of an inline fragment and the links it held.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// Text with markup removed; links keep their text; `<br>` becomes a blank line.
    pub text: String,
    /// `(text, target)` of every link, in order.
    pub links: Vec<(String, String)>,
}

/// How code spans come out in the plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ticks {
    /// Keep the backticks: `` `eq` `` stays `` `eq` `` (descriptions, prose).
    Keep,
    /// Drop them (names and type cells).
    Strip,
}

/// Link reference definitions of a page (`[label]: target` lines), by lower-cased label.
pub type LinkDefinitions = std::collections::HashMap<String, String>;

/// Reads `src` as markdown inline content.
pub fn plain(src: &str, ticks: Ticks) -> Inline {
    plain_with(src, ticks, &LinkDefinitions::new())
}

/// Reads `src` as markdown inline content, resolving reference links (`[x][]`, `[text][label]`,
/// `[x]`) with the page's `definitions`.
pub fn plain_with(src: &str, ticks: Ticks, definitions: &LinkDefinitions) -> Inline {
    let mut out = Inline::default();
    let mut raw = String::with_capacity(src.len());
    let mut scanner = Scanner {
        ticks,
        definitions,
        links: &mut out.links,
    };
    scanner.scan(src, &mut raw, 0);
    out.text = tidy(&raw);
    out
}

/// The link reference definitions of a page: lines `[label]: target` (up to three spaces of
/// indent), by lower-cased label; the first definition of a label wins, as in CommonMark.
pub fn link_definitions(text: &str) -> LinkDefinitions {
    let mut definitions = LinkDefinitions::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if line.len() - trimmed.len() > 3 || !trimmed.starts_with('[') {
            continue;
        }
        let Some(close) = trimmed.find("]:") else {
            continue;
        };
        let label = trimmed[1..close].trim();
        let target = trimmed[close + 2..].split_whitespace().next().unwrap_or("");
        if !label.is_empty() && !target.is_empty() && !label.contains(['[', ']']) {
            definitions
                .entry(label.to_ascii_lowercase())
                .or_insert_with(|| target.trim_matches(['<', '>']).to_string());
        }
    }
    definitions
}

const MAX_DEPTH: u32 = 8;

struct Scanner<'a> {
    ticks: Ticks,
    definitions: &'a LinkDefinitions,
    links: &'a mut Vec<(String, String)>,
}

impl Scanner<'_> {
    fn scan(&mut self, src: &str, out: &mut String, depth: u32) {
        let ticks = self.ticks;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'\\' if bytes.get(i + 1).is_some_and(|c| c.is_ascii_punctuation()) => {
                    out.push(char::from(bytes[i + 1]));
                    i += 2;
                }
                b'`' => {
                    let run = bytes[i..].iter().take_while(|&&c| c == b'`').count();
                    let body_start = i + run;
                    match find_tick_run(bytes, body_start, run) {
                        Some(close) => {
                            let body = src.get(body_start..close).unwrap_or("").trim();
                            if ticks == Ticks::Keep {
                                out.push('`');
                                out.push_str(body);
                                out.push('`');
                            } else {
                                out.push_str(body);
                            }
                            i = close + run;
                        }
                        None => {
                            out.push_str(&src[i..body_start]);
                            i = body_start;
                        }
                    }
                }
                b'!' if bytes.get(i + 1) == Some(&b'[') => i += 1,
                b'[' => match link_at(src, i)
                    .map(|(text, target, end)| (text, target.to_string(), end))
                    .or_else(|| self.reference_at(src, i))
                {
                    Some((text, target, end)) if depth < MAX_DEPTH => {
                        let mut inner = String::new();
                        self.scan(text, &mut inner, depth + 1);
                        let inner = tidy(&inner);
                        self.links.push((inner.clone(), target));
                        out.push_str(&inner);
                        i = end;
                    }
                    _ => {
                        out.push('[');
                        i += 1;
                    }
                },
                b'<' => i = html_at(src, i, out),
                b'*' => i += 1,
                b'_' if bytes.get(i + 1) == Some(&b'_') => i += 2,
                b'&' => i = entity_at(src, i, out),
                b'\n' | b'\r' | b'\t' => {
                    out.push(' ');
                    i += 1;
                }
                _ => {
                    let next = next_special(bytes, i + 1);
                    out.push_str(&src[i..next]);
                    i = next;
                }
            }
        }
    }

    /// A reference link starting at `open` (`[text][label]`, `[text][]` or `[text]`) whose label
    /// the page defines: the text, the defined target and the end offset.
    fn reference_at<'s>(&self, src: &'s str, open: usize) -> Option<(&'s str, String, usize)> {
        let close = bracket_end(src, open)?;
        let text = src.get(open + 1..close)?;
        let (label, end) = if src.as_bytes().get(close + 1) == Some(&b'[') {
            let label_close = bracket_end(src, close + 1)?;
            let label = src.get(close + 2..label_close)?;
            (
                if label.trim().is_empty() { text } else { label },
                label_close + 1,
            )
        } else {
            (text, close + 1)
        };
        let target = self.definitions.get(&label.trim().to_ascii_lowercase())?;
        Some((text, target.clone(), end))
    }
}

fn next_special(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|b| {
            matches!(
                b,
                b'\\' | b'`' | b'!' | b'[' | b'<' | b'*' | b'_' | b'&' | b'\n' | b'\r' | b'\t'
            )
        })
        .map_or(bytes.len(), |p| from + p)
}

/// Where the run of `run` backticks closing a code span opened before `from` starts.
pub(super) fn find_tick_run(bytes: &[u8], from: usize, run: usize) -> Option<usize> {
    let mut j = from;
    while j < bytes.len() {
        if bytes[j] == b'`' {
            let len = bytes[j..].iter().take_while(|&&c| c == b'`').count();
            if len == run {
                return Some(j);
            }
            j += len;
        } else {
            j += 1;
        }
    }
    None
}

/// A `[text](target)` starting at `open`: the text, the target (title dropped) and the end offset.
pub fn link_at(src: &str, open: usize) -> Option<(&str, &str, usize)> {
    let bytes = src.as_bytes();
    let close = bracket_end(src, open)?;
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let mut parens = 0usize;
    let mut k = close + 1;
    let end = loop {
        match bytes.get(k)? {
            b'(' => parens += 1,
            b')' => {
                parens -= 1;
                if parens == 0 {
                    break k;
                }
            }
            b'\n' => return None,
            _ => {}
        }
        k += 1;
    };
    let target = src.get(close + 2..end)?.trim();
    let target = target
        .split_once(" \"")
        .map_or(target, |(t, _)| t)
        .trim_matches(['<', '>']);
    Some((src.get(open + 1..close)?, target, end + 1))
}

/// The `]` closing the `[` at `open` (nested brackets counted, escapes skipped), within one
/// paragraph.
fn bracket_end(src: &str, open: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut j = open;
    loop {
        match bytes.get(j)? {
            b'\\' => j += 1,
            b'[' => depth += 1,
            b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(j);
                }
            }
            b'\n' if bytes.get(j + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        j += 1;
    }
}

fn html_at(src: &str, i: usize, out: &mut String) -> usize {
    let rest = &src[i..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        return comment.find("-->").map_or(src.len(), |e| i + 4 + e + 3);
    }
    let is_tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    let Some(close) = rest
        .find('>')
        .filter(|&c| is_tag && !rest[..c].contains('\n'))
    else {
        out.push('<');
        return i + 1;
    };
    let name: String = rest[1..close]
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    match name.as_str() {
        "br" => out.push_str("\n\n"),
        "li" if !rest[1..].starts_with('/') => out.push_str("\n- "),
        "p" | "ul" | "ol" | "div" => out.push('\n'),
        _ => {}
    }
    i + close + 1
}

fn entity_at(src: &str, i: usize, out: &mut String) -> usize {
    const ENTITIES: [(&str, char); 6] = [
        ("&nbsp;", ' '),
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#124;", '|'),
    ];
    let rest = &src[i..];
    for (name, ch) in ENTITIES {
        if rest.starts_with(name) {
            out.push(ch);
            return i + name.len();
        }
    }
    out.push('&');
    i + 1
}

/// Collapses runs of blanks, trims every line and keeps at most one blank line in a row.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_lines = 0;
    for line in raw.split('\n') {
        let mut words = line
            .split([' ', '\u{a0}'])
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        for (n, word) in words.enumerate() {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_text_and_targets_are_collected() {
        let inline = plain(
            "[microsoft.graph.run](../resources/run.md) collection",
            Ticks::Strip,
        );
        assert_eq!(inline.text, "microsoft.graph.run collection");
        assert_eq!(
            inline.links,
            vec![("microsoft.graph.run".into(), "../resources/run.md".into())]
        );
    }

    #[test]
    fn br_variants_become_blank_lines_and_markup_goes() {
        let inline = plain(
            "Done.<br><br/>Supports `$filter`(`eq`).<br />**Bold** &nbsp;x",
            Ticks::Keep,
        );
        assert_eq!(inline.text, "Done.\n\nSupports `$filter`(`eq`).\n\nBold x");
    }

    #[test]
    fn escapes_and_odd_input_survive() {
        assert_eq!(
            plain(r"Pipe (`\|`) a\|b", Ticks::Strip).text,
            r"Pipe (\|) a|b"
        );
        assert_eq!(plain("[unclosed (x", Ticks::Strip).text, "[unclosed (x");
        assert_eq!(plain("a < b `open", Ticks::Strip).text, "a < b `open");
        assert_eq!(
            plain("<ul><li>one</li><li>two</li></ul>", Ticks::Strip).text,
            "- one\n- two"
        );
        assert_eq!(plain("snake_case __x__", Ticks::Strip).text, "snake_case x");
    }
}
