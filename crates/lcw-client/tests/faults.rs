//! Every fault the emulator can inject ends with every item delivered exactly once, or with a
//! typed error within the retry budget.

mod common;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::TryStreamExt;
use lcw_client::{Error, RetryPolicy};
use lcw_emulator::{FaultAction, FaultRule, RetryAfter, Trigger};

const RUNS: &str = "/beta/identityGovernance/lifecycleWorkflows/workflows/*/runs";
const WORKFLOWS: &str = "/beta/identityGovernance/lifecycleWorkflows/workflows";

fn rule(route: &str, method: &str, trigger: Trigger, action: FaultAction) -> FaultRule {
    FaultRule {
        route: Some(route.to_owned()),
        method: Some(method.to_owned()),
        trigger,
        action,
    }
}

fn status(status: u16, retry_after: Option<RetryAfter>) -> FaultAction {
    FaultAction::Status {
        status,
        retry_after,
    }
}

/// Lists the runs of the first workflow through a fault plan; the ids must be those of a
/// clean listing, each once.
async fn runs_survive(faults: Vec<FaultRule>) {
    let clean = common::start(common::config()).await;
    let expected = run_ids(&common::client(&clean))
        .await
        .expect("clean listing");
    clean.stop().await;

    let faulty = common::start_with_faults(faults).await;
    let got = run_ids(&common::client(&faulty))
        .await
        .expect("the faults are retried away");
    assert_eq!(got, expected);
    let unique: HashSet<_> = got.iter().collect();
    assert_eq!(unique.len(), got.len(), "no run twice");
    faulty.stop().await;
}

async fn run_ids(client: &lcw_client::Client) -> Result<Vec<String>, Error> {
    let first = client.beta().workflows().list().send().await?;
    let workflow = first.value[0]
        .id
        .as_deref()
        .expect("workflows have ids")
        .to_owned();
    let runs: Vec<_> = client
        .beta()
        .workflow(&workflow)
        .runs()
        .list()
        .into_stream()
        .try_collect()
        .await?;
    Ok(runs
        .into_iter()
        .map(|r| r.id.into_option().expect("runs have ids"))
        .collect())
}

#[tokio::test]
async fn throttling_with_retry_after_in_seconds_is_waited_out() {
    let action = status(429, Some(RetryAfter::Seconds(0)));
    runs_survive(vec![rule(RUNS, "GET", Trigger::Nth(vec![1, 3, 4]), action)]).await;
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let action = status(503, Some(RetryAfter::HttpDate(0)));
    runs_survive(vec![rule(RUNS, "GET", Trigger::Every(3), action)]).await;
}

#[tokio::test]
async fn gateway_timeouts_without_retry_after_back_off() {
    runs_survive(vec![rule(
        RUNS,
        "GET",
        Trigger::Every(2),
        status(504, None),
    )])
    .await;
}

#[tokio::test]
async fn dropped_connections_and_cut_bodies_are_retried_for_reads() {
    runs_survive(vec![
        rule(RUNS, "GET", Trigger::Nth(vec![2]), FaultAction::Drop),
        rule(RUNS, "GET", Trigger::Nth(vec![5]), FaultAction::Truncate),
    ])
    .await;
}

#[tokio::test]
async fn a_fault_that_never_ends_gives_up_within_the_attempt_budget() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "GET",
        Trigger::Always,
        status(503, Some(RetryAfter::Seconds(0))),
    )])
    .await;
    let error = common::client(&emulator)
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("it never succeeds");
    match &error {
        Error::RetriesExhausted { attempts, last, .. } => {
            assert_eq!(*attempts, 4, "the policy allows four attempts");
            let graph = last.graph().expect("the last answer was Graph's");
            assert_eq!(graph.status.as_u16(), 503);
            assert_eq!(graph.retry_after, Some(Duration::ZERO));
            assert!(graph.request_id.is_some(), "{graph:?}");
        }
        other => panic!("expected RetriesExhausted, got {other:?}"),
    }
    emulator.stop().await;
}

