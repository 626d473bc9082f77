// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! The `v1.0` API: start from `Client::v1()` (the `V1` handle, `/identityGovernance/lifecycleWorkflows`) and walk the path to an operation.

/// Navigation handles: one per path node, each with a method per child segment and per operation on it.
pub mod paths;

/// One marker type per documented operation, with what it returns and the query options its page documents.
pub mod ops;

/// Typed `$filter` and `$orderby` properties of the items of lists that document them.
///
/// Filters on collection properties (`any`) are not generated: write them with `Filter::raw`.
pub mod filters;

/// `prepare`: the typed method of an `OPERATIONS` row chosen at run time, called with arguments given as strings and JSON (`lcw_client::dynamic`).
pub mod dispatch;

pub use paths::*;
