//! The commands that call the service: where they go (emulator, Graph, another root) and the
//! typed calls of each API version.

use futures_util::TryStreamExt;
use lcw_client::{Client, Cloud, TimeRange};
use lcw_emulator::{AuthConfig, EmulatorConfig, RunningEmulator};

use crate::cli::{ApiVersion, Cli, Command, Format, RunsCommand, WorkflowsCommand};
use crate::error::CliError;
use crate::output::{Column, Printer};

/// The variable read for a token when `--token-env` is not given.
pub const DEFAULT_TOKEN_ENV: &str = "LCW_GRAPH_TOKEN";

/// The token the in-process emulator is started with (it listens on loopback only, for this
/// process's lifetime).
const EMULATOR_TOKEN: &str = "lcw-cli-emulator";

const WORKFLOW_COLUMNS: &[Column] = &[
    Column::Prop("id"),
    Column::Prop("displayName"),
    Column::Prop("category"),
    Column::Prop("isEnabled"),
    Column::Prop("version"),
    Column::Prop("lastModifiedDateTime"),
];

const RUN_COLUMNS: &[Column] = &[
    Column::Prop("id"),
    Column::Prop("processingStatus"),
    Column::Prop("workflowExecutionType"),
    Column::Prop("startedDateTime"),
    Column::Prop("completedDateTime"),
    Column::Prop("totalUsersCount"),
    Column::Prop("failedUsersCount"),
    Column::Prop("failedTasksCount"),
];

const SUMMARY_COLUMNS: &[Column] = &[
    Column::Prop("totalRuns"),
    Column::Prop("successfulRuns"),
    Column::Prop("failedRuns"),
    Column::Prop("totalUsers"),
    Column::Prop("totalTasks"),
    Column::Prop("failedTasks"),
];

const USER_COLUMNS: &[Column] = &[
    Column::Prop("id"),
    Column::Subject,
    Column::Prop("processingStatus"),
    Column::Prop("startedDateTime"),
    Column::Prop("completedDateTime"),
    Column::Prop("totalTasksCount"),
    Column::Prop("failedTasksCount"),
];

/// Where the calls go, and the emulator to stop afterwards when there is one.
struct Target {
    client: Client,
    emulator: Option<RunningEmulator>,
}

/// Picks the target from the global options:
/// `--emulator`, else a token (`--token-env VAR`, else LCW_GRAPH_TOKEN) for `--service-root`
/// or `--cloud` (default global), else `--service-root` without a token, else the emulator.
async fn connect(cli: &Cli) -> Result<Target, CliError> {
    if !cli.emulator {
        let token = match &cli.token_env {
            Some(var) => Some(read_token(var)?),
            None => std::env::var(DEFAULT_TOKEN_ENV)
                .ok()
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty()),
        };
        let mut builder = Client::builder();
        if let Some(cloud) = &cli.cloud {
            let cloud = Cloud::by_name(cloud)
                .ok_or_else(|| CliError::Usage(format!("no cloud is named `{cloud}`")))?;
            builder = builder.cloud(cloud);
        }
        if let Some(root) = &cli.service_root {
            builder = builder.service_root(root);
        }
        match token {
            Some(token) => builder = builder.token(token),
            None if cli.service_root.is_some() => {}
            None if cli.cloud.is_some() => {
                return Err(CliError::Usage(format!(
                    "calling Graph needs a token: put it in an environment variable and name it \
                     with --token-env VAR (or set {DEFAULT_TOKEN_ENV})"
                )));
            }
            None => return start_emulator().await,
        }
        let client = builder.build().map_err(|e| match e {
            lcw_client::Error::UnsafeUrl { url, reason } => {
                CliError::Usage(format!("--service-root {url}: {reason}"))
            }
            other => CliError::Api(other),
        })?;
        return Ok(Target {
            client,
            emulator: None,
        });
    }
    start_emulator().await
}

/// The token in `var`; an unset or empty variable is a usage error.
fn read_token(var: &str) -> Result<String, CliError> {
    match std::env::var(var) {
        Ok(token) if !token.trim().is_empty() => Ok(token.trim().to_owned()),
        Ok(_) => Err(CliError::Usage(format!(
            "--token-env {var}: the environment variable is empty"
        ))),
        Err(std::env::VarError::NotPresent) => Err(CliError::Usage(format!(
            "--token-env {var}: the environment variable is not set"
        ))),
        Err(std::env::VarError::NotUnicode(_)) => Err(CliError::Usage(format!(
            "--token-env {var}: the environment variable is not valid UTF-8"
        ))),
    }
}

async fn start_emulator() -> Result<Target, CliError> {
    let emulator = EmulatorConfig {
        auth: AuthConfig {
            token: Some(EMULATOR_TOKEN.to_owned()),
            read_only_token: None,
        },
        ..EmulatorConfig::default()
    }
    .start()
    .await
    .map_err(|e| CliError::Other(format!("cannot start the built-in emulator: {e}")))?;
    let client = Client::builder()
        .service_root(emulator.base_url())
        .token(EMULATOR_TOKEN)
        .build()?;
    Ok(Target {
        client,
        emulator: Some(emulator),
    })
}

