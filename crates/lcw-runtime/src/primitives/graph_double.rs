//! `Edm.Double` (also `Edm.Single`, `Edm.Decimal`).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// `Edm.Double`: a JSON number, or one of the strings `"NaN"`, `"INF"`, `"-INF"`.
///
/// Written back as read: an integer stays an integer (`3`, not `3.0`), and non-finite values
/// as their strings.
///
/// Also used for `Edm.Single` and `Edm.Decimal`. A decimal is held as an `f64`, so digits beyond
/// its 53-bit precision (about 15 significant digits, integers above 2^53) are rounded: JSON
/// numbers reach this type already parsed into a float, so their text cannot be kept. No
/// lifecycle workflows property is a decimal today.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GraphDouble {
    value: f64,
    integral: bool,
}

impl GraphDouble {
    /// The value.
    pub fn get(self) -> f64 {
        self.value
    }
}

impl From<f64> for GraphDouble {
    fn from(value: f64) -> Self {
        GraphDouble {
            value,
            integral: false,
        }
    }
}

impl Serialize for GraphDouble {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.value;
        if v.is_nan() {
            serializer.serialize_str("NaN")
        } else if v.is_infinite() {
            serializer.serialize_str(if v > 0.0 { "INF" } else { "-INF" })
        } else if self.integral {
            // Integral and read from an i64, so it fits.
            serializer.serialize_i64(v as i64)
        } else {
            serializer.serialize_f64(v)
        }
    }
}

impl<'de> Deserialize<'de> for GraphDouble {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DoubleVisitor;
        impl Visitor<'_> for DoubleVisitor {
            type Value = GraphDouble;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or \"NaN\", \"INF\", \"-INF\"")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<GraphDouble, E> {
                Ok(GraphDouble {
                    value: v,
                    integral: false,
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<GraphDouble, E> {
                Ok(GraphDouble {
                    value: v as f64,
                    integral: true,
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<GraphDouble, E> {
                match i64::try_from(v) {
                    Ok(v) => self.visit_i64(v),
                    Err(_) => self.visit_f64(v as f64),
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<GraphDouble, E> {
                let value = match v {
                    "NaN" => f64::NAN,
                    "INF" => f64::INFINITY,
                    "-INF" => f64::NEG_INFINITY,
                    _ => return Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                };
                Ok(GraphDouble {
                    value,
                    integral: false,
                })
            }
        }
        deserializer.deserialize_any(DoubleVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_reads_special_strings_and_keeps_integers() {
        for text in ["\"NaN\"", "\"INF\"", "\"-INF\"", "3", "2.5"] {
            let v: GraphDouble = serde_json::from_str(text).expect("valid double");
            assert_eq!(serde_json::to_string(&v).expect("serializes"), text);
        }
        assert!(serde_json::from_str::<GraphDouble>("\"Infinity\"").is_err());
    }
}
