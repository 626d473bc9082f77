//! Enums of the Microsoft Graph lifecycle workflows API (`microsoft.graph.identityGovernance`),
//! generated from the Graph docs.
//!
//! Every enum is `#[non_exhaustive]` and carries an `Unknown(UnknownValue)` variant, so a value
//! the service adds later is kept verbatim instead of failing a whole response. Multi-valued
//! ("flags") enums travel as `"joiner,leaver"` and are read into a [`Flags`] set.
//!
//! Version modules are behind the cargo features `beta` and `v1` (both on by default).

mod flags;
mod unknown;

pub use flags::Flags;
pub use unknown::UnknownValue;

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;

/// What every generated enum offers; lets [`Flags`] and generic code work over any of them.
pub trait GraphEnum: Sized + Clone + PartialEq + 'static {
    /// Every member this version of the crate knows, in the order the docs list them.
    const KNOWN: &'static [Self];

    /// The wire spelling (`inProgress`), or the raw text of an unknown value.
    fn as_str(&self) -> &str;

    /// Reads a wire value; never fails, unknown text becomes the `Unknown` variant.
    fn from_wire(value: &str) -> Self;
}

/// Support code for the generated enums; not part of the public API.
#[doc(hidden)]
pub mod __private {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{self, Deserializer, Visitor};

    use crate::GraphEnum;

    /// Reads a JSON string into any generated enum, borrowing when the input allows.
    pub fn deserialize_enum<'de, D: Deserializer<'de>, E: GraphEnum>(
        deserializer: D,
    ) -> Result<E, D::Error> {
        struct EnumVisitor<E>(PhantomData<E>);
        impl<E: GraphEnum> Visitor<'_> for EnumVisitor<E> {
            type Value = E;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an enum member as a string")
            }
            fn visit_str<Err: de::Error>(self, value: &str) -> Result<E, Err> {
                Ok(E::from_wire(value))
            }
        }
        deserializer.deserialize_str(EnumVisitor(PhantomData))
    }

    /// Builds the `Unknown` payload; only generated code may do this.
    pub fn unknown(value: &str) -> crate::UnknownValue {
        crate::UnknownValue::new(value)
    }
}
