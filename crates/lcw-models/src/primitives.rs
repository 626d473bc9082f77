//! Edm primitive types whose wire text must survive a round trip.
//!
//! Date and time types keep the text they were read from and validate it with `jiff`; they are
//! written back exactly as read. Values built from `jiff` types are written in jiff's RFC 3339 /
//! ISO 8601 form (UTC `Z`, as few fractional digits as needed).

use std::fmt;
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
        ParseError { expected, text: text.to_owned() }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a valid {}", self.text, self.expected)
    }
}

impl std::error::Error for ParseError {}

/// Implements text access, `FromStr`, `Display` and serde for a type holding `text: Box<str>`
/// and a parsed value, given its `parse` function.
macro_rules! text_backed {
    ($ty:ident, $what:literal) => {
        impl $ty {
            /// The text exactly as read (or as formatted when built from a value).
            pub fn as_str(&self) -> &str {
                &self.text
            }
        }

        impl FromStr for $ty {
            type Err = ParseError;
            fn from_str(text: &str) -> Result<Self, ParseError> {
                $ty::parse(text)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.text)
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.text)
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
/// Graph sends up to 7 fractional digits; the text is kept so it is written back unchanged.
/// Equality compares the text; use [`Timestamp::to_jiff`] to compare instants.
///
/// Decoding checks the shape and the calendar (through `jiff::civil::Date`) but stores only the
/// text: pages carry thousands of timestamps and most are never looked at, so the instant is
/// computed by [`Timestamp::to_jiff`] when asked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: Box<str>,
}

impl Timestamp {
    /// Reads an RFC 3339 timestamp: `YYYY-MM-DDTHH:MM:SS`, optional fraction (up to 9 digits),
    /// then `Z` or `±HH:MM`.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        match rfc3339_fields(text.as_bytes()) {
            Some(_) => Ok(Timestamp { text: text.into() }),
            None => Err(ParseError::new("RFC 3339 timestamp", text)),
        }
    }

    /// The instant.
    pub fn to_jiff(&self) -> jiff::Timestamp {
        rfc3339_fields(self.text.as_bytes())
            .and_then(|(datetime, offset)| offset.to_timestamp(datetime).ok())
            // Text from `From<jiff::Timestamp>` outside years 0000-9999 is jiff's own format.
            .or_else(|| self.text.parse().ok())
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }
}

/// Two ASCII digits at `b[i..i + 2]`; the caller has checked the length.
#[inline(always)]
fn two_digits(b: &[u8], i: usize) -> Option<i8> {
    let (tens, ones) = (b[i].wrapping_sub(b'0'), b[i + 1].wrapping_sub(b'0'));
    (tens < 10 && ones < 10).then(|| (tens * 10 + ones) as i8)
}

/// The fields of an RFC 3339 timestamp, cut out by position; jiff checks their ranges.
fn rfc3339_fields(b: &[u8]) -> Option<(jiff::civil::DateTime, jiff::tz::Offset)> {
    const SCALE: [i32; 10] = [1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' || !b[10].eq_ignore_ascii_case(&b'T') {
        return None;
    }
    let year = i16::from(two_digits(b, 0)?) * 100 + i16::from(two_digits(b, 2)?);
    let (month, day) = (two_digits(b, 5)?, two_digits(b, 8)?);
    let (hour, minute, second) = (two_digits(b, 11)?, two_digits(b, 14)?, two_digits(b, 17)?);
    let mut pos = 19;
    let mut nanos = 0i32;
    if b[pos] == b'.' {
        pos += 1;
        let start = pos;
        while let Some(digit) = b.get(pos).map(|c| c.wrapping_sub(b'0')).filter(|d| *d < 10) {
            if pos - start == 9 {
                return None;
            }
            nanos = nanos * 10 + i32::from(digit);
            pos += 1;
        }
        if pos == start {
            return None;
        }
        nanos *= SCALE[pos - start];
    }
    let offset_seconds = match &b[pos..] {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (two_digits(b, pos + 1)?, two_digits(b, pos + 4)?);
            if h > 23 || m > 59 {
                return None;
            }
            let seconds = i32::from(h) * 3600 + i32::from(m) * 60;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let datetime = jiff::civil::DateTime::new(year, month, day, hour, minute, second, nanos).ok()?;
    Some((datetime, jiff::tz::Offset::from_seconds(offset_seconds).ok()?))
}

impl From<jiff::Timestamp> for Timestamp {
    fn from(instant: jiff::Timestamp) -> Self {
        Timestamp { text: instant.to_string().into() }
    }
}

text_backed!(Timestamp, "an RFC 3339 timestamp");

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
        let date = text.parse().map_err(|_| ParseError::new("date (YYYY-MM-DD)", text))?;
        Ok(Date { text: text.into(), date })
    }

    /// The calendar date.
    pub fn to_jiff(&self) -> jiff::civil::Date {
        self.date
    }
}

