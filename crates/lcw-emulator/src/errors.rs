//! Graph error answers: `{"error": {"code", "message", "innerError": {...}}}`.

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::clock;

/// Identifiers of one request, echoed in headers and in error bodies.
#[derive(Debug, Clone, Default)]
pub struct RequestIds {
    /// Server-chosen id (`request-id` header).
    pub request_id: String,
    /// The caller's `client-request-id`, if it sent one.
    pub client_request_id: Option<String>,
}

/// An error the emulator answers with, shaped like Graph's.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphError {
    /// HTTP status.
    pub status: StatusCode,
    /// Top-level `code`, e.g. `BadRequest`.
    pub code: String,
    /// Human-readable `message`.
    pub message: String,
    /// More specific code placed in `innerError.code`, when there is one.
    pub inner_code: Option<String>,
    /// Headers the answer carries besides the usual ones (`Allow`, `WWW-Authenticate`).
    pub headers: Vec<(header::HeaderName, String)>,
}

impl GraphError {
    /// An error with the given status, code and message.
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        Self {
            status,
            code: code.to_owned(),
            message: message.into(),
            inner_code: None,
            headers: Vec::new(),
        }
    }

    /// Adds a more specific inner code.
    pub fn with_inner_code(mut self, code: &str) -> Self {
        self.inner_code = Some(code.to_owned());
        self
    }

    /// Adds a header to the answer.
    pub fn with_header(mut self, name: header::HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// `400 BadRequest`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BadRequest", message)
    }

    /// `404` for an id or path that does not exist.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "ResourceNotFound", message)
    }

    /// The JSON body, with `innerError` carrying the request ids and the date.
    pub fn body(&self, ids: &RequestIds) -> Value {
        let mut inner = Map::new();
        if let Some(code) = &self.inner_code {
            inner.insert("code".into(), Value::String(code.clone()));
        }
        let now = clock::now() / clock::TICKS_PER_SECOND * clock::TICKS_PER_SECOND;
        inner.insert("date".into(), Value::String(clock::format_rfc3339(now)));
        inner.insert("request-id".into(), Value::String(ids.request_id.clone()));
        if let Some(client) = &ids.client_request_id {
            inner.insert("client-request-id".into(), Value::String(client.clone()));
        }
        json!({"error": {"code": self.code, "message": self.message, "innerError": inner}})
    }
}

/// The content type Graph sends with JSON answers.
pub const JSON_CONTENT_TYPE: &str = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_carries_ids_and_inner_code() {
        let ids = RequestIds {
            request_id: "r1".into(),
            client_request_id: Some("c1".into()),
        };
        let body = GraphError::bad_request("nope")
            .with_inner_code("InvalidFilter")
            .body(&ids);
        assert_eq!(body["error"]["code"], "BadRequest");
        assert_eq!(body["error"]["innerError"]["request-id"], "r1");
        assert_eq!(body["error"]["innerError"]["client-request-id"], "c1");
        assert_eq!(body["error"]["innerError"]["code"], "InvalidFilter");
        let date = body["error"]["innerError"]["date"]
            .as_str()
            .unwrap_or_default();
        assert!(clock::parse_rfc3339(date).is_some(), "{date}");
    }
}
