//! `lcw runs list --all --output ndjson` over 100,000 runs from lcw-emulator, through the
//! command's own code (argument parsing, the generated dispatcher, paging, the printer; the
//! output written to a sink), side by side with the client's typed stream making the same
//! requests; then the command's peak memory for 10,000 and 100,000 runs (flat: no collecting
//! before printing).
//!
//! The emulator serves from its own thread and runtime; the command runs on the main thread
//! (a current-thread runtime), and only allocations made on that thread are counted.
//!
//! Run: `cargo bench -p lcw-cli` (the ratios are printed last).

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use criterion::Criterion;
use futures_util::TryStreamExt;
use lcw_client::beta::filters::RunOrderBy;
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
            let client = client(&base);
            let first = client
                .beta()
                .workflows()
                .list()
                .send()
                .await
                .expect("workflows");
            let id = first.value[0].id.clone().into_option().expect("an id");
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
        .include_unknown_enum_members(true)
        .build()
        .expect("client")
}

/// The client's own stream, with the request `lcw runs list` makes (newest first).
async fn with_client(client: &lcw_client::Client, workflow: &str) -> usize {
    client
        .beta()
        .workflow(workflow)
        .runs()
        .list()
        .order_by(RunOrderBy::started_date_time().desc())
        .into_stream()
        .try_fold(0, |n, _run: Run| async move { Ok(n + 1) })
        .await
        .expect("every run")
}

/// A sink that counts the lines written to it.
#[derive(Clone, Default)]
struct Lines(Arc<AtomicUsize>);

impl Write for Lines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let lines = buf.iter().filter(|b| **b == b'\n').count();
        self.0.fetch_add(lines, Ordering::Relaxed);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `lcw --service-root BASE --token T --output ndjson runs list --workflow ID --all`, through
/// the command's code, its output written to a line-counting sink.
async fn with_command(base: &str, workflow: &str) -> usize {
    let args = [
        "lcw",
        "--service-root",
        base,
        "--token",
        TOKEN,
        "--output",
        "ndjson",
        "runs",
        "list",
        "--workflow",
        workflow,
        "--all",
    ];
    let lines = Lines::default();
    let out = Box::new(std::io::BufWriter::with_capacity(64 << 10, lines.clone()));
    lcw_cli::run_to(args.map(str::to_owned), out)
        .await
        .expect("runs list");
    lines.0.load(Ordering::Relaxed)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (base, workflow) = emulator(100_000);
    let lcw = client(&base);
    assert_eq!(runtime.block_on(with_client(&lcw, &workflow)), 100_000);
    assert_eq!(runtime.block_on(with_command(&base, &workflow)), 100_000);

    let mut criterion = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    let mut times = Vec::new();
    {
        let mut group = criterion.benchmark_group("list 100,000 runs");
        group.bench_function("lcw runs list --all --output ndjson", |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    runtime.block_on(with_command(&base, &workflow));
                }
                let spent = started.elapsed();
                times.push(("command", spent / iters as u32));
                spent
            })
        });
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
        group.finish();
    }

    let peak = |runs: usize| {
        let (base, workflow) = emulator(runs);
        runtime.block_on(with_command(&base, &workflow));
        let (n, peak) =
            lcw_peak_alloc::peak_during(|| runtime.block_on(with_command(&base, &workflow)));
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
    let (command_time, client_time) = (typical("command"), typical("client"));
    println!("\nlist 100,000 runs, median of the samples:");
    println!("  lcw runs list --all --output ndjson  {command_time:>10.1?}");
    println!("  lcw-client stream                    {client_time:>10.1?}");
    println!(
        "  command / client                     {:>10.3}  (target <= 1.2)",
        command_time.as_secs_f64() / client_time.as_secs_f64()
    );
    println!("peak command memory while listing:");
    println!("  10,000 runs                          {small:>10} bytes");
    println!("  100,000 runs                         {large:>10} bytes");
    println!(
        "  100,000 / 10,000                     {:>10.3}  (target <= 1.2)",
        large as f64 / small as f64
    );
}
