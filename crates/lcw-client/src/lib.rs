//! An async client for the Microsoft Graph lifecycle workflows API
//! (`microsoft.graph.identityGovernance`), generated from the Graph docs like the types it
//! returns.
//!
//! Every documented operation is a method, reached by walking the path the docs give
//! (`/workflows/{workflowId}/runs` is `.workflow(id).runs()`):
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = lcw_emulator::EmulatorConfig::default().start().await?;
//! # let graph = emulator.base_url();
//! use futures_util::TryStreamExt;
//! use lcw_client::beta::filters::{RunFilter, RunOrderBy};
//! use lcw_client::models::beta::LifecycleWorkflowProcessingStatus as Status;
//! use lcw_client::{Client, TimeRange};
//!
//! // `graph` is lcw-emulator's address here; leave `service_root` out for Microsoft Graph.
//! let client = Client::builder().service_root(graph).token("a token").build()?;
//!
//! let workflows = client.beta().workflows().list().select(["id", "displayName"]).send().await?;
//! let id = workflows.value[0].id.as_deref().expect("an id");
//!
//! let failed: Vec<_> = client
//!     .beta()
//!     .workflow(id)
//!     .runs()
//!     .list()
//!     .filter(RunFilter::processing_status().eq(Status::CompletedWithErrors))
//!     .order_by(RunOrderBy::started_date_time().desc())
//!     .into_stream()
//!     .try_collect()
//!     .await?;
//!
//! let may: TimeRange = TimeRange::new("2024-05-01T00:00:00Z".parse()?, "2024-06-01T00:00:00Z".parse()?)?;
//! let summary = client.beta().workflow(id).runs().summary(may).send().await?;
//! assert!(summary.total_runs.unwrap_or(0) as usize >= failed.len());
//! # emulator.stop().await;
//! # Ok(())
//! # }
//! ```
//!
//! - A request offers only the query options its page documents; `$filter` and `$orderby` are
//!   built from typed properties that allow only the operators the docs list
//!   ([`filter`]).
//! - Lists page as a [`Stream`](futures_core::Stream) of items or of pages, following
//!   `@odata.nextLink` with the same headers, retries and token.
//! - 429, 503 and 504 are retried within a [`RetryPolicy`], honouring `Retry-After`; calls that
//!   are not idempotent are retried only when the answer shows they were not processed.
//! - Failures are [`Error`] values: Graph's code chain and request ids, transport, timeout, or a
//!   decode error naming the JSON path.
//! - The token goes only to the configured service root ([`Cloud`] or a loopback emulator) and
//!   never shows in `Debug` output or logs.
//!
//! Types come from `lcw-models` and are re-exported as [`models`]: unknown enum values and
//! unknown properties reach the caller intact.

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
mod client;
mod cloud;
pub mod dynamic;
mod error;
pub mod filter;
mod operation;
mod paging;
mod request;
mod retry;
mod time;
mod transport;

#[rustfmt::skip]
mod generated;

pub use auth::{AccessToken, Credential, Secret, StaticToken, TokenFuture};
#[cfg(feature = "azure-identity")]
pub use azure::AzureCredential;
/// The `azure_identity` crate this one is built with (feature `azure-identity`).
#[cfg(feature = "azure-identity")]
pub use azure_identity;
pub use client::{Client, ClientBuilder};
pub use cloud::{Availability, Cloud, CloudError, GraphVersion};
pub use error::{Error, GraphError, Result};
pub use operation::{Operation, options};
pub use request::Request;
pub use retry::RetryPolicy;
pub use time::{InvertedRange, TimeRange};
pub use transport::Exchange;

/// The generated types the calls take and return.
pub use lcw_models as models;

/// HTTP status codes, as [`Exchange::status`] and [`GraphError`] carry them.
pub use reqwest::StatusCode;
/// Header types for [`Request::header`].
pub use reqwest::header;

#[cfg(feature = "beta")]
pub use generated::beta;
#[cfg(feature = "v1")]
pub use generated::v1;

/// Support for the generated code; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::request::path_segment;

    /// Appends `text` as an OData string literal (in quotes, quotes doubled).
    pub fn write_quoted(text: &str, out: &mut String) {
        crate::filter::write_quoted(text, out);
    }
}
