//! `cargo xtask dump PAGE`.

use std::process::ExitCode;

/// Prints stage 1 and stage 2 of one page as stable text.
pub fn dump(_args: &[String]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dump is not implemented yet")
}
