//! `lcw`: the Microsoft Graph lifecycle workflows API from the command line.
//!
//! Every command goes through `lcw-client`; without a token it talks to `lcw-emulator`, started
//! in-process on loopback, so `lcw workflows list` works offline. See `lcw --help`.

mod call;
mod cli;
mod commands;
mod error;
mod output;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, Format};
use crate::error::CliError;
use crate::output::Printer;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = cli.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    });
    // Commands that need no service answer without starting a runtime or an emulator.
    if let Command::Completions { shell } = cli.command {
        return finish(cli::completions(shell));
    }
    if let Command::Operations = cli.command {
        let mut out = Printer::new(format);
        return finish(call::operations(cli.api_version, &mut out).and_then(|()| out.finish()));
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return finish(Err(CliError::Other(format!("cannot start tokio: {e}")))),
    };
    finish(runtime.block_on(commands::run(cli, format)))
}

/// Prints the error, if any, as one line on stderr and picks the exit code.
fn finish(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `lcw ... | head`: the reader left, which is not an error.
        Err(CliError::BrokenPipe) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lcw: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
