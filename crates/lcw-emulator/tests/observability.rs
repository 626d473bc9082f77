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

/// A connection left in the middle of a request is cut once the grace period of `stop` is
/// over: a stopped emulator answers nothing more, even there.
#[tokio::test]
async fn stop_cuts_connections_left_mid_request() {
    use std::io::{Read, Write};
    let f = start(small_config()).await;
    // A plain socket (it needs no runtime): the head of a request, never finished.
    let mut stream = match std::net::TcpStream::connect(f.emulator.addr()) {
        Ok(s) => s,
        Err(e) => panic!("connect: {e}"),
    };
    let head = "GET /beta/identityGovernance/lifecycleWorkflows/workflows HTTP/1.1\r\nHost: x\r\n";
    assert!(stream.write_all(head.as_bytes()).is_ok());
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let stopping = std::time::Instant::now();
    f.emulator.stop().await;
    assert!(stopping.elapsed() < std::time::Duration::from_secs(10));
    // The rest of the request, then whatever comes back: nothing.
    let _ = stream.write_all(b"\r\n");
    assert!(
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(2)))
            .is_ok()
    );
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    assert!(
        answer.is_empty(),
        "answered after stop ({read:?}): {}",
        String::from_utf8_lossy(&answer)
    );
    assert!(
        !matches!(&read, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut),
        "the connection is still open"
    );
}
