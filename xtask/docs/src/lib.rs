//! Reads Microsoft Graph doc pages.
//!
//! Stage 1 ([`page`]) keeps what a markdown page literally says, with positions. Stage 2
//! ([`model`]) resolves it into types, enums and operations with wire names only. Both stages
//! are lenient: a malformed page yields diagnostics with file, line and column, and the rest of
//! the docs still load.

pub mod diag;
pub mod model;
pub mod page;
pub mod cli;
pub mod load;

pub use load::{Docs, LoadOptions, load};
