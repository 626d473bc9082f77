//! Answers one request: token, version, route, query options, then the store, on a blocking
//! thread so a long crawl or a big `$filter` never holds an async worker.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::{Body, Bytes};
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, Uri, header};

use super::AppState;
use super::faults::{corrupt, fault_error};
use crate::auth;
use crate::errors::{GraphError, JSON_CONTENT_TYPE, RequestIds};
use crate::faults::FaultAction;
use crate::odata::page::PageContext;
use crate::odata::query::{OptionSupport, QueryOptions};
use crate::routes::handlers::{self, Call};
use crate::routes::params;
use crate::routes::table::{self, ApiVersion, RouteMatch};
use crate::routes::versioned;
use crate::schemas;

/// What the accept loop decided for a request.
#[derive(Clone)]
pub(super) struct RequestContext {
    pub(super) request_id: String,
    pub(super) fault: Option<FaultAction>,
}

pub(super) async fn graph_handler(
    State(state): State<Arc<AppState>>,
    Extension(ctx): Extension<RequestContext>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let ids = RequestIds {
        request_id: ctx.request_id.clone(),
        client_request_id: headers
            .get("client-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    };
    let include_future = prefers_future_members(&headers);
    let count_path = table::is_count_path(uri.path());
    let result = match &ctx.fault {
        Some(FaultAction::Status {
            status,
            retry_after,
        }) => Err(fault_error(*status, *retry_after)),
        _ => {
            let work = move || handle(&state, &method, &uri, &headers, &body);
            tokio::task::spawn_blocking(work)
                .await
                .unwrap_or_else(|panic| {
                    tracing::error!(%panic, "request handler panicked");
                    Err(GraphError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "InternalServerError",
                        "The emulator failed on this request.",
                    ))
                })
        }
    };
    let mut extra_headers: Vec<(header::HeaderName, String)> = Vec::new();
    let (status, text) = match result {
        Ok(answer) => {
            // Only an answer that carries data applied the preference.
            if include_future {
                extra_headers.push((
                    header::HeaderName::from_static("preference-applied"),
                    PREFER_FUTURE_MEMBERS.to_owned(),
                ));
            }
            (answer.status, answer.body)
        }
        Err(error) => {
            let text = serde_json::to_string(&error.body(&ids)).unwrap_or_default();
            extra_headers.extend(error.headers);
            (error.status, text)
        }
    };
    // `.../$count` answers its number as plain text.
    let plain_text = status == StatusCode::OK && count_path;
    let mut response = match &ctx.fault {
        Some(fault) if !text.is_empty() => corrupt(fault, text),
        _ => Response::new(Body::from(text)),
    };
    *response.status_mut() = status;
    let h = response.headers_mut();
    if status != StatusCode::NO_CONTENT {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(if plain_text {
                "text/plain"
            } else {
                JSON_CONTENT_TYPE
            }),
        );
    }
    for (name, value) in extra_headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            h.insert(name, value);
        }
    }
    if let Ok(v) = HeaderValue::from_str(&ids.request_id) {
        h.insert("request-id", v);
    }
    if let Some(Ok(v)) = ids.client_request_id.as_deref().map(HeaderValue::from_str) {
        h.insert("client-request-id", v);
    }
    response
}

