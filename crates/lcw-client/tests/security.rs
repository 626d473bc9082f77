//! The token goes to the configured service root only, never shows, and is replaced when it
//! expires or is refused.

mod common;

use common::trap;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use lcw_client::{AccessToken, Credential, Error, Secret, TokenFuture};
use lcw_emulator::EmulatorConfig;

#[tokio::test]
async fn a_next_link_to_another_host_is_refused_not_followed() {
    let (elsewhere, hits) = trap().await;
    for public_url in [elsewhere.as_str(), "https://graph.evil.example"] {
        let emulator = common::start(EmulatorConfig {
            public_url: Some(public_url.to_owned()),
            ..common::config()
        })
        .await;
        let client = common::client(&emulator);
        let mut pages = Box::pin(client.beta().workflows().list().into_pages());
        let first = pages
            .next()
            .await
            .expect("a first page")
            .expect("served by the root");
        assert!(
            first
                .odata_next_link
                .as_deref()
                .is_some_and(|l| l.starts_with(public_url))
        );
        let error = pages
            .next()
            .await
            .expect("an error, not the end")
            .expect_err("refused");
        assert!(matches!(error, Error::UnsafeUrl { .. }), "{error:?}");
        assert!(
            pages.next().await.is_none(),
            "the stream ends after the refusal"
        );
        emulator.stop().await;
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "nothing was sent to the other host"
    );
}

#[tokio::test]
async fn a_saved_next_link_must_be_under_the_service_root() {
    let (elsewhere, hits) = trap().await;
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let mut items = Box::pin(
        client
            .beta()
            .workflows()
            .list()
            .resume_from(format!(
                "{elsewhere}/beta/identityGovernance/lifecycleWorkflows/workflows"
            ))
            .into_stream(),
    );
    let error = items.next().await.expect("an error").expect_err("refused");
    assert!(matches!(error, Error::UnsafeUrl { .. }), "{error:?}");
    assert_eq!(hits.load(Ordering::SeqCst), 0);
    emulator.stop().await;
}

#[tokio::test]
async fn no_debug_output_or_error_shows_the_token() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let request = client.beta().workflows().list();
    let refused = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .token("wrong-token-value")
        .build()
        .expect("client")
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("refused token");
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(401));
    let text = format!("{client:?} {request:?} {refused:?} {refused}");
    for secret in [common::TOKEN, "wrong-token-value"] {
        assert!(!text.contains(secret), "{text}");
    }
    emulator.stop().await;
}

/// Hands out `tokens` in turn, each valid for `lifetime`, and counts the calls.
struct Counting {
    tokens: Vec<&'static str>,
    lifetime: Duration,
    calls: AtomicUsize,
}

impl Credential for Counting {
    fn token<'a>(&'a self, _scope: &'a str) -> TokenFuture<'a> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        let token = self.tokens[n.min(self.tokens.len() - 1)];
        let expires =
            jiff::Timestamp::now() + jiff::SignedDuration::try_from(self.lifetime).expect("short");
        Box::pin(async move {
            Ok(AccessToken {
                token: Secret::new(token),
                expires_on: Some(expires),
            })
        })
    }
}

async fn calls_made(credential: Counting, requests: usize) -> (usize, Vec<bool>) {
    let emulator = common::start(common::config()).await;
    let credential = Arc::new(credential);
    let client = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .credential(Shared(credential.clone()))
        .retry_policy(common::quick_retries())
        .build()
        .expect("client");
    let mut ok = Vec::new();
    for _ in 0..requests {
        ok.push(client.beta().workflows().list().send().await.is_ok());
    }
    emulator.stop().await;
    (credential.calls.load(Ordering::SeqCst), ok)
}

struct Shared(Arc<Counting>);

impl Credential for Shared {
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a> {
        self.0.token(scope)
    }
}

#[tokio::test]
async fn a_token_is_kept_until_shortly_before_it_expires() {
    let long = Counting {
        tokens: vec![common::TOKEN],
        lifetime: Duration::from_secs(3600),
        calls: AtomicUsize::new(0),
    };
    assert_eq!(calls_made(long, 3).await, (1, vec![true; 3]));
    let expiring = Counting {
        tokens: vec![common::TOKEN],
        lifetime: Duration::from_secs(60),
        calls: AtomicUsize::new(0),
    };
    assert_eq!(
        calls_made(expiring, 3).await,
        (3, vec![true; 3]),
        "renewed each time"
    );
}

