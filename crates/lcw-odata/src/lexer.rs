//! Tokens of an OData `$filter` expression.

/// One token and the byte offset where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What was read.
    pub kind: TokenKind,
    /// Byte offset in the expression.
    pub pos: usize,
}

/// Token kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `,`
    Comma,
    /// `:` (lambda variable separator)
    Colon,
    /// A name or a path such as `subject/id`; keywords are names too.
    Ident(String),
    /// `'text'`, with `''` read as one quote; also `Namespace.enumType'member'`.
    Str(String),
    /// A number literal, kept as written.
    Number(f64),
    /// An unquoted `2022-08-01T00:00:00Z`.
    DateTime(jiff::Timestamp),
    /// An unquoted GUID.
    Guid(String),
}

/// A lexing failure at a byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    /// Byte offset.
    pub pos: usize,
    /// What went wrong.
    pub message: String,
}

/// Splits `input` into tokens.
pub fn tokenize(input: &str) -> Result<Vec<Token>, LexError> {
    let bytes = input.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            b'(' | b')' | b',' | b':' => {
                i += 1;
                match c {
                    b'(' => TokenKind::LParen,
                    b')' => TokenKind::RParen,
                    b',' => TokenKind::Comma,
                    _ => TokenKind::Colon,
                }
            }
            b'\'' => {
                let (text, end) = read_string(input, i)?;
                i = end;
                TokenKind::Str(text)
            }
            _ => {
                let end = word_end(bytes, i);
                let word = &input[i..end];
                if let Some(kind) = literal_word(word) {
                    i = end;
                    kind
                } else if c.is_ascii_digit() || c == b'-' || c == b'+' {
                    return Err(LexError {
                        pos: start,
                        message: format!("'{word}' is not a valid literal"),
                    });
                } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c == b'@' {
                    i = end;
                    // `Namespace.type'member'`: a qualified enum literal.
                    if bytes.get(i) == Some(&b'\'') && word.contains('.') {
                        let (text, after) = read_string(input, i)?;
                        i = after;
                        TokenKind::Str(text)
                    } else {
                        TokenKind::Ident(word.to_owned())
                    }
                } else {
                    let ch = input[i..].chars().next().unwrap_or('?');
                    return Err(LexError {
                        pos: start,
                        message: format!("unexpected character '{ch}'"),
                    });
                }
            }
        };
        tokens.push(Token { kind, pos: start });
    }
    Ok(tokens)
}

fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len() {
        let c = bytes[i];
        let keeps = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'.' | b'/' | b'-' | b'+' | b'$' | b'@')
            // a `:` belongs to a time of day (`T10:00:00`), not to a lambda, when a digit follows
            || (c == b':' && i > start && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !keeps {
            break;
        }
        i += 1;
    }
    i
}

fn literal_word(word: &str) -> Option<TokenKind> {
    if is_guid(word) {
        return Some(TokenKind::Guid(word.to_ascii_lowercase()));
    }
    let first = *word.as_bytes().first()?;
    if !(first.is_ascii_digit() || first == b'-' || first == b'+') {
        return None;
    }
    if word.len() >= 11
        && word
            .as_bytes()
            .get(10)
            .is_some_and(|b| matches!(b, b'T' | b't'))
    {
        return date_time(word).map(TokenKind::DateTime);
    }
    let valid_number = word.bytes().enumerate().all(|(n, b)| {
        b.is_ascii_digit()
            || matches!(b, b'.' | b'e' | b'E')
            || (matches!(b, b'-' | b'+')
                && (n == 0 || matches!(word.as_bytes()[n - 1], b'e' | b'E')))
    });
    if !valid_number {
        return None;
    }
    word.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(TokenKind::Number)
}

/// An RFC 3339 date and time (`YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`): the layout is
/// checked here, the calendar and the rest by jiff.
fn date_time(word: &str) -> Option<jiff::Timestamp> {
    let b = word.as_bytes();
    let layout = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't')
        && b[13] == b':'
        && b[16] == b':'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && matches!(b[b.len() - 1], b'Z' | b'z' | b'0'..=b'9');
    if !layout {
        return None;
    }
    word.parse().ok()
}

fn is_guid(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn read_string(input: &str, open: usize) -> Result<(String, usize), LexError> {
    let bytes = input.as_bytes();
    let mut text = String::new();
    let mut i = open + 1;
    let mut chunk_start = i;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            text.push_str(&input[chunk_start..i]);
            if bytes.get(i + 1) == Some(&b'\'') {
                text.push('\'');
                i += 2;
                chunk_start = i;
                continue;
            }
            return Ok((text, i + 1));
        }
        i += 1;
    }
    Err(LexError {
        pos: open,
        message: "unterminated string literal".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<TokenKind> {
        tokenize(input)
            .map(|t| t.into_iter().map(|t| t.kind).collect())
            .unwrap_or_default()
    }

    #[test]
    fn reads_comparison_with_datetime() {
        let k = kinds("completedDateTime ge 2022-08-01T00:00:00Z");
        assert_eq!(k.len(), 3);
        assert_eq!(k[0], TokenKind::Ident("completedDateTime".into()));
        assert!(matches!(k[2], TokenKind::DateTime(_)));
    }

    #[test]
    fn reads_strings_guids_numbers_and_enum_literals() {
        assert_eq!(kinds("'it''s'"), [TokenKind::Str("it's".into())]);
        assert_eq!(kinds("-3.5"), [TokenKind::Number(-3.5)]);
        assert_eq!(
            kinds("dad77a47-6eda-4de7-bc37-fe8eb5aaf17d"),
            [TokenKind::Guid(
                "dad77a47-6eda-4de7-bc37-fe8eb5aaf17d".into()
            )]
        );
        assert_eq!(
            kinds("ns.status'completed'"),
            [TokenKind::Str("completed".into())]
        );
    }

    #[test]
    fn lambda_colon_is_a_token() {
        let k = kinds("parameters/any(p:p/name eq 'x')");
        assert_eq!(k[0], TokenKind::Ident("parameters/any".into()));
        assert_eq!(k[3], TokenKind::Colon);
    }

    #[test]
    fn reports_bad_input_with_position() {
        let err = tokenize("a eq 'open").err();
        assert_eq!(err.map(|e| e.pos), Some(5));
        assert!(tokenize("a eq 12abc").is_err());
        assert!(tokenize("a eq 2022-13-01T00:00:00Z").is_err());
        assert!(tokenize("a eq 2022-08-01T00:00:00").is_err());
        assert!(tokenize("a eq 2022-08-01 ").is_err());
        assert!(tokenize("a # b").is_err());
    }
}
