//! `Edm.Date`.

use super::{ParseError, boxed_text, text_backed};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_validates_and_keeps_its_text() {
        assert!(Date::parse("2024-02-30").is_err());
        assert_eq!(
            Date::parse("2024-02-29").expect("leap day").as_str(),
            "2024-02-29"
        );
    }
}
