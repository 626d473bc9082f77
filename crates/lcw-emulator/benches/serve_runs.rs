//! Server CPU time to serve 100,000 runs (1,000 pages of 100) to one client on loopback.
//!
//! The emulator runs alone on a dedicated thread (a current-thread tokio runtime), so the CPU
//! time of that thread is the server's cost; it is read from `/proc/thread-self/schedstat`
//! (nanoseconds, Linux). The client crawls from the main thread. Scenarios run in one go so
//! they can be compared: plain pages, pages with `$select`, and a `$filter`ed crawl.
//!
//! Run: `cargo bench -p lcw-emulator --bench serve_runs`

use std::sync::mpsc;
use std::time::{Duration, Instant};

use lcw_emulator::{EmulatorConfig, Sizes};

const RUNS: usize = 100_000;
const PAGE: usize = 100;

enum Ask {
    CpuTime(mpsc::Sender<Option<Duration>>),
    Stop,
}

/// CPU time of the calling thread so far.
fn thread_cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

fn main() {
    let (url_tx, url_rx) = mpsc::channel::<String>();
    let (ask_tx, ask_rx) = tokio::sync::mpsc::unbounded_channel::<Ask>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("server runtime");
        runtime.block_on(async move {
            let config = EmulatorConfig {
                seed: 3,
                sizes: Sizes { workflows: 1, runs_per_workflow: RUNS, users_per_run: 1, tasks_per_workflow: 1 },
                default_page_size: PAGE,
                ..EmulatorConfig::default()
            };
            let emulator = config.start().await.expect("emulator starts");
            url_tx.send(emulator.base_url().to_owned()).expect("main thread waits");
            let mut ask_rx = ask_rx;
            while let Some(ask) = ask_rx.recv().await {
                match ask {
                    Ask::CpuTime(reply) => {
                        let _ = reply.send(thread_cpu_time());
                    }
                    Ask::Stop => break,
                }
            }
            emulator.stop().await;
        });
    });
    let base = url_rx.recv().expect("server started");
    let server_cpu = || {
        let (tx, rx) = mpsc::channel();
        ask_tx.send(Ask::CpuTime(tx)).ok()?;
        rx.recv().ok().flatten()
    };
    let client_rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("client runtime");
    let client = reqwest::Client::new();
    let workflow: String = client_rt.block_on(async {
        let body: serde_json::Value = client
            .get(format!("{base}/beta/identityGovernance/lifecycleWorkflows/workflows"))
            .send()
            .await
            .expect("workflows")
            .json()
            .await
            .expect("json");
        body["value"][0]["id"].as_str().unwrap_or_default().to_owned()
    });
    let runs = format!("{base}/beta/identityGovernance/lifecycleWorkflows/workflows/{workflow}/runs");
    println!("serving {RUNS} runs in pages of {PAGE} to one client on loopback\n");
    println!("{:<34} {:>7} {:>8} {:>10} {:>14} {:>12}", "scenario", "pages", "items", "wall ms", "server CPU ms", "CPU us/page");
    // (name, first URL, warm up first). A warmed-up filtered crawl reuses the selection the
    // warm-up cached; the cold one pays the full pass over 100,000 runs on its first page.
    let scenarios = [
        ("plain pages", format!("{runs}?$top={PAGE}"), true),
        ("$select=id,processingStatus", format!("{runs}?$top={PAGE}&$select=id,processingStatus"), true),
        ("$filter=processingStatus eq 'failed'", format!("{runs}?$top={PAGE}&$filter=processingStatus%20eq%20'failed'"), true),
        ("same $filter, cold (ne 'failed')", format!("{runs}?$top={PAGE}&$filter=processingStatus%20ne%20'failed'"), false),
    ];
    for (name, first, warm_up) in scenarios {
        // A warm-up crawl keeps connection setup and lazy allocations out of the figure.
        if warm_up {
            let _ = client_rt.block_on(crawl(&client, &first));
        }
        let cpu_before = server_cpu();
        let started = Instant::now();
        let (pages, items) = client_rt.block_on(crawl(&client, &first));
        let wall = started.elapsed();
        let cpu = match (cpu_before, server_cpu()) {
            (Some(a), Some(b)) => format!("{:.1}", (b - a).as_secs_f64() * 1e3),
            _ => "n/a".to_owned(),
        };
        let per_page = match (cpu_before, server_cpu()) {
            (Some(a), Some(b)) if pages > 0 => format!("{:.1}", (b - a).as_secs_f64() * 1e6 / pages as f64),
            _ => "n/a".to_owned(),
        };
        println!("{name:<34} {pages:>7} {items:>8} {:>10.1} {cpu:>14} {per_page:>12}", wall.as_secs_f64() * 1e3);
    }
    let _ = ask_tx.send(Ask::Stop);
    let _ = server.join();
}

async fn crawl(client: &reqwest::Client, first: &str) -> (usize, usize) {
    let (mut pages, mut items) = (0, 0);
    let mut next = Some(first.to_owned());
    while let Some(url) = next.take() {
        let body: serde_json::Value = client.get(&url).send().await.expect("page").json().await.expect("json");
        pages += 1;
        items += body["value"].as_array().map_or(0, Vec::len);
        next = body["@odata.nextLink"].as_str().map(str::to_owned);
    }
    (pages, items)
}
