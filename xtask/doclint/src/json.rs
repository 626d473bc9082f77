//! A lenient JSON reader that keeps the position of every key and value.
//!
//! Doc pages carry JSON with trailing commas, comments and numbers with leading zeros. The lint
//! needs to read such JSON anyway, report each slip where it is, and point at the line of every
//! key; `serde_json` does neither, hence this small reader.

use lcw_docs::diag::Span;

/// Nesting deeper than this is reported instead of recursed into.
const MAX_DEPTH: usize = 64;

/// A JSON value with where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it starts.
    pub span: Span,
}

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Members in written order (duplicates kept).
    Object(Vec<Member>),
    /// Items in order.
    Array(Vec<Node>),
    /// A string, unescaped.
    String(String),
    /// A number as written.
    Number(String),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
}

/// One `"key": value` member.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key, unescaped.
    pub key: String,
    /// Where the key's opening quote is.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The members if this is an object.
    pub fn members(&self) -> Option<&[Member]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The value of the first member named `key`, if this is an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.members()?.iter().find(|m| m.key == key).map(|m| &m.value)
    }

    /// The string value, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// A slip in the JSON text.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// Where.
    pub span: Span,
    /// What, in a few words.
    pub message: String,
    /// Whether reading stopped here.
    pub fatal: bool,
}

/// What [`parse`] read.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The top value, when reading got that far.
    pub root: Option<Node>,
    /// Slips found, in text order.
    pub issues: Vec<Issue>,
}

/// Reads `text` whose first character sits at `origin` on the page.
pub fn parse(text: &str, origin: Span) -> Parsed {
    let mut reader = Reader { bytes: text.as_bytes(), pos: 0, line: 0, col: 0, origin, issues: Vec::new() };
    reader.skip_trivia();
    let root = if reader.at_end() {
        reader.fatal("no JSON value");
        None
    } else {
        reader.value(0)
    };
    if root.is_some() {
        reader.skip_trivia();
        if !reader.at_end() && !reader.issues.iter().any(|i| i.fatal) {
            reader.issue("text after the JSON value", false);
        }
    }
    Parsed { root, issues: reader.issues }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// 0-based line and column (characters) inside `bytes`.
    line: u32,
    col: u32,
    origin: Span,
    issues: Vec<Issue>,
}

