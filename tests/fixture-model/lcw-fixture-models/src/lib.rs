//! The structs generated from the codegen test model (`xtask/lcw-codegen/src/fixture.rs`), on the
//! shared runtime (`lcw-runtime`) as `lcw-models` is, so that every shape the emitter produces
//! is compiled.

pub use lcw_runtime::{
    BodyParam, Collection, Date, FilterOp, GraphDouble, GraphType, Guid, Int64, IsoDuration,
    Nullable, OperationInfo, PropertyInfo, PropertyType, TimeOfDay, Timestamp, TypeInfo,
    UnknownObject,
};

/// The support code the generated structs call, as in `lcw-models`.
#[doc(hidden)]
pub mod __private {
    pub use lcw_runtime::__private::*;
}

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;
