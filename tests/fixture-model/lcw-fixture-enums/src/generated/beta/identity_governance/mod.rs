// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Enums of the `microsoft.graph.identityGovernance` namespace (`beta`).

mod lifecycle_task_category;
pub use lifecycle_task_category::{LifecycleTaskCategory, LifecycleTaskCategorySet};

mod lifecycle_workflow_processing_status;
pub use lifecycle_workflow_processing_status::LifecycleWorkflowProcessingStatus;
