//! What can go wrong with a call, as values a caller can match on.

use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

/// The result of a call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Graph answered with an error status.
    #[error(transparent)]
    Graph(Box<GraphError>),
    /// The request never got a complete answer: connection refused or dropped, TLS, a body cut
    /// short.
    #[error("{operation}: transport error: {source}{}", sent_id(.client_request_id.as_deref()))]
    Transport {
        /// The operation id (`workflow-list-runs`), or `build-client` when the HTTP client
        /// could not be built.
        operation: &'static str,
        /// The `client-request-id` the attempt sent; `None` when nothing was sent.
        client_request_id: Option<String>,
        /// What reqwest reported.
        #[source]
        source: reqwest::Error,
    },
    /// No answer within the request timeout.
    #[error(
        "{operation}: no answer within the request timeout (client-request-id {client_request_id})"
    )]
    Timeout {
        /// The operation id.
        operation: &'static str,
        /// The `client-request-id` the attempt sent.
        client_request_id: String,
    },
    /// Retries stopped before a success: the attempt or time budget ran out. `last` is the
    /// failure of the final attempt.
    #[error("{operation}: gave up after {attempts} attempts in {elapsed:?}: {last}")]
    RetriesExhausted {
        /// The operation id.
        operation: &'static str,
        /// Attempts made.
        attempts: u32,
        /// Time spent, waits included.
        elapsed: Duration,
        /// The final attempt's failure.
        last: Box<Error>,
    },
    /// The answer's body is not what the docs describe.
    #[error("{operation}: cannot decode the answer at `{path}`: {message}")]
    Decode {
        /// The operation id.
        operation: &'static str,
        /// JSON path of the offending value (`value[3].status`); `.` for the document.
        path: String,
        /// What serde reported.
        message: String,
    },
    /// A next link, redirect or base URL that would send the token to another host, or over
    /// plain http to a host that is not loopback.
    #[error("refused to send the token to {url}: {reason}")]
    UnsafeUrl {
        /// The URL, without its query.
        url: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A list's next link names a page this walk already fetched: following it would never
    /// end.
    #[error("{operation}: after {pages} pages, the service sent a next link already followed")]
    NextLinkLoop {
        /// The operation id.
        operation: &'static str,
        /// Pages fetched before the repeated link.
        pages: usize,
    },
    /// The answer's body is larger than the client reads (a hostile or broken server).
    #[error("{operation}: the answer is larger than {limit} bytes")]
    AnswerTooLarge {
        /// The operation id.
        operation: &'static str,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The client was not built for the named cloud: it lacks the lifecycle workflows API, or
    /// its Graph host is unknown.
    #[error(transparent)]
    Cloud(#[from] crate::cloud::CloudError),
    /// The credential could not produce a token.
    #[error("cannot get a token: {0}")]
    Credential(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The request could not be built: a body that does not serialize, a header that is not
    /// valid.
    #[error("{operation}: invalid request: {message}")]
    InvalidRequest {
        /// The operation id.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// The Graph error, when Graph answered with one (also inside [`Error::RetriesExhausted`]).
    pub fn graph(&self) -> Option<&GraphError> {
        match self {
            Error::Graph(error) => Some(error),
            Error::RetriesExhausted { last, .. } => last.graph(),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        self.graph().map(|e| e.status)
    }
}

/// ` (client-request-id …)` when a request was sent.
fn sent_id(id: Option<&str>) -> String {
    id.map(|id| format!(" (client-request-id {id})"))
        .unwrap_or_default()
}

/// An error answer from Graph: `{"error": {"code", "message", "innerError": {...}}}` and the
/// headers that identify the request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{status} {code}{inner}: {message} (request-id {request_id}, client-request-id {client_request_id})",
    inner = self.inner_codes.last().map(|c| format!(" / {c}")).unwrap_or_default(),
    request_id = self.request_id.as_deref().unwrap_or("-"),
    client_request_id = self.client_request_id.as_deref().unwrap_or("-"))]
#[non_exhaustive]
pub struct GraphError {
    /// The operation id (`workflow-list-runs`); pages of a list carry the list's.
    pub operation: &'static str,
    /// HTTP status.
    pub status: StatusCode,
    /// `error.code`; the status's reason phrase when the body has none.
    pub code: String,
    /// `error.message`, empty when the body has none. Shown, never matched on.
    pub message: String,
    /// Codes of the nested `innerError` objects, outermost first: the last is the most
    /// specific.
    pub inner_codes: Vec<String>,
    /// `request-id` (header, else the inner error's).
    pub request_id: Option<String>,
    /// `client-request-id` of this attempt: the header echo, else the inner error's, else the
    /// one the attempt sent.
    pub client_request_id: Option<String>,
    /// `innerError.date`, as sent.
    pub date: Option<String>,
    /// The `Retry-After` the answer carried, read as a wait.
    pub retry_after: Option<Duration>,
    /// `x-ms-ags-diagnostic`, as sent.
    pub diagnostic: Option<String>,
}

impl GraphError {
    /// The most specific code: the innermost inner code, else `code`.
    pub fn most_specific_code(&self) -> &str {
        self.inner_codes.last().unwrap_or(&self.code)
    }

    /// Reads an error answer. A body that is not Graph's error shape still gives an error with
    /// the status; nothing here fails.
    pub(crate) fn from_answer(
        operation: &'static str,
        status: StatusCode,
        headers: &reqwest::header::HeaderMap,
        body: &[u8],
        retry_after: Option<Duration>,
        sent_client_request_id: &str,
    ) -> Self {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let envelope: Option<Envelope> = serde_json::from_slice(body).ok();
        let body = envelope.map(|e| e.error).unwrap_or_default();
        let mut inner_codes = Vec::new();
        let mut inner = body.inner_error.as_deref();
        let (mut inner_request_id, mut inner_client_id, mut date) = (None, None, None);
        // The chain is bounded by the body's size; each level is one object.
        while let Some(level) = inner {
            if let Some(code) = &level.code {
                inner_codes.push(code.clone());
            }
            inner_request_id = inner_request_id.or_else(|| level.request_id.clone());
            inner_client_id = inner_client_id.or_else(|| level.client_request_id.clone());
            date = date.or_else(|| level.date.clone());
            inner = level.inner_error.as_deref();
        }
        GraphError {
            operation,
            status,
            code: body
                .code
                .unwrap_or_else(|| status.canonical_reason().unwrap_or("Unknown").to_owned()),
            message: body.message.unwrap_or_default(),
            inner_codes,
            request_id: header("request-id").or(inner_request_id),
            client_request_id: header("client-request-id")
                .or(inner_client_id)
                .or_else(|| Some(sent_client_request_id.to_owned())),
            date,
            retry_after,
            diagnostic: header("x-ms-ags-diagnostic"),
        }
    }
}

#[derive(Deserialize)]
struct Envelope {
    error: ErrorBody,
}

/// One level of `error` or `innerError`; Graph spells the nested key both `innerError` and
/// `innererror`.
#[derive(Deserialize, Default)]
struct ErrorBody {
    code: Option<String>,
    message: Option<String>,
    #[serde(rename = "innerError", alias = "innererror")]
    inner_error: Option<Box<ErrorBody>>,
    #[serde(rename = "request-id")]
    request_id: Option<String>,
    #[serde(rename = "client-request-id")]
    client_request_id: Option<String>,
    date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_threads_and_chain() {
        fn is_shareable_error<T: std::error::Error + Send + Sync + 'static>() {}
        is_shareable_error::<Error>();
        is_shareable_error::<GraphError>();
    }

    #[test]
    fn graph_errors_keep_the_inner_code_chain_in_either_spelling() {
        let body = br#"{"error":{"code":"BadRequest","message":"no","innerError":{
            "code":"InvalidFilter","request-id":"r-1","date":"2026-01-01T00:00:00",
            "innererror":{"code":"UnsupportedProperty"}}}}"#;
        let error = GraphError::from_answer(
            "op",
            StatusCode::BAD_REQUEST,
            &reqwest::header::HeaderMap::new(),
            body,
            None,
            "sent-id",
        );
        assert_eq!(error.inner_codes, ["InvalidFilter", "UnsupportedProperty"]);
        assert_eq!(error.most_specific_code(), "UnsupportedProperty");
        assert_eq!(error.request_id.as_deref(), Some("r-1"));
        assert_eq!(error.date.as_deref(), Some("2026-01-01T00:00:00"));
        let shown = error.to_string();
        assert!(
            shown.contains("BadRequest") && shown.contains("UnsupportedProperty"),
            "{shown}"
        );
    }

    #[test]
    fn the_client_request_id_sent_is_kept_when_the_answer_does_not_echo_it() {
        let read = |headers: &reqwest::header::HeaderMap| {
            GraphError::from_answer("op", StatusCode::NOT_FOUND, headers, b"", None, "sent-id")
                .client_request_id
        };
        assert_eq!(read(&Default::default()).as_deref(), Some("sent-id"));
        let mut echoed = reqwest::header::HeaderMap::new();
        echoed.insert("client-request-id", "echoed-id".parse().expect("value"));
        assert_eq!(read(&echoed).as_deref(), Some("echoed-id"));
    }

    #[test]
    fn timeouts_and_transport_errors_show_the_client_request_id() {
        let timeout = Error::Timeout {
            operation: "op",
            client_request_id: "sent-id".into(),
        };
        assert_eq!(
            timeout.to_string(),
            "op: no answer within the request timeout (client-request-id sent-id)"
        );
    }

    #[test]
    fn a_body_that_is_not_graphs_error_still_gives_the_status() {
        for body in [
            &b""[..],
            b"<html>",
            br#"{"error":"flat"}"#,
            br#"{"error":{"code":7}}"#,
        ] {
            let error = GraphError::from_answer(
                "op",
                StatusCode::BAD_GATEWAY,
                &reqwest::header::HeaderMap::new(),
                body,
                None,
                "sent-id",
            );
            assert_eq!(
                (error.status, error.code.as_str()),
                (StatusCode::BAD_GATEWAY, "Bad Gateway")
            );
        }
    }
}
