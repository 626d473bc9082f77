use lcw_client::Client;
use lcw_client::beta::filters::TaskFilter;

#[allow(dead_code)]
fn calls(client: &Client) {
    let _ = client
        .beta()
        .workflow("w")
        .tasks()
        .list()
        .order_by(TaskFilter::category().asc());
}

fn main() {}
