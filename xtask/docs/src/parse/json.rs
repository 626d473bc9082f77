//! JSON as the docs write it: strict first, then a forgiving reader for the usual slips
//! (trailing commas, comments, a missing quote, unquoted words, leading zeros).

use serde_json::{Map, Number, Value};

/// The outcome of reading JSON text leniently.
#[derive(Debug, Clone)]
pub struct Lenient {
    /// The value, if it could be read or repaired; `None` when the text is too far from JSON
    /// (see [`MINOR`]).
    pub value: Option<Value>,
    /// Whether the text was valid JSON as written.
    pub strict: bool,
    /// What had to be repaired, as `(byte offset in the text, description)`.
    pub problems: Vec<(usize, String)>,
}

/// Reads `src` as JSON, repairing what it can.
pub fn parse(src: &str) -> Lenient {
    if let Ok(value) = serde_json::from_str::<Value>(src) {
        return Lenient {
            value: Some(value),
            strict: true,
            problems: Vec::new(),
        };
    }
    let mut reader = Reader {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        problems: Vec::new(),
    };
    reader.skip_blank();
    let value = reader.value(0);
    reader.skip_blank();
    if value.is_some() && reader.pos < src.len() {
        reader.problem("text after the JSON value ignored");
    }
    let repairable = reader
        .problems
        .iter()
        .all(|(_, p)| MINOR.contains(&p.as_str()));
    Lenient {
        value: value.filter(|_| repairable),
        strict: false,
        problems: reader.problems,
    }
}

impl Lenient {
    /// The problem worth naming: the first one that could not be repaired, else the first.
    pub fn worst(&self) -> Option<&(usize, String)> {
        let severe = self
            .problems
            .iter()
            .find(|(_, p)| !MINOR.contains(&p.as_str()));
        severe.or(self.problems.first())
    }
}

/// Slips the reader repairs; any other problem means the text is not JSON at all.
pub const MINOR: &[&str] = &[
    "trailing comma",
    "extra comma",
    "comment removed",
    "number with leading zero",
    "missing closing quote",
    "missing quote after key",
    "missing comma",
];

const MAX_DEPTH: u32 = 64;

struct Reader<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    problems: Vec<(usize, String)>,
}

impl<'a> Reader<'a> {
    fn problem(&mut self, what: &str) {
        self.problems
            .push((self.pos.min(self.src.len()), what.to_string()));
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_blank(&mut self) {
        loop {
            while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
                self.pos += 1;
            }
            let rest = &self.bytes[self.pos.min(self.bytes.len())..];
            if rest.starts_with(b"//") {
                self.problem("comment removed");
                self.pos += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            } else if rest.starts_with(b"/*") {
                self.problem("comment removed");
                self.pos += rest
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(rest.len(), |p| p + 2);
            } else {
                return;
            }
        }
    }

    fn value(&mut self, depth: u32) -> Option<Value> {
        if depth > MAX_DEPTH {
            self.problem("nesting too deep");
            return None;
        }
        self.skip_blank();
        match self.peek()? {
            b'{' => Some(self.object(depth)),
            b'[' => Some(self.array(depth)),
            b'"' | b'\'' => Some(Value::String(self.string())),
            b'-' | b'0'..=b'9' => Some(self.number()),
            b'}' | b']' | b',' | b':' => None,
            _ => Some(self.word()),
        }
    }

