//! Request logs: one `tracing` event per request with its method, path, status, request id and
//! latency, and never the bearer token (neither in logs nor in `Debug` output).
//!
//! Alone in its test binary: `tracing` caches per call site whether anyone listens, and a test
//! running beside this one on another thread (with no subscriber) could settle that first.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{small_config, start};
use lcw_emulator::{AuthConfig, EmulatorConfig};

const TOKEN: &str = "tok-5ecret-never-logged";

/// Collects what the subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        let bytes = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn with_token() -> EmulatorConfig {
    EmulatorConfig {
        auth: AuthConfig {
            token: Some(TOKEN.into()),
            read_only_token: Some(format!("{TOKEN}-ro")),
        },
        ..small_config()
    }
}

// A current-thread runtime: the server's tasks run on this thread, where the subscriber is the
// default.
#[tokio::test(flavor = "current_thread")]
async fn requests_are_logged_without_the_token() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let f = start(with_token()).await;
    let url = f.beta("workflows?$top=1");
    let answer = f
        .client
        .get(&url)
        .bearer_auth(TOKEN)
        .header("client-request-id", "c-1")
        .send()
        .await;
    let request_id = match answer {
        Ok(a) => {
            assert_eq!(a.status().as_u16(), 200);
            a.headers()
                .get("request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        }
        Err(e) => panic!("request failed: {e}"),
    };
    let refused = f
        .client
        .get(&url)
        .bearer_auth(format!("{TOKEN}-wrong"))
        .send()
        .await;
    assert_eq!(refused.map(|a| a.status().as_u16()).ok(), Some(401));
    let debug = format!("{:?} {:?}", f.emulator, with_token());
    f.emulator.stop().await;
    let logs = captured.text();
    let line = logs
        .lines()
        .find(|l| l.contains(&request_id) && l.contains("answered"))
        .unwrap_or_default();
    for wanted in ["method=GET", "path=/beta/", "status=200", "latency_us="] {
        assert!(
            line.contains(wanted),
            "{wanted} missing from {line:?}\n{logs}"
        );
    }
    assert!(logs.contains("status=401"), "{logs}");
    assert!(!logs.contains(TOKEN), "{logs}");
    assert!(!debug.contains(TOKEN), "{debug}");
}
