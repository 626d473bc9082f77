//! The structs generated from the codegen test model (`xtask/codegen/src/fixture.rs`), on the
//! runtime of `lcw-models`, so that every shape the emitter produces is compiled.

pub use lcw_models::{
    Collection, Date, FilterOp, GraphDouble, GraphType, Guid, Int64, IsoDuration, OperationInfo,
    PropertyInfo, PropertyType, TimeOfDay, Timestamp, TypeInfo,
};

/// The support code the generated structs call, as in `lcw-models`.
#[doc(hidden)]
pub mod __private {
    pub use lcw_models::__private::*;
}

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;
