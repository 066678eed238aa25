use std::borrow::Borrow;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// An article's stable id: lowercase ASCII letters and digits in words joined by
/// single hyphens (`north-korea-troops-2000`), safe in a URL as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

/// Long enough for any headline-derived id, short enough to stay readable in a URL.
const MAX_LEN: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SlugError {
    #[error("must not be empty")]
    Empty,
    #[error("is {0} characters long; at most {MAX_LEN} are allowed")]
    TooLong(usize),
    #[error(
        "{0:?} is not a slug: use lowercase letters a-z, digits and single hyphens between words"
    )]
    Malformed(String),
}

// Lets maps keyed by ids be searched with the text of a link.
impl Borrow<str> for Slug {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = SlugError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.is_empty() {
            return Err(SlugError::Empty);
        }
        let length = value.chars().count();
        if length > MAX_LEN {
            return Err(SlugError::TooLong(length));
        }
        let words_are_well_formed = value.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        });
        if words_are_well_formed {
            Ok(Self(value))
        } else {
            Err(SlugError::Malformed(value))
        }
    }
}

validated_string!(Slug, SlugError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_words_joined_by_hyphens() {
        for slug in ["a", "seoul-2000", "north-korea-troops"] {
            assert!(Slug::try_from(slug).is_ok(), "{slug}");
        }
    }

    #[test]
    fn rejects_anything_else() {
        for slug in [
            "Seoul", "-seoul", "seoul-", "a--b", "a b", "a/b", "안녕", "a_b",
        ] {
            assert!(
                matches!(Slug::try_from(slug), Err(SlugError::Malformed(_))),
                "{slug}"
            );
        }
        assert_eq!(Slug::try_from(""), Err(SlugError::Empty));
        assert_eq!(
            Slug::try_from("a".repeat(129)),
            Err(SlugError::TooLong(129))
        );
    }
}
