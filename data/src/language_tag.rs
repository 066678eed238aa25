use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A well-formed BCP 47 language tag (`en`, `ko-KR`, `zh-Hant-TW`, `sr-Latn`).
///
/// This checks the tag's shape (RFC 5646 section 2.1), not that the registry
/// knows each subtag: the browser and the reader's assistive technology are
/// the ones that interpret it, and they accept any well-formed tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LanguageTagError {
    #[error("must not be empty")]
    Empty,
    #[error("{0:?} is not a BCP 47 language tag such as \"en\" or \"ko-KR\"")]
    Malformed(String),
}

impl TryFrom<String> for LanguageTag {
    type Error = LanguageTagError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.is_empty() {
            return Err(LanguageTagError::Empty);
        }
        if is_well_formed(&value) {
            Ok(Self(value))
        } else {
            Err(LanguageTagError::Malformed(value))
        }
    }
}

impl LanguageTag {
    /// The language subtag: `ko` of `ko-KR`, `x` of the private-use `x-private`.
    /// Subtags are as written; compare them ignoring case.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or_default()
    }

    /// The script subtag, four letters: `Hant` of `zh-Hant-TW`.
    pub fn script(&self) -> Option<&str> {
        self.script_and_region().0
    }

    /// The region subtag, two letters or three digits: `TW` of `zh-Hant-TW`,
    /// `419` of `es-419`.
    pub fn region(&self) -> Option<&str> {
        self.script_and_region().1
    }

    /// RFC 5646 orders them language, up to three extended language subtags,
    /// script, region; a private-use or irregular tag (`x-…`, `i-…`) has neither.
    fn script_and_region(&self) -> (Option<&str>, Option<&str>) {
        let mut subtags = self.0.split('-').peekable();
        if subtags.next().is_none_or(|primary| primary.len() == 1) {
            return (None, None);
        }
        for _ in 0..3 {
            subtags.next_if(|subtag| is_alphabetic(subtag, 3));
        }
        let script = subtags.next_if(|subtag| is_alphabetic(subtag, 4));
        let region = subtags.next_if(|subtag| {
            is_alphabetic(subtag, 2)
                || (subtag.len() == 3 && subtag.bytes().all(|byte| byte.is_ascii_digit()))
        });
        (script, region)
    }
}

fn is_alphabetic(subtag: &str, length: usize) -> bool {
    subtag.len() == length && subtag.bytes().all(|byte| byte.is_ascii_alphabetic())
}

fn is_well_formed(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let Some(primary) = subtags.next() else {
        return false;
    };
    let primary_is_valid = match primary.len() {
        // "x-…" is private use, "i-…" the legacy irregular tags.
        1 => matches!(primary, "x" | "X" | "i" | "I") && tag.len() > 2,
        2..=8 => primary.bytes().all(|byte| byte.is_ascii_alphabetic()),
        _ => false,
    };
    primary_is_valid
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len())
                && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric())
        })
}

validated_string!(LanguageTag, LanguageTagError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_well_formed_tags() {
        for tag in [
            "en",
            "ko-KR",
            "zh-Hant-TW",
            "sr-Latn",
            "es-419",
            "x-private",
            "de-CH-1996",
        ] {
            assert!(LanguageTag::try_from(tag).is_ok(), "{tag}");
        }
    }

    #[test]
    fn rejects_malformed_tags() {
        for tag in [
            "e",
            "english language",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "ko-KR-toolongsubtag",
            "x",
        ] {
            assert!(
                matches!(
                    LanguageTag::try_from(tag),
                    Err(LanguageTagError::Malformed(_))
                ),
                "{tag}"
            );
        }
        assert_eq!(LanguageTag::try_from(""), Err(LanguageTagError::Empty));
    }

    #[test]
    fn answers_its_language_script_and_region() {
        for (tag, primary, script, region) in [
            ("en", "en", None, None),
            ("ko-KR", "ko", None, Some("KR")),
            ("zh-Hant-TW", "zh", Some("Hant"), Some("TW")),
            ("sr-Latn", "sr", Some("Latn"), None),
            ("es-419", "es", None, Some("419")),
            ("de-CH-1996", "de", None, Some("CH")),
            ("zh-yue-Hant-HK", "zh", Some("Hant"), Some("HK")),
            ("AR-eg", "AR", None, Some("eg")),
            ("x-private", "x", None, None),
            ("i-klingon", "i", None, None),
            ("en-x-us", "en", None, None),
        ] {
            let language = LanguageTag::try_from(tag).unwrap();
            assert_eq!(
                (language.primary(), language.script(), language.region()),
                (primary, script, region),
                "{tag}"
            );
        }
    }
}
