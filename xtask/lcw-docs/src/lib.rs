//! Reads Microsoft Graph doc pages.
//!
//! Stage 1 ([`page`], built by [`parse`]) keeps what a markdown page literally says, with
//! positions. Stage 2 ([`model`], built by [`build`]) resolves it into types, enums and operations
//! with wire names only, after [`overrides`]. Both stages are lenient: a malformed page yields
//! diagnostics ([`codes`]) with file, line and column, and the rest of the docs still load.

pub mod build;
pub mod cli;
pub mod codes;
pub mod diag;
pub mod dump;
pub mod lines;
pub mod load;
pub mod model;
pub mod overrides;
pub mod page;
pub mod par;
pub mod parse;
pub mod paths;
pub mod template;

pub use load::{Docs, LoadOptions, load, load_beside, load_texts, load_with};
