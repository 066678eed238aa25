//! Photo captions that a scraper kept as lines of the text: "FILE - Soldiers march
//! in Red Square in Moscow, May 9, 2024. (AP Photo/Alexander Zemlianichenko,
//! File)". The importer reads text only, so the photo they describe is not in
//! the article; their opening "FILE -" must not be taken for a dateline either.
//!
//! A page's figure states its caption apart, credit included: the same credit
//! patterns split it into the photo's caption and credit.

use std::ops::Range;

use super::SourceLine;
use super::{Removal, RemovalRule, removal};

/// Words that only a photo credit has inside its parentheses: "(AP Photo/…)",
/// "(Photo by Jane Doe/Getty Images)", "(Reuters/Jane Doe, File)".
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographer",
    "picture",
    "pictures",
    "image",
    "images",
    "file",
];

/// Agencies whose credit names a photographer after a slash without the word
/// "photo": "(Reuters/Kim Hong-Ji)", "(EPA/Jane Doe)".
const PHOTO_AGENCIES: &[&str] = &[
    "ap",
    "afp",
    "anadolu",
    "ansa",
    "dpa",
    "epa",
    "getty",
    "kyodo",
    "reuters",
    "shutterstock",
    "sipa",
    "xinhua",
    "yonhap",
    "zuma",
];

/// What opens a credit that closes a caption without parentheses ("… in Moscow.
/// Photograph: Alexander Zemlianichenko/AP").
const CREDIT_OPENINGS: &[&str] = &[
    "photo:",
    "photograph:",
    "photo by",
    "photo credit:",
    "picture:",
    "image:",
    "credit:",
];

/// A credit names an agency and a photographer or two, not a sentence.
const MAX_CREDIT_WORDS: usize = 8;

/// A caption describes one picture in a sentence or two.
const MAX_CAPTION_WORDS: usize = 80;

/// Whether `line` is a photo's caption: it opens with the wire's "FILE" label and a
/// dash, or closes with a photo credit.
pub(super) fn is_photo_caption(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_CAPTION_WORDS && (opens_as_file_photo(line) || ends_in_credit(line))
}

/// Takes the photo captions out of `lines`, recording each removal.
pub(super) fn take_photo_captions(lines: &mut Vec<SourceLine<'_>>) -> Vec<Removal> {
    let mut removed = Vec::new();
    lines.retain(|line| {
        let is_caption = is_photo_caption(line.text);
        if is_caption {
            removed.push(removal(line.number, line.text, RemovalRule::PhotoCaption));
        }
        !is_caption
    });
    removed
}

/// A figure's caption split into what the photo shows and who made it: the
/// credit closes it in parentheses ("(Reuters)", "(AP Photo/Jane Doe)"), or
/// follows a credit's opening ("Photo: Jane Doe") or "©", or is a name and an
/// agency after a slash ("Jane Doe/Getty Images"). Either part may be missing;
/// a caption with no credit in it is all caption.
pub(super) fn split_credit(text: &str) -> (Option<&str>, Option<&str>) {
    let text = text.trim();
    let (caption, credit) = match credit_bounds(text) {
        Some(bounds) => (
            &text[..bounds.caption_end],
            Some(text[bounds.credit].trim()),
        ),
        None => (text, None),
    };
    let caption = caption
        .trim_end_matches([' ', '|', '-', '–', '—', ':', ','])
        .trim();
    (
        (!caption.is_empty()).then_some(caption),
        credit.filter(|credit| !credit.is_empty()),
    )
}

/// Where a figure's caption ends and its credit lies, in bytes of its text.
struct CreditBounds {
    caption_end: usize,
    credit: Range<usize>,
}

fn credit_bounds(text: &str) -> Option<CreditBounds> {
    if let Some(open) = text.strip_suffix(')').and_then(|before| before.rfind('(')) {
        let inside = &text[open + 1..text.len() - 1];
        if is_parenthesised_credit(inside) || is_agency(inside) {
            return Some(CreditBounds {
                caption_end: open,
                credit: open + 1..text.len() - 1,
            });
        }
    }
    if let Some(sign) = text.rfind('©') {
        let start = sign + '©'.len_utf8();
        if is_credit_length(&text[start..]) {
            return Some(CreditBounds {
                caption_end: sign,
                credit: start..text.len(),
            });
        }
    }
    // ASCII lowercase keeps every byte where it was, so positions in it are positions in `text`.
    let lower = text.to_ascii_lowercase();
    for opening in CREDIT_OPENINGS {
        if let Some(start) = lower.rfind(opening) {
            let before = text[..start].trim_end();
            let opens_a_part = before.is_empty()
                || before.ends_with(['.', '!', '?', '”', '"', ')', '|', '-', '–', '—']);
            let credit = start + opening.len()..text.len();
            if opens_a_part && is_credit_length(&text[credit.clone()]) {
                return Some(CreditBounds {
                    caption_end: start,
                    credit,
                });
            }
        }
    }
    let sentence_start = text.rfind(". ").map_or(0, |end| end + 2);
    let sentence = &text[sentence_start..];
    let names_an_agency_after_a_slash = sentence.rsplit_once('/').is_some_and(|(_, after)| {
        after.split_whitespace().next().is_some_and(|word| {
            is_agency(word) || CREDIT_WORDS.contains(&word.to_lowercase().as_str())
        })
    });
    (names_an_agency_after_a_slash && is_credit_length(sentence)).then_some(CreditBounds {
        caption_end: sentence_start,
        credit: sentence_start..text.len(),
    })
}

