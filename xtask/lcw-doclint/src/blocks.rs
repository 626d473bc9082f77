//! The JSON inside a page's code blocks, read once per page: whole `json` blocks, and the body
//! after the headers of `http` request and response examples.
//!
//! The reader is `lcw-docs`'s (the one the model builder uses); what the lint adds is which slips
//! leave a body it can still check, and page positions.

use lcw_docs::diag::Span;
use lcw_docs::lines::LineIndex;
use lcw_docs::page::{CodeBlock, DocPage};
use lcw_docs::parse::json::{self, Node, Slip};
use lcw_docs::parse::message;

/// A slip in a block's JSON, as the lint reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// Where on the page.
    pub span: Span,
    /// What, in a few words.
    pub message: &'static str,
    /// Whether the lint stopped reading here (the body is unreadable, LCW2704).
    pub fatal: bool,
}

/// The JSON of one code block.
#[derive(Debug, Clone)]
pub struct BlockJson<'a> {
    /// The top value, when no slip stopped the lint.
    pub root: Option<Node>,
    /// Slips in reading order, up to the first that stops the lint.
    pub issues: Vec<Issue>,
    /// `HTTP/1.1 200 OK` status of a response example.
    pub status: Option<u16>,
    text: &'a str,
    lines: LineIndex,
    origin: Span,
}

impl BlockJson<'_> {
    /// The page position of a byte offset in the JSON text (a node's or key's offset).
    pub fn span(&self, offset: usize) -> Span {
        self.lines.span_from(self.text, offset, self.origin)
    }
}

/// Slips after which the lint no longer trusts the keys it reads (a missing quote, colon or
/// value shifts them), so the body is reported unreadable rather than checked. The others are
/// reported as not strict (LCW2703) and the body is checked as read.
fn stops_the_lint(slip: Slip) -> bool {
    !matches!(
        slip,
        Slip::TrailingComma
            | Slip::Comment
            | Slip::LeadingZero
            | Slip::BadNumber
            | Slip::SingleQuoted
            | Slip::UnquotedKey
            | Slip::Elision
            | Slip::MissingComma
            | Slip::TextAfterValue
    )
}

/// Reads `text`, whose first character sits at `origin` on the page.
pub fn read_json(text: &str, origin: Span, status: Option<u16>) -> BlockJson<'_> {
    let document = json::read(text);
    let mut block = BlockJson {
        root: None,
        issues: Vec::new(),
        status,
        text,
        lines: LineIndex::new(text),
        origin,
    };
    for problem in &document.problems {
        let fatal = stops_the_lint(problem.slip);
        block.issues.push(Issue {
            span: block.span(problem.offset),
            message: problem.slip.message(),
            fatal,
        });
        if fatal {
            return block;
        }
    }
    block.root = document.root;
    block
}

/// Reads the JSON of every block of `page`; `None` where a block has no JSON.
pub fn read_page(page: &DocPage) -> Vec<Option<BlockJson<'_>>> {
    page.blocks
        .iter()
        .map(|b| b.code.as_ref().and_then(read_block))
        .collect()
}

fn read_block(code: &CodeBlock) -> Option<BlockJson<'_>> {
    if !matches!(code.lang.as_str(), "json" | "http") {
        return None;
    }
    let message = message::split(&code.text);
    let line = u32::try_from(message.body_line).unwrap_or(u32::MAX);
    Some(read_json(
        message.body?,
        Span::new(code.span.line.saturating_add(line), 1),
        message.status,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Span {
        Span::new(line, col)
    }

    #[test]
    fn keys_carry_page_positions() {
        let text = "{\n  \"a\": 1,\n  \"b\": {\"c\": [true]}\n}";
        let block = read_json(text, at(10, 1), None);
        assert!(block.issues.is_empty(), "{:?}", block.issues);
        let root = block.root.as_ref().expect("value");
        let members = root.members().expect("object");
        assert_eq!(members[0].key, "a");
        assert_eq!(block.span(members[0].key_offset), at(11, 3));
        assert_eq!(block.span(members[1].key_offset), at(12, 3));
        let c = root.get("b").and_then(|b| b.get("c")).expect("c");
        assert_eq!(block.span(c.offset), at(12, 14));
    }

    #[test]
    fn slips_are_reported_and_reading_goes_on() {
        let text = "{\n  \"a\": 007, // note\n  \"b\": [1, 2,],\n  /* gone */ \"c\": \"x\",\n}";
        let block = read_json(text, at(1, 1), None);
        let messages: Vec<_> = block
            .issues
            .iter()
            .map(|i| (i.span.line, i.message, i.fatal))
            .collect();
        assert_eq!(
            messages,
            vec![
                (2, "number with a leading zero", false),
                (2, "comment in JSON", false),
                (3, "trailing comma", false),
                (4, "comment in JSON", false),
                (4, "trailing comma", false),
            ]
        );
        let root = block.root.expect("value");
        assert_eq!(root.get("c").and_then(Node::as_str), Some("x"));
    }

    #[test]
    fn broken_json_is_fatal_without_panicking() {
        for text in [
            "{",
            "{\"a\" 1}",
            "[1 2",
            "{\"a\": tru}",
            "",
            "\"abc",
            "{\"a\":\n\"b}",
        ] {
            let block = read_json(text, at(1, 1), None);
            assert!(
                block.issues.iter().any(|i| i.fatal),
                "{text:?}: {:?}",
                block.issues
            );
            assert!(block.root.is_none(), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_reported_not_recursed() {
        let deep = "[".repeat(500);
        let block = read_json(&deep, at(1, 1), None);
        assert!(block.issues.iter().any(|i| i.message.contains("deeply")));
    }

    #[test]
    fn columns_count_characters_on_the_first_line() {
        let block = read_json("{\"é\": 1, \"b\": 2}", at(5, 4), None);
        let members = block
            .root
            .as_ref()
            .and_then(|r| r.members())
            .expect("object");
        assert_eq!(block.span(members[1].key_offset), at(5, 4 + 9));
    }

    #[test]
    fn unquoted_keys_and_elisions_are_slips_the_lint_reads_past() {
        let block = read_json("{\n  a: 1,\n  ...\n}", at(1, 1), None);
        let found: Vec<_> = block
            .issues
            .iter()
            .map(|i| (i.span.line, i.fatal))
            .collect();
        assert_eq!(found, [(2, false), (3, false)]);
        assert!(block.root.is_some_and(|r| r.get("a").is_some()));
    }

    #[test]
    fn a_response_reads_the_same_under_either_fence_tag() {
        let text = "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n";
        for lang in ["http", "json"] {
            let code = CodeBlock {
                lang: lang.into(),
                text: text.into(),
                span: at(20, 1),
            };
            let block = read_block(&code).expect("a body");
            assert_eq!(block.status, Some(200), "{lang}");
            assert!(block.issues.is_empty(), "{lang}: {:?}", block.issues);
            let members = block
                .root
                .as_ref()
                .and_then(|r| r.members())
                .expect("object");
            assert_eq!(block.span(members[0].key_offset), at(24, 3), "{lang}");
        }
        let no_body = CodeBlock {
            lang: "http".into(),
            text: "HTTP/1.1 204 No Content\n".into(),
            span: at(1, 1),
        };
        assert!(read_block(&no_body).is_none());
    }
}
