//! The answers the fault plan spoils: injected error statuses with `Retry-After`, and bodies
//! cut, broken or salted with undocumented values.

use std::io;

use axum::body::{Body, Bytes};
use axum::http::{Response, StatusCode, header};
use serde_json::Value;

use crate::clock;
use crate::errors::GraphError;
use crate::faults::{FaultAction, RetryAfter};
use crate::schemas;

/// The error a status fault answers with, and its `Retry-After` header when the rule has one.
pub(super) fn fault_error(status: u16, retry_after: Option<RetryAfter>) -> GraphError {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let (code, message) = match status.as_u16() {
        429 => (
            "TooManyRequests",
            "Too many requests; retry after the time given.",
        ),
        503 => (
            "ServiceUnavailable",
            "The service is temporarily unavailable.",
        ),
        504 => ("GatewayTimeout", "The gateway timed out."),
        _ => (
            "InjectedFault",
            "Fault injected by the emulator's fault plan.",
        ),
    };
    let error = GraphError::new(status, code, message);
    match retry_after {
        Some(retry) => error.with_header(header::RETRY_AFTER, retry_after_value(retry)),
        None => error,
    }
}

/// The `Retry-After` value: seconds, or an HTTP date that far ahead (saturating at the last
/// date the format can write).
fn retry_after_value(retry: RetryAfter) -> String {
    match retry {
        RetryAfter::Seconds(s) => s.to_string(),
        RetryAfter::HttpDate(s) => clock::http_date_after(s),
    }
}

/// Applies a body fault to an answer text.
pub(super) fn corrupt(fault: &FaultAction, text: String) -> Response<Body> {
    match fault {
        FaultAction::Truncate => {
            let full_len = text.len();
            let half = Bytes::from(text).slice(..full_len / 2);
            use futures_util::StreamExt as _;
            // The pause lets hyper flush the headers and the first half before the error
            // aborts the connection; without it both may be dropped together.
            let first = futures_util::stream::once(async move { Ok::<Bytes, io::Error>(half) });
            let cut = futures_util::stream::once(async {
                tokio::time::sleep(std::time::Duration::from_millis(30)).await;
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "body cut by the fault plan",
                ))
            });
            let mut response = Response::new(Body::from_stream(first.chain(cut)));
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, full_len.into());
            response
        }
        FaultAction::MalformedJson => {
            let cut = text
                .len()
                .saturating_sub(text.len() / 3)
                .max(1)
                .min(text.len());
            let mut broken = text.get(..cut).unwrap_or("{").to_owned();
            broken.push_str(",\"value\":[}");
            Response::new(Body::from(broken))
        }
        FaultAction::UnknownEnumValue | FaultAction::UnknownProperty => {
            let Ok(mut value) = serde_json::from_str::<Value>(&text) else {
                return Response::new(Body::from(text));
            };
            inject_undocumented(&mut value, fault);
            Response::new(Body::from(serde_json::to_string(&value).unwrap_or(text)))
        }
        _ => Response::new(Body::from(text)),
    }
}

/// A member no document lists, and a property no document lists.
pub const UNDOCUMENTED_MEMBER: &str = "emulatorUndocumentedMember";
/// See [`UNDOCUMENTED_MEMBER`].
pub const UNDOCUMENTED_PROPERTY: &str = "emulatorUndocumentedProperty";

fn inject_undocumented(value: &mut Value, fault: &FaultAction) {
    match value {
        Value::Object(map) => {
            if matches!(fault, FaultAction::UnknownProperty) && !map.contains_key("error") {
                map.insert(
                    UNDOCUMENTED_PROPERTY.into(),
                    serde_json::json!({"nested": [1, 2], "note": "not in the docs"}),
                );
            }
            for (key, inner) in map.iter_mut() {
                if matches!(fault, FaultAction::UnknownEnumValue)
                    && inner.is_string()
                    && schemas::is_enum_property(key)
                {
                    *inner = Value::String(UNDOCUMENTED_MEMBER.into());
                } else if key != UNDOCUMENTED_PROPERTY {
                    inject_undocumented(inner, fault);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| inject_undocumented(v, fault)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_never_overflows() {
        assert_eq!(
            retry_after_value(RetryAfter::Seconds(u64::MAX)),
            u64::MAX.to_string()
        );
        assert_eq!(
            retry_after_value(RetryAfter::HttpDate(u64::MAX)),
            "Fri, 31 Dec 9999 23:59:59 GMT"
        );
        let error = fault_error(429, Some(RetryAfter::HttpDate(u64::MAX / 2)));
        assert_eq!(error.headers.len(), 1);
    }
}
