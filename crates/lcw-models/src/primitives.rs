//! Edm primitive types whose wire text must survive a round trip.
//!
//! Date and time types keep the text they were read from and validate it with `jiff`; they are
//! written back exactly as read. Values built from `jiff` types are written in jiff's RFC 3339 /
//! ISO 8601 form (UTC `Z`, as few fractional digits as needed).

use std::fmt;
use std::num::NonZeroU8;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Text that is not a valid value of an Edm primitive type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    expected: &'static str,
    text: String,
}

impl ParseError {
    fn new(expected: &'static str, text: &str) -> Self {
        ParseError {
            expected,
            text: text.to_owned(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a valid {}", self.text, self.expected)
    }
}

impl std::error::Error for ParseError {}

/// Implements `as_str` for a type holding its wire text in `text: Box<str>`.
macro_rules! boxed_text {
    ($ty:ident) => {
        impl $ty {
            /// The text exactly as read (or as formatted when built from a value).
            pub fn as_str(&self) -> &str {
                &self.text
            }
        }
    };
}

/// Implements `FromStr`, `Display` and serde for a type with `parse` and a text accessor.
macro_rules! text_backed {
    ($ty:ident, $what:literal) => {
        text_backed!($ty, as_str, $what);
    };
    ($ty:ident, $text:ident, $what:literal) => {
        impl FromStr for $ty {
            type Err = ParseError;
            fn from_str(text: &str) -> Result<Self, ParseError> {
                $ty::parse(text)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.$text())
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.$text())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct TextVisitor;
                impl Visitor<'_> for TextVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        $ty::parse(v).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}

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

    /// The instant.
    pub fn to_jiff(&self) -> jiff::Timestamp {
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
        // Only past the end of jiff's range (the last hours of year 9999).
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
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

/// `Edm.Date`: `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Date {
    text: Box<str>,
    date: jiff::civil::Date,
}

impl Date {
    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        if text.len() != 10 {
            return Err(ParseError::new("date (YYYY-MM-DD)", text));
        }
        let date = text
            .parse()
            .map_err(|_| ParseError::new("date (YYYY-MM-DD)", text))?;
        Ok(Date {
            text: text.into(),
            date,
        })
    }

    /// The calendar date.
    pub fn to_jiff(&self) -> jiff::civil::Date {
        self.date
    }
}

impl From<jiff::civil::Date> for Date {
    fn from(date: jiff::civil::Date) -> Self {
        Date {
            text: date.to_string().into(),
            date,
        }
    }
}

boxed_text!(Date);
text_backed!(Date, "a date (YYYY-MM-DD)");

/// `Edm.TimeOfDay`: `HH:MM:SS` with optional fractional seconds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    text: Box<str>,
    time: jiff::civil::Time,
}

impl TimeOfDay {
    /// Reads `HH:MM:SS[.fffffff]`.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let time = text
            .parse()
            .map_err(|_| ParseError::new("time of day", text))?;
        Ok(TimeOfDay {
            text: text.into(),
            time,
        })
    }

    /// The wall-clock time.
    pub fn to_jiff(&self) -> jiff::civil::Time {
        self.time
    }
}

impl From<jiff::civil::Time> for TimeOfDay {
    fn from(time: jiff::civil::Time) -> Self {
        TimeOfDay {
            text: time.to_string().into(),
            time,
        }
    }
}

boxed_text!(TimeOfDay);
text_backed!(TimeOfDay, "a time of day (HH:MM:SS)");

/// `Edm.Duration`: an ISO 8601 duration such as `P7D` or `PT1H30M`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IsoDuration {
    text: Box<str>,
}