/// The answer to a request, computed synchronously: called on a blocking thread.
fn handle(
    state: &AppState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<handlers::Answer, GraphError> {
    let write = !matches!(*method, Method::GET | Method::HEAD);
    auth::check(&state.config.auth, headers, write)?;
    let raw_segments: Vec<&str> = uri.path().split('/').filter(|s| !s.is_empty()).collect();
    let Some((first, rest)) = raw_segments.split_first() else {
        return Err(GraphError::bad_request(
            "Invalid version: the path must start with /beta or /v1.0.",
        )
        .with_inner_code("InvalidVersion"));
    };
    let Some(version) = ApiVersion::from_segment(first) else {
        return Err(
            GraphError::bad_request(format!("Invalid version: '{first}'."))
                .with_inner_code("InvalidVersion"),
        );
    };
    let segments = rest
        .iter()
        .map(|s| percent_decode(s))
        .collect::<Result<Vec<String>, GraphError>>()?;
    let (route, steps, count) = match state.routes.find(version, method.as_str(), &segments) {
        RouteMatch::Found(route, steps) => (route, steps, false),
        RouteMatch::Count(route, steps) => (route, steps, true),
        RouteMatch::NotCountable => return Err(table::not_countable(&segments)),
        RouteMatch::MethodNotAllowed(allowed) => {
            return Err(GraphError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "Request_BadRequest",
                format!("The method {method} is not allowed on this resource."),
            )
            .with_header(header::ALLOW, allowed.join(", ")));
        }
        RouteMatch::NotFound => {
            let segment = segments.last().map_or("", String::as_str);
            return Err(GraphError::bad_request(format!(
                "Resource not found for the segment '{segment}'."
            ))
            .with_inner_code("ResourceNotFound"));
        }
    };
    let schema = route
        .op
        .returns
        .and_then(|name| schemas::schema_for(version, name));
    let support = OptionSupport {
        documented: route.op.query_options,
        is_collection: route.op.returns_collection,
        max_page_size: state.config.max_page_size,
        expandable: route.expandable(),
    };
    let options = QueryOptions::parse(uri.query(), support, schema.as_ref())?;
    // `.../$count` reads the count of a one-item page of the same query.
    let options = if count {
        versioned::counting(options)
    } else {
        options
    };
    let steps = table::bind_aliases(steps, uri.query())?;
    // An action's body is checked against the operation's request body table here, once,
    // before the store is locked; handlers only decode the values.
    let params = match route.action() {
        Some(action) => params::action_parameters(route.op, action, body)?,
        None => serde_json::Map::new(),
    };
    let include_future = prefers_future_members(headers);
    // Links come from the configured public URL, never from the request's `Host`: a client
    // follows a next link with its token.
    let base_url = state.public_url.as_str();
    let context_url = format!(
        "{base_url}/{}/$metadata#{}",
        version.as_str(),
        segments.join("/")
    );
    // The generation is read under the store lock, so a cached selection always belongs to
    // the data the request sees.
    let call = |generation: u64| Call {
        method,
        options: &options,
        page: PageContext {
            base_url,
            path: uri.path(),
            context_url: &context_url,
            default_page_size: state.config.default_page_size,
            include_future,
            cache: Some(&state.selections),
            generation,
        },
        body,
        params: &params,
        success_status: route.op.success_status,
        version,
        returns: route.op.returns,
        body_rules: route.op.body,
    };
    if write {
        let mut store = state
            .store
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let target = handlers::resolve(&store, &steps)?;
        let generation = state.generation.fetch_add(1, Ordering::AcqRel) + 1;
        handlers::write(&mut store, &target, &call(generation))
    } else {
        let store = state
            .store
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let target = handlers::resolve(&store, &steps)?;
        let answer = handlers::read(
            &store,
            &target,
            &call(state.generation.load(Ordering::Acquire)),
        );
        if count {
            answer.and_then(versioned::count_of_page)
        } else {
            answer
        }
    }
}

/// The `Prefer` value asking for enum members listed after `unknownFutureValue`.
const PREFER_FUTURE_MEMBERS: &str = "include-unknown-enum-members";

/// The request asks for members after the sentinel; the answer then says it applied that with
/// `Preference-Applied`.
fn prefers_future_members(headers: &HeaderMap) -> bool {
    let preferences = headers
        .get_all("prefer")
        .into_iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','));
    preferences
        .map(str::trim)
        .any(|p| p.eq_ignore_ascii_case(PREFER_FUTURE_MEMBERS))
}

/// Decodes one path segment with percent-encoding; a `%` not followed by two hex digits, or
/// bytes that are not UTF-8, are a `400` (percent-encoding itself would pass them through).
fn percent_decode(segment: &str) -> Result<String, GraphError> {
    let malformed = segment.match_indices('%').any(|(i, _)| {
        !segment
            .get(i + 1..i + 3)
            .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
    });
    if malformed {
        return Err(GraphError::bad_request(format!(
            "Malformed percent-encoding in path segment '{segment}'."
        ))
        .with_inner_code("InvalidPath"));
    }
    percent_encoding::percent_decode_str(segment)
        .decode_utf8()
        .map(std::borrow::Cow::into_owned)
        .map_err(|_| {
            GraphError::bad_request(format!("Path segment '{segment}' is not UTF-8."))
                .with_inner_code("InvalidPath")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_percent_decoded_strictly() {
        assert_eq!(percent_decode("a%20b%2Fc").ok().as_deref(), Some("a b/c"));
        assert_eq!(percent_decode("caf%C3%A9").ok().as_deref(), Some("café"));
        for bad in ["%", "%2", "%zz", "a%g0", "%FF"] {
            assert!(percent_decode(bad).is_err(), "{bad}");
        }
    }
}
