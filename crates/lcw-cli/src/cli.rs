//! The command line: global options and commands (clap derive).

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::error::CliError;

/// The heading of the options every command takes.
const GLOBAL: &str = "Global options";

/// Microsoft Entra lifecycle workflows from the command line.
///
/// Without a token (`--token-env VAR`, or LCW_GRAPH_TOKEN set) every command talks to the
/// built-in emulator, started on loopback for the command's duration: `lcw workflows list`
/// works offline.
#[derive(Debug, Parser)]
#[command(name = "lcw", disable_version_flag = true)]
pub struct Cli {
    /// Use the built-in emulator, started in-process on loopback (the default when no token is
    /// configured).
    #[arg(long, global = true, help_heading = GLOBAL, conflicts_with_all = ["cloud", "service_root", "token_env"])]
    pub emulator: bool,

    /// The national cloud whose Graph to call.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "CLOUD",
        value_parser = ["global", "usgov-l4", "usgov-l5", "china"])]
    pub cloud: Option<String>,

    /// Another service root, such as `http://127.0.0.1:8080` for a running lcw-emulator
    /// (plain http only to loopback).
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "URL", conflicts_with = "cloud")]
    pub service_root: Option<String>,

    /// The environment variable that holds the bearer token (a token is never taken as an
    /// argument: it would show in shell history and `ps`). Default: LCW_GRAPH_TOKEN, when set.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "VAR")]
    pub token_env: Option<String>,

    /// The API version.
    #[arg(long = "version", global = true, help_heading = GLOBAL, value_enum, default_value_t = ApiVersion::Beta)]
    pub api_version: ApiVersion,

    /// Output format [default: table on a terminal, json otherwise]. Lists print json as one
    /// object per line.
    #[arg(long, global = true, help_heading = GLOBAL, value_enum)]
    pub format: Option<Format>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The API version a command calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiVersion {
    /// `/beta`.
    Beta,
    /// `/v1.0`.
    V1,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// The JSON of the typed values, unknown properties and enum values kept; lists as one
    /// object per line.
    Json,
    /// The table's columns, with a header row.
    Csv,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Workflows: list them, or show one.
    #[command(subcommand)]
    Workflows(WorkflowsCommand),
    /// Runs of a workflow: list them, or sum them up over a period.
    #[command(subcommand)]
    Runs(RunsCommand),
    /// The users (subjects) a run processed, with their outcome.
    Users {
        /// The workflow's id.
        workflow_id: String,
        /// The run's id.
        run_id: String,
        /// Only users whose processing failed or completed with errors.
        #[arg(long)]
        failed: bool,
    },
    /// Calls any documented operation by its id (see `lcw operations`).
    Call(CallArgs),
    /// Lists the documented operations: method, path and id.
    Operations,
    /// Prints a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `lcw workflows ...`.
#[derive(Debug, Subcommand)]
pub enum WorkflowsCommand {
    /// Lists workflows.
    List {
        /// Only workflows of this category (joiner, mover, leaver...).
        #[arg(long, value_name = "C")]
        category: Option<String>,
        /// Only enabled workflows.
        #[arg(long)]
        enabled: bool,
    },
    /// Shows one workflow.
    Show {
        /// The workflow's id.
        id: String,
    },
}

/// `lcw runs ...`.
#[derive(Debug, Subcommand)]
pub enum RunsCommand {
    /// Lists the runs of a workflow.
    List {
        /// The workflow's id.
        workflow_id: String,
        /// Only runs with this processing status (completed, failed, completedWithErrors...).
        #[arg(long, value_name = "S")]
        status: Option<String>,
        /// Only runs started at or after this instant (RFC 3339).
        #[arg(long, value_name = "RFC3339")]
        since: Option<jiff::Timestamp>,
    },
    /// Totals of a workflow's runs over a period.
    Summary {
        /// The workflow's id.
        workflow_id: String,
        /// Start of the period (RFC 3339).
        #[arg(long, value_name = "T")]
        from: jiff::Timestamp,
        /// End of the period (RFC 3339).
        #[arg(long, value_name = "T")]
        to: jiff::Timestamp,
    },
}

/// `lcw call ...`.
#[derive(Debug, Args)]
pub struct CallArgs {
    /// The operation's id, as `lcw operations` lists it.
    pub op_id: String,
    /// The path parameters, by the names of the path template (`workflowId=...`).
    #[arg(value_name = "PARAM=VALUE")]
    pub params: Vec<String>,
    /// The request body: a JSON file, or `-` for standard input.
    #[arg(long, value_name = "FILE|-")]
    pub body: Option<PathBuf>,
    /// The path template, when several operations share the id.
    #[arg(long, value_name = "TEMPLATE")]
    pub path: Option<String>,
}

/// Writes the completion script of `shell` to stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<(), CliError> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "lcw", &mut script);
    crate::output::write_stdout(&script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
