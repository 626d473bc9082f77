//! The hand-written runtime that the generated `lcw` crates share (kept apart from generated
//! code, as smithy-rs keeps `aws-smithy-types` apart from the SDK crates).
//!
//! - Edm primitives whose wire text survives a round trip: [`Timestamp`], [`Date`],
//!   [`TimeOfDay`], [`IsoDuration`], [`Guid`], [`GraphDouble`], [`Int64`];
//! - [`Nullable`], the three states of a property (absent, `null`, a value);
//! - [`Collection`], one page of a collection response;
//! - type metadata: [`GraphType`], [`PropertyInfo`], [`PropertyType`], [`TypeInfo`],
//!   [`OperationInfo`], [`BodyParam`], [`FilterOp`];
//! - enum support: [`GraphEnum`], [`Flags`], [`UnknownValue`], [`UnknownMember`];
//! - [`UnknownObject`], an object of a derived type this crate does not know.
//!
//! Users reach all of it through `lcw-models` and `lcw-enums`, which re-export it; depend on
//! this crate directly only to write code generic over the generated crates.

mod collection;
mod enums;
mod flags;
mod graph_type;
mod nullable;
mod primitives;
mod unknown;

pub use collection::Collection;
pub use enums::{GraphEnum, UnknownMember};
pub use flags::Flags;
pub use graph_type::{
    BodyParam, FilterOp, GraphType, OperationInfo, PropertyInfo, PropertyType, TypeInfo,
};
pub use nullable::Nullable;
pub use primitives::{
    Date, GraphDouble, Guid, Int64, IsoDuration, OutOfRange, ParseError, TimeOfDay, Timestamp,
    TimestampText,
};
pub use unknown::{UnknownObject, UnknownValue};

#[doc(hidden)]
pub mod __private;
