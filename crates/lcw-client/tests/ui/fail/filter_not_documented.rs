use lcw_client::Client;
use lcw_client::filter::Filter;

#[allow(dead_code)]
fn calls(client: &Client) {
    let _ = client
        .beta()
        .lifecycle_policy("p")
        .rules()
        .list()
        .filter(Filter::raw("id eq 'r'"));
}

fn main() {}
