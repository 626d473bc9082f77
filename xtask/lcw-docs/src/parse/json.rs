//! JSON as the docs write it: trailing commas, comments, a missing quote, unquoted words, leading
//! zeros, `...` elisions.
//!
//! One forgiving reader serves the page reader (which wants a `serde_json` value it can use, see
//! [`parse`]) and the docs lint (which wants every slip and the position of every key, see
//! [`read`]). The reader never stops early: it names each [`Slip`] where it is and reads on, so
//! each caller decides which slips it can live with.

use serde_json::{Map, Number, Value};

/// Nesting deeper than this is reported instead of recursed into.
const MAX_DEPTH: u32 = 64;

/// Something in the text that strict JSON does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slip {
    /// `,` right before `}` or `]`.
    TrailingComma,
    /// `,` where a member or item belongs (`[1,,2]`, `{,`).
    ExtraComma,
    /// `//` or `/* */`.
    Comment,
    /// `007`.
    LeadingZero,
    /// A number that cannot be read as one (`1.2.3`, `-`); kept as text.
    BadNumber,
    /// `'text'`.
    SingleQuoted,
    /// A string whose closing quote is missing; it ends at the end of its line.
    MissingClosingQuote,
    /// `"key: "value"`: the quote after the key is missing.
    MissingQuoteAfterKey,
    /// `{key: 1}`.
    UnquotedKey,
    /// Something that cannot start a key (`{1: 2}`).
    ExpectedKey,
    /// A key without `:` after it.
    MissingColon,
    /// A value is missing (`{"a": }`).
    MissingValue,
    /// An unquoted word that is not `true`, `false` or `null`.
    UnquotedText,
    /// A character that cannot start a value.
    UnexpectedCharacter,
    /// `...` standing for left-out members or items.
    Elision,
    /// A value starts right after another without a comma.
    MissingComma,
    /// Something other than `,` or the closing bracket after a member or item.
    ExpectedSeparator,
    /// `]` inside an object.
    StrayBracket,
    /// The text ends inside an object.
    ObjectNotClosed,
    /// The text ends inside an array.
    ArrayNotClosed,
    /// More text after the top value.
    TextAfterValue,
    /// Nesting beyond the reader's limit.
    TooDeep,
    /// The text holds no value at all.
    NoValue,
}

impl Slip {
    /// A few words naming the slip, as diagnostics print them.
    pub fn message(self) -> &'static str {
        match self {
            Slip::TrailingComma => "trailing comma",
            Slip::ExtraComma => "extra comma",
            Slip::Comment => "comment in JSON",
            Slip::LeadingZero => "number with a leading zero",
            Slip::BadNumber => "unreadable number kept as text",
            Slip::SingleQuoted => "single-quoted string",
            Slip::MissingClosingQuote => "missing closing quote",
            Slip::MissingQuoteAfterKey => "missing quote after key",
            Slip::UnquotedKey => "unquoted key",
            Slip::ExpectedKey => "expected a key",
            Slip::MissingColon => "expected `:` after a key",
            Slip::MissingValue => "unexpected character where a value belongs",
            Slip::UnquotedText => "unquoted text",
            Slip::UnexpectedCharacter => "unexpected character",
            Slip::Elision => "`...` elision",
            Slip::MissingComma => "missing comma",
            Slip::ExpectedSeparator => "expected `,` or a closing bracket",
            Slip::StrayBracket => "stray `]` in object",
            Slip::ObjectNotClosed => "object not closed",
            Slip::ArrayNotClosed => "array not closed",
            Slip::TextAfterValue => "text after the JSON value",
            Slip::TooDeep => "JSON nested too deeply",
            Slip::NoValue => "no JSON value",
        }
    }

    /// Whether [`parse`] still trusts the value it read: the slip is repaired without guessing.
    /// An unquoted key or word, an elision or trailing text leave doubt about what was meant.
    pub fn repairable(self) -> bool {
        REPAIRABLE.contains(&self)
    }
}

