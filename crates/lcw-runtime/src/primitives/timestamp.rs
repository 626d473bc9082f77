//! `Edm.DateTimeOffset`.

use std::fmt;
use std::num::NonZeroU8;

use super::{ParseError, text_backed};

/// `Edm.DateTimeOffset`: an RFC 3339 timestamp such as `2024-05-01T08:30:00.1234567Z`.
///
/// Graph sends up to 7 fractional digits; the text is kept so it is written back unchanged
/// (its [`Display`](fmt::Display) and serde forms, and [`Timestamp::text`], are exactly what was
/// read). Equality compares the text; use [`Timestamp::to_jiff`] to compare instants.
///
/// Decoding checks the shape and the calendar. The text is stored as its fields (digits,
/// fraction length, letter case, offset sign) in 16 bytes: pages carry thousands of timestamps
/// and most are only written back, so reading one allocates nothing and moving one is cheap;
/// the instant is computed by [`Timestamp::to_jiff`] when asked.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    nanos: u32,
    /// -9999..=9999; negative years only come from `From<jiff::Timestamp>`.
    year: i16,
    /// Size of the UTC offset in minutes; its sign is in `style`.
    offset_minutes: u16,
    /// Non-zero, so `Option<Timestamp>` is 16 bytes too.
    month: NonZeroU8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    /// Fractional digits written: 0 (no `.`) to 9.
    fraction_digits: u8,
    /// [`LOWER_T`] and one of the `OFFSET_*` spellings.
    style: u8,
}

/// Style bit: the date and time were separated by `t`, not `T`.
const LOWER_T: u8 = 1;
/// Style bits 1-2: how the offset was written.
const OFFSET_MASK: u8 = 0b110;
const OFFSET_UPPER_Z: u8 = 0;
const OFFSET_LOWER_Z: u8 = 0b010;
const OFFSET_PLUS: u8 = 0b100;
const OFFSET_MINUS: u8 = 0b110;

impl Timestamp {
    /// The longest text this type reads: `YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM`.
    pub const MAX_LEN: usize = 35;

