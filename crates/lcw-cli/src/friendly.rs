//! Hand-written options on the most used commands, on top of the derived ones: each becomes
//! part of the `$filter` (built with the client's typed filter builders, so an enum member is
//! checked) or a default.

use clap::{Arg, ArgAction, ArgMatches};
use lcw_client::beta::filters::{RunFilter, SubjectProcessingResultFilter, WorkflowFilter};
use lcw_client::models::beta::{LifecycleWorkflowCategory, LifecycleWorkflowProcessingStatus};

use crate::error::CliError;

/// How far back `--from` reaches when a summary is asked without it.
pub const DEFAULT_PERIOD_DAYS: i64 = 30;

fn is(words: &[String], expected: &[&str]) -> bool {
    words
        .iter()
        .map(String::as_str)
        .eq(expected.iter().copied())
}

/// Whether the option `name` (a path parameter) may be left out of the command `words`:
/// `runs list` without `--workflow` lists the runs of every workflow; a period defaults to
/// the last [`DEFAULT_PERIOD_DAYS`] days.
pub fn optional_param(words: &[String], name: &str) -> bool {
    matches!(name, "from" | "to") || (is(words, &["runs", "list"]) && name == "workflow")
}

/// Adds the hand-written options of `words` to `cmd`.
pub fn add_options(words: &[String], cmd: clap::Command) -> clap::Command {
    if is(words, &["workflows", "list"]) {
        cmd.arg(
            Arg::new("category")
                .long("category")
                .value_name("C")
                .help("Only workflows of this category (joiner, mover, leaver)"),
        )
        .arg(
            Arg::new("enabled")
                .long("enabled")
                .action(ArgAction::SetTrue)
                .help("Only enabled workflows"),
        )
    } else if is(words, &["runs", "list"]) {
        cmd.arg(
            Arg::new("status")
                .long("status")
                .value_name("S")
                .help("Only runs with this processing status (completed, failed, completedWithErrors, inProgress, queued)"),
        )
        .arg(
            Arg::new("since")
                .long("since")
                .value_name("RFC3339")
                .value_parser(clap::value_parser!(jiff::Timestamp))
                .help("Only runs started at or after this instant"),
        )
        .after_help("Newest first unless --orderby says otherwise. Without --workflow, the runs of every workflow, one workflow after another (the table shows which).")
    } else if is(words, &["runs", "users", "list"]) {
        cmd.arg(
            Arg::new("failed")
                .long("failed")
                .action(ArgAction::SetTrue)
                .help("Only users whose processing failed or completed with errors"),
        )
    } else {
        cmd
    }
}

/// The `$filter` the hand-written options of `words` ask for, if any.
pub fn filter(words: &[String], matches: &ArgMatches) -> Result<Option<String>, CliError> {
    let mut parts: Vec<String> = Vec::new();
    if is(words, &["workflows", "list"]) {
        if let Some(category) = matches.get_one::<String>("category") {
            let category: LifecycleWorkflowCategory = parse_enum("--category", category)?;
            parts.push(WorkflowFilter::category().eq(category).as_str().to_owned());
        }
        if matches.get_flag("enabled") {
            parts.push(WorkflowFilter::is_enabled().eq(true).as_str().to_owned());
        }
    } else if is(words, &["runs", "list"]) {
        if let Some(status) = matches.get_one::<String>("status") {
            let status: LifecycleWorkflowProcessingStatus = parse_enum("--status", status)?;
            parts.push(
                RunFilter::processing_status()
                    .eq(status)
                    .as_str()
                    .to_owned(),
            );
        }
        if let Some(since) = matches.get_one::<jiff::Timestamp>("since") {
            parts.push(
                RunFilter::started_date_time()
                    .ge(*since)
                    .as_str()
                    .to_owned(),
            );
        }
    } else if is(words, &["runs", "users", "list"]) && matches.get_flag("failed") {
        use LifecycleWorkflowProcessingStatus as Status;
        let status = SubjectProcessingResultFilter::processing_status;
        let failed = status()
            .eq(Status::Failed)
            .or(status().eq(Status::CompletedWithErrors));
        parts.push(format!("({})", failed.as_str()));
    }
    Ok((!parts.is_empty()).then(|| parts.join(" and ")))
}

/// The `$orderby` of `words` when none is given: runs newest first.
pub fn default_order(words: &[String]) -> Option<&'static str> {
    is(words, &["runs", "list"]).then_some("startedDateTime desc")
}

/// A strict enum value from the command line: an unknown one lists the known ones.
fn parse_enum<E: lcw_client::models::GraphEnum>(option: &str, text: &str) -> Result<E, CliError> {
    E::try_from_wire(text).map_err(|_| {
        let known: Vec<&str> = E::KNOWN
            .iter()
            .map(|m| m.as_str())
            .filter(|m| *m != "unknownFutureValue")
            .collect();
        CliError::Usage(format!(
            "{option} `{text}` is not one of: {}",
            known.join(", ")
        ))
    })
}
