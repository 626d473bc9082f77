//! The raw text of an enum value this crate does not know.

use std::fmt;

/// The wire text of an enum member the docs did not list when this crate was generated.
///
/// It can be read ([`UnknownValue::as_str`]) but not built by users, so an `Unknown` variant
/// can never hold the spelling of a known member: `X::from("queued")` is always `X::Queued`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    pub(crate) fn new(value: &str) -> Self {
        UnknownValue(value.into())
    }

    /// The text exactly as the service sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