    /// Reads an RFC 3339 timestamp: `YYYY-MM-DDTHH:MM:SS`, optional fraction (up to 9 digits),
    /// then `Z` or `±HH:MM`.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        if text.len() > Self::MAX_LEN {
            return Err(ParseError::new(
                "RFC 3339 timestamp of at most 35 characters",
                text,
            ));
        }
        Self::read(text.as_bytes()).ok_or_else(|| ParseError::new("RFC 3339 timestamp", text))
    }

    /// The text exactly as read (or as formatted when built from a value).
    pub fn text(&self) -> TimestampText {
        let mut out = TimestampText {
            bytes: [0; TimestampText::CAPACITY],
            len: 0,
        };
        if self.year < 0 {
            // jiff's form for years before 0000: a sign and six digits.
            out.push(b"-");
            out.push_number(u32::from(self.year.unsigned_abs()), 6);
        } else {
            out.push_number(u32::from(self.year.unsigned_abs()), 4);
        }
        out.push(b"-");
        out.push_number(u32::from(self.month.get()), 2);
        out.push(b"-");
        out.push_number(u32::from(self.day), 2);
        out.push(if self.style & LOWER_T != 0 {
            b"t"
        } else {
            b"T"
        });
        out.push_number(u32::from(self.hour), 2);
        out.push(b":");
        out.push_number(u32::from(self.minute), 2);
        out.push(b":");
        out.push_number(u32::from(self.second), 2);
        if self.fraction_digits > 0 {
            out.push(b".");
            let digits = u32::from(self.fraction_digits);
            out.push_number(self.nanos / 10u32.pow(9 - digits), self.fraction_digits);
        }
        match self.style & OFFSET_MASK {
            OFFSET_UPPER_Z => out.push(b"Z"),
            OFFSET_LOWER_Z => out.push(b"z"),
            sign => {
                out.push(if sign == OFFSET_MINUS { b"-" } else { b"+" });
                out.push_number(u32::from(self.offset_minutes / 60), 2);
                out.push(b":");
                out.push_number(u32::from(self.offset_minutes % 60), 2);
            }
        }
        out
    }

    /// The instant, or [`OutOfRange`] when it lies past the end of jiff's range.
    ///
    /// jiff's instants end at `9999-12-30T22:00:00.999999999Z`, so a valid RFC 3339 timestamp in
    /// the last hours of year 9999 has no `jiff::Timestamp`. Graph writes
    /// `9999-12-31T23:59:59Z` for "never" (an expiry that does not come):
    /// [`Timestamp::is_graph_never`] recognises it.
    pub fn to_jiff(&self) -> Result<jiff::Timestamp, OutOfRange> {
        let seconds = i32::from(self.offset_minutes) * 60;
        let offset = if self.style & OFFSET_MASK == OFFSET_MINUS {
            -seconds
        } else {
            seconds
        };
        let month = self.month.get() as i8;
        jiff::civil::DateTime::new(
            self.year,
            month,
            self.day as i8,
            self.hour as i8,
            self.minute as i8,
            self.second as i8,
            self.nanos as i32,
        )
        .ok()
        .and_then(|datetime| {
            jiff::tz::Offset::from_seconds(offset)
                .ok()?
                .to_timestamp(datetime)
                .ok()
        })
        .ok_or(OutOfRange { text: self.text() })
    }

    /// Whether this is Graph's "never": `9999-12-31T23:59:59Z`, with or without fractional
    /// zeros (`9999-12-31T23:59:59.0000000Z`). It reads and round-trips like any timestamp, but
    /// [`Timestamp::to_jiff`] fails on it.
    pub fn is_graph_never(&self) -> bool {
        self.year == 9999
            && self.month.get() == 12
            && self.day == 31
            && (self.hour, self.minute, self.second, self.nanos) == (23, 59, 59, 0)
            && self.offset_minutes == 0
    }

    /// Reads the fields by position, checking every range (the calendar included) without
    /// building a date.
    fn read(b: &[u8]) -> Option<Self> {
        const SCALE: [u32; 10] = [
            1_000_000_000,
            100_000_000,
            10_000_000,
            1_000_000,
            100_000,
            10_000,
            1_000,
            100,
            10,
            1,
        ];
        let head: &[u8; 19] = b.get(..19)?.try_into().ok()?;
        // `| 0x20` folds `T` onto `t` (and nothing else onto it).
        if b.len() < 20
            || head[4] != b'-'
            || head[7] != b'-'
            || head[13] != b':'
            || head[16] != b':'
            || head[10] | 0x20 != b't'
        {
            return None;
        }
        // All fourteen digit positions at once, without a branch per digit.
        const DIGITS: [usize; 14] = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
        let digit = |i: usize| head[i].wrapping_sub(b'0');
        if DIGITS
            .iter()
            .fold(0, |bad, &i| bad | u8::from(digit(i) > 9))
            != 0
        {
            return None;
        }
        let pair = |i: usize| digit(i) * 10 + digit(i + 1);
        let year = i16::from(pair(0)) * 100 + i16::from(pair(2));
        let (month, day, hour, minute, second) = (pair(5), pair(8), pair(11), pair(14), pair(17));
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return None;
        }
        let mut style = if head[10] == b't' { LOWER_T } else { 0 };
        let mut pos = 19;
        let mut nanos = 0u32;
        let mut fraction_digits = 0;
        if b[pos] == b'.' {
            pos += 1;
            let start = pos;
            while let Some(digit) = b.get(pos).map(|c| c.wrapping_sub(b'0')).filter(|d| *d < 10) {
                if pos - start == 9 {
                    return None;
                }
                nanos = nanos * 10 + u32::from(digit);
                pos += 1;
            }
            if pos == start {
                return None;
            }
            nanos *= SCALE[pos - start];
            fraction_digits = (pos - start) as u8;
        }
        let offset_minutes = match &b[pos..] {
            [b'Z'] => 0,
            [b'z'] => {
                style |= OFFSET_LOWER_Z;
                0
            }
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let (h, m) = (two_digits(*h1, *h2)?, two_digits(*m1, *m2)?);
                if h > 23 || m > 59 {
                    return None;
                }
                style |= if *sign == b'-' {
                    OFFSET_MINUS
                } else {
                    OFFSET_PLUS
                };
                u16::from(h) * 60 + u16::from(m)
            }
            _ => return None,
        };
        Some(Timestamp {
            nanos,
            year,
            offset_minutes,
            month: NonZeroU8::new(month)?,
            day,
            hour,
            minute,
            second,
            fraction_digits,
            style,
        })
    }
}

/// Two ASCII digits as a number.
fn two_digits(tens: u8, ones: u8) -> Option<u8> {
    let (tens, ones) = (tens.wrapping_sub(b'0'), ones.wrapping_sub(b'0'));
    (tens < 10 && ones < 10).then_some(tens * 10 + ones)
}

