//! `Edm.Guid`.

use super::{ParseError, boxed_text, text_backed};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_round_trips_its_text() {
        let guid = Guid::parse("3A1B5C2D-0000-4000-8000-00000000ABCD").expect("valid");
        assert_eq!(guid.as_str(), "3A1B5C2D-0000-4000-8000-00000000ABCD");
        assert!(Guid::parse("not-a-guid").is_err());
    }
}
