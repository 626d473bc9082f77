// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
//! Types and operations of the `microsoft.graph.callRecords` namespace (`beta`).

/// The enums of the same namespace, so everything can be named from one module.
pub use lcw_enums::beta::call_records::*;

mod endpoint;
pub use endpoint::{Endpoint, EndpointBuilder};

mod option_type;
pub use option_type::{OptionType, OptionTypeBuilder};
