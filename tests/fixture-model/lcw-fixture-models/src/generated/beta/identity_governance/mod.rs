// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Types and operations of the `microsoft.graph.identityGovernance` namespace (`beta`).

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::beta::identity_governance::*;

mod on_demand_execution_only;
pub use on_demand_execution_only::{OnDemandExecutionOnly, OnDemandExecutionOnlyBuilder};

mod run;
pub use run::{Run, RunBuilder};

mod trigger_and_scope_based_conditions;
pub use trigger_and_scope_based_conditions::{
    TriggerAndScopeBasedConditions, TriggerAndScopeBasedConditionsBuilder,
};

mod user_processing_result;
pub use user_processing_result::{UserProcessingResult, UserProcessingResultBuilder};

mod workflow_execution_conditions;
pub use workflow_execution_conditions::{
    WorkflowExecutionConditions, WorkflowExecutionConditionsBuilder,
    WorkflowExecutionConditionsKind,
};
