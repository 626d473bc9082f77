//! Where the calls go and how they sign in: the emulator, a token, or an Azure credential.

use std::time::Duration;

use lcw_client::{Client, ClientBuilder, Cloud, RetryPolicy};
use lcw_emulator::{AuthConfig, EmulatorConfig, FaultRule, RunningEmulator, Sizes};

use crate::cli::{AuthMethod, Global};
use crate::error::CliError;

/// The variable read for a token when neither `--token` nor `--token-env` is given.
pub const DEFAULT_TOKEN_ENV: &str = "LCW_GRAPH_TOKEN";

/// The token the in-process emulator is started with (it listens on loopback only, for this
/// process's lifetime).
const EMULATOR_TOKEN: &str = "lcw-cli-emulator";

/// Where the calls go, and the emulator to stop afterwards when there is one.
pub struct Target {
    /// The client every call goes through.
    pub client: Client,
    /// The in-process emulator, when it is the target.
    pub emulator: Option<RunningEmulator>,
}

impl Target {
    /// Stops the emulator, if one was started.
    pub async fn close(self) {
        if let Some(emulator) = self.emulator {
            emulator.stop().await;
        }
    }
}

/// The sign-in `global` asks for.
enum Credential {
    Token(String),
    Azure(AuthMethod),
    /// `--service-root` without a credential (an emulator started without token checks).
    Anonymous,
}

/// Picks the target: `--emulator`; else `--auth`; else a token (`--token`, LCW_TOKEN,
/// `--token-env VAR`, LCW_GRAPH_TOKEN); else a service principal when AZURE_CLIENT_SECRET is
/// set; else `--service-root` without a credential; else the emulator.
pub async fn connect(global: &Global) -> Result<Target, CliError> {
    if global.emulator {
        return start_emulator(global).await;
    }
    let credential = match global.auth {
        Some(AuthMethod::Token) => Some(Credential::Token(token(global)?.ok_or_else(|| {
            CliError::Auth(format!(
                "--auth token: no token; set LCW_TOKEN, or name its variable with --token-env VAR (or set {DEFAULT_TOKEN_ENV})"
            ))
        })?)),
        Some(method) => Some(Credential::Azure(method)),
        None => match token(global)? {
            Some(token) => Some(Credential::Token(token)),
            None if set("AZURE_CLIENT_SECRET") => Some(Credential::Azure(AuthMethod::Environment)),
            None if global.service_root.is_some() => Some(Credential::Anonymous),
            None if global.cloud.is_some() => {
                return Err(CliError::Auth(format!(
                    "calling Graph needs a credential: --auth azure-cli|managed-identity|environment, or a token in LCW_TOKEN or {DEFAULT_TOKEN_ENV}"
                )));
            }
            None => None,
        },
    };
    let Some(credential) = credential else {
        return start_emulator(global).await;
    };
    let mut builder = base_builder(global);
    if let Some(cloud) = &global.cloud {
        let cloud = Cloud::by_name(cloud)
            .ok_or_else(|| CliError::Usage(format!("no cloud is named `{cloud}`")))?;
        builder = builder.cloud(cloud);
    }
    if let Some(root) = &global.service_root {
        builder = builder.service_root(root);
    }
    builder = match credential {
        Credential::Token(token) => builder.token(token),
        Credential::Azure(method) => azure::sign_in(builder, method)?,
        Credential::Anonymous => builder,
    };
    let client = builder.build().map_err(|e| match e {
        lcw_client::Error::UnsafeUrl { url, reason } => {
            CliError::Usage(format!("--service-root {url}: {reason}"))
        }
        // A cloud without the API, or without a published Graph host: the options are wrong.
        lcw_client::Error::Cloud(e) => CliError::Usage(format!("--cloud: {e}")),
        other => CliError::Api(other),
    })?;
    Ok(Target {
        client,
        emulator: None,
    })
}

fn set(var: &str) -> bool {
    std::env::var(var).is_ok_and(|v| !v.trim().is_empty())
}

/// The token of `--token`/LCW_TOKEN, else of `--token-env VAR`, else of LCW_GRAPH_TOKEN.
fn token(global: &Global) -> Result<Option<String>, CliError> {
    if let Some(token) = global
        .token
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        return Ok(Some(token.to_owned()));
    }
    if let Some(var) = &global.token_env {
        return read_token(var).map(Some);
    }
    Ok(std::env::var(DEFAULT_TOKEN_ENV)
        .ok()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty()))
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

