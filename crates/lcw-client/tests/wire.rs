//! What goes on the wire, seen by a recording server: headers on every attempt and page, a
//! fresh `client-request-id` each time.

mod common;

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::IntoResponse;
use futures_util::TryStreamExt;
use lcw_client::header::{HeaderName, HeaderValue};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
struct Recorded(Arc<Mutex<Vec<(Uri, HeaderMap)>>>);

/// Serves `/beta/...workflows` as two pages; the first attempt at each page is answered 503
/// with `Retry-After: 0`.
async fn recorder() -> (String, Recorded) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let recorded = Recorded::default();
    let log = recorded.clone();
    let next = format!("{base}/beta/identityGovernance/lifecycleWorkflows/workflows?$skiptoken=2");
    let app = axum::Router::new().fallback(move |uri: Uri, headers: HeaderMap| {
        let log = log.clone();
        let next = next.clone();
        async move {
            let mut entries = log.0.lock().expect("lock");
            entries.push((uri.clone(), headers));
            let attempts_here = entries.iter().filter(|(u, _)| *u == uri).count();
            if attempts_here == 1 {
                return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [("Retry-After", "0")],
                    String::new(),
                )
                    .into_response();
            }
            let body = if uri.query().is_some_and(|q| q.contains("skiptoken")) {
                r#"{"value":[{"id":"b"}]}"#.to_owned()
            } else {
                format!(r#"{{"value":[{{"id":"a"}}],"@odata.nextLink":"{next}"}}"#)
            };
            ([("Content-Type", "application/json")], body).into_response()
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, recorded)
}

/// A client of the recording server, with `retry`.
fn recording_client(base: &str, retry: lcw_client::RetryPolicy) -> lcw_client::Client {
    lcw_client::Client::builder()
        .service_root(base)
        .token("recorded-token")
        .retry_policy(retry)
        .build()
        .expect("client")
}

#[tokio::test]
async fn every_attempt_of_every_page_carries_the_callers_headers_and_a_fresh_request_id() {
    let (base, recorded) = recorder().await;
    let client = lcw_client::Client::builder()
        .service_root(&base)
        .token("recorded-token")
        .include_unknown_enum_members(true)
        .retry_policy(lcw_client::RetryPolicy::default().with_max_attempts(3))
        .build()
        .expect("client");
    let ids: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .header(
            HeaderName::from_static("consistencylevel"),
            HeaderValue::from_static("eventual"),
        )
        .into_stream()
        .map_ok(|w| w.id.into_option().expect("ids"))
        .try_collect()
        .await
        .expect("two pages, each after one 503");
    assert_eq!(ids, ["a", "b"]);

    let entries = recorded.0.lock().expect("lock");
    assert_eq!(entries.len(), 4, "two attempts at each of two pages");
    let mut request_ids = Vec::new();
    for (uri, headers) in entries.iter() {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        assert_eq!(
            header("authorization"),
            Some("Bearer recorded-token"),
            "{uri}"
        );
        assert_eq!(header("consistencylevel"), Some("eventual"), "{uri}");
        assert_eq!(
            header("prefer"),
            Some("include-unknown-enum-members"),
            "{uri}"
        );
        let id = header("client-request-id").expect("a client-request-id");
        uuid::Uuid::parse_str(id).expect("a GUID");
        request_ids.push(id.to_owned());
    }
    request_ids.sort();
    request_ids.dedup();
    assert_eq!(request_ids.len(), 4, "a fresh id per attempt");
}

#[tokio::test]
async fn a_redirect_is_an_error_and_is_not_followed() {
    let (trap, hits) = common::trap().await;
    let elsewhere = format!("{trap}/beta/somewhere");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let app = axum::Router::new().fallback(move || {
        let location = elsewhere.clone();
        async move { (StatusCode::TEMPORARY_REDIRECT, [("Location", location)], "") }
    });
    tokio::spawn(async move { axum::serve(listener, app).await });

    let client = lcw_client::Client::builder()
        .service_root(&base)
        .token("redirected-token")
        .build()
        .expect("client");
    let error = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("not followed");
    assert_eq!(
        error.status(),
        Some(StatusCode::TEMPORARY_REDIRECT),
        "{error:?}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert_eq!(hits.load(Ordering::SeqCst), 0, "the other host saw nothing");
}

#[tokio::test]
async fn the_callers_headers_never_duplicate_or_override_the_clients_own() {
    let (base, recorded) = recorder().await;
    let client = recording_client(
        &base,
        lcw_client::RetryPolicy::default().with_max_attempts(2),
    );
    let header = |name: &'static str, value: &'static str| {
        (
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    };
    let mut request = client.beta().workflows().list();
    for (name, value) in [
        header("client-request-id", "callers-id"),
        header("authorization", "Bearer callers-token"),
        header("host", "elsewhere.example"),
    ] {
        request = request.header(name, value);
    }
    request.send().await.expect("the second attempt succeeds");

    let entries = recorded.0.lock().expect("lock");
    let host = base.trim_start_matches("http://");
    for (uri, headers) in entries.iter() {
        let all = |name: &str| -> Vec<_> {
            headers
                .get_all(name)
                .iter()
                .map(|v| v.to_str().expect("text").to_owned())
                .collect()
        };
        assert_eq!(all("authorization"), ["Bearer recorded-token"], "{uri}");
        assert_eq!(all("host"), [host], "{uri}");
        let ids = all("client-request-id");
        assert_eq!(ids.len(), 1, "{uri}: {ids:?}");
        uuid::Uuid::parse_str(&ids[0]).expect("the client's own GUID");
    }
}

#[tokio::test]
async fn an_error_carries_the_client_request_id_sent_when_the_answer_does_not_echo_it() {
    let (base, recorded) = recorder().await;
    let client = recording_client(&base, lcw_client::RetryPolicy::none());
    let error = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("the first attempt is answered 503");
    let graph = error.graph().expect("a Graph error");
    let entries = recorded.0.lock().expect("lock");
    let sent = entries[0].1.get("client-request-id").expect("sent");
    assert_eq!(
        graph.client_request_id.as_deref(),
        Some(sent.to_str().expect("text"))
    );
}

#[tokio::test]
async fn an_operation_documented_to_answer_nothing_succeeds_whatever_body_it_gets() {
    let (base, _recorded) = recorder().await;
    let client = recording_client(
        &base,
        lcw_client::RetryPolicy::default().with_max_attempts(2),
    );
    // The second attempt is answered 200 with a JSON object, as a `Prefer:
    // return=representation` would bring: the delete still worked.
    client
        .beta()
        .workflow("w1")
        .delete()
        .send()
        .await
        .expect("a body on a no-content operation is not an error");
    // An operation that answers a value still reads the body (here, properties a workflow
    // does not have, kept).
    let workflow = client
        .beta()
        .workflow("w2")
        .get()
        .send()
        .await
        .expect("an object decodes");
    assert!(workflow.additional_properties.contains_key("value"));
}
