//! Enums of the Microsoft Graph lifecycle workflows API (`microsoft.graph.identityGovernance`),
//! generated from the Graph docs.
//!
//! Every enum is `#[non_exhaustive]` and carries an `Unknown(UnknownValue)` variant, so a value
//! the service adds later is kept verbatim instead of failing a whole response: `From<&str>`,
//! `FromStr` and `Deserialize` never fail. `try_parse` is the strict reading, refusing text that
//! names no known member ([`UnknownMember`]). Enums are ordered as the docs list their members
//! (unknown values last) and give their wire text through `as_str`, `AsRef<str>` and `Display`.
//! Multi-valued ("flags") enums travel as `"joiner,leaver"` and are read into a [`Flags`] set.
//!
//! Version modules are behind the cargo features `beta` and `v1` (both on by default). The
//! support types come from `lcw-runtime` and are re-exported here.

pub use lcw_runtime::{Flags, GraphEnum, UnknownMember, UnknownValue};

/// Support code for the generated enums; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use lcw_runtime::__private::{deserialize_enum, unknown};
}

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;
