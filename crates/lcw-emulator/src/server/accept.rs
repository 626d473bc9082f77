//! The accept loop and the envelope of each request: the fault plan's connection-level
//! faults, the request id, and the request log.

use std::io;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tower::ServiceExt;
use tracing::Instrument;

use super::AppState;
use super::dispatch::{RequestContext, graph_handler};
use super::metadata;
use crate::faults::FaultAction;

/// Pause after a failed `accept` before the next one.
const ACCEPT_BACKOFF: std::time::Duration = std::time::Duration::from_millis(50);

pub(super) async fn accept_loop(
    listener: TcpListener,
    state: Arc<AppState>,
    mut shutdown: oneshot::Receiver<()>,
) {
    let router = Router::new()
        .merge(metadata::routes())
        .fallback(graph_handler)
        .with_state(state.clone());
    let graceful = GracefulShutdown::new();
    let builder = hyper::server::conn::http1::Builder::new();
    // Every connection's task, so none outlives the server: dropping the set aborts them.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            // Reaps finished connections, so the set holds only open ones.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(a) => a,
                    Err(error) => {
                        // Usually out of file descriptors: retrying at once would spin a core
                        // until some connection closes.
                        tracing::warn!(%error, "accept failed");
                        tokio::time::sleep(ACCEPT_BACKOFF).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let state = state.clone();
                let router = router.clone();
                let service = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                    serve_one(state.clone(), router.clone(), req)
                });
                let connection = builder.serve_connection(TokioIo::new(stream), service);
                let connection = graceful.watch(connection);
                connections.spawn(async move {
                    let _ = connection.await;
                });
            }
            _ = &mut shutdown => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), graceful.shutdown()).await;
    // A connection still open after the grace period (a request that never completes) is cut:
    // a stopped or dropped emulator answers nothing more.
    connections.abort_all();
    while connections.join_next().await.is_some() {}
}

/// One request: its number and id, the fault plan's decision, the answer, and one log line
/// (method, path, status, request id, latency; never a header, so never the token).
async fn serve_one(
    state: Arc<AppState>,
    router: Router,
    mut req: Request<hyper::body::Incoming>,
) -> Result<Response<Body>, io::Error> {
    let started = Instant::now();
    let number = state.requests.fetch_add(1, Ordering::Relaxed);
    let request_id = state.ids.id(number);
    let span = tracing::info_span!(
        "request",
        method = %req.method(),
        path = %req.uri().path(),
        request_id = %request_id,
    );
    let fault = state.faults.decide(req.method().as_str(), req.uri().path());
    async move {
        match &fault {
            Some(FaultAction::Drop) => {
                tracing::info!("connection dropped by the fault plan");
                return Err(io::Error::new(
                    io::ErrorKind::ConnectionAborted,
                    "dropped by the fault plan",
                ));
            }
            Some(FaultAction::Slow(delay)) => tokio::time::sleep(*delay).await,
            _ => {}
        }
        req.extensions_mut()
            .insert(RequestContext { request_id, fault });
        let response = match router.oneshot(req).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        tracing::info!(
            status = response.status().as_u16(),
            latency_us = started.elapsed().as_micros() as u64,
            "answered"
        );
        Ok(response)
    }
    .instrument(span)
    .await
}
