//! What the native unit tests of several modules share.

use edition::LanguageTag;

/// A language tag the test knows is well formed.
pub fn language(tag: &str) -> LanguageTag {
    LanguageTag::try_from(tag).unwrap()
}
