//! Timestamps: RFC 3339 text as Graph writes it (seven fractional digits) and HTTP dates.
//!
//! Instants are counted in 100 ns ticks since the Unix epoch, the resolution Graph uses.

use std::time::{SystemTime, UNIX_EPOCH};

/// 100 ns ticks since 1970-01-01T00:00:00Z.
pub type Ticks = i64;

/// Ticks in one second.
pub const TICKS_PER_SECOND: i64 = 10_000_000;

/// The current time, in ticks.
pub fn now() -> Ticks {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_nanos() / 100) as i64,
        Err(_) => 0,
    }
}

/// `2022-08-24T23:28:11.1348863Z`; the fraction is left out when it is zero.
pub fn format_rfc3339(ticks: Ticks) -> String {
    let secs = ticks.div_euclid(TICKS_PER_SECOND);
    let frac = ticks.rem_euclid(TICKS_PER_SECOND);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    if frac == 0 {
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z")
    } else {
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{frac:07}Z")
    }
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`; digits past the seventh are dropped.
pub fn parse_rfc3339(text: &str) -> Option<Ticks> {
    let b = text.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let (h, m, s) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let mut rest = &b[19..];
    let mut frac: i64 = 0;
    if let Some((b'.', tail)) = rest.split_first() {
        let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        for (i, c) in tail[..n].iter().enumerate().take(7) {
            frac += i64::from(c - b'0') * 10i64.pow(6 - i as u32);
        }
        rest = &tail[n..];
    }
    let offset_secs = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2] => {
            let oh = digits(&[*oh1, *oh2])?;
            let om = digits(&[*om1, *om2])?;
            let v = oh * 3600 + om * 60;
            if *sign == b'-' { -v } else { v }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + h * 3600 + m * 60 + s - offset_secs;
    Some(secs * TICKS_PER_SECOND + frac)
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (the IMF-fixdate form of RFC 9110).
pub fn format_http_date(ticks: Ticks) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = ticks.div_euclid(TICKS_PER_SECOND);
    let days = secs.div_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}, {day:02} {} {year:04} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_fraction() {
        let text = "2022-08-24T23:28:11.1348863Z";
        let t = parse_rfc3339(text);
        assert_eq!(t.map(format_rfc3339).as_deref(), Some(text));
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
        assert_eq!(format_http_date(t), "Sun, 06 Nov 1994 08:49:37 GMT");
    }
}
