//! Lists through the client: every item once, across pages, with the caller's headers on every
//! page, resumable from a saved next link.

mod common;

use std::collections::HashSet;

use futures_util::TryStreamExt;
use lcw_client::models::GraphType;
use lcw_client::models::beta::{LifecycleWorkflowCategory, Workflow};

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
