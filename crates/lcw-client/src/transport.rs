//! One call on the wire: the token (only for the service root's host), a fresh
//! `client-request-id` per attempt, retries within the policy's budget, and typed failures.

use std::time::{Instant, SystemTime};

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use tracing::Instrument;

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

/// Reads the body into one buffer sized by `Content-Length`, chunk by chunk: one copy of the
/// body in memory at a time, whatever the chunking.
async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    let announced = response.content_length().unwrap_or(0) as usize;
    if announced > limit {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::with_capacity(announced);
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
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
            let span = tracing::debug_span!(
                "graph.attempt",
                operation = call.operation,
                method = %call.method,
                path = call.url.path(),
                attempt,
            );
            let failure = match self.attempt(&call, attempt).instrument(span).await {
                Ok(answer) => return Ok(answer),
                Err(failure) => failure,
            };
            // A refused token is replaced once per call, right away.
            if let Some(tokens) = &self.inner.tokens
                && failure.error.status() == Some(StatusCode::UNAUTHORIZED)
                && !refreshed_token
            {
                tokens.forget().await;
                refreshed_token = true;
                if attempt < policy.max_attempts {
                    continue;
                }
            }
            let Verdict::Retry { after } = failure.verdict else {
                return Err(failure.error);
            };
            if policy.max_attempts == 1 {
                // Retries are off: the failure is the answer, not a budget that ran out.
                return Err(failure.error);
            }
            let wait = after.unwrap_or_else(|| policy.backoff(attempt));
            let elapsed = started.elapsed();
            if attempt >= policy.max_attempts || elapsed.saturating_add(wait) > policy.max_elapsed {
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

    async fn attempt(&self, call: &Call<'_>, attempt: u32) -> Result<Vec<u8>, Failure> {
        let final_error = |error| Failure {
            error,
            verdict: Verdict::Final,
        };
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let mut request = self
            .inner
            .http
            .request(call.method.clone(), call.url.clone())
            .headers(call.headers.clone())
            .header("client-request-id", &client_request_id);
        if self.inner.include_unknown_enum_members {
            request = request.header("Prefer", "include-unknown-enum-members");
        }
        if let Some(tokens) = &self.inner.tokens {
            let token = tokens.token().await.map_err(final_error)?;
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                    final_error(Error::InvalidRequest {
                        operation: call.operation,
                        message: "the token is not a valid header value".into(),
                    })
                })?;
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        if let Some(body) = call.body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_vec());
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
            self.transport_failure(call, e, true)
        })?;
        let status = response.status();
        let headers = response.headers().clone();
        let limit = self.inner.max_answer_bytes;
        let body = read_body(response, limit).await.map_err(|e| {
            observe(Some(status), Some(&headers));
            match e {
                BodyError::Transport(e) => self.transport_failure(call, e, false),
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
        let error = GraphError::from_answer(call.operation, status, &headers, &body, retry_after);
        Err(Failure {
            verdict: retry::verdict(status, retry_after, call.idempotent),
            error: Error::Graph(Box::new(error)),
        })
    }

    /// A transport failure is retried for idempotent calls; a call that is not idempotent is
    /// retried only when the connection was never made, so the service cannot have seen it.
    fn transport_failure(&self, call: &Call<'_>, error: reqwest::Error, sending: bool) -> Failure {
        let never_sent = sending && error.is_connect();
        let verdict = if call.idempotent || never_sent {
            Verdict::Retry { after: None }
        } else {
            Verdict::Final
        };
        let error = if error.is_timeout() {
            Error::Timeout {
                operation: call.operation,
            }
        } else {
            Error::Transport {
                operation: call.operation,
                source: error.without_url(),
            }
        };
        Failure { error, verdict }
    }

    /// The token goes to the service root's scheme, host and port, under its path, and nowhere
    /// else: a next link elsewhere is refused, not followed.
    pub(crate) fn check_destination(&self, url: &Url) -> Result<(), Error> {
        let root = &self.inner.service_root;
        let same_origin = url.scheme() == root.scheme()
            && url.host() == root.host()
            && url.port_or_known_default() == root.port_or_known_default();
        if !same_origin || !url.path().starts_with(root.path()) || !url.username().is_empty() {
            return Err(Error::UnsafeUrl {
                url: format!(
                    "{}://{}{}",
                    url.scheme(),
                    url.host_str().unwrap_or(""),
                    url.path()
                ),
                reason: "it is not under the configured service root",
            });
        }
        Ok(())
    }
}
