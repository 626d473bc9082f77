// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Types and operations of the `beta` API.

mod operations;
pub use operations::OPERATIONS;
