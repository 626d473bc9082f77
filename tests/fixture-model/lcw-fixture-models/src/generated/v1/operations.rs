// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// Every operation the `v1.0` docs describe, one row per request line, sorted by path then method.
pub static OPERATIONS: &[crate::OperationInfo] = &[
];
