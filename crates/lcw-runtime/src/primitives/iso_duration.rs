//! `Edm.Duration`.

use super::{ParseError, boxed_text, text_backed};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_round_trips_its_text() {
        assert_eq!(
            IsoDuration::parse("P7D")
                .expect("valid")
                .to_jiff()
                .get_days(),
            7
        );
        assert!(IsoDuration::parse("7 days").is_err());
    }
}
