// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Types and operations of the `beta` API.

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::beta::*;
pub mod call_records;
pub mod identity_governance;
pub use self::call_records::{OptionType, OptionTypeBuilder};
pub use self::identity_governance::{
    OnDemandExecutionOnly, OnDemandExecutionOnlyBuilder, Run, RunBuilder,
    TriggerAndScopeBasedConditions, TriggerAndScopeBasedConditionsBuilder,
    UserProcessingResult, UserProcessingResultBuilder, WorkflowExecutionConditions,
    WorkflowExecutionConditionsBuilder, WorkflowExecutionConditionsKind,
};

mod endpoint;
pub use endpoint::{Endpoint, EndpointBuilder};

mod entity;
pub use entity::{Entity, EntityBuilder};

mod onenote;
pub use onenote::{Onenote, OnenoteBuilder};

mod onenote2;
pub use onenote2::{Onenote2, Onenote2Builder};

mod operations;
pub use operations::OPERATIONS;

mod registry;
pub use registry::TYPES;
#[cfg(feature = "test-hooks")]
pub use registry::__reencode;

mod user;
pub use user::{User, UserBuilder};
