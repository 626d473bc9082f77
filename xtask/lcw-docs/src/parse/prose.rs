//! Prose paragraphs: the intro (namespace, summary), "Inherits from", the Response section and
//! the query options a page names.

use super::PageReader;
use super::inline::{Ticks, plain};
use super::table::LineIter;
use crate::diag::Spanned;
use crate::page::Link;

impl PageReader<'_> {
    pub(super) fn prose(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let section = self.section.clone();
        match section.as_deref() {
            _ if self.in_enum => {
                let text = plain(self.slice(start, end), Ticks::Keep).text;
                if let Some(section) = self.page.enums.last_mut()
                    && section.members.is_empty()
                    && !text.is_empty()
                {
                    if !section.description.is_empty() {
                        section.description.push_str("\n\n");
                    }
                    section.description.push_str(&text);
                }
            }
            None => self.intro_prose(start, end),
            Some("optional query parameters") => self.query_options(start, end),
            Some("response") => {
                let text = plain(self.slice(start, end), Ticks::Keep).text;
                if !text.is_empty() {
                    if self.page.response_prose.is_none() {
                        self.page.response_prose =
                            Some(Spanned::new(String::new(), self.span(start)));
                    }
                    self.response.push(text);
                }
            }
            _ => self.inherits_line(start, end, false),
        }
    }

    /// Prose before the first `##`: namespace line, includes, "Inherits from", summary.
    pub(super) fn intro_prose(&mut self, start: usize, end: usize) {
        let mut kept = String::new();
        for (s, e) in (LineIter {
            text: self.text,
            pos: start,
            end,
        }) {
            let line = self.slice(s, e).trim();
            let lead = s + (self.slice(s, e).len() - self.slice(s, e).trim_start().len());
            if let Some(rest) = line.strip_prefix("Namespace:") {
                let ns = plain(rest, Ticks::Strip).text;
                let ns = ns.trim().trim_end_matches('.').to_string();
                let offset = lead + "Namespace:".len() + (rest.len() - rest.trim_start().len());
                if self.page.namespace.is_none() && !ns.is_empty() {
                    self.page.namespace = Some(Spanned::new(ns, self.span(offset)));
                }
            } else if line.starts_with("[!INCLUDE")
                || line.starts_with("> [!")
                || line.starts_with(">[!")
            {
            } else if starts_with_inherits(line) {
                self.inherits_line(s, e, false);
            } else {
                if inheritance_phrase(line).is_some() {
                    self.inherits_line(s, e, true);
                }
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let text = plain(&kept, Ticks::Keep).text;
        if !text.is_empty() {
            self.summary.push(text);
        }
    }

    /// The base type a line states: one starting with "Inherits from" or, with `anywhere`
    /// (the intro), one saying "inherits from" or "derived from" mid-sentence.
    pub(super) fn inherits_line(&mut self, start: usize, end: usize, anywhere: bool) {
        if self.page.inherits_from.is_some() {
            return;
        }
        for (s, e) in (LineIter {
            text: self.text,
            pos: start,
            end,
        }) {
            let raw = self.slice(s, e);
            let Some(phrase_end) = inheritance_phrase(raw)
                .filter(|_| anywhere || starts_with_inherits(raw.trim_start()))
            else {
                continue;
            };
            // The base is named right after the phrase, up to the end of its sentence.
            let after = &raw[phrase_end..];
            let after = after.find(". ").map_or(after, |end| &after[..=end]);
            let after_offset = s + phrase_end;
            let lead = after.len() - after.trim_start().len();
            let inline = plain(after, Ticks::Strip);
            let named = inline.text.trim_start();
            let named = named.strip_prefix("the ").unwrap_or(named);
            // Only a name right after the phrase is the base: a link further on is about
            // something else.
            let link = match inline
                .links
                .first()
                .filter(|(text, _)| named.starts_with(text.as_str()))
            {
                Some((text, target)) => {
                    let text_offset = after
                        .find('[')
                        .map_or(after_offset + lead, |p| after_offset + p + 1);
                    Link {
                        text: text.clone(),
                        target: Some(target.clone()),
                        span: self.span(text_offset),
                    }
                }
                None => {
                    let text = named.trim().trim_end_matches('.').trim();
                    let text = if text.contains(char::is_whitespace) {
                        ""
                    } else {
                        text
                    };
                    Link {
                        text: text.to_string(),
                        target: None,
                        span: self.span(after_offset + lead),
                    }
                }
            };
            if !link.text.is_empty() {
                self.page.inherits_from = Some(link);
            }
            return;
        }
    }

    /// Options named in backticks (`` `$select` ``, `` `$expand=subject` ``), except in a
    /// sentence that says they are not supported.
    pub(super) fn query_options(&mut self, start: usize, end: usize) {
        let raw = self.slice(start, end);
        let mut sentence_start = 0;
        for sentence in raw.split_inclusive(". ") {
            let negative = is_negative(sentence);
            let mut search_from = 0;
            while let Some(p) = sentence[search_from..].find("`$") {
                let open = search_from + p + 1;
                let Some(len) = sentence[open..].find('`') else {
                    break;
                };
                let name_len = 1 + sentence[open + 1..open + len]
                    .bytes()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
                if name_len > 1 && !negative {
                    let span = self.span(start + sentence_start + open);
                    let option = sentence[open..open + name_len].to_string();
                    self.page.query_options.push(Spanned::new(option, span));
                }
                search_from = open + len + 1;
            }
            if !negative && sentence.contains("`$expand") {
                self.expandable(sentence, start + sentence_start);
            }
            sentence_start += sentence.len();
        }
    }

    /// The relationships a sentence about `$expand` names: bold names and `$expand=x` values.
    pub(super) fn expandable(&mut self, sentence: &str, offset: usize) {
        let mut names: Vec<(usize, &str)> = Vec::new();
        let mut from = 0;
        while let Some(p) = sentence[from..].find("**") {
            let open = from + p + 2;
            let Some(len) = sentence[open..].find("**") else {
                break;
            };
            names.push((open, &sentence[open..open + len]));
            from = open + len + 2;
        }
        from = 0;
        while let Some(p) = sentence[from..].find("`$expand=") {
            let open = from + p + "`$expand=".len();
            let len = sentence[open..].find('`').unwrap_or(0);
            names.extend(sentence[open..open + len].split(',').map(|n| (open, n)));
            from = open + len;
        }
        for (at, name) in names {
            let name = name.trim();
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                let span = self.span(offset + at);
                self.page
                    .expandable
                    .push(Spanned::new(name.to_string(), span));
            }
        }
    }
}

/// Whether a sentence says something is not supported.
/// Whether a sentence says something is not supported.
pub(crate) fn is_negative(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    ["not support", "n't support", "not supported", "unsupported"]
        .iter()
        .any(|n| lower.contains(n))
}

/// Where the base type's name starts in a line that states it in prose: after "Inherits
/// from", "inherits from" mid-sentence, "Derived from" or "derives from" (any case). "Base type
/// of" and "types that inherit from" name subtypes, not the base, and do not count.
fn inheritance_phrase(line: &str) -> Option<usize> {
    const PHRASES: [&str; 3] = ["inherits from", "derived from", "derives from"];
    let lower = line.to_ascii_lowercase();
    PHRASES
        .iter()
        .filter_map(|phrase| lower.find(phrase).map(|at| at + phrase.len()))
        .min()
        .filter(|&end| line.is_char_boundary(end))
}

fn starts_with_inherits(line: &str) -> bool {
    line.get(..13)
        .is_some_and(|p| p.eq_ignore_ascii_case("inherits from"))
}
