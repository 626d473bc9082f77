//! Bearer tokens: where they come from, how long they are kept, and that they never show.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;

use crate::error::Error;

/// A bearer token. It has no `Display`, and `Debug` never shows it: only
/// [`expose`](Self::expose) gives it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Wraps a token.
    pub fn new(token: impl Into<Arc<str>>) -> Self {
        Secret(token.into())
    }

    /// The token itself, for the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A token and when it stops working.
#[derive(Debug, Clone)]
pub struct AccessToken {
    /// The bearer token.
    pub token: Secret,
    /// When it expires; `None` for a token of unknown lifetime (kept until the service refuses
    /// it).
    pub expires_on: Option<jiff::Timestamp>,
}

/// The future a [`Credential`] returns.
pub type TokenFuture<'a> = Pin<
    Box<
        dyn Future<Output = Result<AccessToken, Box<dyn std::error::Error + Send + Sync>>>
            + Send
            + 'a,
    >,
>;

/// Anything that hands out tokens for Graph: a static token, or (feature `azure-identity`)
/// any `azure_identity` credential.
pub trait Credential: Send + Sync {
    /// A token valid for `scope` (`https://graph.microsoft.com/.default`).
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a>;
}

/// One fixed token, e.g. from `az account get-access-token` or the emulator's.
#[derive(Debug, Clone)]
pub struct StaticToken(Secret);

impl StaticToken {
    /// Wraps `token`.
    pub fn new(token: impl Into<Arc<str>>) -> Self {
        StaticToken(Secret::new(token))
    }
}

impl Credential for StaticToken {
    fn token<'a>(&'a self, _scope: &'a str) -> TokenFuture<'a> {
        let token = AccessToken {
            token: self.0.clone(),
            expires_on: None,
        };
        Box::pin(async move { Ok(token) })
    }
}

/// How long before its expiry a token is replaced, so a request never leaves with a token
/// that lapses on the way.
const REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// Keeps the current token and asks the credential for a new one shortly before it expires.
/// One caller refreshes at a time; the others wait for its token, at most `timeout`.
pub(crate) struct TokenCache {
    credential: Arc<dyn Credential>,
    scope: String,
    /// Longest wait for the credential: the lock is held meanwhile, so a hung credential
    /// would otherwise stall every call.
    timeout: Duration,
    current: Mutex<Option<AccessToken>>,
}

impl TokenCache {
    pub(crate) fn new(credential: Arc<dyn Credential>, scope: String, timeout: Duration) -> Self {
        TokenCache {
            credential,
            scope,
            timeout,
            current: Mutex::new(None),
        }
    }

    #[cfg(test)]
    pub(crate) fn scope(&self) -> &str {
        &self.scope
    }

    /// A token that is good for at least [`REFRESH_MARGIN`].
    pub(crate) async fn token(&self) -> Result<Secret, Error> {
        let mut current = self.current.lock().await;
        if let Some(token) = current
            .as_ref()
            .filter(|t| is_fresh(t, jiff::Timestamp::now()))
        {
            return Ok(token.token.clone());
        }
        self.fetch(&mut current).await
    }

    /// Replaces `rejected` after the service refused it; whether the token now differs (a
    /// credential that hands out the same token again makes sending it again pointless).
    pub(crate) async fn replace(&self, rejected: &Secret) -> Result<bool, Error> {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| t.token != *rejected) {
            // Another call replaced it meanwhile.
            return Ok(true);
        }
        Ok(self.fetch(&mut current).await? != *rejected)
    }

    /// Asks the credential, within the timeout, and keeps its token in `current`.
    async fn fetch(&self, current: &mut Option<AccessToken>) -> Result<Secret, Error> {
        let token = tokio::time::timeout(self.timeout, self.credential.token(&self.scope))
            .await
            .map_err(|_| Error::Credential(format!("no token within {:?}", self.timeout).into()))?
            .map_err(Error::Credential)?;
        let secret = token.token.clone();
        *current = Some(token);
        Ok(secret)
    }
}

fn is_fresh(token: &AccessToken, now: jiff::Timestamp) -> bool {
    token.expires_on.is_none_or(|expires| {
        let margin = jiff::SignedDuration::try_from(REFRESH_MARGIN).unwrap_or_default();
        now.saturating_add(margin).is_ok_and(|t| t < expires)
    })
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache")
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let token = StaticToken::new("eyJ-very-secret");
        let text = format!("{token:?} {:?}", Secret::new("eyJ-very-secret"));
        assert!(!text.contains("eyJ"), "{text}");
    }

    #[test]
    fn a_token_close_to_expiry_is_not_fresh() {
        let now = jiff::Timestamp::from_second(1_000_000).expect("in range");
        let at = |secs: i64| AccessToken {
            token: Secret::new("t"),
            expires_on: Some(jiff::Timestamp::from_second(1_000_000 + secs).expect("in range")),
        };
        assert!(is_fresh(&at(3600), now));
        assert!(!is_fresh(&at(60), now));
        assert!(!is_fresh(&at(-1), now));
        let forever = AccessToken {
            token: Secret::new("t"),
            expires_on: None,
        };
        assert!(is_fresh(&forever, now));
    }
}
