use lcw_client::Client;

#[allow(dead_code)]
fn calls(client: &Client) {
    let _ = client.beta().workflow("w").runs().list().top(5);
}

fn main() {}
