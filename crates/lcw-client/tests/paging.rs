//! Lists through the client: every item once, across pages, with the caller's headers on every
//! page, resumable from a saved next link.

mod common;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::http::Uri;
use futures_util::TryStreamExt;
use lcw_client::Error;
use lcw_client::models::GraphType;
use lcw_client::models::beta::{LifecycleWorkflowCategory, Workflow};
use tokio::net::TcpListener;

#[tokio::test]
async fn a_list_streams_every_item_once_across_pages() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);

    let workflows: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("every page arrives");
    assert_eq!(workflows.len(), 12, "the tenant has 12 workflows");
    let workflow = workflows[0]
        .id
        .as_deref()
        .expect("workflows have ids")
        .to_owned();

    let pages: Vec<_> = client
        .beta()
        .workflow(&workflow)
        .runs()
        .list()
        .into_pages()
        .try_collect()
        .await
        .expect("every page arrives");
    assert!(
        pages.len() >= 9,
        "35 runs at 4 a page: {} pages",
        pages.len()
    );
    assert!(pages.last().expect("pages").odata_next_link.is_none());
    let ids: Vec<_> = pages
        .iter()
        .flat_map(|p| &p.value)
        .map(|run| run.id.as_deref().expect("runs have ids").to_owned())
        .collect();
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (35, 35), "each run exactly once");
    emulator.stop().await;
}

#[tokio::test]
async fn the_prefer_header_reaches_every_page() {
    let emulator = common::start(common::config()).await;
    let categories = |include| {
        let client = lcw_client::Client::builder()
            .service_root(emulator.base_url())
            .token(common::TOKEN)
            .include_unknown_enum_members(include)
            .build()
            .expect("client");
        async move {
            let workflows: Vec<_> = client
                .beta()
                .workflows()
                .list()
                .into_stream()
                .try_collect()
                .await
                .expect("every page arrives");
            workflows
                .into_iter()
                .filter_map(|w| w.category.into_option())
                .collect::<Vec<_>>()
        }
    };
    let plain = categories(false).await;
    let opted = categories(true).await;
    assert_eq!(plain.len(), opted.len());
    // Members the docs list after the sentinel (`mover`...) reach only callers that ask, on
    // every page; the others see the sentinel in their place.
    let category = <Workflow as GraphType>::property("category").expect("documented");
    let later = |c: &LifecycleWorkflowCategory| category.ty.is_after_sentinel(c.as_str());
    assert!(opted.iter().filter(|c| later(c)).count() >= 2, "{opted:?}");
    assert!(!plain.iter().any(later), "{plain:?}");
    for (plain, opted) in plain.iter().zip(&opted) {
        let expected = if later(opted) {
            &LifecycleWorkflowCategory::UnknownFutureValue
        } else {
            opted
        };
        assert_eq!(plain, expected, "only members after the sentinel differ");
    }
    emulator.stop().await;
}

#[tokio::test]
async fn a_crawl_resumes_from_a_saved_next_link() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let all: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("list");

    let first = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect("first page");
    let saved = first.odata_next_link.clone().expect("more than one page");
    let rest: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .resume_from(saved)
        .into_stream()
        .try_collect()
        .await
        .expect("the rest");
    let ids = |items: &[lcw_client::models::beta::Workflow]| -> Vec<String> {
        items
            .iter()
            .map(|w| w.id.as_deref().expect("workflows have ids").to_owned())
            .collect()
    };
    let mut resumed = ids(&first.value);
    resumed.extend(ids(&rest));
    assert_eq!(resumed, ids(&all));
    emulator.stop().await;
}

/// A hostile server: the first page links to page 2, and page 2 links to `loop_to` (a path and
/// query under the same host). Counts the requests it answers.
async fn looping_server(loop_to: &'static str) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let host = base.clone();
    let app = axum::Router::new().fallback(move |uri: Uri| {
        counter.fetch_add(1, Ordering::SeqCst);
        let next = if uri.query().is_some_and(|q| q.contains("skiptoken=2")) {
            format!("{host}{loop_to}")
        } else {
            format!("{host}{WORKFLOWS}?$skiptoken=2")
        };
        async move {
            (
                [("Content-Type", "application/json")],
                format!(r#"{{"value":[{{"id":"w"}}],"@odata.nextLink":"{next}"}}"#),
            )
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, hits)
}

const WORKFLOWS: &str = "/beta/identityGovernance/lifecycleWorkflows/workflows";

#[tokio::test]
async fn a_next_link_already_followed_ends_the_list_with_an_error() {
    for loop_to in [
        "/beta/identityGovernance/lifecycleWorkflows/workflows?$skiptoken=2",
        "/beta/identityGovernance/lifecycleWorkflows/workflows",
    ] {
        let (base, hits) = looping_server(loop_to).await;
        let client = lcw_client::Client::builder()
            .service_root(&base)
            .token(common::TOKEN)
            .build()
            .expect("client");
        let walk = client
            .beta()
            .workflows()
            .list()
            .into_stream()
            .try_collect::<Vec<_>>();
        let error = tokio::time::timeout(Duration::from_secs(10), walk)
            .await
            .unwrap_or_else(|_| panic!("{loop_to}: the walk never ends"))
            .expect_err("a loop is an error");
        assert!(
            matches!(error, Error::NextLinkLoop { pages: 2, .. }),
            "{loop_to}: {error:?}"
        );
        assert_eq!(
            hits.load(Ordering::SeqCst),
            2,
            "{loop_to}: no page fetched twice"
        );
    }
}
