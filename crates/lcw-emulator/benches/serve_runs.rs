//! Server CPU time to serve large collections to one client on loopback: 100,000 runs of one
//! workflow, and the processing results of a workflow with 100 runs of 1,000 users and 3 tasks
//! (100,000 user results, 300,000 task results).
//!
//! The emulators run on a dedicated thread (a current-thread tokio runtime) and answer on its
//! blocking threads, the client crawls from the main thread: the server's cost is the CPU time
//! of every thread but the main one, read from `/proc/self/task/*/schedstat` (nanoseconds,
//! Linux). The blocking threads are kept alive for the whole run, so none of their time is lost
//! to a thread that exits. Scenarios run in one go so
//! they can be compared: plain pages, pages with `$select`, `$filter`ed crawls, and the
//! processing results, which are rendered page by page rather than kept ready like runs.
//!
//! Run: `cargo bench -p lcw-emulator --bench serve_runs`

use std::sync::mpsc;
use std::time::{Duration, Instant};

use lcw_emulator::{EmulatorConfig, Sizes};

const RUNS: usize = 100_000;
const PAGE: usize = 100;
/// The processing results data set: runs, users per run, tasks per workflow.
const RESULTS: Sizes = Sizes {
    workflows: 1,
    runs_per_workflow: 100,
    users_per_run: 1_000,
    tasks_per_workflow: 3,
};
/// How many runs the taskProcessingResults scenario crawls (3,000 results each).
const RUNS_CRAWLED: usize = 10;

enum Ask {
    CpuTime(mpsc::Sender<Option<Duration>>),
    Stop,
}

/// CPU time so far of every thread of the process but the main one (the client's).
fn thread_cpu_time() -> Option<Duration> {
    let main = std::process::id().to_string();
    let mut nanos = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()?.flatten() {
        if task.file_name().to_str() == Some(main.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(task.path().join("schedstat")).unwrap_or_default();
        nanos += text
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0);
    }
    Some(Duration::from_nanos(nanos))
}