impl Reader<'_> {
    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        if b == b'\n' {
            self.line += 1;
            self.col = 0;
        } else if b & 0xC0 != 0x80 {
            // Count characters, not UTF-8 continuation bytes.
            self.col += 1;
        }
        Some(b)
    }

    fn span(&self) -> Span {
        if self.line == 0 {
            Span::new(self.origin.line, self.origin.col + self.col)
        } else {
            Span::new(self.origin.line + self.line, self.col + 1)
        }
    }

    fn issue(&mut self, message: &str, fatal: bool) {
        let span = self.span();
        self.issues.push(Issue { span, message: message.to_string(), fatal });
    }

    fn fatal(&mut self, message: &str) {
        self.issue(message, true);
    }

    /// Skips whitespace and comments, reporting each comment.
    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(b' ' | b'\t' | b'\r' | b'\n'), _) => {
                    self.bump();
                }
                (Some(b'/'), Some(b'/')) => {
                    self.issue("comment in JSON", false);
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.bump();
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.issue("comment in JSON", false);
                    self.bump();
                    self.bump();
                    while !(self.at_end() || self.bytes[self.pos..].starts_with(b"*/")) {
                        self.bump();
                    }
                    self.bump();
                    self.bump();
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            self.fatal("JSON nested too deeply");
            return None;
        }
        let span = self.span();
        let value = match self.peek()? {
            b'{' => self.object(depth)?,
            b'[' => self.array(depth)?,
            b'"' | b'\'' => Value::String(self.string()?),
            b'-' | b'0'..=b'9' => self.number(),
            b't' | b'f' | b'n' => self.keyword()?,
            b'.' if self.bytes[self.pos..].starts_with(b"...") => {
                self.issue("`...` elision instead of a value", false);
                self.bump();
                self.bump();
                self.bump();
                Value::Null
            }
            _ => {
                self.fatal("unexpected character");
                return None;
            }
        };
        Some(Node { value, span })
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.bump();
        let mut members = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek() {
                None => {
                    self.fatal("unclosed object");
                    return None;
                }
                Some(b'}') => {
                    self.bump();
                    return Some(Value::Object(members));
                }
                Some(b'.') if self.bytes[self.pos..].starts_with(b"...") => {
                    self.issue("`...` elision instead of members", false);
                    self.bump();
                    self.bump();
                    self.bump();
                    self.after_item(b'}')?;
                    continue;
                }
                _ => {}
            }
            let key_span = self.span();
            let key = match self.peek() {
                Some(b'"' | b'\'') => self.string()?,
                Some(b) if b.is_ascii_alphabetic() || b == b'_' || b == b'@' => {
                    self.issue("unquoted key", false);
                    self.bare_word()
                }
                _ => {
                    self.fatal("expected a key");
                    return None;
                }
            };
            self.skip_trivia();
            if self.peek() != Some(b':') {
                self.fatal("expected `:` after a key");
                return None;
            }
            self.bump();
            self.skip_trivia();
            let value = self.value(depth + 1)?;
            members.push(Member { key, key_span, value });
            self.after_item(b'}')?;
        }
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.bump();
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek() {
                None => {
                    self.fatal("unclosed array");
                    return None;
                }
                Some(b']') => {
                    self.bump();
                    return Some(Value::Array(items));
                }
                _ => {}
            }
            items.push(self.value(depth + 1)?);
            self.after_item(b']')?;
        }
    }

    /// After a member or item: a comma (maybe trailing), the closer, or a missing comma.
    fn after_item(&mut self, closer: u8) -> Option<()> {
        self.skip_trivia();
        match self.peek() {
            Some(b',') => {
                let comma = self.span();
                self.bump();
                self.skip_trivia();
                if self.peek() == Some(closer) {
                    self.issues.push(Issue { span: comma, message: "trailing comma".into(), fatal: false });
                }
                Some(())
            }
            Some(b) if b == closer => Some(()),
            None => Some(()),
            Some(b'"' | b'{' | b'[') => {
                self.issue("missing comma", false);
                Some(())
            }
            Some(_) => {
                self.fatal("expected `,` or a closing bracket");
                None
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.bump()?;
        if quote == b'\'' {
            self.issue("single-quoted string", false);
        }
        let start = self.pos;
        let mut out = Vec::new();
        loop {
            match self.bump() {
                None | Some(b'\n') => {
                    self.pos = self.pos.max(start);
                    self.fatal("unterminated string");
                    return None;
                }
                Some(b) if b == quote => break,
                Some(b'\\') => match self.bump() {
                    Some(b'n') => out.push(b'\n'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b'u') => {
                        let hex: Vec<u8> = (0..4).filter_map(|_| self.bump()).collect();
                        let ch = std::str::from_utf8(&hex)
                            .ok()
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                    Some(other) => out.push(other),
                    None => {}
                },
                Some(b) => out.push(b),
            }
        }
        Some(String::from_utf8_lossy(&out).into_owned())
    }

    fn number(&mut self) -> Value {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        if self.peek() == Some(b'0') && self.peek_at(1).is_some_and(|b| b.is_ascii_digit()) {
            self.issue("number with a leading zero", false);
        }
        while self.peek().is_some_and(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) {
            self.bump();
        }
        Value::Number(String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned())
    }

    fn bare_word(&mut self) -> String {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'.')) {
            self.bump();
        }
        String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned()
    }

    fn keyword(&mut self) -> Option<Value> {
        let word = self.bare_word();
        match word.as_str() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            "null" => Some(Value::Null),
            _ => {
                self.fatal("unexpected word");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Span {
        Span::new(line, col)
    }

    #[test]
    fn keys_carry_page_positions() {
        let parsed = parse("{\n  \"a\": 1,\n  \"b\": {\"c\": [true]}\n}", at(10, 1));
        assert!(parsed.issues.is_empty(), "{:?}", parsed.issues);
        let root = parsed.root.expect("value");
        let members = root.members().expect("object");
        assert_eq!(members[0].key, "a");
        assert_eq!(members[0].key_span, at(11, 3));
        assert_eq!(members[1].key_span, at(12, 3));
        assert_eq!(root.get("b").and_then(|b| b.get("c")).map(|c| c.span), Some(at(12, 14)));
    }

    #[test]
    fn slips_are_reported_and_reading_goes_on() {
        let text = "{\n  \"a\": 007, // note\n  \"b\": [1, 2,],\n  /* gone */ \"c\": \"x\",\n}";
        let parsed = parse(text, at(1, 1));
        let messages: Vec<_> = parsed.issues.iter().map(|i| (i.span.line, i.message.as_str())).collect();
        assert_eq!(
            messages,
            vec![
                (2, "number with a leading zero"),
                (2, "comment in JSON"),
                (3, "trailing comma"),
                (4, "comment in JSON"),
                (4, "trailing comma"),
            ]
        );
        let root = parsed.root.expect("value");
        assert_eq!(root.get("c").and_then(Node::as_str), Some("x"));
    }

    #[test]
    fn broken_json_is_fatal_without_panicking() {
        for text in ["{", "{\"a\" 1}", "[1 2", "{\"a\": tru}", "", "\"abc", "{\"a\":\n\"b}"] {
            let parsed = parse(text, at(1, 1));
            assert!(parsed.issues.iter().any(|i| i.fatal), "{text:?}: {:?}", parsed.issues);
        }
    }

    #[test]
    fn deep_nesting_is_reported_not_recursed() {
        let text = "[".repeat(500);
        let parsed = parse(&text, at(1, 1));
        assert!(parsed.issues.iter().any(|i| i.message.contains("deeply")));
    }

    #[test]
    fn columns_count_characters_on_the_first_line() {
        let parsed = parse("{\"é\": 1, \"b\": 2}", at(5, 4));
        let root = parsed.root.expect("value");
        let members = root.members().expect("object");
        assert_eq!(members[1].key_span, at(5, 4 + 9));
    }
}
