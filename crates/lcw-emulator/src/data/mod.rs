//! The simulated tenant (facts from a seed), its rendering to Graph objects, and the store
//! that serves and updates it.

pub mod catalog;
pub mod enums;
pub mod facts;
pub mod listing;
pub mod people;
pub mod policies;
pub mod render;
pub mod status;
pub mod store;
