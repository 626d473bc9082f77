//! The HTTP message inside an example's code block: a start line (`GET https://...` or
//! `HTTP/1.1 200 OK`), headers, a blank line, then the body.
//!
//! Pages fence the same message as ```` ```http ````, ```` ```json ```` or with no info string
//! at all, so the split looks at the text, never at the fence tag: a block whose first line is a
//! start line has a head; a block that starts with `{` or `[` is all body.

use crate::model::Verb;

/// A code block read as an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<'a> {
    /// The request or status line, trimmed; `None` when the block has no head.
    pub start_line: Option<&'a str>,
    /// The status code of a response's status line.
    pub status: Option<u16>,
    /// The JSON body, from its first non-blank line to the end of the block (trailing white
    /// space trimmed).
    pub body: Option<&'a str>,
    /// 0-based line of the body's first line inside the block.
    pub body_line: usize,
    /// Byte offset of the body inside the block.
    pub body_offset: usize,
}

/// Whether `line` opens an HTTP message: a status line or a `VERB target` request line.
pub fn is_start_line(line: &str) -> bool {
    let line = line.trim();
    if line.starts_with("HTTP/") {
        return true;
    }
    let mut words = line.split_whitespace();
    words.next().and_then(Verb::parse).is_some() && words.next().is_some()
}

/// Splits `text` into head and body. The head runs to the first blank line, or to a line that
/// starts a JSON value when the blank line is missing.
pub fn split(text: &str) -> Message<'_> {
    let mut message = Message {
        start_line: None,
        status: None,
        body: None,
        body_line: 0,
        body_offset: 0,
    };
    let mut offset = 0usize;
    let mut lines = text.split_inclusive('\n').enumerate().peekable();
    while let Some((_, line)) = lines.next_if(|(_, l)| l.trim().is_empty()) {
        offset += line.len();
    }
    let Some(&(first_no, first)) = lines.peek() else {
        return message;
    };
    if is_start_line(first) {
        let start = first.trim();
        message.start_line = Some(start);
        message.status = start
            .strip_prefix("HTTP/")
            .and_then(|r| r.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok());
        offset += first.len();
        lines.next();
        while let Some(&(_, line)) = lines.peek() {
            if line.trim_start().starts_with(['{', '[']) {
                break;
            }
            offset += line.len();
            lines.next();
            if line.trim().is_empty() {
                break;
            }
        }
        while let Some((_, line)) = lines.next_if(|(_, l)| l.trim().is_empty()) {
            offset += line.len();
        }
    }
    let body_line = lines.peek().map_or(first_no, |&(n, _)| n);
    let body = text[offset..].trim_end();
    if body.starts_with(['{', '[']) {
        message.body = Some(body);
        message.body_line = body_line;
        message.body_offset = offset;
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_with_headers_splits_after_the_blank_line() {
        let m = split("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n");
        assert_eq!(m.start_line, Some("HTTP/1.1 200 OK"));
        assert_eq!(m.status, Some(200));
        assert_eq!(m.body, Some("{\n  \"a\": 1\n}"));
        assert_eq!(m.body_line, 3);
    }

    #[test]
    fn a_request_without_a_blank_line_still_finds_its_body() {
        let m = split(
            "POST https://graph.microsoft.com/beta/x\nContent-Type: application/json\n{\"a\": 1}",
        );
        assert_eq!(
            m.start_line,
            Some("POST https://graph.microsoft.com/beta/x")
        );
        assert_eq!(m.status, None);
        assert_eq!(m.body, Some("{\"a\": 1}"));
        assert_eq!(m.body_line, 2);
    }

    #[test]
    fn a_bare_json_block_is_all_body() {
        let m = split("\n{\"value\": []}\n");
        assert_eq!(m.start_line, None);
        assert_eq!(m.body, Some("{\"value\": []}"));
        assert_eq!((m.body_line, m.body_offset), (1, 1));
    }

    #[test]
    fn no_body_after_a_status_line_or_in_plain_text() {
        assert_eq!(split("HTTP/1.1 204 No Content\n").body, None);
        assert_eq!(split("HTTP/1.1 204 No Content\n").status, Some(204));
        assert_eq!(split("some prose\n").body, None);
        assert_eq!(split("").start_line, None);
    }

    #[test]
    fn crlf_lines_split_the_same_way() {
        let m = split("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}\r\n");
        assert_eq!(m.status, Some(200));
        assert_eq!(m.body, Some("{}"));
        assert_eq!(m.body_line, 3);
    }
}
