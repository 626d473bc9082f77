//! The docs lint and the upstream drift report.

pub mod cli;
