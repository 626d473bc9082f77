//! The block structure of a page, from pulldown-cmark: headings, paragraphs, tables, code
//! blocks and HTML, each with its byte range. Only top-level blocks are kept.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// What a top-level block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// `#`..`######`, with its level (1-6).
    Heading(u8),
    /// A paragraph of prose.
    Paragraph,
    /// A pipe table.
    Table,
    /// A fenced or indented code block, with its info string (trimmed, lower-case).
    Code(String),
    /// An HTML block (annotation comments live here).
    Html,
    /// Lists, block quotes, rules and anything else.
    Other,
}

/// One top-level block.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Byte range in the page.
    pub range: Range<usize>,
    /// Heading text, or the content of a code block; empty otherwise.
    pub text: String,
}

/// Splits `text` into top-level blocks. Front matter is skipped.
pub fn blocks(text: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<Block> = None;
    let flat = flatten_nested_markers(text);
    for (event, range) in Parser::new_ext(&flat, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    let kind = match tag {
                        Tag::Heading { level, .. } => Some(BlockKind::Heading(level as u8)),
                        Tag::Paragraph => Some(BlockKind::Paragraph),
                        Tag::Table(_) => Some(BlockKind::Table),
                        Tag::CodeBlock(CodeBlockKind::Fenced(info)) => {
                            Some(BlockKind::Code(info.trim().to_ascii_lowercase()))
                        }
                        Tag::CodeBlock(CodeBlockKind::Indented) => {
                            Some(BlockKind::Code(String::new()))
                        }
                        Tag::HtmlBlock => Some(BlockKind::Html),
                        Tag::MetadataBlock(_) => None,
                        _ => Some(BlockKind::Other),
                    };
                    current = kind.map(|kind| Block {
                        kind,
                        range: range.clone(),
                        text: String::new(),
                    });
                }
                depth += 1;
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if depth == 0
                    && let Some(mut block) = current.take()
                {
                    if matches!(end, TagEnd::Heading(_)) {
                        block.text = block.text.trim().to_string();
                    }
                    out.push(block);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(block) = current.as_mut()
                    && matches!(block.kind, BlockKind::Heading(_) | BlockKind::Code(_))
                {
                    // Code is taken from the page as written: the markers blanked for the
                    // parser are content there. The offsets of both texts are the same.
                    let verbatim = matches!(block.kind, BlockKind::Code(_))
                        && flat.get(range.clone()) == Some(&*t);
                    match text.get(range).filter(|_| verbatim) {
                        Some(written) => block.text.push_str(written),
                        None => block.text.push_str(&t),
                    }
                }
            }
            Event::Rule | Event::Html(_) | Event::InlineHtml(_) if depth == 0 => {
                out.push(Block {
                    kind: BlockKind::Other,
                    range,
                    text: String::new(),
                });
            }
            _ => {}
        }
    }
    out
}

/// `text` with the list and quote markers that open a container inside another on the same
/// line (`- - - item`, `> > > quote`) blanked out, offsets unchanged.
///
/// Only top-level blocks are kept, and a container's inner structure does not change where it
/// starts or ends; but pulldown-cmark holds a tree node per container, so a line of nested
/// markers costs some seventy bytes of memory per input byte. Blanked, it costs what prose does.
fn flatten_nested_markers(text: &str) -> Cow<'_, str> {
    let mut out: Option<Vec<u8>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let mut at = bytes.iter().take_while(|&&b| b == b' ').count();
        if at <= 3
            && let Some(first) = marker_len(&bytes[at..])
        {
            at += first;
            let mut nested = Vec::new();
            while at < bytes.len() && bytes[at] == b' ' {
                at += 1;
                let Some(len) = marker_len(&bytes[at..]) else {
                    break;
                };
                nested.push(at..at + len);
                at += len;
            }
            // Markers alone (`- - -`, `* * *`) make a thematic break: left as written.
            let content_follows = bytes[at..].iter().any(|b| !b.is_ascii_whitespace());
            if content_follows && !nested.is_empty() {
                let buffer = out.get_or_insert_with(|| text.as_bytes().to_vec());
                for range in nested {
                    buffer[line_start + range.start..line_start + range.end].fill(b' ');
                }
            }
        }
        line_start += line.len();
    }
    match out {
        // Only ASCII marker bytes were replaced by spaces, so the text is still UTF-8.
        Some(bytes) => Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())),
        None => Cow::Borrowed(text),
    }
}

/// The length of a container marker at the start of `bytes` (`-`, `*`, `+`, `>`, `12.`, `3)`)
/// when a space or the line end follows it.
fn marker_len(bytes: &[u8]) -> Option<usize> {
    let len = match bytes.first()? {
        b'-' | b'*' | b'+' | b'>' => 1,
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    matches!(bytes.get(len), None | Some(b' ' | b'\n' | b'\r')).then_some(len)
}

#[cfg(test)]
mod tests {
    #[test]
    fn nested_markers_on_one_line_are_blanked_and_breaks_kept() {
        let flat = |t| super::flatten_nested_markers(t).into_owned();
        assert_eq!(flat("- - - item\n"), "-     item\n");
        assert_eq!(flat("> > 1. x"), ">      x");
        assert_eq!(flat("- - -\n* * *\n"), "- - -\n* * *\n");
        assert_eq!(flat("-x - y\n    - - z"), "-x - y\n    - - z");
        // The page keeps its top-level blocks, with the list whole.
        let nested = "# T\n\n- - - deep\n- next\n\n| a | b |\n|---|---|\n";
        let found: Vec<_> = super::blocks(nested)
            .into_iter()
            .map(|b| (b.kind, b.range))
            .collect();
        assert_eq!(
            found,
            [
                (super::BlockKind::Heading(1), 0..4),
                (super::BlockKind::Other, 5..24),
                (super::BlockKind::Table, 24..44),
            ]
        );
    }

    use super::*;

    #[test]
    fn code_examples_keep_their_nested_markers() {
        let code = "```\n- - x\n> > y\n  1. 2. z\n```\n";
        let found = blocks(code);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, BlockKind::Code(String::new()));
        assert_eq!(found[0].text, "- - x\n> > y\n  1. 2. z\n");
    }

    #[test]
    fn front_matter_is_skipped_and_blocks_are_found() {
        let text = "---\ntitle: \"x\"\n---\n# x resource type\n\nNamespace: a.b\n<!-- {\n \"a\": 1\n}\n-->\n``` json\n{}\n```\n";
        let kinds: Vec<BlockKind> = blocks(text).into_iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Html,
                BlockKind::Code("json".into())
            ]
        );
    }
}
