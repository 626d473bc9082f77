//! The HTTP side: [`start`] builds the data set and binds, [`accept`] runs the accept loop and
//! the per-request envelope (fault plan, request id, logs), [`dispatch`] answers a request from
//! the route table and the store, and [`faults`] shapes the answers the fault plan spoils.

mod accept;
mod dispatch;
mod faults;
pub(crate) mod metadata;

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use tokio::net::TcpListener;
use tokio::sync::oneshot;

use crate::data::store::Store;
use crate::faults::FaultPlan;
use crate::odata::page::SelectionCache;
use crate::routes::table::RouteTable;
use crate::{EmulatorConfig, PublicUrl, rng};

pub use faults::{UNDOCUMENTED_MEMBER, UNDOCUMENTED_PROPERTY};

/// What every request of one instance shares.
struct AppState {
    /// Read under a read lock by any number of requests at once, written under the write lock;
    /// both happen on tokio's blocking threads ([`dispatch`]), never on an async worker.
    store: RwLock<Store>,
    routes: RouteTable,
    config: EmulatorConfig,
    faults: FaultPlan,
    /// Where absolute links (next links, `@odata.context`) point: the configured public URL, or
    /// the bound address. Never the request's `Host`.
    public_url: String,
    requests: AtomicU64,
    /// Mixed into every request id of this instance (see [`RequestIdSource`]).
    ids: RequestIdSource,
    selections: SelectionCache,
    /// Bumped by every write, so cached selections never outlive the data they came from.
    generation: AtomicU64,
}

/// Request ids unique across instances and processes: a salt drawn per instance from the
/// clock, the process id and a process-wide counter (never from the data seed, which two
/// instances often share), mixed with the request's number.
struct RequestIdSource {
    salt: u64,
}

impl RequestIdSource {
    fn new() -> Self {
        static INSTANCES: AtomicU64 = AtomicU64::new(0);
        let instance = INSTANCES.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let salt =
            rng::SeededRng::fork(nanos, &[u64::from(std::process::id()), instance]).next_u64();
        Self { salt }
    }

    fn id(&self, request: u64) -> String {
        rng::SeededRng::fork(self.salt, &[request]).guid()
    }
}

/// A running emulator. Dropping it stops it too (without waiting for requests in flight, as
/// [`stop`](Self::stop) does).
pub struct RunningEmulator {
    base_url: String,
    public_url: String,
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for RunningEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningEmulator")
            .field("base_url", &self.base_url)
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

impl RunningEmulator {
    /// `http://127.0.0.1:<port>`, where a client on this machine connects (loopback also when
    /// bound to `0.0.0.0`); append `/beta/...` or `/v1.0/...`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The base of the absolute links the answers carry: the configured
    /// [`public_url`](crate::EmulatorConfig::public_url), else [`base_url`](Self::base_url).
    pub fn public_url(&self) -> &str {
        &self.public_url
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
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// Waits until the server stops (for the binary: after Ctrl-C).
    pub async fn wait(mut self) {
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        // The accept loop stops on the signal and drains on its own; nothing to wait for here.
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Builds the data set (on a blocking thread, before anything is served), binds, and starts
/// serving in the current tokio runtime.
pub(crate) async fn start(
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
    let public = config
        .public_url
        .as_deref()
        .map(PublicUrl::parse)
        .transpose()?;
    let (seed, sizes) = (config.seed, config.sizes);
    // The data set and the route table (whose derived routes are built once per process under
    // a lock) are synchronous work: done on a blocking thread, never on an async worker.
    let (store, routes) = tokio::task::spawn_blocking(move || {
        (
            Store::new(seed, sizes, future),
            crate::routes::documented_routes(),
        )
    })
    .await
    .map_err(io::Error::other)?;
    let listener = TcpListener::bind((config.host, config.port)).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{}", reachable(addr));
    let public_url = public.map_or_else(|| base_url.clone(), |p| p.as_str().to_owned());
    let faults = FaultPlan::new(config.faults.clone(), config.seed);
    let state = Arc::new(AppState {
        store: RwLock::new(store),
        routes,
        config,
        faults,
        public_url: public_url.clone(),
        requests: AtomicU64::new(0),
        ids: RequestIdSource::new(),
        selections: SelectionCache::default(),
        generation: AtomicU64::new(0),
    });
    let (tx, rx) = oneshot::channel();
    let task = tokio::spawn(accept::accept_loop(listener, state, rx));
    tracing::info!(%base_url, %public_url, "lcw-emulator listening");
    Ok(RunningEmulator {
        base_url,
        public_url,
        addr,
        shutdown: Some(tx),
        task: Some(task),
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn request_ids_differ_across_fresh_instances() {
        let (a, b) = (RequestIdSource::new(), RequestIdSource::new());
        assert_ne!(a.id(0), b.id(0));
        assert_ne!(a.id(0), a.id(1));
        assert_eq!(a.id(3), a.id(3));
    }
}