/// Whether `name` is a photo agency's name alone: "Reuters", "AP".
fn is_agency(name: &str) -> bool {
    PHOTO_AGENCIES.contains(&name.trim().to_lowercase().as_str())
}

/// A credit names someone in a few words, and is no sentence.
fn is_credit_length(credit: &str) -> bool {
    let credit = credit.trim();
    (1..=MAX_CREDIT_WORDS).contains(&credit.split_whitespace().count()) && !credit.ends_with('.')
}

/// "FILE - …", "FILE — …": the wire's mark of a caption for a photo from its files.
fn opens_as_file_photo(line: &str) -> bool {
    line.strip_prefix("FILE").is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with(['-', '–', '—']) && rest.chars().nth(1).is_some_and(char::is_whitespace)
    })
}

fn ends_in_credit(line: &str) -> bool {
    if let Some(inside) = line
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once('('))
        .map(|(_, inside)| inside)
    {
        return is_parenthesised_credit(inside);
    }
    // ASCII lowercase keeps every byte where it was, so positions in it are positions in `line`.
    let lower = line.to_ascii_lowercase();
    CREDIT_OPENINGS.iter().any(|opening| {
        lower.rfind(opening).is_some_and(|start| {
            let credit = &line[start + opening.len()..];
            let follows_a_sentence = line[..start]
                .trim_end()
                .ends_with(['.', '!', '?', '”', '"', ')']);
            follows_a_sentence && is_credit_length(credit)
        })
    })
}

/// "AP Photo/Alexander Zemlianichenko, File", "Reuters/Kim Hong-Ji", "Photo by
/// Jane Doe/Getty Images".
fn is_parenthesised_credit(inside: &str) -> bool {
    let words: Vec<String> = inside
        .split(|character: char| character.is_whitespace() || matches!(character, '/' | ','))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let names_an_agency_before_a_slash = inside.split_once('/').is_some_and(|(before, _)| {
        before
            .split_whitespace()
            .last()
            .is_some_and(|agency| PHOTO_AGENCIES.contains(&agency.to_lowercase().as_str()))
    });
    (1..=MAX_CREDIT_WORDS).contains(&words.len())
        && (words
            .iter()
            .any(|word| CREDIT_WORDS.contains(&word.as_str()))
            || names_an_agency_before_a_slash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_photo_captions_with_their_credit() {
        for line in [
            "FILE - Soldiers march in Red Square in Moscow, May 9, 2024. (AP Photo/Alexander Zemlianichenko, File)",
            "FILE — The harbour at dawn",
            "Soldiers march in Red Square in Moscow, May 9, 2024. (AP Photo/Alexander Zemlianichenko)",
            "Rescue workers search the rubble in Antakya. (Reuters/Umit Bektas)",
            "A man walks past the bank's headquarters. (Photo by Jane Doe/Getty Images)",
            "Troops parade in Pyongyang (EPA/KCNA)",
            "Soldiers march in Red Square. Photograph: Alexander Zemlianichenko/AP",
            "The council chamber on Monday. Photo: Jane Doe",
        ] {
            assert!(is_photo_caption(line), "{line}");
        }
    }

    #[test]
    fn splits_a_figure_caption_into_caption_and_credit() {
        for (text, caption, credit) in [
            (
                "The council chamber on Monday. Photo: Jane Doe",
                Some("The council chamber on Monday."),
                Some("Jane Doe"),
            ),
            (
                "Rescue workers in Antakya (Reuters)",
                Some("Rescue workers in Antakya"),
                Some("Reuters"),
            ),
            (
                "Soldiers march in Red Square. (AP Photo/Alexander Zemlianichenko, File)",
                Some("Soldiers march in Red Square."),
                Some("AP Photo/Alexander Zemlianichenko, File"),
            ),
            (
                "The harbour at dawn. © AP",
                Some("The harbour at dawn."),
                Some("AP"),
            ),
            (
                "A man walks past the bank. Jane Doe/Getty Images",
                Some("A man walks past the bank."),
                Some("Jane Doe/Getty Images"),
            ),
            ("Photo: Jane Doe", None, Some("Jane Doe")),
            ("Jane Doe/AP", None, Some("Jane Doe/AP")),
            (
                "The vote passed 52 to 48 (Senate/House)",
                Some("The vote passed 52 to 48 (Senate/House)"),
                None,
            ),
            (
                "She posted a photo: it showed the flooded street.",
                Some("She posted a photo: it showed the flooded street."),
                None,
            ),
        ] {
            assert_eq!(split_credit(text), (caption, credit), "{text}");
        }
    }

    #[test]
    fn keeps_paragraphs_that_end_in_parentheses_or_mention_photos() {
        for line in [
            "The vote passed 52 to 48 (Senate/House)",
            "The agency said 2,000 soldiers died (Yonhap)",
            "The ministry released the figures on Monday (see the table below)",
            "She posted a photo: it showed the flooded street.",
            "Officials said the photo was taken in May.",
            "FILED UNDER - Politics",
            "FILE-sharing sites were shut down",
            "A row over who took the picture (and who owns it) went to court, the paper reported on Monday in its weekend edition after weeks of talks",
        ] {
            assert!(!is_photo_caption(line), "{line}");
        }
    }
}