    fn object(&mut self, depth: u32) -> Value {
        self.pos += 1;
        let mut map = Map::new();
        loop {
            self.skip_blank();
            match self.peek() {
                None => {
                    self.problem("object not closed");
                    break;
                }
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') => {
                    self.problem("extra comma");
                    self.pos += 1;
                    continue;
                }
                Some(b']') => {
                    self.problem("stray `]` in object");
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let key_start = self.pos;
            let key = match self.peek() {
                Some(b'"' | b'\'') => self.string(),
                _ => {
                    self.problem("unquoted key");
                    self.bare(|b| b == b':' || b == b',' || b == b'}' || b == b'\n')
                        .trim_matches(['"', '\''])
                        .to_string()
                }
            };
            self.skip_blank();
            let key = if self.peek() == Some(b':') {
                self.pos += 1;
                key
            } else if let Some((name, _)) = key.split_once(':') {
                // `"key: "value"`: the quote after the key is missing.
                self.problem("missing quote after key");
                let colon = self.src[key_start..]
                    .find(':')
                    .map_or(self.pos, |c| key_start + c + 1);
                self.pos = colon;
                name.trim().to_string()
            } else {
                self.problem("missing `:` after key");
                key
            };
            let Some(value) = self.value(depth + 1) else {
                self.problem("missing value");
                self.skip_to_separator();
                continue;
            };
            map.insert(key, value);
            self.skip_blank();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_blank();
                    if self.peek() == Some(b'}') {
                        self.problem("trailing comma");
                    }
                }
                Some(b'}') | None => {}
                Some(_) => self.problem("missing comma"),
            }
        }
        Value::Object(map)
    }

    fn array(&mut self, depth: u32) -> Value {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                None => {
                    self.problem("array not closed");
                    break;
                }
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') => {
                    self.problem("extra comma");
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let Some(value) = self.value(depth + 1) else {
                self.problem("missing value");
                self.skip_to_separator();
                continue;
            };
            items.push(value);
            self.skip_blank();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_blank();
                    if self.peek() == Some(b']') {
                        self.problem("trailing comma");
                    }
                }
                Some(b']') | None => {}
                Some(_) => self.problem("missing comma"),
            }
        }
        Value::Array(items)
    }

    fn skip_to_separator(&mut self) {
        // Always move forward so that a stray character cannot loop forever.
        self.pos += 1;
        while let Some(b) = self.peek() {
            if matches!(b, b',' | b'}' | b']') {
                return;
            }
            self.pos += 1;
        }
    }

    /// A quoted string; one left open ends at the end of its line.
    fn string(&mut self) -> String {
        let quote = self.bytes[self.pos];
        self.pos += 1;
        let mut out = String::new();
        let mut run_start = self.pos;
        loop {
            match self.peek() {
                None | Some(b'\n') => {
                    self.problem("missing closing quote");
                    out.push_str(&self.src[run_start..self.pos]);
                    let trimmed = out.trim_end().trim_end_matches(',').len();
                    out.truncate(trimmed);
                    return out;
                }
                Some(b) if b == quote => {
                    out.push_str(&self.src[run_start..self.pos]);
                    self.pos += 1;
                    return out;
                }
                Some(b'\\') => {
                    out.push_str(&self.src[run_start..self.pos]);
                    let escaped = self.bytes.get(self.pos + 1).copied();
                    self.pos += 2;
                    match escaped {
                        Some(b'n') => out.push('\n'),
                        Some(b't') => out.push('\t'),
                        Some(b'r') => out.push('\r'),
                        Some(b'u') => {
                            let hex = self
                                .src
                                .get(self.pos..self.pos + 4)
                                .and_then(|h| u32::from_str_radix(h, 16).ok());
                            if let Some(c) = hex.and_then(char::from_u32) {
                                out.push(c);
                                self.pos += 4;
                            }
                        }
                        Some(c) if c.is_ascii() => out.push(char::from(c)),
                        _ => self.pos -= 1,
                    }
                    self.pos = self.pos.min(self.src.len());
                    while !self.src.is_char_boundary(self.pos) {
                        self.pos += 1;
                    }
                    run_start = self.pos;
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    fn number(&mut self) -> Value {
        let text =
            self.bare(|b| !(b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')));
        if let Ok(n) = text.parse::<i64>() {
            if text.len() > 1 && text.trim_start_matches('-').starts_with('0') {
                self.problem("number with leading zero");
            }
            return Value::Number(n.into());
        }
        match text.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) => Value::Number(n),
            None => {
                self.problem("unreadable number kept as text");
                Value::String(text.to_string())
            }
        }
    }

    fn word(&mut self) -> Value {
        let text = self.bare(|b| matches!(b, b',' | b'}' | b']' | b'\n' | b':'));
        let text = text.trim();
        match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            _ => {
                self.problem("unquoted text");
                Value::String(text.trim_matches(['"', '\'']).to_string())
            }
        }
    }

    fn bare(&mut self, stop: impl Fn(u8) -> bool) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(|b| !stop(b)) {
            self.pos += 1;
        }
        if self.pos == start && self.pos < self.bytes.len() {
            // Never stall on a stop byte: consume it as text.
            self.pos += 1;
        }
        while !self.src.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        let src: &'a str = self.src;
        &src[start..self.pos]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strict_json_is_strict() {
        let out = parse(r#"{"a": [1, 2]}"#);
        assert!(out.strict);
        assert_eq!(out.value, Some(json!({"a": [1, 2]})));
    }

    #[test]
    fn trailing_commas_and_comments_are_repaired() {
        let out = parse("{\n \"blockType\": \"response\",\n \"truncated\": true,\n\n}");
        assert!(!out.strict);
        assert_eq!(
            out.value,
            Some(json!({"blockType": "response", "truncated": true}))
        );
        assert!(out.problems.iter().any(|(_, p)| p == "trailing comma"));
        let out = parse("{ /* c */ \"a\": 007, // x\n \"b\": [1,], }");
        assert_eq!(out.value, Some(json!({"a": 7, "b": [1]})));
    }

    #[test]
    fn missing_quotes_are_repaired() {
        let out = parse("{\n \"blockType: \"request\",\n \"name\": \"x_y,\n \"k\": \"v\"\n}");
        assert_eq!(
            out.value,
            Some(json!({"blockType": "request", "name": "x_y", "k": "v"}))
        );
    }

    #[test]
    fn text_far_from_json_is_not_repaired() {
        for text in [
            "{ this is : not [ json",
            "{\"a\": [1, 2",
            "{\"a\": String}",
            "{\"a\" 1}",
        ] {
            let out = parse(text);
            assert!(out.value.is_none(), "{text}: {:?}", out.value);
            assert!(!out.problems.is_empty());
        }
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "",
            "{",
            "}",
            "[",
            "{\"",
            "{\"a\"",
            "{\"a\":",
            "{:}",
            "{,,]",
            "\"\\u12",
            "-",
            "{'a':'b'}",
            "é{\"é\":é}",
            "{\"a\\",
        ] {
            let _ = parse(text);
        }
    }
}