#[tokio::test]
async fn a_refused_token_is_replaced_once() {
    let stale_then_good = Counting {
        tokens: vec!["stale", common::TOKEN],
        lifetime: Duration::from_secs(3600),
        calls: AtomicUsize::new(0),
    };
    assert_eq!(calls_made(stale_then_good, 2).await, (2, vec![true, true]));
    let always_bad = Counting {
        tokens: vec!["bad"],
        lifetime: Duration::from_secs(3600),
        calls: AtomicUsize::new(0),
    };
    let (calls, ok) = calls_made(always_bad, 1).await;
    assert_eq!(
        (calls, ok),
        (2, vec![false]),
        "one replacement, then the 401 is returned"
    );
}

#[tokio::test]
async fn an_id_cannot_aim_a_call_at_another_resource() {
    let (elsewhere, hits) = trap().await;
    let client = lcw_client::Client::builder()
        .service_root(&elsewhere)
        .token(common::TOKEN)
        .build()
        .expect("client");
    for id in ["", ".", ".."] {
        let built = client.beta().workflow(id).delete().to_parts();
        assert!(
            matches!(built, Err(Error::InvalidRequest { .. })),
            "`{id}`: {built:?}"
        );
        let sent = client.beta().workflow(id).runs().list().send().await;
        assert!(
            matches!(sent, Err(Error::InvalidRequest { .. })),
            "`{id}`: {sent:?}"
        );
    }
    // Dots inside an id, or an escaped dot, stay one segment.
    for (id, segment) in [("%2e%2e", "%252e%252e"), ("...", "..."), ("a.b", "a.b")] {
        let (_, url, _) = client
            .beta()
            .workflow(id)
            .delete()
            .to_parts()
            .unwrap_or_else(|e| panic!("`{id}` is a plain id: {e}"));
        let expected = format!("/beta/identityGovernance/lifecycleWorkflows/workflows/{segment}");
        assert_eq!(url.path(), expected);
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing was sent");
}

#[tokio::test]
async fn a_next_link_with_only_a_password_is_refused() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let root = emulator.base_url();
    let with_password = root.replacen("://", "://:pw@", 1);
    let mut items = Box::pin(
        client
            .beta()
            .workflows()
            .list()
            .resume_from(format!(
                "{with_password}/beta/identityGovernance/lifecycleWorkflows/workflows"
            ))
            .into_stream(),
    );
    let error = items.next().await.expect("an error").expect_err("refused");
    assert!(matches!(error, Error::UnsafeUrl { .. }), "{error:?}");
    assert!(!format!("{error} {error:?}").contains("pw"), "{error:?}");
    emulator.stop().await;
}

/// Never answers.
struct Hung;

impl Credential for Hung {
    fn token<'a>(&'a self, _scope: &'a str) -> TokenFuture<'a> {
        Box::pin(std::future::pending())
    }
}

#[tokio::test]
async fn a_credential_that_never_answers_fails_the_call_within_the_request_timeout() {
    let (elsewhere, hits) = trap().await;
    let client = lcw_client::Client::builder()
        .service_root(&elsewhere)
        .credential(Hung)
        .request_timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let calls = (0..2).map(|_| client.beta().workflows().list().send());
    let answers = tokio::time::timeout(
        Duration::from_secs(10),
        futures_util::future::join_all(calls),
    )
    .await
    .expect("every call ends, the one waiting for the lock too");
    for answer in answers {
        assert!(matches!(answer, Err(Error::Credential(_))), "{answer:?}");
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing was sent");
}

#[tokio::test]
async fn a_refused_fixed_token_is_not_sent_again() {
    let emulator = common::start(common::config()).await;
    let attempts = Arc::new(AtomicUsize::new(0));
    let counter = attempts.clone();
    let error = lcw_client::Client::builder()
        .service_root(emulator.base_url())
        .token("wrong-token-value")
        .retry_policy(common::quick_retries())
        .observer(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .build()
        .expect("client")
        .beta()
        .workflows()
        .list()
        .send()
        .await
        .expect_err("refused token");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(attempts.load(Ordering::SeqCst), 1, "the same token, once");
    emulator.stop().await;
}
