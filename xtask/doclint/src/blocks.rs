//! The JSON inside a page's code blocks, read once per page: whole `json` blocks, and the body
//! after the headers of `http` request and response examples.

use lcw_docs::diag::Span;
use lcw_docs::page::{CodeBlock, DocPage};

use crate::json::{self, Parsed};

/// The JSON of one code block.
#[derive(Debug, Clone)]
pub struct BlockJson {
    /// What the lenient reader made of it.
    pub parsed: Parsed,
    /// `HTTP/1.1 200 OK` status of a response example.
    pub status: Option<u16>,
}

/// Reads the JSON of every block of `page`; `None` where a block has no JSON.
pub fn read_page(page: &DocPage) -> Vec<Option<BlockJson>> {
    page.blocks.iter().map(|b| b.code.as_ref().and_then(read_block)).collect()
}

fn read_block(code: &CodeBlock) -> Option<BlockJson> {
    match code.lang.as_str() {
        "json" => Some(BlockJson { parsed: json::parse(&code.text, code.span), status: None }),
        "http" => {
            let (body, offset, status) = http_body(&code.text)?;
            let origin = Span::new(code.span.line + offset, 1);
            Some(BlockJson { parsed: json::parse(body, origin), status })
        }
        _ => None,
    }
}

/// The JSON body of an HTTP example: the text after the first blank line, when it starts like
/// JSON. Returns the body, its line offset inside the block, and the response status if the
/// block starts with a status line.
pub fn http_body(text: &str) -> Option<(&str, u32, Option<u16>)> {
    let status = text
        .lines()
        .next()
        .filter(|l| l.trim_start().starts_with("HTTP/"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok());
    let mut offset = 0usize;
    let mut seen_blank = false;
    for (line_no, line) in (0u32..).zip(text.split_inclusive('\n')) {
        if seen_blank && !line.trim().is_empty() {
            let body = &text[offset..];
            return matches!(body.trim_start().as_bytes().first(), Some(b'{' | b'[')).then_some((body, line_no, status));
        }
        if line.trim().is_empty() && line_no > 0 {
            seen_blank = true;
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_body_after_headers() {
        let text = "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n";
        let (body, offset, status) = http_body(text).expect("body");
        assert_eq!(offset, 3);
        assert_eq!(status, Some(200));
        assert!(body.starts_with('{'));
        assert_eq!(http_body("HTTP/1.1 204 No Content\n"), None);
        assert_eq!(http_body("GET https://graph.microsoft.com/beta/x\n"), None);
        let (_, offset, status) = http_body("PATCH https://x/y\nContent-Type: application/json\n\n\n[1]").expect("body");
        assert_eq!((offset, status), (4, None));
    }
}
