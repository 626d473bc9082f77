//! The client: one per tenant and cloud, cheap to clone, shared by every call.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;

use crate::auth::{Credential, StaticToken, TokenCache};
use crate::cloud::Cloud;
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::transport::{Exchange, Observer, has_user_info, shown_url};

/// A Microsoft Graph client for the lifecycle workflows API.
///
/// Cloning is cheap and clones share the connection pool and the token cache. Start calls from
/// [`Client::beta`] or [`Client::v1`].
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    /// The service root: `https://graph.microsoft.com`, or the emulator's address.
    pub(crate) service_root: Url,
    pub(crate) tokens: Option<TokenCache>,
    pub(crate) retry: RetryPolicy,
    pub(crate) include_unknown_enum_members: bool,
    pub(crate) max_answer_bytes: usize,
    pub(crate) observer: Option<Observer>,
}

impl Client {
    /// A builder for the global cloud, with no credential yet.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The service root calls go to.
    pub fn service_root(&self) -> &Url {
        &self.inner.service_root
    }

    /// The retry policy of every call.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.inner.retry
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("service_root", &self.inner.service_root.as_str())
            .field("authenticated", &self.inner.tokens.is_some())
            .field("retry", &self.inner.retry)
            .field(
                "include_unknown_enum_members",
                &self.inner.include_unknown_enum_members,
            )
            .finish()
    }
}

/// Builds a [`Client`]: cloud or service root, credential, retries, timeouts.
pub struct ClientBuilder {
    /// Given with [`service_root`](Self::service_root); else the cloud's, at build time.
    service_root: Option<String>,
    cloud: Option<Cloud>,
    scope: Option<String>,
    credential: Option<Arc<dyn Credential>>,
    retry: RetryPolicy,
    connect_timeout: Duration,
    request_timeout: Duration,
    include_unknown_enum_members: bool,
    max_answer_bytes: usize,
    user_agent: String,
    observer: Option<Observer>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            service_root: None,
            cloud: None,
            scope: None,
            credential: None,
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(100),
            include_unknown_enum_members: false,
            max_answer_bytes: 64 << 20,
            user_agent: concat!("lcw-client/", env!("CARGO_PKG_VERSION")).to_owned(),
            observer: None,
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("service_root", &self.service_root)
            .field("cloud", &self.cloud.map(|c| c.name))
            .field("credential", &self.credential.is_some())
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Calls go to `cloud`'s Graph, with tokens for its scope. [`build`](Self::build) refuses
    /// a cloud without the lifecycle workflows API ([`CloudError`](crate::CloudError)), and one
    /// whose Graph host Microsoft does not publish unless [`service_root`](Self::service_root)
    /// gives it. A [`service_root`](Self::service_root) or [`scope`](Self::scope) given
    /// before or after is kept: the cloud supplies only what they leave out.
    pub fn cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = Some(cloud);
        self
    }

    /// Calls go to another service root, such as lcw-emulator's `http://127.0.0.1:PORT`.
    /// Plain `http` is accepted only for a loopback host.
    pub fn service_root(mut self, url: impl Into<String>) -> Self {
        self.service_root = Some(url.into());
        self
    }

    /// The token scope, when it is not `{service root}/.default`.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Where tokens come from.
    pub fn credential(mut self, credential: impl Credential + 'static) -> Self {
        self.credential = Some(Arc::new(credential));
        self
    }

    /// A fixed bearer token.
    pub fn token(self, token: impl Into<Arc<str>>) -> Self {
        self.credential(StaticToken::new(token))
    }

    /// How failed attempts are retried.
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Longest wait for a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Longest wait for one whole answer (default 100 s, Graph's own limit).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Sends `Prefer: include-unknown-enum-members`, so members the docs list after
    /// `unknownFutureValue` arrive as themselves instead of as `unknownFutureValue`.
    pub fn include_unknown_enum_members(mut self, include: bool) -> Self {
        self.include_unknown_enum_members = include;
        self
    }

    /// The largest answer body read (default 64 MiB, far above any Graph page): a larger one
    /// is [`Error::AnswerTooLarge`], so a hostile server cannot exhaust memory.
    pub fn max_answer_bytes(mut self, limit: usize) -> Self {
        self.max_answer_bytes = limit;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Calls `observer` after every attempt of every call (retries and pages included) with
    /// what went on the wire: method, URL, status, timing and request ids, never the token.
    pub fn observer(mut self, observer: impl Fn(&Exchange<'_>) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// Checks the service root and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let cloud = self.cloud.unwrap_or(Cloud::GLOBAL);
        let service_root = self
            .service_root
            .as_deref()
            .or(cloud.graph_url)
            .unwrap_or_default();
        crate::cloud::admit(self.cloud, service_root)?;
        let service_root = checked_service_root(service_root)?;
        let scope = self
            .scope
            .unwrap_or_else(|| format!("{}/.default", service_root.as_str().trim_end_matches('/')));
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.request_timeout)
            // A redirect would carry the request elsewhere outside the retry and host checks.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(self.user_agent)
            .build()
            .map_err(|source| Error::Transport {
                operation: "build-client",
                client_request_id: None,
                source,
            })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                service_root,
                tokens: self
                    .credential
                    .map(|c| TokenCache::new(c, scope, self.request_timeout)),
                retry: self.retry,
                include_unknown_enum_members: self.include_unknown_enum_members,
                max_answer_bytes: self.max_answer_bytes,
                observer: self.observer,
            }),
        })
    }
}

