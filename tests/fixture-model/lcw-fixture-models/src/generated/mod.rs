// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
#[cfg(feature = "beta")]
pub mod beta;

#[cfg(feature = "v1")]
pub mod v1;
