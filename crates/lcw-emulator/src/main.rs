//! `lcw-emulator`: serve the emulated lifecycle workflows API on loopback.

use std::net::IpAddr;
use std::process::ExitCode;

use clap::Parser;
use lcw_emulator::{AuthConfig, EmulatorConfig, FaultRule, Sizes};

/// Serve a Graph-compatible lifecycle workflows API for offline tests and demos.
///
/// Prefer the environment variables for tokens: a `--token` value is visible to every user of
/// the machine in the process list (`ps`).
// No `Debug`: the arguments hold the tokens.
#[derive(Parser)]
#[command(name = "lcw-emulator", version)]
struct Args {
    /// Address to bind. Only loopback unless --allow-remote is given.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Allow --host to be an address other than loopback. The emulator speaks plain http, so
    /// bearer tokens and data then cross the network unencrypted: use it on trusted networks only.
    #[arg(long)]
    allow_remote: bool,
    /// Base of the absolute links in answers (next links, @odata.context), e.g.
    /// https://graph.example.test behind a proxy. Default: the bound address. The request's
    /// Host header is never used.
    #[arg(long)]
    public_url: Option<String>,
    /// Port (0 picks a free one and prints it).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Seed of the data set.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Number of workflows.
    #[arg(long, default_value_t = 3)]
    workflows: usize,
    /// Runs per workflow.
    #[arg(long, default_value_t = 20)]
    runs: usize,
    /// Users processed per run.
    #[arg(long, default_value_t = 3)]
    users: usize,
    /// Tasks per workflow.
    #[arg(long, default_value_t = 3)]
    tasks: usize,
    /// Bearer token to require (no check when absent). A flag is visible in `ps`: prefer the
    /// environment variable.
    #[arg(long, env = "LCW_EMULATOR_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Bearer token that may read but not write. A flag is visible in `ps`: prefer the
    /// environment variable.
    #[arg(long, env = "LCW_EMULATOR_READ_ONLY_TOKEN", hide_env_values = true)]
    read_only_token: Option<String>,
    /// Page size without $top.
    #[arg(long, default_value_t = 100)]
    page_size: usize,
    /// A fault rule, e.g. "fault=429 retry-after=2 route=/beta/** nth=1" (repeatable).
    #[arg(long = "fault")]
    faults: Vec<String>,
    /// A file of fault rules, one per line.
    #[arg(long)]
    fault_file: Option<std::path::PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    // Request logs on stderr, filtered by RUST_LOG (default: warnings only; `RUST_LOG=info`
    // shows one line per request).
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let mut faults: Vec<FaultRule> = Vec::new();
    for text in &args.faults {
        match FaultRule::parse(text) {
            Ok(rule) => faults.push(rule),
            Err(e) => return fail(&format!("--fault '{text}': {e}")),
        }
    }
    if let Some(path) = &args.fault_file {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => return fail(&format!("{}: {e}", path.display())),
        };
        match FaultRule::parse_script(&text) {
            Ok(rules) => faults.extend(rules),
            Err(e) => return fail(&format!("{}: {e}", path.display())),
        }
    }
    let sizes = Sizes {
        workflows: args.workflows,
        runs_per_workflow: args.runs,
        users_per_run: args.users,
        tasks_per_workflow: args.tasks,
    };
    let config = EmulatorConfig {
        public_url: args.public_url,
        host: args.host,
        allow_remote: args.allow_remote,
        port: args.port,
        seed: args.seed,
        sizes,
        auth: AuthConfig {
            token: args.token,
            read_only_token: args.read_only_token,
        },
        faults,
        default_page_size: args.page_size.clamp(1, 999),
        ..EmulatorConfig::default()
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return fail(&format!("cannot start the runtime: {e}")),
    };
    runtime.block_on(async move {
        let emulator = match config.start().await {
            Ok(e) => e,
            Err(e) => return fail(&format!("cannot start on {}:{}: {e}", args.host, args.port)),
        };
        println!("lcw-emulator listening on {}", emulator.base_url());
        println!("{}", lcw_emulator::describe_data(args.seed, sizes));
        let _ = tokio::signal::ctrl_c().await;
        emulator.stop().await;
        ExitCode::SUCCESS
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("lcw-emulator: {message}");
    ExitCode::FAILURE
}
