//! One call on the wire: the token (only for the service root's host), a fresh
//! `client-request-id` per attempt, retries within the policy's budget, and typed failures.

use std::time::{Instant, SystemTime};

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use tracing::Instrument;

use crate::auth::Secret;
use crate::client::Client;
use crate::error::{Error, GraphError};
use crate::retry::{self, Verdict};

/// One attempt of a call as it went on the wire, shown to the client's observer
/// ([`ClientBuilder::observer`](crate::ClientBuilder::observer)), e.g. for a `--verbose` log.
/// It carries no header but the request ids: never the token.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Exchange<'a> {
    /// The operation id.
    pub operation: &'static str,
    /// The method.
    pub method: &'a Method,
    /// The URL, query included.
    pub url: &'a Url,
    /// 1 for the first attempt of a call, 2 for its first retry...
    pub attempt: u32,
    /// The answer's status; `None` when no answer came (a transport failure or timeout).
    pub status: Option<StatusCode>,
    /// From sending the request to the end of the answer's body.
    pub elapsed: std::time::Duration,
    /// The answer's `request-id` header.
    pub request_id: Option<&'a str>,
    /// The `client-request-id` sent (fresh per attempt).
    pub client_request_id: &'a str,
}

/// What the client calls after each attempt.
pub(crate) type Observer = std::sync::Arc<dyn Fn(&Exchange<'_>) + Send + Sync>;

/// One request to make, possibly several times.
pub(crate) struct Call<'a> {
    /// Operation id for errors and traces.
    pub(crate) operation: &'static str,
    pub(crate) method: Method,
    pub(crate) url: Url,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: Option<&'a [u8]>,
    /// Whether sending it twice does no harm (every method but POST).
    pub(crate) idempotent: bool,
}

enum BodyError {
    /// Cut short after the status line: the request may have been processed.
    Transport(reqwest::Error),
    TooLarge,
}

/// The most reserved before any byte arrives: `Content-Length` is a claim, not bytes.
const UP_FRONT: usize = 1 << 20;

/// Reads the body into one buffer sized by `Content-Length` (up to [`UP_FRONT`]), chunk by
/// chunk: one copy of the body in memory at a time, whatever the chunking.
async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    let capacity = initial_capacity(response.content_length(), limit)?;
    let mut body = Vec::with_capacity(capacity);
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The buffer to reserve for an answer announcing `announced` bytes; more than `limit` is
/// refused before reading.
fn initial_capacity(announced: Option<u64>, limit: usize) -> Result<usize, BodyError> {
    let announced = usize::try_from(announced.unwrap_or(0)).unwrap_or(usize::MAX);
    if announced > limit {
        return Err(BodyError::TooLarge);
    }
    Ok(announced.min(UP_FRONT))
}

/// Why one attempt failed, and whether the policy may try again.
struct Failure {
    error: Error,
    verdict: Verdict,
}

