//! Request ids unique across instances, and stopping on drop.

mod common;

use common::{Fixture, small_config, start};

/// Two fresh instances with the same seed answer their first requests with different ids.
#[tokio::test]
async fn request_ids_are_unique_across_fresh_instances() {
    let mut ids = Vec::new();
    for _ in 0..3 {
        let f: Fixture = start(small_config()).await;
        let answer = f.client.get(f.beta("workflows")).send().await;
        let id = answer.ok().and_then(|a| {
            a.headers()
                .get("request-id")?
                .to_str()
                .ok()
                .map(str::to_owned)
        });
        ids.push(id.unwrap_or_default());
        f.emulator.stop().await;
    }
    assert!(ids.iter().all(|id| id.len() == 36), "{ids:?}");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "{ids:?}");
}

/// Dropping a running emulator stops it.
#[tokio::test]
async fn dropping_the_emulator_stops_it() {
    let f = start(small_config()).await;
    let url = f.beta("workflows");
    assert!(f.client.get(&url).send().await.is_ok());
    drop(f.emulator);
    let mut stopped = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        if reqwest::Client::new().get(&url).send().await.is_err() {
            stopped = true;
            break;
        }
    }
    assert!(stopped, "still answering after drop");
}
