//! Every fault of the plan, observed by a real HTTP client.

mod common;

use std::time::{Duration, Instant};

use common::{Fixture, small_config, start};
use lcw_emulator::{
    EmulatorConfig, FaultAction, FaultRule, RetryAfter, Trigger, UNDOCUMENTED_MEMBER,
    UNDOCUMENTED_PROPERTY,
};

async fn with_faults(rules: Vec<FaultRule>) -> Fixture {
    start(EmulatorConfig {
        faults: rules,
        ..small_config()
    })
    .await
}

fn status(status: u16, retry_after: Option<RetryAfter>) -> FaultAction {
    FaultAction::Status {
        status,
        retry_after,
    }
}

#[tokio::test]
async fn throttling_and_unavailability_with_and_without_retry_after() {
    let rules = vec![
        FaultRule::always(status(429, Some(RetryAfter::Seconds(7)))).on_route("/beta/**/a429s"),
        FaultRule::always(status(429, Some(RetryAfter::HttpDate(120)))).on_route("/beta/**/a429d"),
        FaultRule::always(status(503, Some(RetryAfter::Seconds(2)))).on_route("/beta/**/a503s"),
        FaultRule::always(status(503, None)).on_route("/beta/**/a503"),
        FaultRule::always(status(504, None)).on_route("/beta/**/a504"),
        FaultRule::always(status(504, Some(RetryAfter::Seconds(1)))).on_route("/beta/**/a504s"),
    ];
    let f = with_faults(rules).await;
    let cases = [
        ("a429s", 429, Some("7")),
        ("a429d", 429, None),
        ("a503s", 503, Some("2")),
        ("a503", 503, None),
        ("a504", 504, None),
        ("a504s", 504, Some("1")),
    ];
    for (path, expected, retry) in cases {
        let Ok(response) = f
            .client
            .get(f.beta(path))
            .header("client-request-id", "c1")
            .send()
            .await
        else {
            panic!("no answer")
        };
        assert_eq!(response.status().as_u16(), expected);
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        match (path, retry) {
            ("a429d", _) => assert!(
                retry_after
                    .as_deref()
                    .is_some_and(|d| d.ends_with(" GMT") && d.len() == 29),
                "{retry_after:?}"
            ),
            (_, Some(secs)) => assert_eq!(retry_after.as_deref(), Some(secs)),
            (_, None) => assert_eq!(retry_after, None),
        }
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        assert!(body["error"]["code"].is_string());
        assert_eq!(body["error"]["innerError"]["client-request-id"], "c1");
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn nth_request_and_rate_triggers() {
    let rules = vec![
        FaultRule::always(status(429, Some(RetryAfter::Seconds(1))))
            .on_route("/beta/**/workflows")
            .on_method("GET")
            .when(Trigger::Nth(vec![2, 3])),
        FaultRule::always(status(503, None))
            .on_route("/beta/**/runs")
            .when(Trigger::Rate(0.5)),
    ];
    let f = with_faults(rules).await;
    let mut seen = Vec::new();
    for _ in 0..4 {
        seen.push(f.get(&f.beta("workflows")).await.0);
    }
    assert_eq!(seen, [200, 429, 429, 200]);
    let w = f.workflow_id().await;
    let mut failures = 0;
    for _ in 0..100 {
        failures += usize::from(f.get(&f.beta(&format!("workflows/{w}/runs"))).await.0 == 503);
    }
    assert!((25..75).contains(&failures), "{failures}");
    f.emulator.stop().await;
}

#[tokio::test]
async fn slow_answers_take_at_least_the_delay() {
    let f = with_faults(vec![
        FaultRule::always(FaultAction::Slow(Duration::from_millis(300))).when(Trigger::First(1)),
    ])
    .await;
    let started = Instant::now();
    assert_eq!(f.get(&f.beta("workflows")).await.0, 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    let started = Instant::now();
    assert_eq!(f.get(&f.beta("workflows")).await.0, 200);
    assert!(started.elapsed() < Duration::from_millis(300));
    f.emulator.stop().await;
}

#[tokio::test]
async fn dropped_connections_and_truncated_bodies() {
    let f = with_faults(vec![
        FaultRule::always(FaultAction::Drop)
            .on_route("/beta/**/workflows")
            .when(Trigger::First(1)),
        FaultRule::always(FaultAction::Truncate)
            .on_route("/beta/**/workflows")
            .when(Trigger::Nth(vec![1])),
    ])
    .await;
    let dropped = f.client.get(f.beta("workflows")).send().await;
    assert!(
        dropped.is_err(),
        "the connection is closed without an answer"
    );
    // Rule 2 counts matching requests too: the dropped one was its first, so this is served.
    let (status, _) = f.get(&f.beta("workflows")).await;
    assert_eq!(status, 200);
    f.emulator.stop().await;

    let f = with_faults(vec![
        FaultRule::always(FaultAction::Truncate).when(Trigger::First(1)),
    ])
    .await;
    let Ok(response) = f.client.get(f.beta("workflows")).send().await else {
        panic!("headers expected")
    };
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.bytes().await.is_err(), "the body ends early");
    assert_eq!(f.get(&f.beta("workflows")).await.0, 200, "still serving");
    f.emulator.stop().await;
}

#[tokio::test]
async fn malformed_json_undocumented_members_and_properties() {
    let f = with_faults(vec![
        FaultRule::always(FaultAction::MalformedJson).on_route("/beta/**/workflows"),
        FaultRule::always(FaultAction::UnknownEnumValue).on_route("/beta/**/runs"),
        FaultRule::always(FaultAction::UnknownProperty).on_route("/beta/**/taskReports"),
    ])
    .await;
    let Ok(response) = f.client.get(f.beta("workflows")).send().await else {
        panic!("no answer")
    };
    let text = response.text().await.unwrap_or_default();
    assert!(!text.is_empty());
    assert!(
        serde_json::from_str::<serde_json::Value>(&text).is_err(),
        "{text}"
    );
    f.emulator.stop().await;

    let f = with_faults(vec![
        FaultRule::always(FaultAction::UnknownEnumValue).on_route("/beta/**/runs"),
        FaultRule::always(FaultAction::UnknownProperty).on_route("/beta/**/taskReports"),
    ])
    .await;
    let w = f.workflow_id().await;
    let (_, runs) = f.get(&f.beta(&format!("workflows/{w}/runs"))).await;
    let runs = runs["value"].as_array().cloned().unwrap_or_default();
    assert!(
        !runs.is_empty()
            && runs
                .iter()
                .all(|r| r["processingStatus"] == UNDOCUMENTED_MEMBER
                    && r["workflowExecutionType"] == UNDOCUMENTED_MEMBER)
    );
    let (_, reports) = f.get(&f.beta(&format!("workflows/{w}/taskReports"))).await;
    assert!(reports.get(UNDOCUMENTED_PROPERTY).is_some());
    assert!(
        reports["value"]
            .as_array()
            .is_some_and(|v| v.iter().all(|r| r.get(UNDOCUMENTED_PROPERTY).is_some()))
    );
    f.emulator.stop().await;
}

#[tokio::test]
async fn script_rules_drive_the_plan() {
    let rule = FaultRule::parse("fault=429 retry-after=3 route=/beta/** nth=1");
    let Ok(rule) = rule else {
        panic!("script should parse")
    };
    let f = with_faults(vec![rule]).await;
    assert_eq!(f.get(&f.beta("workflows")).await.0, 429);
    assert_eq!(f.get(&f.beta("workflows")).await.0, 200);
    f.emulator.stop().await;
}
