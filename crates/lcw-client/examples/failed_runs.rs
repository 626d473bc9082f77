//! The failed runs of each workflow's last seven days of activity (up to its latest run: the
//! emulator's history is fixed in the past), each with the users it failed for.
//!
//! `cargo run -p lcw-client --example failed_runs` (see `support` for where it calls).

mod support;

use futures_util::TryStreamExt;
use lcw_client::beta::filters::{RunFilter, RunOrderBy, SubjectProcessingResultFilter};
use lcw_client::models::beta::{
    DirectoryObjectKind, LifecycleWorkflowProcessingStatus as Status, WorkflowSubjectKind,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect().await?;
    let beta = target.client.beta();

    let mut workflows = Box::pin(
        beta.workflows()
            .list()
            .select(["id", "displayName"])
            .into_stream(),
    );
    while let Some(workflow) = workflows.try_next().await? {
        let Some(workflow_id) = workflow.id.as_deref() else {
            continue;
        };
        let runs = beta.workflow(workflow_id).runs();
        let newest_first = || runs.list().order_by(RunOrderBy::started_date_time().desc());
        let latest = newest_first().send().await?.value.into_iter().next();
        let Some(until) = latest.and_then(|run| run.started_date_time.into_option()) else {
            continue;
        };
        let since = until.to_jiff()? - jiff::SignedDuration::from_hours(7 * 24);
        let failed = RunFilter::processing_status()
            .eq(Status::Failed)
            .or(RunFilter::processing_status().eq(Status::CompletedWithErrors));
        let failed_runs: Vec<_> = newest_first()
            .filter(failed.and(RunFilter::started_date_time().ge(since)))
            .into_stream()
            .try_collect()
            .await?;
        if failed_runs.is_empty() {
            continue;
        }
        println!(
            "{}",
            workflow.display_name.as_deref().unwrap_or(workflow_id)
        );
        for run in failed_runs {
            let run_id = run.id.as_deref().unwrap_or_default();
            let started = run.started_date_time.as_ref().map(|t| t.to_string());
            println!(
                "  run {run_id} started {}: {} of {} users failed",
                started.as_deref().unwrap_or("-"),
                run.failed_users_count.unwrap_or(0),
                run.total_users_count.unwrap_or(0),
            );
            let mut failed = Box::pin(
                beta.workflow(workflow_id)
                    .run(run_id)
                    .subject_processing_results()
                    .list()
                    .filter(
                        SubjectProcessingResultFilter::processing_status()
                            .eq(Status::Failed)
                            .or(SubjectProcessingResultFilter::processing_status()
                                .eq(Status::CompletedWithErrors)),
                    )
                    .into_stream(),
            );
            while let Some(result) = failed.try_next().await? {
                println!("    {}", who(result.subject.as_ref()));
            }
        }
    }
    target.stop().await;
    Ok(())
}

/// The user behind a processing result: name and sign-in name when the answer carries them
/// (`$expand` is not documented here, so often only the id).
fn who(subject: Option<&WorkflowSubjectKind>) -> String {
    let object = match subject {
        Some(WorkflowSubjectKind::DirectoryObjectWorkflowSubject(s)) => s.directory_object.as_ref(),
        _ => None,
    };
    match object {
        Some(DirectoryObjectKind::User(user)) => {
            let id = user.id.as_deref().unwrap_or("-");
            match (
                user.display_name.as_deref(),
                user.user_principal_name.as_deref(),
            ) {
                (Some(name), Some(upn)) => format!("{name} <{upn}>"),
                (Some(name), None) => format!("{name} ({id})"),
                _ => format!("user {id}"),
            }
        }
        Some(other) => format!("{other:?}"),
        None => "(subject not returned)".to_owned(),
    }
}
