// Generated from docs-src/api-reference by `cargo xtask regenerate`. Do not edit.
#[cfg(feature = "beta")]
pub mod beta;

#[cfg(feature = "v1")]
pub mod v1;