/// What every client gets: retries, unknown enum members, the `--verbose` log.
fn base_builder(global: &Global) -> ClientBuilder {
    let retry = RetryPolicy::default()
        .with_max_attempts(global.retries.saturating_add(1))
        .with_max_elapsed(Duration::from_secs(global.retry_budget));
    let mut builder = Client::builder()
        .retry_policy(retry)
        .include_unknown_enum_members(global.include_unknown_enum_members)
        .user_agent(concat!("lcw/", env!("CARGO_PKG_VERSION")));
    if global.verbose {
        builder = builder.observer(crate::verbose::log);
    }
    builder
}

async fn start_emulator(global: &Global) -> Result<Target, CliError> {
    let mut faults: Vec<FaultRule> = Vec::new();
    for rule in &global.emulator_fault {
        faults.extend(
            FaultRule::parse_script(rule)
                .map_err(|e| CliError::Usage(format!("--emulator-fault `{rule}`: {e}")))?,
        );
    }
    let defaults = EmulatorConfig::default();
    let sizes = Sizes {
        workflows: global
            .emulator_workflows
            .unwrap_or(defaults.sizes.workflows),
        runs_per_workflow: global
            .emulator_runs
            .unwrap_or(defaults.sizes.runs_per_workflow),
        ..defaults.sizes
    };
    let emulator = EmulatorConfig {
        seed: global.emulator_seed,
        sizes,
        faults,
        default_page_size: global
            .emulator_page_size
            .unwrap_or(defaults.default_page_size),
        auth: AuthConfig {
            token: Some(EMULATOR_TOKEN.to_owned()),
            read_only_token: None,
        },
        ..defaults
    }
    .start()
    .await
    .map_err(|e| CliError::Other(format!("cannot start the built-in emulator: {e}")))?;
    let client = base_builder(global)
        .service_root(emulator.base_url())
        .token(EMULATOR_TOKEN)
        .build()?;
    Ok(Target {
        client,
        emulator: Some(emulator),
    })
}

/// Azure sign-in, with the `azure-identity` feature.
#[cfg(feature = "azure-identity")]
mod azure {
    use lcw_client::azure_identity::{
        AzureCliCredential, ClientSecretCredential, ManagedIdentityCredential,
        ManagedIdentityCredentialOptions, UserAssignedId,
    };
    use lcw_client::{AzureCredential, ClientBuilder};

    use crate::cli::AuthMethod;
    use crate::error::CliError;

    fn var(name: &str) -> Result<String, CliError> {
        std::env::var(name)
            .ok()
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| CliError::Auth(format!("--auth environment: {name} is not set")))
    }

    fn failed(e: impl std::fmt::Display) -> CliError {
        CliError::Auth(format!("cannot set up the Azure credential: {e}"))
    }

    /// `builder` signing in as `method` says.
    pub fn sign_in(builder: ClientBuilder, method: AuthMethod) -> Result<ClientBuilder, CliError> {
        let credential = match method {
            AuthMethod::Environment => AzureCredential::new(
                ClientSecretCredential::new(
                    &var("AZURE_TENANT_ID")?,
                    var("AZURE_CLIENT_ID")?,
                    var("AZURE_CLIENT_SECRET")?.into(),
                    None,
                )
                .map_err(failed)?,
            ),
            AuthMethod::ManagedIdentity => {
                let options = std::env::var("AZURE_CLIENT_ID").ok().map(|id| {
                    ManagedIdentityCredentialOptions {
                        user_assigned_id: Some(UserAssignedId::ClientId(id)),
                        ..Default::default()
                    }
                });
                AzureCredential::new(ManagedIdentityCredential::new(options).map_err(failed)?)
            }
            AuthMethod::AzureCli => {
                AzureCredential::new(AzureCliCredential::new(None).map_err(failed)?)
            }
            AuthMethod::Token => unreachable!("a token is not an Azure credential"),
        };
        Ok(builder.credential(credential))
    }
}

/// Without the `azure-identity` feature: a message saying how to build with it.
#[cfg(not(feature = "azure-identity"))]
mod azure {
    use lcw_client::ClientBuilder;

    use crate::cli::AuthMethod;
    use crate::error::CliError;

    /// Refuses: this build has no Azure sign-in.
    pub fn sign_in(_: ClientBuilder, method: AuthMethod) -> Result<ClientBuilder, CliError> {
        let how = match method {
            AuthMethod::Environment => "a service principal (AZURE_CLIENT_SECRET is set)",
            AuthMethod::ManagedIdentity => "a managed identity",
            AuthMethod::AzureCli => "the Azure CLI login",
            AuthMethod::Token => "a token",
        };
        Err(CliError::Auth(format!(
            "signing in with {how} needs lcw built with Azure sign-in: \
             cargo install --path crates/lcw-cli --features azure-identity \
             (or give a token in LCW_TOKEN)"
        )))
    }
}
