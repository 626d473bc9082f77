//! The HTTP side: accept loop, fault plan, auth, request ids, and the Graph handler.

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode, Uri, header};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tower::ServiceExt;

use crate::auth;
use crate::clock;
use crate::data::store::Store;
use crate::errors::{GraphError, JSON_CONTENT_TYPE, RequestIds};
use crate::faults::{FaultAction, FaultPlan, RetryAfter};
use crate::odata::page::{PageContext, SelectionCache};
use crate::odata::query::{OptionSupport, QueryOptions};
use crate::rng::SeededRng;
use crate::routes::handlers::{self, Call};
use crate::routes::table::{self, ApiVersion, RouteMatch, RouteTable};
use crate::routes::versioned;
use crate::{EmulatorConfig, schemas};

struct AppState {
    store: RwLock<Store>,
    routes: RouteTable,
    config: EmulatorConfig,
    faults: FaultPlan,
    base_url: String,
    requests: AtomicU64,
    selections: SelectionCache,
    /// Bumped by every write, so cached selections never outlive the data they came from.
    generation: AtomicU64,
}

#[derive(Clone)]
struct RequestContext {
    number: u64,
    fault: Option<FaultAction>,
}

/// A running emulator.
pub struct RunningEmulator {
    base_url: String,
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningEmulator {
    /// `http://127.0.0.1:<port>` (loopback also when bound to `0.0.0.0`); append `/beta/...`
    /// or `/v1.0/...`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, lets requests in flight finish (up to five seconds), and returns.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }

    /// Waits until the server stops (for the binary: after Ctrl-C).
    pub async fn wait(mut self) {
        let _ = (&mut self.task).await;
    }
}

/// Binds and starts serving in the current tokio runtime.
pub async fn start(
    config: EmulatorConfig,
    future: Box<dyn crate::data::enums::FutureMembers>,
) -> io::Result<RunningEmulator> {
    if !config.host.is_loopback() && !config.allow_remote {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!(
                "{} is not a loopback address: the emulator speaks plain http, so serving elsewhere needs allow_remote (--allow-remote)",
                config.host
            ),
        ));
    }
    let listener = TcpListener::bind((config.host, config.port)).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{}", reachable(addr));
    let faults = FaultPlan::new(config.faults.clone(), config.seed);
    let state = Arc::new(AppState {
        store: RwLock::new(Store::new(config.seed, config.sizes, future)),
        routes: crate::routes::documented_routes(),
        config,
        faults,
        base_url: base_url.clone(),
        requests: AtomicU64::new(0),
        selections: SelectionCache::default(),
        generation: AtomicU64::new(0),
    });
    let router = Router::new()
        .fallback(graph_handler)
        .with_state(state.clone());
    let (tx, rx) = oneshot::channel();
    let task = tokio::spawn(accept_loop(listener, state, router, rx));
    Ok(RunningEmulator {
        base_url,
        addr,
        shutdown: Some(tx),
        task,
    })
}

/// The bound address as a client on this machine reaches it: an unspecified address
/// (`0.0.0.0`, `::`) is not one to connect to, so it is shown as loopback.
fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, addr.port()))
        }
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

/// `http://` and the request's `Host` when it is a well-formed `host[:port]` (no user info,
/// nothing else), so absolute links point where the caller connected; else `fallback`.
fn request_base_url(headers: &HeaderMap, fallback: &str) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .and_then(|text| {
            let authority = text.parse::<axum::http::uri::Authority>().ok()?;
            let after_host = text.get(authority.host().len()..).unwrap_or("x");
            let port_ok = after_host.is_empty()
                || after_host
                    .strip_prefix(':')
                    .is_some_and(|p| p.parse::<u16>().is_ok());
            let clean = port_ok
                && !authority.host().is_empty()
                && !authority.as_str().contains('@')
                && authority.as_str() == text;
            clean.then(|| authority.as_str().to_owned())
        });
    host.map_or_else(|| fallback.to_owned(), |h| format!("http://{h}"))
}

/// Pause after a failed `accept` before the next one.
const ACCEPT_BACKOFF: std::time::Duration = std::time::Duration::from_millis(50);

async fn accept_loop(
    listener: TcpListener,
    state: Arc<AppState>,
    router: Router,
    mut shutdown: oneshot::Receiver<()>,
) {
    let graceful = GracefulShutdown::new();
    let builder = hyper::server::conn::http1::Builder::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Usually out of file descriptors: retrying at once would spin a core
                    // until some connection closes.
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let state = state.clone();
                let router = router.clone();
                let service = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                    serve_one(state.clone(), router.clone(), req)
                });
                let connection = builder.serve_connection(TokioIo::new(stream), service);
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            _ = &mut shutdown => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), graceful.shutdown()).await;
}

