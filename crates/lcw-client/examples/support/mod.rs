//! Where the examples send their calls: a built-in lcw-emulator by default, Microsoft Graph
//! when `LCW_GRAPH_TOKEN` holds a token (`az account get-access-token --resource-type ms-graph`).

use lcw_client::{Client, Cloud};
use lcw_emulator::{AuthConfig, EmulatorConfig, RunningEmulator};

/// A client, and the emulator it talks to when there is one.
pub struct Target {
    pub client: Client,
    emulator: Option<RunningEmulator>,
}

impl Target {
    /// Stops the emulator, if one was started.
    pub async fn stop(self) {
        if let Some(emulator) = self.emulator {
            emulator.stop().await;
        }
    }
}

pub async fn connect() -> Result<Target, Box<dyn std::error::Error>> {
    if let Ok(token) = std::env::var("LCW_GRAPH_TOKEN") {
        eprintln!(
            "calling Microsoft Graph ({})",
            Cloud::GLOBAL.graph_url.unwrap_or_default()
        );
        let client = Client::builder()
            .cloud(Cloud::GLOBAL)
            .token(token)
            .build()?;
        return Ok(Target {
            client,
            emulator: None,
        });
    }
    let token = "example-token";
    let emulator = EmulatorConfig {
        auth: AuthConfig {
            token: Some(token.to_owned()),
            read_only_token: None,
        },
        ..EmulatorConfig::default()
    }
    .start()
    .await?;
    eprintln!(
        "calling the built-in emulator at {} (set LCW_GRAPH_TOKEN for Graph)",
        emulator.base_url()
    );
    let client = Client::builder()
        .service_root(emulator.base_url())
        .token(token)
        .build()?;
    Ok(Target {
        client,
        emulator: Some(emulator),
    })
}
