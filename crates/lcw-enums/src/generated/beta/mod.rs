// Generated from docs-src/api-reference/beta by `cargo xtask regenerate`. Do not edit.
//! Enums of the `beta` API.
