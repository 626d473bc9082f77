//! Request routing: the documented route set, path resolution and the handlers.

pub mod bodies;
pub mod handlers;
pub mod params;
pub mod resolve;
pub mod table;
pub mod versioned;

use table::{ApiVersion, RouteTable};

/// The route table: every operation the generated `OPERATIONS` tables list, each under the
/// version whose docs describe it.
pub fn documented_routes() -> RouteTable {
    RouteTable::new(&[
        (ApiVersion::Beta, lcw_models::beta::OPERATIONS),
        (ApiVersion::V1, lcw_models::v1::OPERATIONS),
    ])
}
