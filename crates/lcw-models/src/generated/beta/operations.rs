// Generated from docs-src/api-reference/beta/api by `cargo xtask regenerate`. Do not edit.
/// Every operation the `beta` docs describe, one row per request line, sorted by path then method.
pub static OPERATIONS: &[crate::OperationInfo] = &[];
