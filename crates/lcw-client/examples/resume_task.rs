//! Resumes a custom task that waits for its extension's callback: the call a Logic App makes
//! when its work is done, made here by hand.
//!
//! `cargo run -p lcw-client --example resume_task` (see `support` for where it calls).

mod support;

use futures_util::TryStreamExt;
use lcw_client::beta::filters::{RunFilter, TaskProcessingResultFilter};
use lcw_client::models::beta::{
    CustomTaskExtensionCallbackData, CustomTaskExtensionOperationStatus,
    LifecycleWorkflowProcessingStatus as Status,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect().await?;
    let beta = target.client.beta();

    let Some((workflow_id, task_id, result_id)) = find_waiting_task(&beta).await? else {
        println!("no task is waiting for a callback");
        target.stop().await;
        return Ok(());
    };
    println!("resuming task {task_id} (processing result {result_id}) of workflow {workflow_id}");

    let mut data = CustomTaskExtensionCallbackData::default();
    data.operation_status = CustomTaskExtensionOperationStatus::Completed.into();
    beta.workflow(&workflow_id)
        .task(&task_id)
        .task_processing_result(&result_id)
        .resume(
            Some("lcw-client example".to_owned()),
            Some("lifecycleEvent".to_owned()),
            Some(data),
        )
        .send()
        .await?;

    let after = beta
        .workflow(&workflow_id)
        .task(&task_id)
        .get()
        .send()
        .await?;
    println!("resumed; task is now {:?}", after.display_name.as_deref());
    target.stop().await;
    Ok(())
}

/// The first task processing result of a running run that has not finished: (workflow, task,
/// result) ids.
async fn find_waiting_task(
    beta: &lcw_client::beta::Beta,
) -> Result<Option<(String, String, String)>, lcw_client::Error> {
    let workflows: Vec<_> = beta
        .workflows()
        .list()
        .select(["id"])
        .into_stream()
        .try_collect()
        .await?;
    for workflow in workflows {
        let Some(workflow_id) = workflow.id.into_option() else {
            continue;
        };
        let running: Vec<_> = beta
            .workflow(&workflow_id)
            .runs()
            .list()
            .filter(RunFilter::processing_status().eq(Status::InProgress))
            .into_stream()
            .try_collect()
            .await?;
        for run in running {
            let Some(run_id) = run.id.into_option() else {
                continue;
            };
            let waiting: Vec<_> = beta
                .workflow(&workflow_id)
                .run(&run_id)
                .task_processing_results()
                .list()
                .filter(
                    TaskProcessingResultFilter::processing_status()
                        .eq(Status::InProgress)
                        .or(TaskProcessingResultFilter::processing_status().eq(Status::Queued)),
                )
                .expand(["task"])
                .into_stream()
                .try_collect()
                .await?;
            for result in waiting {
                let task_id = result.task.as_ref().and_then(|t| t.id.as_deref());
                if let (Some(task_id), Some(result_id)) = (task_id, result.id.as_deref()) {
                    return Ok(Some((
                        workflow_id,
                        task_id.to_owned(),
                        result_id.to_owned(),
                    )));
                }
            }
        }
    }
    Ok(None)
}
