// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Types and operations of the `v1.0` API.

mod operations;
pub use operations::OPERATIONS;

mod registry;
pub use registry::TYPES;
#[cfg(feature = "test-hooks")]
pub use registry::__reencode;
