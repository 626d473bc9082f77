//! What every generated enum offers, and the error of its strict parse.

use std::fmt;

/// What every generated enum offers; lets [`Flags`](crate::Flags) and generic code work over
/// any of them.
pub trait GraphEnum: Sized + Clone + PartialEq + 'static {
    /// Every member this version of the crate knows, in the order the docs list them.
    const KNOWN: &'static [Self];

    /// The wire spelling (`inProgress`), or the raw text of an unknown value.
    fn as_str(&self) -> &str;

    /// Reads a wire value; never fails, unknown text becomes the `Unknown` variant.
    fn from_wire(value: &str) -> Self;

    /// Reads a wire value strictly: text that names no known member is an error rather than an
    /// `Unknown` value (for input that must be valid today, such as a command line).
    fn try_from_wire(value: &str) -> Result<Self, UnknownMember> {
        Self::KNOWN
            .iter()
            .find(|member| member.as_str() == value)
            .cloned()
            .ok_or_else(|| UnknownMember::new(short_type_name::<Self>(), value))
    }
}

fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// Text that names no member a generated enum knows (its strict `try_parse`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMember {
    enum_name: &'static str,
    value: Box<str>,
}

impl UnknownMember {
    /// `value` is not a member of `enum_name` (the docs' name, `lifecycleTaskCategory`).
    pub fn new(enum_name: &'static str, value: &str) -> Self {
        UnknownMember {
            enum_name,
            value: value.into(),
        }
    }

    /// The enum, as the docs name it.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The text that was refused.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for UnknownMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a known member of `{}`",
            self.value, self.enum_name
        )
    }
}

impl std::error::Error for UnknownMember {}
