//! Instants of the data set, in 100 ns ticks since the Unix epoch (the resolution Graph uses),
//! and their text.
//!
//! Nothing here reads or writes dates by hand: RFC 3339 text is read by the project's wire type
//! [`lcw_models::Timestamp`] and written by jiff; HTTP dates are written by httpdate.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// 100 ns ticks since 1970-01-01T00:00:00Z.
pub(crate) type Ticks = i64;

/// Ticks in one second.
pub(crate) const TICKS_PER_SECOND: i64 = 10_000_000;

/// Nanoseconds in one tick.
const NANOS_PER_TICK: i128 = 100;

/// The current time, in ticks.
pub(crate) fn now() -> Ticks {
    ticks_of(jiff::Timestamp::now())
}

/// The ticks of an instant (sub-tick nanoseconds are dropped).
pub(crate) fn ticks_of(instant: jiff::Timestamp) -> Ticks {
    i64::try_from(instant.as_nanosecond().div_euclid(NANOS_PER_TICK)).unwrap_or(i64::MAX)
}

/// The instant of `ticks` (clamped to jiff's range).
pub(crate) fn instant(ticks: Ticks) -> jiff::Timestamp {
    let nanos = i128::from(ticks) * NANOS_PER_TICK;
    jiff::Timestamp::from_nanosecond(nanos).unwrap_or(if ticks < 0 {
        jiff::Timestamp::MIN
    } else {
        jiff::Timestamp::MAX
    })
}

/// `2022-08-24T23:28:11.1348863Z` as Graph writes it: seven fractional digits, left out when
/// the fraction is zero.
pub(crate) fn format_rfc3339(ticks: Ticks) -> String {
    let at = instant(ticks);
    let precision = (ticks.rem_euclid(TICKS_PER_SECOND) != 0).then_some(7);
    jiff::fmt::temporal::DateTimePrinter::new()
        .precision(precision)
        .timestamp_to_string(&at)
}

/// Reads RFC 3339 text with [`lcw_models::Timestamp`], the project's one reader of the wire
/// form; `None` when it is not one.
pub(crate) fn parse_rfc3339(text: &str) -> Option<Ticks> {
    parse_instant(text).map(ticks_of)
}

/// Reads RFC 3339 text as an instant (see [`parse_rfc3339`]).
pub(crate) fn parse_instant(text: &str) -> Option<jiff::Timestamp> {
    lcw_models::Timestamp::parse(text)
        .ok()
        .and_then(|t| t.to_jiff().ok())
}

/// The last instant an HTTP date can name (9999-12-31T23:59:59Z), in seconds since the epoch.
const LAST_HTTP_DATE: u64 = 253_402_300_799;

/// The IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) `seconds` from now; saturates at the last
/// date the format can write instead of overflowing.
pub(crate) fn http_date_after(seconds: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    http_date_at(now.saturating_add(seconds))
}

fn http_date_at(seconds_since_epoch: u64) -> String {
    let at = seconds_since_epoch.min(LAST_HTTP_DATE);
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_fraction() {
        let text = "2022-08-24T23:28:11.1348863Z";
        let t = parse_rfc3339(text);
        assert_eq!(t.map(format_rfc3339).as_deref(), Some(text));
        assert_eq!(
            parse_rfc3339("2022-08-24T23:28:11Z")
                .map(format_rfc3339)
                .as_deref(),
            Some("2022-08-24T23:28:11Z")
        );
        assert_eq!(
            parse_rfc3339("2022-08-24T23:28:11.5Z")
                .map(format_rfc3339)
                .as_deref(),
            Some("2022-08-24T23:28:11.5000000Z")
        );
    }

    #[test]
    fn offsets_and_short_fractions() {
        let a = parse_rfc3339("2022-08-01T02:00:00.5+02:00");
        let b = parse_rfc3339("2022-08-01T00:00:00.5000000Z");
        assert!(a.is_some());
        assert_eq!(a, b);
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "2022-02-30T00:00:00Z",
            "2022-08-01",
            "2022-08-01T25:00:00Z",
            "x022-08-01T00:00:00Z",
            "2022-08-01T00:00:00.",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn http_date_of_known_instant() {
        let t = parse_rfc3339("1994-11-06T08:49:37Z").unwrap_or_default();
        let secs = u64::try_from(t / TICKS_PER_SECOND).unwrap_or_default();
        assert_eq!(http_date_at(secs), "Sun, 06 Nov 1994 08:49:37 GMT");
    }

    #[test]
    fn retry_after_dates_saturate() {
        assert_eq!(http_date_after(u64::MAX), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert!(httpdate::parse_http_date(&http_date_after(2)).is_ok());
    }
}
