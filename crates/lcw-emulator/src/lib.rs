//! A local server that behaves like Microsoft Graph for the lifecycle workflows API.

pub mod clock;
pub mod errors;
pub mod odata;
pub mod rng;
pub mod data;