impl IsoDuration {
    /// Reads an ISO 8601 duration (`P1Y2M3DT4H5M6.5S`, optionally signed).
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let unsigned = text.trim_start_matches(['-', '+']);
        // jiff also reads its "friendly" format (`1 day`); the wire form always starts with `P`.
        if !unsigned.starts_with(['P', 'p']) || text.parse::<jiff::Span>().is_err() {
            return Err(ParseError::new("ISO 8601 duration", text));
        }
        Ok(IsoDuration { text: text.into() })
    }

    /// The duration as a calendar-aware span.
    pub fn to_jiff(&self) -> jiff::Span {
        // Validated in `parse`, or formatted by jiff itself in `From<jiff::Span>`.
        self.text.parse().unwrap_or_default()
    }
}

impl From<jiff::Span> for IsoDuration {
    fn from(span: jiff::Span) -> Self {
        IsoDuration {
            text: span.to_string().into(),
        }
    }
}

boxed_text!(IsoDuration);
text_backed!(IsoDuration, "an ISO 8601 duration");

/// `Edm.Guid`. The text is kept, so letter case is written back as read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Guid {
    text: Box<str>,
    uuid: uuid::Uuid,
}

impl Guid {
    /// Reads a hyphenated GUID.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        if text.len() != 36 {
            return Err(ParseError::new("GUID", text));
        }
        let uuid = uuid::Uuid::parse_str(text).map_err(|_| ParseError::new("GUID", text))?;
        Ok(Guid {
            text: text.into(),
            uuid,
        })
    }

    /// The GUID as a [`uuid::Uuid`].
    pub fn to_uuid(&self) -> uuid::Uuid {
        self.uuid
    }
}

impl From<uuid::Uuid> for Guid {
    fn from(uuid: uuid::Uuid) -> Self {
        Guid {
            text: uuid.hyphenated().to_string().into(),
            uuid,
        }
    }
}

boxed_text!(Guid);
text_backed!(Guid, "a GUID");

/// `Edm.Double`: a JSON number, or one of the strings `"NaN"`, `"INF"`, `"-INF"`.
///
/// Written back as read: an integer stays an integer (`3`, not `3.0`), and non-finite values
/// as their strings.
///
/// Also used for `Edm.Single` and `Edm.Decimal`. A decimal is held as an `f64`, so digits beyond
/// its 53-bit precision (about 15 significant digits, integers above 2^53) are rounded: JSON
/// numbers reach this type already parsed into a float, so their text cannot be kept. No
/// lifecycle workflows property is a decimal today.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GraphDouble {
    value: f64,
    integral: bool,
}

impl GraphDouble {
    /// The value.
    pub fn get(self) -> f64 {
        self.value
    }
}

impl From<f64> for GraphDouble {
    fn from(value: f64) -> Self {
        GraphDouble {
            value,
            integral: false,
        }
    }
}

impl Serialize for GraphDouble {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.value;
        if v.is_nan() {
            serializer.serialize_str("NaN")
        } else if v.is_infinite() {
            serializer.serialize_str(if v > 0.0 { "INF" } else { "-INF" })
        } else if self.integral {
            // Integral and read from an i64, so it fits.
            serializer.serialize_i64(v as i64)
        } else {
            serializer.serialize_f64(v)
        }
    }
}

