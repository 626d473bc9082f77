// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Enums of the `beta` API.

pub mod call_records;
pub mod identity_governance;
pub use self::call_records::CallType;
pub use self::identity_governance::{
    LifecycleTaskCategory, LifecycleTaskCategorySet, LifecycleWorkflowProcessingStatus,
};