/// The slips [`Slip::repairable`] accepts.
const REPAIRABLE: [Slip; 9] = [
    Slip::TrailingComma,
    Slip::ExtraComma,
    Slip::Comment,
    Slip::LeadingZero,
    Slip::SingleQuoted,
    Slip::MissingClosingQuote,
    Slip::MissingQuoteAfterKey,
    Slip::MissingComma,
    Slip::ExpectedSeparator,
];

/// A slip and the byte offset in the text where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset in the text read.
    pub offset: usize,
    /// What it is.
    pub slip: Slip,
}

/// A JSON value and the byte offset where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Json,
    /// Byte offset of its first character.
    pub offset: usize,
}

/// A JSON value as written: members in order (duplicates kept), numbers as their text.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// Members in written order.
    Object(Vec<Member>),
    /// Items in order.
    Array(Vec<Node>),
    /// A string, unescaped.
    String(String),
    /// A number as written.
    Number(String),
    /// `true` / `false`.
    Bool(bool),
    /// `null` (and what an elision stands for).
    Null,
}

/// One `"key": value` member.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key, unescaped.
    pub key: String,
    /// Byte offset of the key (its opening quote, if any).
    pub key_offset: usize,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The members if this is an object.
    pub fn members(&self) -> Option<&[Member]> {
        match &self.value {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The value of the first member named `key`, if this is an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.members()?
            .iter()
            .find(|m| m.key == key)
            .map(|m| &m.value)
    }

    /// The string value, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as `serde_json` holds it (a later duplicate key wins; a number that is not one
    /// becomes its text).
    pub fn to_value(&self) -> Value {
        match &self.value {
            Json::Object(members) => {
                let mut map = Map::new();
                for m in members {
                    map.insert(m.key.clone(), m.value.to_value());
                }
                Value::Object(map)
            }
            Json::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Json::String(s) => Value::String(s.clone()),
            Json::Number(text) => number_value(text),
            Json::Bool(b) => Value::Bool(*b),
            Json::Null => Value::Null,
        }
    }
}

fn number_value(text: &str) -> Value {
    if let Ok(n) = text.parse::<i64>() {
        return Value::Number(n.into());
    }
    match text.parse::<f64>().ok().and_then(Number::from_f64) {
        Some(n) => Value::Number(n),
        None => Value::String(text.to_string()),
    }
}

/// What [`read`] made of a text.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The top value as far as it could be read (`None` when the text holds none).
    pub root: Option<Node>,
    /// Every slip, in the order the reader met them.
    pub problems: Vec<Problem>,
}

/// Reads `src` leniently, keeping positions and every slip.
pub fn read(src: &str) -> Document {
    let mut reader = Reader {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        problems: Vec::new(),
    };
    reader.skip_blank();
    let root = reader.value(0);
    match &root {
        None => reader.problem(Slip::NoValue),
        Some(_) => {
            reader.skip_blank();
            if reader.pos < src.len() {
                reader.problem(Slip::TextAfterValue);
            }
        }
    }
    Document {
        root,
        problems: reader.problems,
    }
}

/// The outcome of reading JSON text leniently.
#[derive(Debug, Clone)]
pub struct Lenient {
    /// The value, if it could be read or repaired; `None` when a slip is not
    /// [repairable](Slip::repairable).
    pub value: Option<Value>,
    /// Whether the text was valid JSON as written.
    pub strict: bool,
    /// What had to be (or could not be) repaired, in reading order.
    pub problems: Vec<Problem>,
}

