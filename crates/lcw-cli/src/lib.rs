//! `lcw`: the Microsoft Graph lifecycle workflows API from the command line (the `lcw` binary
//! is [`main`]).
//!
//! Every command goes through `lcw-client`; without a credential it talks to `lcw-emulator`,
//! started in-process on loopback, so `lcw workflows list` works offline. See `lcw --help`.

mod call;
mod cli;
mod connect;
mod error;
mod exec;
mod friendly;
mod ordered;
mod output;
mod progress;
mod report;
mod tree;
mod verbose;

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::cli::{Cli, Command, Format, Global};
pub use crate::error::CliError;
use crate::output::{Dates, Printer};

/// Runs `lcw` with the process's arguments; the exit code `lcw --help` documents.
pub fn main() -> ExitCode {
    let mut command = cli::command();
    let matches = command.get_matches_mut();
    let global = match Global::from_arg_matches(&matches) {
        Ok(global) => global,
        Err(e) => e.exit(),
    };
    let printer = || printer(&global, stdout());
    let operation = match operation(&command, &matches) {
        Ok(operation) => operation,
        Err(error) => return finish(Err(error)),
    };
    if let Some((leaf, leaf_matches)) = operation {
        return finish(in_runtime(run_operation(
            &global,
            &leaf,
            leaf_matches,
            printer(),
        )));
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match &cli.command {
        // Commands that need no service answer without starting a runtime or an emulator.
        Command::Completions { shell } => finish(cli::completions(*shell)),
        Command::Operations => finish(call::operations(global.api_version(), &mut printer())),
        // The commands that call the service, each on a connected target.
        command => finish(in_runtime(async {
            let target = connect::connect(&global).await?;
            let mut out = printer();
            let version = global.api_version();
            let result = match command {
                Command::Call(args) => call::call(&target.client, version, args, &mut out).await,
                Command::Report(args) => report::run(&target.client, version, args).await,
                Command::Completions { .. } | Command::Operations => Ok(()),
            };
            target.close().await;
            result
        })),
    }
}

/// The operation command `matches` names: its leaf of the tree and its own matches. A group
/// given no command is its `list` (the group holds that command's options); `cmd` is the
/// command line `matches` came from.
fn operation<'m>(
    cmd: &clap::Command,
    matches: &'m clap::ArgMatches,
) -> Result<Option<(tree::Leaf, &'m clap::ArgMatches)>, CliError> {
    let mut words = Vec::new();
    let mut cmd = cmd;
    let mut leaf_matches = matches;
    while let Some((name, sub)) = leaf_matches.subcommand() {
        refuse_options_before(cmd, leaf_matches, &words, name)?;
        words.push(name.to_owned());
        leaf_matches = sub;
        match cmd.find_subcommand(name) {
            Some(next) => cmd = next,
            None => break,
        }
    }
    let leaves = tree::commands();
    let found = |words: &[String]| leaves.iter().find(|l| l.words == words).cloned();
    let leaf = found(&words).or_else(|| {
        words.push(cli::DEFAULT_VERB.to_owned());
        found(&words)
    });
    Ok(leaf.map(|leaf| (leaf, leaf_matches)))
}

/// Refuses `lcw runs --workflow ID get RUN`: an option the group `path` holds for its
/// default `list`, given before the command `sub`, would otherwise be dropped silently.
fn refuse_options_before(
    group: &clap::Command,
    matches: &clap::ArgMatches,
    path: &[String],
    sub: &str,
) -> Result<(), CliError> {
    let given = group.get_arguments().find(|arg| {
        !arg.is_global_set()
            && matches.value_source(arg.get_id().as_str())
                == Some(clap::parser::ValueSource::CommandLine)
    });
    match given {
        Some(arg) => Err(CliError::Usage(format!(
            "`--{}` belongs after `{sub}`: before it, it is an option of `lcw {} {}`",
            arg.get_long().unwrap_or(arg.get_id().as_str()),
            path.join(" "),
            cli::DEFAULT_VERB
        ))),
        None => Ok(()),
    }
}

/// Connects as `global` says, runs the operation command `leaf`, and stops the emulator if
/// one was started.
async fn run_operation(
    global: &Global,
    leaf: &tree::Leaf,
    matches: &clap::ArgMatches,
    mut out: Printer,
) -> Result<(), CliError> {
    let target = connect::connect(global).await?;
    let result = exec::run(
        &target.client,
        global.api_version(),
        leaf,
        matches,
        &mut out,
    )
    .await;
    target.close().await;
    result
}

/// Runs the operation command of `args` (`["lcw", "runs", "list", ...]`) as the `lcw` binary
/// does, its output written to `out` as if stdout were not a terminal (no colours, no
/// progress). For benchmarks and programs embedding the command.
pub async fn run_to(
    args: impl IntoIterator<Item = String>,
    out: Box<dyn Write>,
) -> Result<(), CliError> {
    let mut command = cli::command();
    let matches = command
        .try_get_matches_from_mut(args)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let global = Global::from_arg_matches(&matches).map_err(|e| CliError::Usage(e.to_string()))?;
    let (leaf, leaf_matches) = operation(&command, &matches)?
        .ok_or_else(|| CliError::Usage("not an operation command".to_owned()))?;
    let dates = if global.local {
        Dates::Local(jiff::tz::TimeZone::system())
    } else {
        Dates::Utc
    };
    let out = Printer::new(global.output, dates, out, false);
    run_operation(&global, &leaf, leaf_matches, out).await
}

fn stdout() -> Box<dyn Write> {
    Box::new(BufWriter::with_capacity(64 << 10, std::io::stdout()))
}

/// The printer the global options ask for, writing to `out` (stdout).
fn printer(global: &Global, out: Box<dyn Write>) -> Printer {
    let terminal = std::io::stdout().is_terminal();
    let local = global.local
        || (!global.utc && global.output.unwrap_or(Format::Table) == Format::Table && terminal)
        || (!global.utc && global.output == Some(Format::Table));
    let dates = if local {
        Dates::Local(jiff::tz::TimeZone::system())
    } else {
        Dates::Utc
    };
    Printer::new(global.output, dates, out, terminal)
}

/// Runs `work` on a two-thread tokio runtime.
fn in_runtime(work: impl Future<Output = Result<(), CliError>>) -> Result<(), CliError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::Other(format!("cannot start tokio: {e}")))?
        .block_on(work)
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