#[tokio::test]
async fn a_retry_after_longer_than_the_time_budget_is_not_waited() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "GET",
        Trigger::Always,
        status(429, Some(RetryAfter::Seconds(3600))),
    )])
    .await;
    let client = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .token(common::TOKEN)
        .retry_policy(common::quick_retries().with_max_elapsed(Duration::from_secs(60)))
        .build()
        .expect("client");
    let error = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("budget");
    assert!(
        matches!(&error, Error::RetriesExhausted { attempts: 1, .. }),
        "one attempt, then the hour-long wait does not fit: {error:?}"
    );
    assert_eq!(
        error.graph().and_then(|g| g.retry_after),
        Some(Duration::from_secs(3600))
    );
    emulator.stop().await;
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "GET",
        Trigger::Always,
        FaultAction::Slow(Duration::from_secs(5)),
    )])
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sent_ids = seen.clone();
    let client = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .token(common::TOKEN)
        .request_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .observer(move |exchange| {
            sent_ids
                .lock()
                .expect("lock")
                .push(exchange.client_request_id.to_owned())
        })
        .build()
        .expect("client");
    let error = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("too slow");
    let sent = seen.lock().expect("lock").clone();
    match &error {
        Error::Timeout {
            client_request_id, ..
        } => assert_eq!(sent, [client_request_id.as_str()], "the id sent is named"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(error.to_string().contains(&sent[0]), "{error}");
    emulator.stop().await;
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_naming_where() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "GET",
        Trigger::Always,
        FaultAction::MalformedJson,
    )])
    .await;
    let error = common::client(&emulator)
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("not JSON");
    match error {
        Error::Decode { operation, .. } => {
            assert_eq!(operation, "lifecycleworkflowscontainer-list-workflows")
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    emulator.stop().await;
}

#[tokio::test]
async fn a_create_is_not_retried_after_a_dropped_connection() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "POST",
        Trigger::First(1),
        FaultAction::Drop,
    )])
    .await;
    let client = common::client(&emulator);
    let body = new_workflow();
    let error = client
        .beta()
        .workflows()
        .create(&body)
        .send()
        .await
        .expect_err("dropped");
    assert!(
        matches!(
            &error,
            Error::Transport {
                client_request_id: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    // The second attempt would have succeeded: the first error proves there was none.
    client
        .beta()
        .workflows()
        .create(&body)
        .send()
        .await
        .expect("the next call succeeds");
    emulator.stop().await;
}

#[tokio::test]
async fn a_create_is_retried_when_the_answer_says_it_was_not_processed() {
    for action in [status(429, None), status(503, Some(RetryAfter::Seconds(0)))] {
        let emulator = common::start_with_faults(vec![rule(
            WORKFLOWS,
            "POST",
            Trigger::First(1),
            action.clone(),
        )])
        .await;
        let created = common::client(&emulator)
            .beta()
            .workflows()
            .create(&new_workflow())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{action:?} is retried: {e}"));
        assert_eq!(created.display_name.as_deref(), Some("made by a test"));
        emulator.stop().await;
    }
}

#[tokio::test]
async fn a_create_answered_503_without_retry_after_is_not_retried() {
    let emulator = common::start_with_faults(vec![rule(
        WORKFLOWS,
        "POST",
        Trigger::First(1),
        status(503, None),
    )])
    .await;
    let error = common::client(&emulator)
        .beta()
        .workflows()
        .create(&new_workflow())
        .send()
        .await
        .expect_err("may have been processed");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error:?}");
    emulator.stop().await;
}

/// The first workflow listed while `action` alters every answer about workflows.
async fn first_workflow_under(action: FaultAction) -> lcw_client::models::beta::Workflow {
    let emulator =
        common::start_with_faults(vec![rule(WORKFLOWS, "GET", Trigger::Always, action)]).await;
    let page = common::client(&emulator)
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect("the page decodes");
    emulator.stop().await;
    page.value.into_iter().next().expect("a workflow")
}

#[tokio::test]
async fn undocumented_enum_values_reach_the_caller_and_are_written_back() {
    let workflow = first_workflow_under(FaultAction::UnknownEnumValue).await;
    let category = workflow.category.as_ref().expect("category");
    assert_eq!(category.as_str(), lcw_emulator::UNDOCUMENTED_MEMBER);
    let written = serde_json::to_value(&workflow).expect("encodes");
    assert_eq!(written["category"], lcw_emulator::UNDOCUMENTED_MEMBER);
}

#[tokio::test]
async fn undocumented_properties_reach_the_caller_and_are_written_back() {
    let workflow = first_workflow_under(FaultAction::UnknownProperty).await;
    let extra = workflow
        .additional_properties
        .get(lcw_emulator::UNDOCUMENTED_PROPERTY)
        .expect("the undocumented property is kept");
    let written = serde_json::to_value(&workflow).expect("encodes");
    assert_eq!(&written[lcw_emulator::UNDOCUMENTED_PROPERTY], extra);
}

fn new_workflow() -> lcw_client::models::beta::Workflow {
    serde_json::from_str(
        r##"{"displayName":"made by a test","category":"joiner","tasks":[],
        "executionConditions":{"@odata.type":"#microsoft.graph.identityGovernance.onDemandExecutionOnly"}}"##,
    )
    .expect("a valid workflow")
}

#[tokio::test]
async fn an_answer_larger_than_the_limit_is_refused() {
    let emulator = common::start(common::config()).await;
    let client = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .token(common::TOKEN)
        .max_answer_bytes(512)
        .build()
        .expect("client");
    let error = client
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("too large");
    assert!(
        matches!(error, Error::AnswerTooLarge { limit: 512, .. }),
        "{error:?}"
    );
    let roomy = common::client(&emulator);
    roomy
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect("the default limit is roomy");
    emulator.stop().await;
}