impl<'de> Deserialize<'de> for GraphDouble {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DoubleVisitor;
        impl Visitor<'_> for DoubleVisitor {
            type Value = GraphDouble;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or \"NaN\", \"INF\", \"-INF\"")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<GraphDouble, E> {
                Ok(GraphDouble {
                    value: v,
                    integral: false,
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<GraphDouble, E> {
                Ok(GraphDouble {
                    value: v as f64,
                    integral: true,
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<GraphDouble, E> {
                match i64::try_from(v) {
                    Ok(v) => self.visit_i64(v),
                    Err(_) => self.visit_f64(v as f64),
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<GraphDouble, E> {
                let value = match v {
                    "NaN" => f64::NAN,
                    "INF" => f64::INFINITY,
                    "-INF" => f64::NEG_INFINITY,
                    _ => return Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                };
                Ok(GraphDouble {
                    value,
                    integral: false,
                })
            }
        }
        deserializer.deserialize_any(DoubleVisitor)
    }
}

/// `Edm.Int64`: a JSON number, or a numeric string when the request asked for
/// `IEEE754Compatible=true` (64-bit integers do not survive JavaScript's doubles).
///
/// Written back as read: a quoted value stays quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Int64 {
    value: i64,
    quoted: bool,
}

impl Int64 {
    /// The value.
    pub fn get(self) -> i64 {
        self.value
    }
}

impl From<i64> for Int64 {
    fn from(value: i64) -> Self {
        Int64 {
            value,
            quoted: false,
        }
    }
}

impl Serialize for Int64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            serializer.collect_str(&self.value)
        } else {
            serializer.serialize_i64(self.value)
        }
    }
}

impl<'de> Deserialize<'de> for Int64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Int64Visitor;
        impl Visitor<'_> for Int64Visitor {
            type Value = Int64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a 64-bit integer, as a number or a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int64, E> {
                Ok(Int64::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int64, E> {
                i64::try_from(v)
                    .map(Int64::from)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Int64, E> {
                // Only the canonical form, so writing it back gives the same text.
                match v.parse::<i64>() {
                    Ok(value) if value.to_string() == v => Ok(Int64 {
                        value,
                        quoted: true,
                    }),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                }
            }
        }
        deserializer.deserialize_any(Int64Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_keeps_seven_fractional_digits() {
        let text = "\"2024-05-01T08:30:00.1234567Z\"";
        let ts: Timestamp = serde_json::from_str(text).expect("valid timestamp");
        assert_eq!(serde_json::to_string(&ts).expect("serializes"), text);
        assert_eq!(ts.to_jiff().subsec_nanosecond(), 123_456_700);
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
                text.parse::<jiff::Timestamp>().expect("jiff reads it"),
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
            assert_eq!(ts.to_jiff(), instant);
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
    fn duration_and_guid_round_trip_their_text() {
        assert_eq!(
            IsoDuration::parse("P7D")
                .expect("valid")
                .to_jiff()
                .get_days(),
            7
        );
        assert!(IsoDuration::parse("7 days").is_err());
        let guid = Guid::parse("3A1B5C2D-0000-4000-8000-00000000ABCD").expect("valid");
        assert_eq!(guid.as_str(), "3A1B5C2D-0000-4000-8000-00000000ABCD");
        assert!(Guid::parse("not-a-guid").is_err());
    }

    #[test]
    fn double_reads_special_strings_and_keeps_integers() {
        for text in ["\"NaN\"", "\"INF\"", "\"-INF\"", "3", "2.5"] {
            let v: GraphDouble = serde_json::from_str(text).expect("valid double");
            assert_eq!(serde_json::to_string(&v).expect("serializes"), text);
        }
        assert!(serde_json::from_str::<GraphDouble>("\"Infinity\"").is_err());
    }

    #[test]
    fn int64_reads_numbers_and_strings_and_writes_them_back_as_read() {
        for text in ["9007199254740993", "\"9007199254740993\"", "-5"] {
            let v: Int64 = serde_json::from_str(text).expect("valid Int64");
            assert_eq!(serde_json::to_string(&v).expect("serializes"), text);
        }
        assert_eq!(
            serde_json::from_str::<Int64>("\"42\"")
                .expect("valid")
                .get(),
            42
        );
        assert!(serde_json::from_str::<Int64>("\"042\"").is_err());
        assert!(serde_json::from_str::<Int64>("1.5").is_err());
    }

    #[test]
    fn date_and_time_of_day_validate() {
        assert!(Date::parse("2024-02-30").is_err());
        assert_eq!(
            Date::parse("2024-02-29").expect("leap day").as_str(),
            "2024-02-29"
        );
        assert!(TimeOfDay::parse("25:00:00").is_err());
        assert_eq!(
            TimeOfDay::parse("08:30:00.0000000")
                .expect("valid")
                .as_str(),
            "08:30:00.0000000"
        );
    }
}
