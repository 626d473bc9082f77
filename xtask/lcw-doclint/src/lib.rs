//! The docs lint and the upstream drift report.
//!
//! The lint reads a Graph docs tree through `lcw-docs` and reports, with file, line and column,
//! every place where the docs disagree with themselves: property table against JSON
//! representation, resources against API examples, enum pages against prose, links, Methods
//! tables against API pages, base types and keys, malformed annotations and JSON, request paths.
//! The drift report compares the facts of two trees and classifies each change by what it does
//! to the generated API. Codes and output formats are documented in `LINTS.md`.

pub mod blocks;
pub mod checks;
pub mod cli;
pub mod codes;
pub mod drift;
pub mod finding;
pub mod lint;
pub mod schema;
pub mod suppress;
pub mod tree;
pub mod typecell;
