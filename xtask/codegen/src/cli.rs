//! `cargo xtask regenerate`.

use std::process::ExitCode;

/// Regenerates the model crates, or checks them with `--check`.
pub fn regenerate(_args: &[String]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("regenerate is not implemented yet")
}
