//! The block structure of a page, from pulldown-cmark: headings, paragraphs, tables, code
//! blocks and HTML, each with its byte range. Only top-level blocks are kept.

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
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
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
                    block.text.push_str(&t);
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

#[cfg(test)]
mod tests {
    use super::*;

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