/// An absolute `https` URL (or `http` to loopback) with no query, fragment or user info,
/// kept with a trailing `/` so relative paths join under it.
fn checked_service_root(text: &str) -> Result<Url, Error> {
    let mut url = Url::parse(text).map_err(|_| Error::UnsafeUrl {
        url: without_user_info(text).to_owned(),
        reason: "not an absolute URL",
    })?;
    let refuse = |reason| Error::UnsafeUrl {
        url: shown_url(&url),
        reason,
    };
    if url.query().is_some() || url.fragment().is_some() || has_user_info(&url) {
        return Err(refuse("a service root has no query, fragment or user info"));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => return Err(refuse("plain http is allowed only to a loopback host")),
        _ => return Err(refuse("the scheme must be https")),
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// What an error shows of a root that does not parse: the text after any user info and
/// before any query.
fn without_user_info(text: &str) -> &str {
    let rest = text.rsplit('@').next().unwrap_or(text);
    rest.split('?').next().unwrap_or(rest)
}

pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_roots_are_checked() {
        let ok = |t: &str| checked_service_root(t).map(|u| u.to_string());
        assert_eq!(
            ok("https://graph.microsoft.com").ok().as_deref(),
            Some("https://graph.microsoft.com/")
        );
        assert_eq!(
            ok("http://127.0.0.1:8080").ok().as_deref(),
            Some("http://127.0.0.1:8080/")
        );
        assert_eq!(
            ok("http://[::1]:8080/graph").ok().as_deref(),
            Some("http://[::1]:8080/graph/")
        );
        assert!(ok("http://localhost:1").is_ok());
        for bad in [
            "http://graph.microsoft.com",
            "http://10.0.0.1",
            "ftp://graph.microsoft.com",
            "https://user@graph.microsoft.com",
            "https://:pw@graph.microsoft.com",
            "https://graph.microsoft.com/?x=1",
            "graph.microsoft.com",
        ] {
            assert!(matches!(ok(bad), Err(Error::UnsafeUrl { .. })), "{bad}");
        }
    }

    #[test]
    fn a_refused_service_root_does_not_show_its_user_info() {
        for bad in [
            "https://user:pw@graph.microsoft.com/?x=1",
            "http://:pw@10.0.0.1/graph",
            "ftp://u:pw@graph.microsoft.com",
            "https://:pw@",
            "u:pw@graph.microsoft.com",
        ] {
            let error = checked_service_root(bad).expect_err(bad);
            let shown = format!("{error} {error:?}");
            assert!(!shown.contains("pw"), "{shown}");
        }
    }

    /// The service root and token scope a builder ends with.
    fn built(builder: ClientBuilder) -> (String, String) {
        let client = builder.token("t").build().expect("client");
        let scope = client.inner.tokens.as_ref().expect("a credential").scope();
        (client.service_root().to_string(), scope.to_owned())
    }

    #[test]
    fn an_explicit_root_or_scope_outlives_the_cloud_in_either_order() {
        let root = "http://127.0.0.1:9";
        let both = built(Client::builder().service_root(root).cloud(Cloud::US_GOV_L4));
        assert_eq!(
            both,
            built(Client::builder().cloud(Cloud::US_GOV_L4).service_root(root))
        );
        assert_eq!(both.0, "http://127.0.0.1:9/");
        let scoped = built(
            Client::builder()
                .scope("s/.default")
                .cloud(Cloud::US_GOV_L4),
        );
        assert_eq!(
            scoped,
            built(
                Client::builder()
                    .cloud(Cloud::US_GOV_L4)
                    .scope("s/.default")
            )
        );
        assert_eq!(
            scoped,
            ("https://graph.microsoft.us/".into(), "s/.default".into())
        );
        let cloud_only = built(Client::builder().cloud(Cloud::US_GOV_L4));
        assert_eq!(cloud_only.1, "https://graph.microsoft.us/.default");
    }

    #[test]
    fn debug_shows_no_token() {
        let client = Client::builder()
            .token("secret-token-value")
            .build()
            .expect("client");
        let text = format!(
            "{client:?} {:?}",
            Client::builder().token("secret-token-value")
        );
        assert!(!text.contains("secret-token-value"), "{text}");
        assert!(text.contains("graph.microsoft.com"), "{text}");
    }
}
