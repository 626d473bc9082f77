//! Listing 100,000 runs from lcw-emulator: the client's item stream against a raw reqwest +
//! serde loop making the same requests, side by side; then the client's peak memory while
//! streaming 10,000 and 100,000 runs.
//!
//! The emulator serves from its own thread and runtime; the client runs on the main thread
//! (a current-thread runtime), and only allocations made on that thread are counted, so the
//! memory figures are the client's, not the emulator's data set.
//!
//! Run: `cargo bench -p lcw-client --bench list_runs` (the ratios are printed last).

use std::sync::mpsc;
use std::time::{Duration, Instant};

use criterion::Criterion;
use futures_util::TryStreamExt;
use lcw_client::models::Collection;
use lcw_client::models::beta::Run;
use lcw_emulator::{AuthConfig, EmulatorConfig, Sizes};

const TOKEN: &str = "bench-token";
const PAGE: usize = 999;

#[global_allocator]
static ALLOCATOR: lcw_peak_alloc::Counting = lcw_peak_alloc::Counting;

/// Starts an emulator with one workflow of `runs` runs on its own thread; returns its base URL
/// and the workflow id.
fn emulator(runs: usize) -> (String, String) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let emulator = EmulatorConfig {
                sizes: Sizes {
                    workflows: 1,
                    runs_per_workflow: runs,
                    users_per_run: 0,
                    tasks_per_workflow: 1,
                },
                default_page_size: PAGE,
                auth: AuthConfig {
                    token: Some(TOKEN.to_owned()),
                    read_only_token: None,
                },
                ..EmulatorConfig::default()
            }
            .start()
            .await
            .expect("emulator");
            let base = emulator.base_url().to_owned();
            let client = reqwest::Client::new();
            let page: serde_json::Value = client
                .get(format!(
                    "{base}/beta/identityGovernance/lifecycleWorkflows/workflows"
                ))
                .bearer_auth(TOKEN)
                .send()
                .await
                .expect("list")
                .json()
                .await
                .expect("json");
            let id = page["value"][0]["id"].as_str().expect("id").to_owned();
            tx.send((base, id)).expect("send");
            emulator.wait().await;
        });
    });
    rx.recv().expect("emulator started")
}

fn client(base: &str) -> lcw_client::Client {
    lcw_client::Client::builder()
        .service_root(base)
        .token(TOKEN)
        .build()
        .expect("client")
}

async fn with_client(client: &lcw_client::Client, workflow: &str) -> usize {
    client
        .beta()
        .workflow(workflow)
        .runs()
        .list()
        .into_stream()
        .try_fold(0, |n, _run: Run| async move { Ok(n + 1) })
        .await
        .expect("every run")
}

async fn with_reqwest(http: &reqwest::Client, base: &str, workflow: &str) -> usize {
    let mut next = Some(format!(
        "{base}/beta/identityGovernance/lifecycleWorkflows/workflows/{workflow}/runs"
    ));
    let mut n = 0;
    while let Some(url) = next {
        let body = http
            .get(url)
            .bearer_auth(TOKEN)
            .header("client-request-id", uuid::Uuid::new_v4().to_string())
            .send()
            .await
            .expect("page")
            .bytes()
            .await
            .expect("body");
        let page: Collection<Run> = serde_json::from_slice(&body).expect("decode");
        n += page.value.len();
        next = page.odata_next_link;
    }
    n
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (base, workflow) = emulator(100_000);
    let lcw = client(&base);
    let http = reqwest::Client::new();
    assert_eq!(runtime.block_on(with_client(&lcw, &workflow)), 100_000);
    assert_eq!(
        runtime.block_on(with_reqwest(&http, &base, &workflow)),
        100_000
    );

    let mut criterion = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    let mut times = Vec::new();
    {
        let mut group = criterion.benchmark_group("list 100,000 runs");
        group.bench_function("lcw-client stream", |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    runtime.block_on(with_client(&lcw, &workflow));
                }
                let spent = started.elapsed();
                times.push(("client", spent / iters as u32));
                spent
            })
        });
        group.bench_function("raw reqwest + serde", |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    runtime.block_on(with_reqwest(&http, &base, &workflow));
                }
                let spent = started.elapsed();
                times.push(("raw", spent / iters as u32));
                spent
            })
        });
        group.finish();
    }

    let peak = |runs: usize| {
        let (base, workflow) = emulator(runs);
        let lcw = client(&base);
        runtime.block_on(with_client(&lcw, &workflow));
        let (n, peak) =
            lcw_peak_alloc::peak_during(|| runtime.block_on(with_client(&lcw, &workflow)));
        assert_eq!(n, runs);
        peak
    };
    let small = peak(10_000);
    let large = peak(100_000);

    let typical = |who: &str| {
        let mut spent: Vec<_> = times
            .iter()
            .filter(|(w, _)| *w == who)
            .map(|(_, t)| *t)
            .collect();
        spent.sort();
        spent.get(spent.len() / 2).copied().unwrap_or_default()
    };
    let (client_time, raw_time) = (typical("client"), typical("raw"));
    println!("\nlist 100,000 runs, median of the samples:");
    println!("  lcw-client stream     {client_time:>10.1?}");
    println!("  raw reqwest + serde   {raw_time:>10.1?}");
    println!(
        "  client / raw          {:>10.3}  (target <= 1.15)",
        client_time.as_secs_f64() / raw_time.as_secs_f64()
    );
    println!("peak client memory while streaming:");
    println!("  10,000 runs           {:>10} bytes", small);
    println!("  100,000 runs          {:>10} bytes", large);
    println!(
        "  100,000 / 10,000      {:>10.3}  (target <= 1.2)",
        large as f64 / small as f64
    );
}
