//! Typed models of the Microsoft Graph lifecycle workflows API
//! (`microsoft.graph.identityGovernance`), generated from the Graph docs.
//!
//! Each version module ([`beta`], [`v1`], behind the cargo features of the same names) holds
//! one struct per entity or complex type, an enum per polymorphic base (read by `@odata.type`),
//! the enums of `lcw-enums` for that version, and the `OPERATIONS` table.
//!
//! Structs are `#[non_exhaustive]`: build them with `Default` and field assignment, or with
//! their builder. Every property is a [`Nullable`]: `Absent` when the object leaves it out (Graph
//! leaves out whatever `$select` did not ask for), `Null` when it is an explicit `null`, or a
//! `Value`; all three are written back as read, and a `PATCH` body clears a property by setting
//! it to `Null`. Properties the docs do not describe (and `@odata` annotations) are kept in
//! `additional_properties`, so a decode and re-encode loses nothing.
//!
//! The support types (primitives, [`Collection`], metadata) live in `lcw-runtime` and are
//! re-exported here.

pub use lcw_runtime::{
    BodyParam, Collection, Date, FilterOp, Flags, GraphDouble, GraphEnum, GraphType, Guid, Int64,
    IsoDuration, Nullable, OperationInfo, OutOfRange, ParseError, PropertyInfo, PropertyType,
    TimeOfDay, Timestamp, TimestampText, TypeInfo, UnknownMember, UnknownObject, UnknownValue,
};

/// Support code for the generated structs; not part of the public API.
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
