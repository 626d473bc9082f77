//! `cargo xtask lint` and `cargo xtask drift`.

use std::process::ExitCode;

/// Lints a docs tree.
pub fn lint(_args: &[String]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("lint is not implemented yet")
}

/// Compares docs-src with an upstream docs tree.
pub fn drift(_args: &[String]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("drift is not implemented yet")
}