/// Whether `src` is strict JSON, and if not what had to be (or could not be) repaired; the value
/// itself is not built, so checking a block costs no memory beyond its slips.
pub fn check(src: &str) -> Lenient {
    if serde_json::from_str::<serde::de::IgnoredAny>(src).is_ok() {
        return Lenient {
            value: None,
            strict: true,
            problems: Vec::new(),
        };
    }
    let document = read(src);
    let repairable =
        document.root.is_some() && document.problems.iter().all(|p| p.slip.repairable());
    Lenient {
        // Stands for "readable after repair" without building the value.
        value: repairable.then_some(Value::Null),
        strict: false,
        problems: document.problems,
    }
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
    let document = read(src);
    let repairable = document.problems.iter().all(|p| p.slip.repairable());
    Lenient {
        value: document
            .root
            .filter(|_| repairable)
            .map(|root| root.to_value()),
        strict: false,
        problems: document.problems,
    }
}

impl Lenient {
    /// The problem worth naming: the first one that could not be repaired, else the first.
    pub fn worst(&self) -> Option<&Problem> {
        let severe = self.problems.iter().find(|p| !p.slip.repairable());
        severe.or(self.problems.first())
    }
}

struct Reader<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    problems: Vec<Problem>,
}

impl<'a> Reader<'a> {
    fn problem(&mut self, slip: Slip) {
        self.problem_at(self.pos, slip);
    }

    fn problem_at(&mut self, offset: usize, slip: Slip) {
        self.problems.push(Problem {
            offset: offset.min(self.src.len()),
            slip,
        });
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn rest(&self) -> &'a [u8] {
        let bytes: &'a [u8] = self.bytes;
        &bytes[self.pos.min(bytes.len())..]
    }

