//! Which way an article's language is written, for the `dir` attribute.

use edition::LanguageTag;

/// Scripts written right to left (ISO 15924 codes, as BCP 47 script subtags).
const RIGHT_TO_LEFT_SCRIPTS: [&str; 8] = [
    "adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa", "yezi",
];

/// Languages written right to left by default (primary subtags).
const RIGHT_TO_LEFT_LANGUAGES: [&str; 13] = [
    "ar", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "ug", "ur", "yi",
];

/// `"rtl"` or `"ltr"` for a BCP 47 language tag. A script subtag decides when there
/// is one (`az-Arab` is right to left, `ks-Deva` left to right); otherwise the language.
pub fn direction(language: &LanguageTag) -> &'static str {
    let right_to_left = match language.script() {
        Some(script) => RIGHT_TO_LEFT_SCRIPTS
            .iter()
            .any(|rtl| rtl.eq_ignore_ascii_case(script)),
        None => RIGHT_TO_LEFT_LANGUAGES
            .iter()
            .any(|rtl| rtl.eq_ignore_ascii_case(language.primary())),
    };
    if right_to_left { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::language;

    #[test]
    fn writes_arabic_hebrew_persian_and_urdu_right_to_left() {
        for tag in ["ar", "ar-EG", "he", "fa-IR", "ur", "yi", "AR"] {
            assert_eq!(direction(&language(tag)), "rtl", "{tag}");
        }
    }

    #[test]
    fn writes_other_languages_left_to_right() {
        for tag in ["en", "ko-KR", "zh-Hant-TW", "x-private", "de-CH-1996", "tr"] {
            assert_eq!(direction(&language(tag)), "ltr", "{tag}");
        }
    }

    #[test]
    fn lets_the_script_decide_when_the_tag_names_one() {
        assert_eq!(direction(&language("az-Arab")), "rtl");
        assert_eq!(direction(&language("ks-Deva")), "ltr");
        assert_eq!(direction(&language("ku-Latn")), "ltr");
        assert_eq!(direction(&language("ar-Latn")), "ltr");
    }
}