/// Days in `month` (1-12) of the proleptic Gregorian `year`.
fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl From<jiff::Timestamp> for Timestamp {
    /// The instant in UTC, written as jiff writes it: `Z`, and as few fractional digits as needed.
    fn from(instant: jiff::Timestamp) -> Self {
        let utc = jiff::tz::Offset::UTC.to_datetime(instant);
        let nanos = utc.subsec_nanosecond().unsigned_abs();
        let fraction_digits = if nanos == 0 {
            0
        } else {
            9 - (0..9)
                .take_while(|k| nanos.is_multiple_of(10u32.pow(k + 1)))
                .count() as u8
        };
        Timestamp {
            nanos,
            year: utc.year(),
            offset_minutes: 0,
            // jiff's months are 1-12.
            month: NonZeroU8::new(utc.month().unsigned_abs()).unwrap_or(NonZeroU8::MIN),
            day: utc.day().unsigned_abs(),
            hour: utc.hour().unsigned_abs(),
            minute: utc.minute().unsigned_abs(),
            second: utc.second().unsigned_abs(),
            fraction_digits,
            style: OFFSET_UPPER_Z,
        }
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Timestamp").field(&&*self.text()).finish()
    }
}

text_backed!(Timestamp, text, "an RFC 3339 timestamp");

/// The text of a [`Timestamp`], formatted on the stack; dereferences to `str`.
#[derive(Clone, Copy)]
pub struct TimestampText {
    bytes: [u8; TimestampText::CAPACITY],
    len: u8,
}

impl TimestampText {
    /// Room for the longest text read and for jiff's six-digit signed years.
    const CAPACITY: usize = Timestamp::MAX_LEN + 3;

    fn push(&mut self, text: &[u8]) {
        let start = usize::from(self.len);
        if let Some(slot) = self.bytes.get_mut(start..start + text.len()) {
            slot.copy_from_slice(text);
            self.len += text.len() as u8;
        }
    }

    /// `value` in exactly `width` decimal digits, zero-padded (higher digits are dropped).
    fn push_number(&mut self, mut value: u32, width: u8) {
        let mut digits = [b'0'; 9];
        let digits = &mut digits[..usize::from(width).min(9)];
        for slot in digits.iter_mut().rev() {
            *slot = b'0' + (value % 10) as u8;
            value /= 10;
        }
        let digits: &[u8] = digits;
        self.push(digits);
    }
}

impl std::ops::Deref for TimestampText {
    type Target = str;
    fn deref(&self) -> &str {
        // Only ASCII digits and separators are pushed, so this never falls back.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Display for TimestampText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl fmt::Debug for TimestampText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// A [`Timestamp`] whose instant jiff cannot represent (see [`Timestamp::to_jiff`]).
#[derive(Debug, Clone, Copy)]
pub struct OutOfRange {
    text: TimestampText,
}

impl OutOfRange {
    /// The timestamp's text.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl PartialEq for OutOfRange {
    fn eq(&self, other: &Self) -> bool {
        *self.text == *other.text
    }
}

impl Eq for OutOfRange {}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is past the last instant jiff represents (9999-12-30T22:00:00.999999999Z)",
            &*self.text
        )
    }
}

impl std::error::Error for OutOfRange {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_keeps_seven_fractional_digits() {
        let text = "\"2024-05-01T08:30:00.1234567Z\"";
        let ts: Timestamp = serde_json::from_str(text).expect("valid timestamp");
        assert_eq!(serde_json::to_string(&ts).expect("serializes"), text);
        assert_eq!(ts.to_jiff().map(|t| t.subsec_nanosecond()), Ok(123_456_700));
    }

