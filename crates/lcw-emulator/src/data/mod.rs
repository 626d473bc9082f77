//! The simulated tenant (facts from a seed), its rendering to Graph objects, and the store
//! that serves and updates it.

pub mod enums;
pub mod facts;
pub mod listing;
pub mod render;
pub mod status;
pub mod store;
