//! The error of the primitives' `parse`.

use std::fmt;

/// Text that is not a valid value of an Edm primitive type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    expected: &'static str,
    text: String,
}

impl ParseError {
    pub(crate) fn new(expected: &'static str, text: &str) -> Self {
        ParseError {
            expected,
            text: text.to_owned(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a valid {}", self.text, self.expected)
    }
}

impl std::error::Error for ParseError {}
