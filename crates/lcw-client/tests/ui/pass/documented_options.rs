use lcw_client::beta::filters::{RunFilter, RunOrderBy, TaskFilter};
use lcw_client::models::Timestamp;
use lcw_client::{Client, TimeRange};

#[allow(dead_code)]
fn calls(client: &Client, t: Timestamp, range: TimeRange) {
    let _runs = client
        .beta()
        .workflow("w")
        .runs()
        .list()
        .filter(RunFilter::completed_date_time().gt(t).and(RunFilter::processing_status().eq(
            lcw_client::models::beta::LifecycleWorkflowProcessingStatus::Completed,
        )))
        .order_by(RunOrderBy::started_date_time().desc())
        .select(["id"]);
    let _tasks = client
        .beta()
        .workflow("w")
        .workflow_version("3")
        .tasks()
        .list()
        .top(5)
        .count()
        .filter(TaskFilter::task_definition_id().eq("x"));
    let _summary = client.beta().workflow("w").runs().summary(range);
    let _run = client.beta().workflow("w").run("r").get().select(["id"]);
    let _v1 = client.v1().workflow("w").get();
}

fn main() {}