fn main() {
    let (url_tx, url_rx) = mpsc::channel::<(String, String)>();
    let (ask_tx, ask_rx) = tokio::sync::mpsc::unbounded_channel::<Ask>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .thread_keep_alive(Duration::from_secs(3600))
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let serve = |seed, sizes| {
                EmulatorConfig {
                    seed,
                    sizes,
                    default_page_size: PAGE,
                    ..EmulatorConfig::default()
                }
                .start()
            };
            let runs = serve(
                3,
                Sizes {
                    workflows: 1,
                    runs_per_workflow: RUNS,
                    users_per_run: 1,
                    tasks_per_workflow: 1,
                },
            )
            .await
            .expect("emulator starts");
            let results = serve(4, RESULTS).await.expect("emulator starts");
            url_tx
                .send((runs.base_url().to_owned(), results.base_url().to_owned()))
                .expect("main thread waits");
            let mut ask_rx = ask_rx;
            while let Some(ask) = ask_rx.recv().await {
                match ask {
                    Ask::CpuTime(reply) => {
                        let _ = reply.send(thread_cpu_time());
                    }
                    Ask::Stop => break,
                }
            }
            runs.stop().await;
            results.stop().await;
        });
    });
    let (runs_base, results_base) = url_rx.recv().expect("server started");
    let server_cpu = || {
        let (tx, rx) = mpsc::channel();
        ask_tx.send(Ask::CpuTime(tx)).ok()?;
        rx.recv().ok().flatten()
    };
    let client_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let client = reqwest::Client::new();
    let first_ids = |url: String| -> Vec<String> {
        client_rt.block_on(async {
            let body: serde_json::Value = client
                .get(url)
                .send()
                .await
                .expect("list")
                .json()
                .await
                .expect("json");
            body["value"]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|i| i["id"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        })
    };
    let lcw = "beta/identityGovernance/lifecycleWorkflows";
    let runs_workflow = first_ids(format!("{runs_base}/{lcw}/workflows")).remove(0);
    let results_workflow = first_ids(format!("{results_base}/{lcw}/workflows")).remove(0);
    let runs = format!("{runs_base}/{lcw}/workflows/{runs_workflow}/runs");
    // The same runs under /v1.0, where each record is projected onto the v1.0 type.
    let v1_runs = runs.replacen("/beta/", "/v1.0/", 1);
    let results = format!("{results_base}/{lcw}/workflows/{results_workflow}");
    let some_runs = first_ids(format!("{results}/runs?$top={RUNS_CRAWLED}"));
    let per_run = RESULTS.users_per_run * RESULTS.tasks_per_workflow;
    println!(
        "serving {RUNS} runs, and the results of {} runs x {} users x {} tasks, in pages of {PAGE} to one client on loopback\n",
        RESULTS.runs_per_workflow, RESULTS.users_per_run, RESULTS.tasks_per_workflow
    );
    println!(
        "{:<44} {:>7} {:>8} {:>10} {:>14} {:>12}",
        "scenario", "pages", "items", "wall ms", "server CPU ms", "CPU us/page"
    );
    // (name, first URLs, warm up first). A warmed-up filtered crawl reuses the selection the
    // warm-up cached; a cold one pays the full pass over the collection on its first page.
    let scenarios: Vec<(String, Vec<String>, bool)> = vec![
        (
            "runs: plain pages".into(),
            vec![format!("{runs}?$top={PAGE}")],
            true,
        ),
        (
            "runs: plain pages, v1.0".into(),
            vec![format!("{v1_runs}?$top={PAGE}")],
            true,
        ),
        (
            "runs: $select=id,processingStatus".into(),
            vec![format!("{runs}?$top={PAGE}&$select=id,processingStatus")],
            true,
        ),
        (
            "runs: $filter=processingStatus eq 'failed'".into(),
            vec![format!(
                "{runs}?$top={PAGE}&$filter=processingStatus%20eq%20'failed'"
            )],
            true,
        ),
        (
            "runs: same $filter, cold (ne 'failed')".into(),
            vec![format!(
                "{runs}?$top={PAGE}&$filter=processingStatus%20ne%20'failed'"
            )],
            false,
        ),
        (
            "userProcessingResults: plain pages".into(),
            vec![format!("{results}/userProcessingResults?$top={PAGE}")],
            false,
        ),
        (
            "userProcessingResults: $filter, cold".into(),
            vec![format!(
                "{results}/userProcessingResults?$top={PAGE}&$filter=processingStatus%20eq%20'failed'"
            )],
            false,
        ),
        (
            format!("taskProcessingResults: {RUNS_CRAWLED} runs x {per_run}"),
            some_runs
                .iter()
                .map(|r| format!("{results}/runs/{r}/taskProcessingResults?$top={PAGE}"))
                .collect(),
            false,
        ),
    ];
    for (name, firsts, warm_up) in scenarios {
        // A warm-up crawl keeps connection setup and lazy allocations out of the figure.
        if warm_up {
            for first in &firsts {
                let _ = client_rt.block_on(crawl(&client, first));
            }
        }
        let cpu_before = server_cpu();
        let started = Instant::now();
        let (mut pages, mut items) = (0, 0);
        for first in &firsts {
            let (p, i) = client_rt.block_on(crawl(&client, first));
            pages += p;
            items += i;
        }
        let wall = started.elapsed();
        let cpu = cpu_before.zip(server_cpu()).map(|(a, b)| b - a);
        let cpu_ms = cpu.map_or("n/a".to_owned(), |d| {
            format!("{:.1}", d.as_secs_f64() * 1e3)
        });
        let per_page = cpu.filter(|_| pages > 0).map_or("n/a".to_owned(), |d| {
            format!("{:.1}", d.as_secs_f64() * 1e6 / pages as f64)
        });
        println!(
            "{name:<44} {pages:>7} {items:>8} {:>10.1} {cpu_ms:>14} {per_page:>12}",
            wall.as_secs_f64() * 1e3
        );
    }
    let _ = ask_tx.send(Ask::Stop);
    let _ = server.join();
}

async fn crawl(client: &reqwest::Client, first: &str) -> (usize, usize) {
    let (mut pages, mut items) = (0, 0);
    let mut next = Some(first.to_owned());
    while let Some(url) = next.take() {
        let body: serde_json::Value = client
            .get(&url)
            .send()
            .await
            .expect("page")
            .json()
            .await
            .expect("json");
        pages += 1;
        items += body["value"].as_array().map_or(0, Vec::len);
        next = body["@odata.nextLink"].as_str().map(str::to_owned);
    }
    (pages, items)
}
