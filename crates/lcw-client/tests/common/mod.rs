//! What the client tests share: an emulator on loopback and a client pointed at it.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use lcw_client::{Client, RetryPolicy};
use lcw_emulator::{AuthConfig, EmulatorConfig, FaultRule, RunningEmulator, Sizes};
use tokio::net::TcpListener;

pub const TOKEN: &str = "emulator-test-token";

/// A small tenant whose lists span several pages.
pub fn config() -> EmulatorConfig {
    EmulatorConfig {
        seed: 11,
        sizes: Sizes {
            workflows: 12,
            runs_per_workflow: 35,
            users_per_run: 3,
            tasks_per_workflow: 2,
        },
        default_page_size: 4,
        auth: AuthConfig {
            token: Some(TOKEN.to_owned()),
            read_only_token: None,
        },
        ..EmulatorConfig::default()
    }
}

pub async fn start(config: EmulatorConfig) -> RunningEmulator {
    config
        .start()
        .await
        .expect("the emulator starts on loopback")
}

pub async fn start_with_faults(faults: Vec<FaultRule>) -> RunningEmulator {
    start(EmulatorConfig { faults, ..config() }).await
}

/// Retries fast enough for tests: waits of a few milliseconds unless `Retry-After` says more.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(4)
        .with_backoff(Duration::from_millis(5), Duration::from_millis(20))
}

pub fn client(emulator: &RunningEmulator) -> Client {
    Client::builder()
        .service_root(emulator.base_url())
        .token(TOKEN)
        .retry_policy(quick_retries())
        .build()
        .expect("a loopback service root is accepted")
}

/// A listener that counts the connections it gets: a stand-in for a host that must never see
/// the token.
pub async fn trap() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((_socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    (url, hits)
}
