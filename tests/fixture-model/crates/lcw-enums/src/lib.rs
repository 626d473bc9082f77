//! The enums generated from the codegen test model (`xtask/codegen/src/fixture.rs`), on the
//! runtime of `lcw-enums`, so that every shape the emitter produces is compiled.

pub use lcw_enums::{Flags, GraphEnum, UnknownValue};

/// The support code the generated enums call, as in `lcw-enums`.
#[doc(hidden)]
pub mod __private {
    pub use lcw_enums::__private::*;
}

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;
