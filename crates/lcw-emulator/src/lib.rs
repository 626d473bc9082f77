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

mod auth;
mod clock;
mod data;
mod errors;
mod faults;
mod odata;
mod rng;
mod routes;
mod schemas;
mod server;

use std::net::{IpAddr, Ipv4Addr};

pub use auth::{AuthConfig, WRITE_PERMISSION};
pub use data::enums::FutureMembers;
pub use data::facts::Sizes;
pub use faults::{FaultAction, FaultRule, RetryAfter, Trigger};
pub use routes::table::{ApiVersion, NAMESPACE};
/// The CSDL `$metadata` document served at `/{version}/$metadata`, generated from the docs.
pub use server::metadata::document as metadata_document;
pub use server::{RunningEmulator, UNDOCUMENTED_MEMBER, UNDOCUMENTED_PROPERTY};

/// One line describing the data set a seed and sizes produce (what the binary prints).
pub fn describe_data(seed: u64, sizes: Sizes) -> String {
    data::facts::describe(seed, sizes)
}

/// The documented path template (`/identityGovernance/.../workflows/{workflowId}`) of the
/// operation a request `method path` reaches in `version` (`path` without the version
/// prefix, not percent-encoded), or `None` when the emulator serves no such operation.
pub fn documented_operation(version: ApiVersion, method: &str, path: &str) -> Option<&'static str> {
    static ROUTES: std::sync::OnceLock<routes::table::RouteTable> = std::sync::OnceLock::new();
    let table = ROUTES.get_or_init(routes::documented_routes);
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    match table.find(version, method, &segments) {
        routes::table::RouteMatch::Found(route, _) => Some(route.op.path),
        _ => None,
    }
}

/// The navigation routes the emulator derives in `version` from the types' relationships
/// (served although no page documents them as operations): `(method, path template,
/// returns a collection)`.
pub fn derived_routes(version: ApiVersion) -> Vec<(&'static str, &'static str, bool)> {
    routes::documented_routes()
        .routes()
        .iter()
        .filter(|r| r.version == version && r.derived)
        .map(|r| (r.op.method, r.op.path, r.op.returns_collection))
        .collect()
}

/// Everything that shapes one emulator instance. `Debug` is derived: the tokens are inside
/// [`AuthConfig`], whose `Debug` redacts them.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// The base of the absolute links answers carry (`@odata.nextLink`, `@odata.context`),
    /// such as `https://graph.example.test` behind a proxy; `None` uses the bound address.
    /// Links never come from the request's `Host` header: a client follows a next link with
    /// its token, so a forged `Host` must not be able to send it elsewhere.
    pub public_url: Option<String>,
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
            public_url: None,
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
    /// Builds the data set, binds, and starts serving on the current tokio runtime. Fails with
    /// [`std::io::ErrorKind::PermissionDenied`] for an address other than loopback unless
    /// [`allow_remote`](Self::allow_remote) is set, and with
    /// [`std::io::ErrorKind::InvalidInput`] for a [`public_url`](Self::public_url) that is not
    /// an absolute `http`/`https` URL.
    pub async fn start(self) -> std::io::Result<RunningEmulator> {
        server::start(self, Box::new(schemas::DocumentedFutureMembers)).await
    }

    /// Starts with another notion of which enum members come after `unknownFutureValue`:
    /// lets tests exercise `Prefer: include-unknown-enum-members` on members the data has.
    pub async fn start_with_future_members(
        self,
        members: Box<dyn FutureMembers>,
    ) -> std::io::Result<RunningEmulator> {
        server::start(self, members).await
    }
}

/// A checked public base URL: `http` or `https`, a host, an optional port and path; no user
/// info, query or fragment. Kept without a trailing `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PublicUrl(String);

impl PublicUrl {
    pub(crate) fn parse(text: &str) -> std::io::Result<Self> {
        let invalid = |why: &str| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("public URL '{text}': {why}"),
            )
        };
        let uri: axum::http::Uri = text.parse().map_err(|_| invalid("not a URL"))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) {
            return Err(invalid("the scheme must be http or https"));
        }
        let Some(authority) = uri.authority() else {
            return Err(invalid("no host"));
        };
        if authority.as_str().contains('@') || authority.host().is_empty() {
            return Err(invalid("user info or an empty host"));
        }
        if uri.query().is_some() || text.contains('#') {
            return Err(invalid("a query or a fragment"));
        }
        Ok(Self(text.trim_end_matches('/').to_owned()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
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

    #[test]
    fn public_urls_are_checked() {
        let ok = |t: &str| PublicUrl::parse(t).map(|u| u.as_str().to_owned()).ok();
        assert_eq!(
            ok("https://graph.example.test/").as_deref(),
            Some("https://graph.example.test")
        );
        assert_eq!(
            ok("http://127.0.0.1:8080/graph").as_deref(),
            Some("http://127.0.0.1:8080/graph")
        );
        for bad in [
            "ftp://x",
            "/relative",
            "http://user@evil.test",
            "http://x/?a=1",
            "http://x/#f",
            "nonsense",
        ] {
            assert!(ok(bad).is_none(), "{bad}");
        }
    }
}