impl Client {
    /// Makes `call`, retrying as the policy allows; the body of the successful answer.
    pub(crate) async fn execute(&self, call: Call<'_>) -> Result<Vec<u8>, Error> {
        self.check_destination(&call.url)?;
        let policy = self.inner.retry;
        let started = Instant::now();
        let mut refreshed_token = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let token = match &self.inner.tokens {
                Some(tokens) => Some(tokens.token().await?),
                None => None,
            };
            let span = tracing::debug_span!(
                "graph.attempt",
                operation = call.operation,
                method = %call.method,
                path = call.url.path(),
                attempt,
            );
            let attempted = self.attempt(&call, attempt, token.as_ref());
            let failure = match attempted.instrument(span).await {
                Ok(answer) => return Ok(answer),
                Err(failure) => failure,
            };
            // A refused token is replaced once per call, right away; the call is sent again
            // only with a different token (a fixed one would be refused again).
            if let (Some(tokens), Some(rejected)) = (&self.inner.tokens, &token)
                && failure.error.status() == Some(StatusCode::UNAUTHORIZED)
                && !refreshed_token
            {
                refreshed_token = true;
                if tokens.replace(rejected).await? && attempt < policy.max_attempts() {
                    continue;
                }
            }
            let Verdict::Retry { after } = failure.verdict else {
                return Err(failure.error);
            };
            if policy.max_attempts() == 1 {
                // Retries are off: the failure is the answer, not a budget that ran out.
                return Err(failure.error);
            }
            let wait = after.unwrap_or_else(|| policy.backoff(attempt));
            let elapsed = started.elapsed();
            if attempt >= policy.max_attempts()
                || elapsed.saturating_add(wait) > policy.max_elapsed()
            {
                return Err(Error::RetriesExhausted {
                    operation: call.operation,
                    attempts: attempt,
                    elapsed,
                    last: Box::new(failure.error),
                });
            }
            tracing::info!(
                operation = call.operation,
                attempt,
                wait_ms = wait.as_millis() as u64,
                error = %failure.error,
                "retrying"
            );
            tokio::time::sleep(wait).await;
        }
    }

    async fn attempt(
        &self,
        call: &Call<'_>,
        attempt: u32,
        token: Option<&Secret>,
    ) -> Result<Vec<u8>, Failure> {
        let final_error = |error| Failure {
            error,
            verdict: Verdict::Final,
        };
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let headers = self
            .headers(call, &client_request_id, token)
            .map_err(final_error)?;
        let mut request = self
            .inner
            .http
            .request(call.method.clone(), call.url.clone())
            .headers(headers);
        if let Some(body) = call.body {
            request = request.body(body.to_vec());
        }
        let started = Instant::now();
        let observe = |status: Option<StatusCode>, headers: Option<&HeaderMap>| {
            if let Some(observer) = &self.inner.observer {
                observer(&Exchange {
                    operation: call.operation,
                    method: &call.method,
                    url: &call.url,
                    attempt,
                    status,
                    elapsed: started.elapsed(),
                    request_id: headers
                        .and_then(|h| h.get("request-id"))
                        .and_then(|v| v.to_str().ok()),
                    client_request_id: &client_request_id,
                });
            }
        };
        let response = request.send().await.map_err(|e| {
            observe(None, None);
            self.transport_failure(call, e, true, &client_request_id)
        })?;
        let status = response.status();
        let headers = response.headers().clone();
        let limit = self.inner.max_answer_bytes;
        let body = read_body(response, limit).await.map_err(|e| {
            observe(Some(status), Some(&headers));
            match e {
                BodyError::Transport(e) => {
                    self.transport_failure(call, e, false, &client_request_id)
                }
                BodyError::TooLarge => final_error(Error::AnswerTooLarge {
                    operation: call.operation,
                    limit,
                }),
            }
        })?;
        observe(Some(status), Some(&headers));
        tracing::debug!(
            status = status.as_u16(),
            request_id = headers.get("request-id").and_then(|v| v.to_str().ok()),
            latency_ms = started.elapsed().as_millis() as u64,
            "answer"
        );
        if status.is_success() {
            return Ok(body);
        }
        let retry_after = retry::retry_after(&headers, SystemTime::now());
        let error = GraphError::from_answer(
            call.operation,
            status,
            &headers,
            &body,
            retry_after,
            &client_request_id,
        );
        Err(Failure {
            verdict: retry::verdict(status, retry_after, call.idempotent),
            error: Error::Graph(Box::new(error)),
        })
    }

    /// The caller's headers, then the client's own, which replace a caller's header of the same
    /// name so each goes once; `Prefer` is added beside the caller's. `Host` is the URL's.
    fn headers(
        &self,
        call: &Call<'_>,
        client_request_id: &str,
        token: Option<&Secret>,
    ) -> Result<HeaderMap, Error> {
        let invalid = |what: &str| Error::InvalidRequest {
            operation: call.operation,
            message: format!("the {what} is not a valid header value"),
        };
        let mut headers = call.headers.clone();
        headers.remove(HOST);
        let id = HeaderValue::from_str(client_request_id).map_err(|_| invalid("request id"))?;
        headers.insert("client-request-id", id);
        if self.inner.include_unknown_enum_members {
            let prefer = HeaderValue::from_static("include-unknown-enum-members");
            headers.append("prefer", prefer);
        }
        if let Some(token) = token {
            let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                .map_err(|_| invalid("token"))?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
        }
        if call.body.is_some() {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        Ok(headers)
    }

    /// A transport failure is retried for idempotent calls; a call that is not idempotent is
    /// retried only when the connection was never made, so the service cannot have seen it.
    fn transport_failure(
        &self,
        call: &Call<'_>,
        error: reqwest::Error,
        sending: bool,
        client_request_id: &str,
    ) -> Failure {
        let never_sent = sending && error.is_connect();
        let verdict = if call.idempotent || never_sent {
            Verdict::Retry { after: None }
        } else {
            Verdict::Final
        };
        let error = if error.is_timeout() {
            Error::Timeout {
                operation: call.operation,
                client_request_id: client_request_id.to_owned(),
            }
        } else {
            Error::Transport {
                operation: call.operation,
                client_request_id: Some(client_request_id.to_owned()),
                source: error.without_url(),
            }
        };
        Failure { error, verdict }
    }

    /// The token goes to the service root's scheme, host and port, under its path, and nowhere
    /// else: a next link elsewhere is refused, not followed. User info (a name or only a
    /// password) is refused too: reqwest would send it as Basic auth beside the token.
    pub(crate) fn check_destination(&self, url: &Url) -> Result<(), Error> {
        let root = &self.inner.service_root;
        let same_origin = url.scheme() == root.scheme()
            && url.host() == root.host()
            && url.port_or_known_default() == root.port_or_known_default();
        let reason = if !same_origin || !url.path().starts_with(root.path()) {
            "it is not under the configured service root"
        } else if has_user_info(url) {
            "it carries user info"
        } else {
            return Ok(());
        };
        Err(Error::UnsafeUrl {
            url: shown_url(url),
            reason,
        })
    }
}

/// A user name or a password (`https://:pw@host` has only the latter).
pub(crate) fn has_user_info(url: &Url) -> bool {
    !url.username().is_empty() || url.password().is_some()
}

/// `url` as an error shows it: scheme, host and path; never user info or query.
pub(crate) fn shown_url(url: &Url) -> String {
    if url.cannot_be_a_base() {
        return format!("{}:…", url.scheme());
    }
    format!(
        "{}://{}{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        url.path()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_length_reserves_at_most_a_mebibyte_up_front() {
        let limit = 64 << 20;
        let reserved = |announced| initial_capacity(announced, limit).ok();
        assert_eq!(reserved(Some(10)), Some(10));
        assert_eq!(reserved(None), Some(0));
        assert_eq!(reserved(Some(64 << 20)), Some(UP_FRONT));
        assert_eq!(reserved(Some((64 << 20) + 1)), None);
        assert_eq!(reserved(Some(u64::MAX)), None);
    }
}
