//! `Edm.Int64`.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// `Edm.Int64`: a JSON number, or a numeric string when the request asked for
/// `IEEE754Compatible=true` (64-bit integers do not survive JavaScript's doubles).
///
/// Written back as read: a quoted value stays quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Int64 {
    value: i64,
    quoted: bool,
}

impl Int64 {
    /// The value.
    pub fn get(self) -> i64 {
        self.value
    }
}

impl From<i64> for Int64 {
    fn from(value: i64) -> Self {
        Int64 {
            value,
            quoted: false,
        }
    }
}

impl Serialize for Int64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            serializer.collect_str(&self.value)
        } else {
            serializer.serialize_i64(self.value)
        }
    }
}

impl<'de> Deserialize<'de> for Int64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Int64Visitor;
        impl Visitor<'_> for Int64Visitor {
            type Value = Int64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a 64-bit integer, as a number or a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int64, E> {
                Ok(Int64::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int64, E> {
                i64::try_from(v)
                    .map(Int64::from)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Int64, E> {
                // Only the canonical form, so writing it back gives the same text.
                match v.parse::<i64>() {
                    Ok(value) if value.to_string() == v => Ok(Int64 {
                        value,
                        quoted: true,
                    }),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                }
            }
        }
        deserializer.deserialize_any(Int64Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int64_reads_numbers_and_strings_and_writes_them_back_as_read() {
        for text in ["9007199254740993", "\"9007199254740993\"", "-5"] {
            let v: Int64 = serde_json::from_str(text).expect("valid Int64");
            assert_eq!(serde_json::to_string(&v).expect("serializes"), text);
        }
        assert_eq!(
            serde_json::from_str::<Int64>("\"42\"")
                .expect("valid")
                .get(),
            42
        );
        assert!(serde_json::from_str::<Int64>("\"042\"").is_err());
        assert!(serde_json::from_str::<Int64>("1.5").is_err());
    }
}
