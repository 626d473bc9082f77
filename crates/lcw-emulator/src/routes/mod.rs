//! Request routing: the documented route set, path resolution and the handlers.

pub mod handlers;
pub mod resolve;
pub mod table;

use lcw_models::OperationInfo;
use table::{ApiVersion, RouteTable};

/// The route table for every version the docs document operations in. The generated
/// `OPERATIONS` tables are used when they are filled; until then the interim copies.
pub fn documented_routes() -> RouteTable {
    let pick = |generated: &'static [OperationInfo], interim: &'static [OperationInfo]| {
        if generated.is_empty() { interim } else { generated }
    };
    RouteTable::new(&[
        (ApiVersion::Beta, pick(lcw_models::beta::OPERATIONS, crate::interim::BETA_OPERATIONS)),
        (ApiVersion::V1, pick(lcw_models::v1::OPERATIONS, crate::interim::V1_OPERATIONS)),
    ])
}