    /// Skips white space and comments, naming each comment.
    fn skip_blank(&mut self) {
        loop {
            while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
                self.pos += 1;
            }
            let rest = self.rest();
            if rest.starts_with(b"//") {
                self.problem(Slip::Comment);
                self.pos += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            } else if rest.starts_with(b"/*") {
                self.problem(Slip::Comment);
                self.pos += rest
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(rest.len(), |p| p + 2);
            } else {
                return;
            }
        }
    }

    /// An elision `...` here: named, skipped.
    fn elision(&mut self) -> bool {
        if !self.rest().starts_with(b"...") {
            return false;
        }
        self.problem(Slip::Elision);
        self.pos += 3;
        true
    }

    fn value(&mut self, depth: u32) -> Option<Node> {
        if depth > MAX_DEPTH {
            self.problem(Slip::TooDeep);
            return None;
        }
        self.skip_blank();
        let offset = self.pos;
        let value = match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' | b'\'' => Json::String(self.string()),
            b'-' | b'0'..=b'9' => self.number(),
            b'}' | b']' | b',' | b':' => return None,
            _ if self.elision() => Json::Null,
            _ => self.word(),
        };
        Some(Node { value, offset })
    }

    /// Before a member or item: skips blanks and extra commas. `false` once the closer is read
    /// or the text ends (named as `not_closed`).
    fn more_items(&mut self, closer: u8, not_closed: Slip) -> bool {
        loop {
            self.skip_blank();
            match self.peek() {
                None => {
                    self.problem(not_closed);
                    return false;
                }
                Some(b) if b == closer => {
                    self.pos += 1;
                    return false;
                }
                Some(b',') => {
                    self.problem(Slip::ExtraComma);
                    self.pos += 1;
                }
                Some(_) => return true,
            }
        }
    }

    /// A member's or item's value; when there is none, skips to the next separator.
    fn item_value(&mut self, depth: u32) -> Option<Node> {
        let value = self.value(depth + 1);
        if value.is_none() {
            self.problem(Slip::MissingValue);
            self.skip_to_separator();
        }
        value
    }

    fn object(&mut self, depth: u32) -> Json {
        self.pos += 1;
        let mut members = Vec::new();
        while self.more_items(b'}', Slip::ObjectNotClosed) {
            if self.peek() == Some(b']') {
                self.problem(Slip::StrayBracket);
                self.pos += 1;
                continue;
            }
            if self.elision() {
                self.after_item(b'}');
                continue;
            }
            let key_offset = self.pos;
            let key = match self.peek() {
                Some(b'"' | b'\'') => self.string(),
                Some(b) if b.is_ascii_alphabetic() || b == b'_' || b == b'@' => {
                    self.problem(Slip::UnquotedKey);
                    self.name().to_string()
                }
                _ => {
                    self.problem(Slip::ExpectedKey);
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
                // `"key: "value"`: the string ran on past the key.
                self.problem(Slip::MissingQuoteAfterKey);
                let colon = self.src[key_offset..]
                    .find(':')
                    .map_or(self.pos, |c| key_offset + c + 1);
                self.pos = colon;
                name.trim().to_string()
            } else {
                self.problem(Slip::MissingColon);
                key
            };
            let Some(value) = self.item_value(depth) else {
                continue;
            };
            members.push(Member {
                key,
                key_offset,
                value,
            });
            self.after_item(b'}');
        }
        Json::Object(members)
    }

    fn array(&mut self, depth: u32) -> Json {
        self.pos += 1;
        let mut items = Vec::new();
        while self.more_items(b']', Slip::ArrayNotClosed) {
            if let Some(value) = self.item_value(depth) {
                items.push(value);
                self.after_item(b']');
            }
        }
        Json::Array(items)
    }

    /// After a member or item: a comma (maybe trailing), the closer, or a missing comma.
    fn after_item(&mut self, closer: u8) {
        self.skip_blank();
        match self.peek() {
            Some(b',') => {
                let comma = self.pos;
                self.pos += 1;
                self.skip_blank();
                if self.peek() == Some(closer) {
                    self.problem_at(comma, Slip::TrailingComma);
                }
            }
            Some(b) if b == closer => {}
            None => {}
            Some(b'"' | b'{' | b'[') => self.problem(Slip::MissingComma),
            Some(_) => self.problem(Slip::ExpectedSeparator),
        }
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
        if quote == b'\'' {
            self.problem(Slip::SingleQuoted);
        }
        self.pos += 1;
        let mut out = String::new();
        let mut run_start = self.pos;
        loop {
            match self.peek() {
                None | Some(b'\n') => {
                    self.problem(Slip::MissingClosingQuote);
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

    fn number(&mut self) -> Json {
        let digits = self.pos + usize::from(self.peek() == Some(b'-'));
        if self.bytes.get(digits) == Some(&b'0')
            && self.bytes.get(digits + 1).is_some_and(u8::is_ascii_digit)
        {
            self.problem_at(digits, Slip::LeadingZero);
        }
        let start = self.pos;
        let text =
            self.bare(|b| !(b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')));
        if let Value::String(_) = number_value(text) {
            self.problem_at(start, Slip::BadNumber);
        }
        Json::Number(text.to_string())
    }

    /// `true`, `false`, `null`, or an unquoted word (kept as text up to the next separator).
    fn word(&mut self) -> Json {
        let start = self.pos;
        match self.name() {
            "true" => return Json::Bool(true),
            "false" => return Json::Bool(false),
            "null" => return Json::Null,
            "" => self.problem(Slip::UnexpectedCharacter),
            _ => self.problem_at(start, Slip::UnquotedText),
        }
        // The rest of the word, up to a separator (which is ASCII, so a char boundary).
        while self
            .peek()
            .is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b'\n' | b':'))
        {
            self.pos += 1;
        }
        let text = &self.src[start..self.pos];
        Json::String(text.trim().trim_matches(['"', '\'']).to_string())
    }

    /// A run of name characters (letters, digits, `_`, `@`, `.`), possibly empty.
    fn name(&mut self) -> &'a str {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'.'))
        {
            self.pos += 1;
        }
        let src: &'a str = self.src;
        &src[start..self.pos]
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

    fn slips(text: &str) -> Vec<(usize, Slip)> {
        read(text)
            .problems
            .iter()
            .map(|p| (p.offset, p.slip))
            .collect()
    }

    #[test]
    fn strict_json_is_strict() {
        let out = parse(r#"{"a": [1, 2]}"#);
        assert!(out.strict);
        assert_eq!(out.value, Some(json!({"a": [1, 2]})));
        assert!(read(r#"{"a": [1, 2.5e3, -0]}"#).problems.is_empty());
    }

    #[test]
    fn trailing_commas_and_comments_are_repaired() {
        let out = parse("{\n \"blockType\": \"response\",\n \"truncated\": true,\n\n}");
        assert!(!out.strict);
        assert_eq!(
            out.value,
            Some(json!({"blockType": "response", "truncated": true}))
        );
        assert!(out.problems.iter().any(|p| p.slip == Slip::TrailingComma));
        let out = parse("{ /* c */ \"a\": 007, // x\n \"b\": [1,], }");
        assert_eq!(out.value, Some(json!({"a": 7, "b": [1]})));
    }

    #[test]
    fn slips_are_named_where_they_are_in_reading_order() {
        let text = "{\n  \"a\": 007, // note\n  \"b\": [1, 2,],\n  /* gone */ \"c\": \"x\",\n}";
        let at = |needle: &str| text.find(needle).expect(needle);
        assert_eq!(
            slips(text),
            vec![
                (at("007"), Slip::LeadingZero),
                (at("// note"), Slip::Comment),
                (at(",]"), Slip::TrailingComma),
                (at("/* gone"), Slip::Comment),
                (at(",\n}"), Slip::TrailingComma),
            ]
        );
        let root = read(text).root.expect("value");
        assert_eq!(root.get("c").and_then(Node::as_str), Some("x"));
    }

    #[test]
    fn keys_and_values_keep_their_offsets() {
        let text = "{\n  \"a\": 1,\n  \"b\": {\"c\": [true]}\n}";
        let root = read(text).root.expect("value");
        let members = root.members().expect("object");
        assert_eq!((members[0].key.as_str(), members[0].key_offset), ("a", 4));
        assert_eq!(members[1].key_offset, text.find("\"b\"").expect("b"));
        let c = root.get("b").and_then(|b| b.get("c")).expect("c");
        assert_eq!(c.offset, text.find("[true]").expect("array"));
        assert_eq!(
            c.value,
            Json::Array(vec![Node {
                value: Json::Bool(true),
                offset: 26
            }])
        );
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
            "{\"a\": ...}",
            "{} more",
        ] {
            let out = parse(text);
            assert!(out.value.is_none(), "{text}: {:?}", out.value);
            assert!(!out.problems.is_empty());
        }
    }

    #[test]
    fn the_worst_problem_is_the_first_that_cannot_be_repaired() {
        let worst = |text| parse(text).worst().copied();
        let problem = |offset, slip| Some(Problem { offset, slip });
        assert_eq!(
            worst("{\"a\": 1,, \"b\": tru}"),
            problem(15, Slip::UnquotedText)
        );
        assert_eq!(worst("[1,]"), problem(2, Slip::TrailingComma));
        assert_eq!(
            check("[1,]").worst().copied(),
            problem(2, Slip::TrailingComma)
        );
        assert_eq!(worst("[1]"), None);
    }

    #[test]
    fn elisions_unquoted_keys_and_nothing_at_all_are_named() {
        assert_eq!(slips("[1, ...]"), vec![(4, Slip::Elision)]);
        assert_eq!(slips("{\"a\": 1, ...}"), vec![(9, Slip::Elision)]);
        assert_eq!(slips("{a: 1}"), vec![(1, Slip::UnquotedKey)]);
        assert_eq!(slips("{\"a\": 1 \"b\": 2}"), vec![(8, Slip::MissingComma)]);
        assert_eq!(slips("[1 2]"), vec![(3, Slip::ExpectedSeparator)]);
        assert_eq!(slips("{'a': 1}"), vec![(1, Slip::SingleQuoted)]);
        assert_eq!(slips("  "), vec![(2, Slip::NoValue)]);
        let deep = "[".repeat(500);
        assert!(slips(&deep).contains(&(65, Slip::TooDeep)));
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
            "{..",
            "[..",
            "{é: 1}",
        ] {
            let _ = parse(text);
        }
    }
}
