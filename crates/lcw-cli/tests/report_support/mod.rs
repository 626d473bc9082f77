//! What the report tests share: an emulator with the seeded tenant, the numbers its summary
//! functions give (read with the client, not through `lcw report`), and running `lcw report`.

#![allow(dead_code)] // Each test file uses its own part.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use futures_util::TryStreamExt;
use lcw_client::{Client, TimeRange};

/// The period the tests report on: the whole seeded history.
pub const FROM: &str = "2024-05-01T00:00:00Z";
/// End of [`FROM`]'s period.
pub const TO: &str = "2024-06-01T00:00:00Z";

/// An emulator serving the seeded tenant on loopback, and a runtime to drive it.
pub struct Tenant {
    pub runtime: tokio::runtime::Runtime,
    pub emulator: Option<lcw_emulator::RunningEmulator>,
    pub root: String,
}

impl Tenant {
    pub fn start() -> Self {
        Self::start_with_faults("")
    }

    /// [`Tenant::start`], the emulator injecting the faults of `script` (lcw-emulator's
    /// fault script: one rule a line).
    pub fn start_with_faults(script: &str) -> Self {
        let config = lcw_emulator::EmulatorConfig {
            faults: lcw_emulator::FaultRule::parse_script(script).expect("fault rules"),
            ..Default::default()
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let emulator = runtime.block_on(config.start()).expect("emulator");
        let root = emulator.base_url().to_owned();
        Self {
            runtime,
            emulator: Some(emulator),
            root,
        }
    }

    /// `lcw --service-root ROOT args...`.
    pub fn lcw(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_lcw"))
            .env_remove("LCW_GRAPH_TOKEN")
            .env("NO_COLOR", "1")
            .args(["--service-root", &self.root])
            .args(args)
            .output()
            .expect("lcw runs")
    }

    /// `lcw report --from FROM --to TO --out out`, which must succeed.
    pub fn report(&self, out: &Path, extra: &[&str]) -> String {
        let path = out.to_str().expect("a UTF-8 path");
        let mut args = vec!["report", "--from", FROM, "--to", TO, "--out", path];
        args.extend_from_slice(extra);
        let result = self.lcw(&args);
        assert!(
            result.status.success(),
            "lcw report failed: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        std::fs::read_to_string(out).expect("the report was written")
    }

    /// A client of the emulator.
    pub fn client(&self) -> Client {
        Client::builder()
            .service_root(&self.root)
            .build()
            .expect("client")
    }

    /// Gives the first workflow the display name `name`; returns its id.
    pub fn rename_first_workflow(&self, name: &str) -> String {
        self.runtime.block_on(async {
            let client = self.client();
            let mut workflows = Box::pin(client.beta().workflows().list().into_stream());
            let first = workflows
                .try_next()
                .await
                .expect("workflows")
                .expect("a workflow");
            let id = first.id.as_ref().expect("an id").clone();
            let mut change = lcw_client::models::beta::Workflow::default();
            change.display_name = Some(name.to_owned()).into();
            client
                .beta()
                .workflow(&id)
                .update(&change)
                .send()
                .await
                .expect("renamed");
            id
        })
    }

    /// The counts of the summary functions and of the run list, summed over the workflows.
    pub fn expected(&self) -> Expected {
        self.runtime.block_on(async {
            let client = self.client();
            let range = TimeRange::new(
                FROM.parse().expect("an instant"),
                TO.parse().expect("an instant"),
            )
            .expect("a range");
            let workflows: Vec<_> = client
                .beta()
                .workflows()
                .list()
                .into_stream()
                .try_collect()
                .await
                .expect("workflows");
            let mut expected = Expected::default();
            for w in &workflows {
                let id = w.id.as_ref().expect("an id");
                let api = client.beta().workflow(id);
                let runs = api.runs().summary(range).send().await.expect("run summary");
                let users = api
                    .user_processing_results()
                    .summary(range)
                    .send()
                    .await
                    .expect("user summary");
                let int = |v: &lcw_client::models::Nullable<i32>| {
                    usize::try_from(v.as_ref().copied().unwrap_or(0)).expect("a count")
                };
                expected.workflows += 1;
                expected.runs += int(&runs.total_runs);
                expected.failed_runs += int(&runs.failed_runs);
                expected.successful_runs += int(&runs.successful_runs);
                expected.failed_tasks += int(&runs.failed_tasks);
                expected.users += int(&users.total_users);
                expected.failed_users += int(&users.failed_users);
                expected
                    .names
                    .push(w.display_name.as_ref().cloned().unwrap_or_default());
                let listed: Vec<_> = api
                    .runs()
                    .list()
                    .into_stream()
                    .try_collect()
                    .await
                    .expect("runs");
                let (from, to) = (range.start(), range.end());
                expected.listed_runs += listed
                    .iter()
                    .filter_map(|r| r.scheduled_date_time.as_ref())
                    .filter_map(|t| t.to_jiff().ok())
                    .filter(|t| from <= *t && *t < to)
                    .count();
            }
            expected
        })
    }
}

impl Drop for Tenant {
    fn drop(&mut self) {
        if let Some(emulator) = self.emulator.take() {
            self.runtime.block_on(emulator.stop());
        }
    }
}

/// Totals over every workflow of the tenant.
#[derive(Debug, Default)]
pub struct Expected {
    pub workflows: usize,
    pub runs: usize,
    pub listed_runs: usize,
    pub successful_runs: usize,
    pub failed_runs: usize,
    pub failed_tasks: usize,
    pub users: usize,
    pub failed_users: usize,
    pub names: Vec<String>,
}

/// A folder under the build's target directory for what a test writes (kept for a person to
/// look at).
pub fn output_dir(name: &str) -> PathBuf {
    // The test binary lives in target/<profile>/deps.
    let exe = std::env::current_exe().expect("the test binary's path");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("the target directory")
        .to_path_buf();
    let dir = target.join("lcw-report").join(name);
    std::fs::create_dir_all(&dir).expect("an output folder");
    dir
}
