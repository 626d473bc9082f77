use lcw_client::Client;
use lcw_client::beta::filters::TaskFilter;

#[allow(dead_code)]
fn calls(client: &Client) {
    let _ = client
        .beta()
        .workflow("w")
        .runs()
        .list()
        .filter(TaskFilter::task_definition_id().eq("x"));
}

fn main() {}
