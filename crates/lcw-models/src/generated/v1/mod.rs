// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Types and operations of the `v1.0` API.

mod operations;
pub use operations::OPERATIONS;