/// Runs a command that calls the service, then stops the emulator if one was started.
pub async fn run(cli: Cli, format: Format) -> Result<(), CliError> {
    let target = connect(&cli).await?;
    let mut out = Printer::new(format);
    let result = match (&cli.command, cli.api_version) {
        (Command::Call(args), version) => {
            crate::call::call(&target.client, version, args, &mut out).await
        }
        (command, ApiVersion::Beta) => beta::run(&target.client, command, &mut out).await,
        (command, ApiVersion::V1) => v1::run(&target.client, command, &mut out).await,
    }
    .and_then(|()| out.finish());
    if let Some(emulator) = target.emulator {
        emulator.stop().await;
    }
    result
}

/// A strict enum value from the command line: an unknown one lists the known ones.
fn parse_enum<E: lcw_client::models::GraphEnum>(option: &str, text: &str) -> Result<E, CliError> {
    E::try_from_wire(text).map_err(|_| {
        let known: Vec<&str> = E::KNOWN
            .iter()
            .map(|m| m.as_str())
            .filter(|m| *m != "unknownFutureValue")
            .collect();
        CliError::Usage(format!(
            "{option} `{text}` is not one of: {}",
            known.join(", ")
        ))
    })
}

/// The typed calls, written once and expanded for each API version.
macro_rules! version_commands {
    ($version:ident) => {
        /// The commands against this API version.
        mod $version {
            use super::*;
            use lcw_client::models::$version::{
                LifecycleWorkflowCategory, LifecycleWorkflowProcessingStatus as Status,
            };
            use lcw_client::$version::filters::{
                RunFilter, RunOrderBy, SubjectProcessingResultFilter, WorkflowFilter,
            };

            pub async fn run(
                client: &Client,
                command: &Command,
                out: &mut Printer,
            ) -> Result<(), CliError> {
                let api = client.$version();
                match command {
                    Command::Workflows(WorkflowsCommand::List { category, enabled }) => {
                        out.columns(WORKFLOW_COLUMNS);
                        let mut filter = None;
                        if let Some(category) = category {
                            let category: LifecycleWorkflowCategory =
                                parse_enum("--category", category)?;
                            filter = Some(WorkflowFilter::category().eq(category));
                        }
                        if *enabled {
                            let only = WorkflowFilter::is_enabled().eq(true);
                            filter = Some(match filter {
                                Some(f) => f.and(only),
                                None => only,
                            });
                        }
                        let mut request = api.workflows().list();
                        if let Some(filter) = filter {
                            request = request.filter(filter);
                        }
                        let mut items = Box::pin(request.into_stream());
                        while let Some(item) = items.try_next().await? {
                            out.item(&item)?;
                        }
                    }
                    Command::Workflows(WorkflowsCommand::Show { id }) => {
                        out.columns(WORKFLOW_COLUMNS);
                        out.single(&api.workflow(id).get().send().await?)?;
                    }
                    Command::Runs(RunsCommand::List {
                        workflow_id,
                        status,
                        since,
                    }) => {
                        out.columns(RUN_COLUMNS);
                        let mut filter = None;
                        if let Some(status) = status {
                            let status: Status = parse_enum("--status", status)?;
                            filter = Some(RunFilter::processing_status().eq(status));
                        }
                        if let Some(since) = since {
                            let after = RunFilter::started_date_time().ge(*since);
                            filter = Some(match filter {
                                Some(f) => f.and(after),
                                None => after,
                            });
                        }
                        let mut request = api
                            .workflow(workflow_id)
                            .runs()
                            .list()
                            .order_by(RunOrderBy::started_date_time().desc());
                        if let Some(filter) = filter {
                            request = request.filter(filter);
                        }
                        let mut items = Box::pin(request.into_stream());
                        while let Some(item) = items.try_next().await? {
                            out.item(&item)?;
                        }
                    }
                    Command::Runs(RunsCommand::Summary {
                        workflow_id,
                        from,
                        to,
                    }) => {
                        out.columns(SUMMARY_COLUMNS);
                        let range = TimeRange::new(*from, *to)
                            .map_err(|e| CliError::Usage(format!("--from/--to: {e}")))?;
                        let summary = api
                            .workflow(workflow_id)
                            .runs()
                            .summary(range)
                            .send()
                            .await?;
                        out.single(&summary)?;
                    }
                    Command::Users {
                        workflow_id,
                        run_id,
                        failed,
                    } => {
                        out.columns(USER_COLUMNS);
                        let mut request = api
                            .workflow(workflow_id)
                            .run(run_id)
                            .subject_processing_results()
                            .list();
                        if *failed {
                            let status = SubjectProcessingResultFilter::processing_status;
                            request = request.filter(
                                status()
                                    .eq(Status::Failed)
                                    .or(status().eq(Status::CompletedWithErrors)),
                            );
                        }
                        let mut items = Box::pin(request.into_stream());
                        while let Some(item) = items.try_next().await? {
                            out.item(&item)?;
                        }
                    }
                    // Answered without a version-specific typed call.
                    Command::Call(_) | Command::Operations | Command::Completions { .. } => {}
                }
                Ok(())
            }
        }
    };
}

version_commands!(beta);
version_commands!(v1);
