//! `Edm.TimeOfDay`.

use super::{ParseError, boxed_text, text_backed};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_of_day_validates_and_keeps_its_text() {
        assert!(TimeOfDay::parse("25:00:00").is_err());
        assert_eq!(
            TimeOfDay::parse("08:30:00.0000000")
                .expect("valid")
                .as_str(),
            "08:30:00.0000000"
        );
    }
}
