use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Text a reader sees: trimmed, never empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Text(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TextError {
    #[error("must not be empty")]
    Empty,
}

impl TryFrom<String> for Text {
    type Error = TextError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            Err(TextError::Empty)
        } else if trimmed.len() == value.len() {
            Ok(Self(value))
        } else {
            Ok(Self(trimmed.to_owned()))
        }
    }
}

validated_string!(Text, TextError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_surrounding_white_space() {
        assert_eq!(&*Text::try_from("  Seoul \n").unwrap(), "Seoul");
    }

    #[test]
    fn rejects_empty_and_blank_text() {
        assert_eq!(Text::try_from(""), Err(TextError::Empty));
        assert_eq!(Text::try_from(" \t\n"), Err(TextError::Empty));
    }
}
