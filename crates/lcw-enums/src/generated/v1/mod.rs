// Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.
//! Enums of the `v1.0` API.
