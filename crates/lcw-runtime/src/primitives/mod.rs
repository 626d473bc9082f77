//! Edm primitive types whose wire text must survive a round trip.
//!
//! Date and time types keep the text they were read from and validate it with `jiff`; they are
//! written back exactly as read. Values built from `jiff` types are written in jiff's RFC 3339 /
//! ISO 8601 form (UTC `Z`, as few fractional digits as needed).

mod date;
mod graph_double;
mod guid;
mod int64;
mod iso_duration;
mod parse_error;
mod time_of_day;
mod timestamp;

pub use date::Date;
pub use graph_double::GraphDouble;
pub use guid::Guid;
pub use int64::Int64;
pub use iso_duration::IsoDuration;
pub use parse_error::ParseError;
pub use time_of_day::TimeOfDay;
pub use timestamp::{OutOfRange, Timestamp, TimestampText};

/// Implements `as_str` for a type holding its wire text in `text: Box<str>`.
macro_rules! boxed_text {
    ($ty:ident) => {
        impl $ty {
            /// The text exactly as read (or as formatted when built from a value).
            pub fn as_str(&self) -> &str {
                &self.text
            }
        }
    };
}

/// Implements `FromStr`, `Display` and serde for a type with `parse` and a text accessor.
macro_rules! text_backed {
    ($ty:ident, $what:literal) => {
        text_backed!($ty, as_str, $what);
    };
    ($ty:ident, $text:ident, $what:literal) => {
        impl ::std::str::FromStr for $ty {
            type Err = $crate::primitives::ParseError;
            fn from_str(text: &str) -> Result<Self, $crate::primitives::ParseError> {
                $ty::parse(text)
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.$text())
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.$text())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                struct TextVisitor;
                impl ::serde::de::Visitor<'_> for TextVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        $ty::parse(v).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}

pub(crate) use {boxed_text, text_backed};