async fn serve_one(
    state: Arc<AppState>,
    router: Router,
    mut req: Request<hyper::body::Incoming>,
) -> Result<Response<Body>, io::Error> {
    let number = state.requests.fetch_add(1, Ordering::Relaxed);
    let fault = state.faults.decide(req.method().as_str(), req.uri().path());
    match &fault {
        Some(FaultAction::Drop) => {
            return Err(io::Error::new(
                io::ErrorKind::ConnectionAborted,
                "dropped by the fault plan",
            ));
        }
        Some(FaultAction::Slow(delay)) => tokio::time::sleep(*delay).await,
        _ => {}
    }
    req.extensions_mut()
        .insert(RequestContext { number, fault });
    match router.oneshot(req).await {
        Ok(response) => Ok(response),
        Err(never) => match never {},
    }
}

async fn graph_handler(
    State(state): State<Arc<AppState>>,
    Extension(ctx): Extension<RequestContext>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let ids = RequestIds {
        request_id: SeededRng::fork(state.config.seed, &[0x1D, ctx.number]).guid(),
        client_request_id: headers
            .get("client-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    };
    let mut extra_headers: Vec<(header::HeaderName, String)> = Vec::new();
    let result = match &ctx.fault {
        Some(FaultAction::Status {
            status,
            retry_after,
        }) => {
            if let Some(retry) = retry_after {
                let value = match retry {
                    RetryAfter::Seconds(s) => s.to_string(),
                    RetryAfter::HttpDate(s) => {
                        clock::format_http_date(clock::now() + *s as i64 * clock::TICKS_PER_SECOND)
                    }
                };
                extra_headers.push((header::RETRY_AFTER, value));
            }
            Err(fault_error(*status))
        }
        _ => handle(&state, &method, &uri, &headers, &body),
    };
    let (status, text) = match result {
        Ok(answer) => {
            // Only an answer that carries data applied the preference.
            if prefers_future_members(&headers) {
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
    let plain_text = status == StatusCode::OK && table::is_count_path(uri.path());
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

fn fault_error(status: u16) -> GraphError {
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
    GraphError::new(status, code, message)
}

/// Applies a body fault to an answer text.
fn corrupt(fault: &FaultAction, text: String) -> Response<Body> {
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
            if let Ok(v) = HeaderValue::from_str(&full_len.to_string()) {
                response.headers_mut().insert(header::CONTENT_LENGTH, v);
            }
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
    let include_future = prefers_future_members(headers);
    let base_url = request_base_url(headers, &state.base_url);
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
            base_url: &base_url,
            path: uri.path(),
            context_url: &context_url,
            default_page_size: state.config.default_page_size,
            include_future,
            cache: Some(&state.selections),
            generation,
        },
        body,
        success_status: route.op.success_status,
        version,
        returns: route.op.returns,
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

fn percent_decode(segment: &str) -> Result<String, GraphError> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            let Some(byte) = hex else {
                return Err(GraphError::bad_request(format!(
                    "Malformed percent-encoding in path segment '{segment}'."
                ))
                .with_inner_code("InvalidPath"));
            };
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| {
        GraphError::bad_request(format!("Path segment '{segment}' is not UTF-8."))
            .with_inner_code("InvalidPath")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn links_follow_a_valid_host_header_only() {
        let fallback = "http://127.0.0.1:9";
        assert_eq!(
            request_base_url(&host("emu.test:8080"), fallback),
            "http://emu.test:8080"
        );
        assert_eq!(
            request_base_url(&host("[::1]:80"), fallback),
            "http://[::1]:80"
        );
        for bad in [
            "user@evil.test",
            "evil.test/path",
            "a b",
            "",
            "evil.test:port",
        ] {
            assert_eq!(request_base_url(&host(bad), fallback), fallback, "{bad}");
        }
        assert_eq!(request_base_url(&HeaderMap::new(), fallback), fallback);
    }

    #[test]
    fn an_unspecified_bind_is_shown_as_loopback() {
        assert_eq!(
            reachable(SocketAddr::from(([0, 0, 0, 0], 81))).to_string(),
            "127.0.0.1:81"
        );
        assert_eq!(
            reachable(SocketAddr::from(([0u16; 8], 81))).to_string(),
            "[::1]:81"
        );
        assert_eq!(
            reachable(SocketAddr::from(([10, 0, 0, 1], 81))).to_string(),
            "10.0.0.1:81"
        );
    }
}
