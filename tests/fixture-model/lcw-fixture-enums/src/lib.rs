//! The enums generated from the codegen test model (`xtask/lcw-codegen/src/fixture.rs`), on the
//! shared runtime (`lcw-runtime`) as `lcw-enums` is, so that every shape the emitter produces
//! is compiled.

pub use lcw_runtime::{Flags, GraphEnum, UnknownMember, UnknownValue};

/// The support code the generated enums call, as in `lcw-enums`.
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
