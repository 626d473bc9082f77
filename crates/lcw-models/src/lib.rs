//! Typed models of the Microsoft Graph lifecycle workflows API
//! (`microsoft.graph.identityGovernance`), generated from the Graph docs.
//!
//! Each version module ([`beta`], [`v1`], behind the cargo features of the same names) holds
//! one struct per entity or complex type, an enum per polymorphic base (read by `@odata.type`),
//! the enums of `lcw-enums` for that version, and the `OPERATIONS` table.
//!
//! Structs are `#[non_exhaustive]` with `Option` fields: Graph leaves out whatever `$select`
//! did not ask for, and a property added upstream is not a breaking change. Build them with
//! `Default` and field assignment, or with their builder. Properties the docs do not describe
//! are kept in `additional_properties`, so a decode and re-encode loses nothing.
//!
//! **Explicit `null`.** A known property sent as JSON `null` leaves its field `None` and is
//! recorded as `null` under its wire name in `additional_properties`; it is written back as
//! `null` unless the field has been set in the meantime, in which case the field wins.

mod collection;
mod graph_type;
mod primitives;

pub use collection::Collection;
pub use graph_type::{FilterOp, GraphType, OperationInfo, PropertyInfo, PropertyType, TypeInfo};
pub use lcw_enums::{Flags, GraphEnum, UnknownValue};
pub use primitives::{
    Date, GraphDouble, Guid, Int64, IsoDuration, ParseError, TimeOfDay, Timestamp, TimestampText,
};

#[doc(hidden)]
pub mod __private;

#[rustfmt::skip]
mod generated;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;
