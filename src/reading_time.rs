//! How long an article takes to read, from its text and language.
//!
//! Speeds are characters per minute (spaces included) with their spread, from the
//! International Reading Speed Texts study (Trauzettel-Klosinski and Dietz, 2012),
//! the same figures Firefox's Reader View uses. Firefox files Japanese under `jw`
//! and Slovenian under `sk`; here they sit under their own codes, `ja` and `sl`.
//! Languages the study did not measure use the English figures.

use edition::{Article, Block, LanguageTag};

use crate::locale::{Message, Strings};

/// Reading speed for one language, in characters per minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Speed {
    mean: u32,
    spread: u32,
}

const ENGLISH: Speed = Speed {
    mean: 987,
    spread: 118,
};

/// Primary language subtag → speed.
const SPEEDS: [(&str, Speed); 17] = [
    (
        "ar",
        Speed {
            mean: 612,
            spread: 88,
        },
    ),
    (
        "de",
        Speed {
            mean: 920,
            spread: 86,
        },
    ),
    ("en", ENGLISH),
    (
        "es",
        Speed {
            mean: 1025,
            spread: 127,
        },
    ),
    (
        "fi",
        Speed {
            mean: 1078,
            spread: 121,
        },
    ),
    (
        "fr",
        Speed {
            mean: 998,
            spread: 126,
        },
    ),
    (
        "he",
        Speed {
            mean: 833,
            spread: 130,
        },
    ),
    (
        "it",
        Speed {
            mean: 950,
            spread: 140,
        },
    ),
    (
        "ja",
        Speed {
            mean: 357,
            spread: 56,
        },
    ),
    (
        "nl",
        Speed {
            mean: 978,
            spread: 143,
        },
    ),
    (
        "pl",
        Speed {
            mean: 916,
            spread: 126,
        },
    ),
    (
        "pt",
        Speed {
            mean: 913,
            spread: 145,
        },
    ),
    (
        "ru",
        Speed {
            mean: 986,
            spread: 175,
        },
    ),
    (
        "sl",
        Speed {
            mean: 885,
            spread: 145,
        },
    ),
    (
        "sv",
        Speed {
            mean: 917,
            spread: 156,
        },
    ),
    (
        "tr",
        Speed {
            mean: 1054,
            spread: 156,
        },
    ),
    (
        "zh",
        Speed {
            mean: 255,
            spread: 29,
        },
    ),
];

/// Whole minutes, from a fast reader's to a slow reader's; never below one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingTime {
    pub fastest: u32,
    pub slowest: u32,
}

impl ReadingTime {
    /// The time to read `characters` characters of text in `language` (a BCP 47 tag).
    pub fn of_text(characters: usize, language: &LanguageTag) -> Self {
        let speed = speed_for(language);
        let characters = u32::try_from(characters).unwrap_or(u32::MAX);
        let minutes = |per_minute: u32| characters.div_ceil(per_minute).max(1);
        Self {
            fastest: minutes(speed.mean + speed.spread),
            slowest: minutes(speed.mean - speed.spread),
        }
    }

    /// The time to read the article's text: its standfirst and every block of its body.
    pub fn of_article(article: &Article) -> Self {
        Self::of_text(characters_in(article), &article.language)
    }

    /// "1 minute read", "4 minute read", "4–5 minute read", in the interface's
    /// language.
    pub fn label(&self, strings: &Strings) -> String {
        if self.fastest == self.slowest {
            strings.text_with(Message::ReadingTime, &[("minutes", self.fastest.into())])
        } else {
            strings.text_with(
                Message::ReadingTimeRange,
                &[
                    ("fastest", self.fastest.into()),
                    ("slowest", self.slowest.into()),
                ],
            )
        }
    }

    /// The slower reader's time as an ISO 8601 duration (`PT5M`), for structured data.
    pub fn iso_duration(&self) -> String {
        format!("PT{}M", self.slowest)
    }
}

fn speed_for(language: &LanguageTag) -> Speed {
    let primary = language.primary();
    SPEEDS
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(primary))
        .map_or(ENGLISH, |(_, speed)| *speed)
}

/// Characters a reader reads: the standfirst and the body, headings, quotes and
/// their attributions included.
fn characters_in(article: &Article) -> usize {
    let dek = article.dek.as_ref().map_or(0, |dek| dek.chars().count());
    let body: usize = article
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph { text } | Block::Heading { text } => text.chars().count(),
            Block::Quote { text, attribution } => {
                text.chars().count() + attribution.as_ref().map_or(0, |name| name.chars().count())
            }
        })
        .sum();
    dek + body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::language;

    #[test]
    fn gives_a_range_from_fast_to_slow_readers() {
        // 3,000 characters of English: 3000 / 1105 → 3, 3000 / 869 → 4.
        assert_eq!(
            ReadingTime::of_text(3000, &language("en")),
            ReadingTime {
                fastest: 3,
                slowest: 4
            }
        );
        assert_eq!(
            ReadingTime::of_text(3000, &language("en-GB")).label(&Strings::default()),
            "3–4 minute read"
        );
    }

    #[test]
    fn says_one_number_when_fast_and_slow_readers_agree() {
        assert_eq!(
            ReadingTime::of_text(500, &language("en")).label(&Strings::default()),
            "1 minute read"
        );
        assert_eq!(
            ReadingTime::of_text(1, &language("fr")).label(&Strings::default()),
            "1 minute read"
        );
    }

    #[test]
    fn reads_slower_in_languages_with_denser_scripts() {
        // The same 1,000 characters: a minute or two in English, four or five in Chinese.
        assert_eq!(
            ReadingTime::of_text(1000, &language("en")).label(&Strings::default()),
            "1–2 minute read"
        );
        assert_eq!(
            ReadingTime::of_text(1000, &language("zh-Hant-TW")).label(&Strings::default()),
            "4–5 minute read"
        );
        assert_eq!(
            ReadingTime::of_text(1000, &language("ja")).label(&Strings::default()),
            "3–4 minute read"
        );
        assert_eq!(
            ReadingTime::of_text(1000, &language("AR")).label(&Strings::default()),
            "2 minute read"
        );
    }

    #[test]
    fn uses_english_speeds_for_languages_the_study_did_not_measure() {
        assert_eq!(
            ReadingTime::of_text(3000, &language("ko-KR")),
            ReadingTime::of_text(3000, &language("en"))
        );
        assert_eq!(
            ReadingTime::of_text(3000, &language("x-private")),
            ReadingTime::of_text(3000, &language("en"))
        );
    }

    #[test]
    fn writes_the_slow_reader_time_as_an_iso_duration() {
        assert_eq!(
            ReadingTime::of_text(3000, &language("en")).iso_duration(),
            "PT4M"
        );
    }

    #[test]
    fn counts_the_standfirst_and_every_kind_of_block() {
        let edition = edition::parse_edition(
            r#"{ "articles": [{ "id": "a", "headline": "Not counted", "language": "en",
                "dek": "12345",
                "body": [
                  { "type": "paragraph", "text": "1234567890" },
                  { "type": "heading", "text": "123" },
                  { "type": "quote", "text": "ab", "attribution": "cd" },
                  { "type": "quote", "text": "é" }
                ] }] }"#,
        )
        .unwrap();
        assert_eq!(characters_in(&edition.articles()[0]), 5 + 10 + 3 + 4 + 1);
    }
}