    #[test]
    fn timestamp_fast_path_agrees_with_jiff() {
        for text in [
            "2024-05-01T08:30:00Z",
            "2024-05-01T08:30:00.1Z",
            "2024-02-29T23:59:59.999999999+05:30",
            "1999-12-31t00:00:00-08:00",
            "2024-05-01T08:30:00.1234567z",
        ] {
            let ours = Timestamp::parse(text).expect("valid").to_jiff();
            assert_eq!(
                ours,
                Ok(text.parse::<jiff::Timestamp>().expect("jiff reads it")),
                "{text}"
            );
        }
        for bad in [
            "2023-02-29T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T08:30:00.Z",
            "2024-05-01T08:30:00.1234567890Z",
            "2024-05-01T08:30:00+0530",
            "2024-05-01T08:30:00+24:00",
            "2024-05-01T08:30:00Z ",
            "2024-5-01T08:30:00Z",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamp_text_is_kept_in_sixteen_bytes_and_bounded() {
        assert_eq!(std::mem::size_of::<Option<Timestamp>>(), 16);
        for text in [
            "2024-05-01T08:30:00.123456789+05:30",
            "2024-05-01t08:30:00.1000000z",
            "0001-01-01T00:00:00-00:00",
            "2024-05-01T08:30:00+00:00",
            "2024-05-01T08:30:00.0Z",
        ] {
            let ts = Timestamp::parse(text).expect("valid");
            assert_eq!(&*ts.text(), text);
            assert_eq!(ts.to_string(), text);
        }
        let too_long = "2024-05-01T08:30:00.1234567890123456789012345Z";
        let err = Timestamp::parse(too_long)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("at most 35 characters"), "{err}");
        assert!(serde_json::from_str::<Timestamp>(&format!("\"{too_long}\"")).is_err());
        // Escaped input (not borrowed from the buffer) is read the same way.
        let escaped: Timestamp =
            serde_json::from_str("\"2024-05-01T08:30:00\\u005a\"").expect("valid");
        assert_eq!(&*escaped.text(), "2024-05-01T08:30:00Z");
        assert_eq!(
            format!("{escaped:?}"),
            "Timestamp(\"2024-05-01T08:30:00Z\")"
        );
        // Equality is textual: the same instant written two ways differs.
        assert_ne!(
            Timestamp::parse("2024-05-01T08:30:00Z").ok(),
            Timestamp::parse("2024-05-01T08:30:00+00:00").ok()
        );
        assert_ne!(
            Timestamp::parse("2024-05-01T08:30:00.1Z").ok(),
            Timestamp::parse("2024-05-01T08:30:00.10Z").ok()
        );
    }

    #[test]
    fn values_built_from_jiff_are_written_as_jiff_writes_them() {
        for instant in [
            jiff::Timestamp::MIN,
            jiff::Timestamp::MAX,
            jiff::Timestamp::UNIX_EPOCH,
            jiff::Timestamp::new(1_714_552_200, 123_400_000).expect("in range"),
            jiff::Timestamp::new(-62_198_755_200, 0).expect("in range"),
        ] {
            let ts = Timestamp::from(instant);
            assert_eq!(ts.to_string(), instant.to_string());
            assert_eq!(ts.to_jiff(), Ok(instant));
        }
    }

    #[test]
    fn calendar_checks_agree_with_jiff() {
        // Every day number 00-32 of every month, around leap-year rules (1900, 2000, 2024, 2100).
        for year in [1900, 1999, 2000, 2023, 2024, 2100] {
            for month in 1..=12 {
                for day in 0..=32 {
                    let text = format!("{year:04}-{month:02}-{day:02}T12:00:00Z");
                    let jiff_reads = text.parse::<jiff::Timestamp>().is_ok();
                    assert_eq!(Timestamp::parse(&text).is_ok(), jiff_reads, "{text}");
                }
            }
        }
        for text in [
            "2024-05-01T23:59:60Z",
            "2024-05-01T23:60:00Z",
            "2024-00-10T00:00:00Z",
            "2024-13-10T00:00:00Z",
        ] {
            assert!(Timestamp::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn timestamp_rejects_date_only_and_missing_offset() {
        assert!(Timestamp::parse("2024-05-01").is_err());
        assert!(Timestamp::parse("2024-05-01T08:30:00").is_err());
        assert!(Timestamp::parse("2024-05-01 08:30:00Z").is_err());
    }

    #[test]
    fn graph_never_reads_and_round_trips_but_has_no_jiff_instant() {
        for text in [
            "9999-12-31T23:59:59Z",
            "9999-12-31T23:59:59.0000000Z",
            "9999-12-31T23:59:59+00:00",
        ] {
            let never: Timestamp =
                serde_json::from_str(&format!("\"{text}\"")).expect("a valid timestamp");
            assert!(never.is_graph_never(), "{text}");
            assert_eq!(never.to_string(), text);
            let err = never.to_jiff().expect_err("past jiff's range, not 1970");
            assert_eq!(err.text(), text);
            assert!(err.to_string().contains(text), "{err}");
        }
        // The last hours jiff has are fine, and an earlier instant is not "never".
        let last = Timestamp::parse("9999-12-30T22:00:00Z").expect("valid");
        assert_eq!(
            last.to_jiff(),
            Ok("9999-12-30T22:00:00Z".parse().expect("in range"))
        );
        assert!(!last.is_graph_never());
        assert!(
            Timestamp::parse("9999-12-30T22:00:01Z")
                .expect("valid")
                .to_jiff()
                .is_err()
        );
        // East of UTC, the same wall-clock time is an earlier instant that jiff has.
        let east = Timestamp::parse("9999-12-31T23:59:59+05:00").expect("valid");
        assert!(!east.is_graph_never());
        assert!(east.to_jiff().is_err(), "still after 9999-12-30T22:00Z");
        let far_east = Timestamp::parse("9999-12-31T01:00:00+05:00").expect("valid");
        assert!(far_east.to_jiff().is_ok());
    }
}
