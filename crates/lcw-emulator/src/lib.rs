//! A local server that behaves like Microsoft Graph for the lifecycle workflows API, so the
//! client, the CLI and benchmarks can run offline against something real on loopback.
//!
//! It recognises every documented lifecycle workflows operation under `/beta/...` and
//! `/v1.0/...` (each under the versions the docs document it in) and serves them all with
//! Graph's paging, `$select`, `$orderby`, `$filter` (only on the properties and operators the
//! docs allow), `$count`, error bodies, bearer-token checks, request ids, evolvable-enum
//! handling, and a fault plan for tests.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let emulator = lcw_emulator::EmulatorConfig::default().start().await?;
//! let url = format!("{}/beta/identityGovernance/lifecycleWorkflows/workflows", emulator.base_url());
//! # let _ = url;
//! emulator.stop().await;
//! # Ok(()) }
//! ```

pub mod auth;
pub mod clock;
pub mod data;
pub mod errors;
pub mod faults;
pub mod odata;
pub mod rng;
pub mod routes;
mod schemas;
mod server;

use std::net::{IpAddr, Ipv4Addr};

pub use auth::AuthConfig;
pub use data::facts::Sizes;
pub use faults::{FaultAction, FaultRule, RetryAfter, Trigger};
pub use server::{RunningEmulator, UNDOCUMENTED_MEMBER, UNDOCUMENTED_PROPERTY};

/// Everything that shapes one emulator instance. `Debug` is derived: the tokens are inside
/// [`AuthConfig`], whose `Debug` redacts them.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// Address to bind; loopback by default. Any other address is refused unless
    /// [`allow_remote`](Self::allow_remote) is set, since the emulator speaks plain http.
    pub host: IpAddr,
    /// Allows binding an address other than loopback: bearer tokens then cross the network
    /// unencrypted.
    pub allow_remote: bool,
    /// Port; `0` picks a free one.
    pub port: u16,
    /// Seed of the data set, request ids and rate-based faults.
    pub seed: u64,
    /// Size of the data set.
    pub sizes: Sizes,
    /// Accepted tokens.
    pub auth: AuthConfig,
    /// Fault rules, tried in order.
    pub faults: Vec<FaultRule>,
    /// Page size without `$top`.
    pub default_page_size: usize,
    /// Largest `$top`.
    pub max_page_size: usize,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            allow_remote: false,
            port: 0,
            seed: 1,
            sizes: Sizes::default(),
            auth: AuthConfig::default(),
            faults: Vec::new(),
            default_page_size: 100,
            max_page_size: 999,
        }
    }
}

impl EmulatorConfig {
    /// Starts serving on the current tokio runtime. Fails with
    /// [`std::io::ErrorKind::PermissionDenied`] for an address other than loopback unless
    /// [`allow_remote`](Self::allow_remote) is set.
    pub async fn start(self) -> std::io::Result<RunningEmulator> {
        server::start(self, Box::new(schemas::DocumentedFutureMembers)).await
    }

    /// Starts with another notion of which enum members come after `unknownFutureValue`:
    /// lets tests exercise `Prefer: include-unknown-enum-members` on members the data has.
    pub async fn start_with_future_members(
        self,
        members: Box<dyn data::enums::FutureMembers>,
    ) -> std::io::Result<RunningEmulator> {
        server::start(self, members).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_tokens() {
        let config = EmulatorConfig {
            auth: AuthConfig {
                token: Some("tok-rw-1".into()),
                read_only_token: Some("tok-ro-2".into()),
            },
            ..EmulatorConfig::default()
        };
        let text = format!("{config:?} {config:#?}");
        assert!(
            !text.contains("tok-rw-1") && !text.contains("tok-ro-2"),
            "{text}"
        );
        assert!(text.contains("seed"), "{text}");
    }
}