impl From<jiff::civil::Date> for Date {
    fn from(date: jiff::civil::Date) -> Self {
        Date { text: date.to_string().into(), date }
    }
}

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
        let time = text.parse().map_err(|_| ParseError::new("time of day", text))?;
        Ok(TimeOfDay { text: text.into(), time })
    }

    /// The wall-clock time.
    pub fn to_jiff(&self) -> jiff::civil::Time {
        self.time
    }
}

impl From<jiff::civil::Time> for TimeOfDay {
    fn from(time: jiff::civil::Time) -> Self {
        TimeOfDay { text: time.to_string().into(), time }
    }
}

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
        IsoDuration { text: span.to_string().into() }
    }
}

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
        Ok(Guid { text: text.into(), uuid })
    }

    /// The GUID as a [`uuid::Uuid`].
    pub fn to_uuid(&self) -> uuid::Uuid {
        self.uuid
    }
}

impl From<uuid::Uuid> for Guid {
    fn from(uuid: uuid::Uuid) -> Self {
        Guid { text: uuid.hyphenated().to_string().into(), uuid }
    }
}

text_backed!(Guid, "a GUID");

/// `Edm.Double`: a JSON number, or one of the strings `"NaN"`, `"INF"`, `"-INF"`.
///
/// Written back as read: an integer stays an integer (`3`, not `3.0`), and non-finite values
/// as their strings.
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
        GraphDouble { value, integral: false }
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
                Ok(GraphDouble { value: v, integral: false })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<GraphDouble, E> {
                Ok(GraphDouble { value: v as f64, integral: true })
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
                Ok(GraphDouble { value, integral: false })
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
        Int64 { value, quoted: false }
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
                i64::try_from(v).map(Int64::from).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Int64, E> {
                // Only the canonical form, so writing it back gives the same text.
                match v.parse::<i64>() {
                    Ok(value) if value.to_string() == v => Ok(Int64 { value, quoted: true }),
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
            assert_eq!(ours, text.parse::<jiff::Timestamp>().expect("jiff reads it"), "{text}");
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
    fn timestamp_rejects_date_only_and_missing_offset() {
        assert!(Timestamp::parse("2024-05-01").is_err());
        assert!(Timestamp::parse("2024-05-01T08:30:00").is_err());
        assert!(Timestamp::parse("2024-05-01 08:30:00Z").is_err());
    }

    #[test]
    fn duration_and_guid_round_trip_their_text() {
        assert_eq!(IsoDuration::parse("P7D").expect("valid").to_jiff().get_days(), 7);
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
        assert_eq!(serde_json::from_str::<Int64>("\"42\"").expect("valid").get(), 42);
        assert!(serde_json::from_str::<Int64>("\"042\"").is_err());
        assert!(serde_json::from_str::<Int64>("1.5").is_err());
    }

    #[test]
    fn date_and_time_of_day_validate() {
        assert!(Date::parse("2024-02-30").is_err());
        assert_eq!(Date::parse("2024-02-29").expect("leap day").as_str(), "2024-02-29");
        assert!(TimeOfDay::parse("25:00:00").is_err());
        assert_eq!(TimeOfDay::parse("08:30:00.0000000").expect("valid").as_str(), "08:30:00.0000000");
    }
}
