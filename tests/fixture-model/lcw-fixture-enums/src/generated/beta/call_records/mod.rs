// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Enums of the `microsoft.graph.callRecords` namespace (`beta`).

mod call_type;
pub use call_type::CallType;
