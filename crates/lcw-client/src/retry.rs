//! When a failed attempt is tried again, and after how long.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// Bounds and pacing of retries. Applies to every request, next pages included. The fields are
/// set through the `with_…` methods, which keep them consistent (at least one attempt, a
/// longest backoff no shorter than the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    max_elapsed: Duration,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_elapsed: Duration::from_secs(300),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every failure is returned as it happens.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included; `1` means retries are off.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Time budget of one call, waits included: a wait that would end past it is not started.
    pub fn max_elapsed(&self) -> Duration {
        self.max_elapsed
    }

    /// First backoff when the answer says nothing about when to come back.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// Longest backoff between two attempts (a `Retry-After` is honoured even when longer, as
    /// long as it fits the time budget).
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// Sets [`max_attempts`](Self::max_attempts) (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets [`max_elapsed`](Self::max_elapsed).
    pub fn with_max_elapsed(mut self, budget: Duration) -> Self {
        self.max_elapsed = budget;
        self
    }

    /// Sets [`initial_backoff`](Self::initial_backoff) and [`max_backoff`](Self::max_backoff).
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Exponential backoff with full jitter before attempt `attempt + 1` (`attempt` >= 1):
    /// a random wait in `[0, min(max, initial * 2^(attempt-1))]`.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << (attempt.saturating_sub(1)).min(16));
        let cap = exp.min(self.max_backoff);
        cap.mul_f64(fastrand::f64())
    }
}

/// What an answer says about trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Not retryable.
    Final,
    /// Retryable; wait as the answer says, or back off when it says nothing.
    Retry { after: Option<Duration> },
}

/// Graph's transient statuses: 429, 503 and 504 (and 408). A non-idempotent request is retried
/// only when the answer shows the service did not process it: 429, or 503 with `Retry-After`.
pub(crate) fn verdict(
    status: StatusCode,
    retry_after: Option<Duration>,
    idempotent: bool,
) -> Verdict {
    let transient = matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
            | StatusCode::REQUEST_TIMEOUT
    );
    let not_processed = status == StatusCode::TOO_MANY_REQUESTS
        || (status == StatusCode::SERVICE_UNAVAILABLE && retry_after.is_some());
    if transient && (idempotent || not_processed) {
        Verdict::Retry { after: retry_after }
    } else {
        Verdict::Final
    }
}

/// Reads `Retry-After`: delay-seconds or an HTTP date (a date in the past is no wait).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(RETRY_AFTER, value.parse().expect("header value"));
        map
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            retry_after(&headers("7"), now),
            Some(Duration::from_secs(7))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(42));
        assert_eq!(
            retry_after(&headers(&later), now),
            Some(Duration::from_secs(42))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(42));
        assert_eq!(retry_after(&headers(&earlier), now), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("soon"), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn non_idempotent_calls_retry_only_when_not_processed() {
        let wait = Some(Duration::from_secs(1));
        let s = |code| StatusCode::from_u16(code).expect("status");
        assert_eq!(verdict(s(429), None, false), Verdict::Retry { after: None });
        assert_eq!(verdict(s(503), wait, false), Verdict::Retry { after: wait });
        assert_eq!(verdict(s(503), None, false), Verdict::Final);
        assert_eq!(verdict(s(504), None, false), Verdict::Final);
        assert_eq!(verdict(s(504), None, true), Verdict::Retry { after: None });
        assert_eq!(verdict(s(500), None, true), Verdict::Final);
        assert_eq!(verdict(s(404), None, true), Verdict::Final);
    }

    #[test]
    fn backoff_grows_and_stays_under_the_cap() {
        let policy = RetryPolicy::default()
            .with_backoff(Duration::from_millis(100), Duration::from_millis(400));
        for attempt in 1..40 {
            let cap = Duration::from_millis(100 * (1 << (attempt - 1).min(2)));
            assert!(policy.backoff(attempt) <= cap, "attempt {attempt}");
        }
    }
}
