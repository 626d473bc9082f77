//! The OData layer: query option parsing and checking, `$filter` evaluation, ordering,
//! selection and paging. Independent of the lifecycle workflows data.

pub mod filter;
pub mod page;
pub mod query;
pub mod record;
pub mod schema;
pub mod value;
