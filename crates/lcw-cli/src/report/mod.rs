//! `lcw report`: one self-contained HTML page on the runs of a period: runs over time by
//! status, failure rate, the tasks and users that fail most, and every run with its failures.
//!
//! [`gather`] reads the service, [`check`] refuses numbers the summary functions and the
//! listed runs disagree on, [`aggregate`] buckets and ranks, [`svg`] draws, [`html`] writes.

mod aggregate;
mod check;
mod gather;
mod html;
mod model;
mod svg;

use std::path::PathBuf;

use clap::Args;
use lcw_client::Client;

use crate::cli::ApiVersion;
use crate::error::CliError;

/// `lcw report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only this workflow [default: every workflow].
    #[arg(long, value_name = "ID")]
    pub workflow: Option<String>,
    /// Start of the period (RFC 3339) [default: 30 days before its end].
    #[arg(long, value_name = "T")]
    pub from: Option<jiff::Timestamp>,
    /// End of the period, exclusive (RFC 3339) [default: the end of the day (UTC) of the newest
    /// run, or of today when there is none].
    #[arg(long, value_name = "T")]
    pub to: Option<jiff::Timestamp>,
    /// The HTML file to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Writes the report; fails, writing nothing, when a summary disagrees with the listed runs.
pub async fn run(client: &Client, version: ApiVersion, args: &ReportArgs) -> Result<(), CliError> {
    if version != ApiVersion::Beta {
        return Err(CliError::Usage(
            "lcw report reads the beta API (v1.0 has no task reports summary); leave out --version"
                .to_owned(),
        ));
    }
    let workflows = gather::workflows(client, args.workflow.as_deref()).await?;
    let period = gather::period(client, &workflows, args.from, args.to).await?;
    let mut report = model::Report {
        period,
        generated: jiff::Timestamp::now(),
        source: client
            .service_root()
            .host_str()
            .unwrap_or("the service")
            .to_owned(),
        workflows: Vec::with_capacity(workflows.len()),
    };
    for workflow in &workflows {
        let workflow = gather::workflow(client, workflow, period).await?;
        let found = check::disagreements(&workflow);
        if !found.is_empty() {
            let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
            return Err(CliError::Other(format!(
                "the summaries disagree with the listed runs, no report written: {}",
                lines.join("; ")
            )));
        }
        report.workflows.push(workflow);
    }
    let page = html::page(&report);
    std::fs::write(&args.out, page)
        .map_err(|e| CliError::Other(format!("cannot write {}: {e}", args.out.display())))?;
    let runs: usize = report.workflows.iter().map(|w| w.runs.len()).sum();
    eprintln!(
        "lcw: wrote {} ({} workflow{}, {runs} runs from {} to {})",
        args.out.display(),
        report.workflows.len(),
        if report.workflows.len() == 1 { "" } else { "s" },
        period.from,
        period.to
    );
    Ok(())
}
