//! Datelines ("SEOUL —", "NAIROBI, Kenya —", "LONDON (Reuters) —") and bylines
//! ("By Jane Doe"), on lines of their own or together ("By Jane Doe, SEOUL —"),
//! and the byline written for the authors a page or a feed names.

use edition::{LanguageTag, Text};

/// What may stand between a dateline and the story, most specific first.
const DATELINE_DASHES: [&str; 6] = [" — ", " – ", " -- ", " - ", "—", "–"];

/// The longest place part a dateline can have: "WASHINGTON, Sept. 2 (AP)".
const MAX_DATELINE_CHARACTERS: usize = 60;

/// Labels that wire services and news sites put before a dash at the start of a
/// paragraph, shaped like a city in capitals but naming no place: "FILE -" opens a
/// file photo's caption, "UPDATE -" a revised story, "WATCH -" a video. Compared
/// with the whole place part, so that "LIVE OAK, Fla. —" is still a place.
const WIRE_LABELS: &[&str] = &[
    "ADVISORY",
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "CORRECTED",
    "CORRECTION",
    "EDITORIAL",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACTBOX",
    "FACT CHECK",
    "FEATURE",
    "FILE",
    "FLASH",
    "GRAPHIC",
    "GRAPHICS",
    "INSIGHT",
    "INTERVIEW",
    "LISTEN",
    "LIVE",
    "LIVE UPDATES",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "PODCAST",
    "POLL",
    "REFILE",
    "REVIEW",
    "RPT",
    "SPONSORED",
    "UPDATE",
    "UPDATED",
    "UPDATES",
    "URGENT",
    "VIDEO",
    "WATCH",
    "WRAPUP",
];

/// Splits a paragraph that opens with a dateline into the dateline as printed and
/// the rest of the paragraph (empty when the dateline stands on a line of its own).
///
/// The place is a city in capitals ("SEOUL", "RIO DE JANEIRO", "ST. PETERSBURG"),
/// optionally followed by a region or date after a comma ("NAIROBI, Kenya"), and an
/// agency in parentheses ("LONDON (Reuters)"); then a dash. A wire label in the
/// place's stead ("FILE -", "UPDATE 2 -", "WATCH —") is no dateline.
pub(super) fn split_dateline(paragraph: &str) -> Option<(&str, &str)> {
    let (place, rest) = split_at_first_dash(paragraph)?;
    (place.chars().count() <= MAX_DATELINE_CHARACTERS && is_dateline_place(place))
        .then_some((place, rest))
}

/// A paragraph opening with a byline and a dateline ("By Jane Doe, SEOUL — Text"),
/// taken apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct BylineDateline<'a> {
    /// "By Jane Doe"
    pub byline: &'a str,
    /// "SEOUL"
    pub place: &'a str,
    /// "Text"; empty when nothing follows the dash.
    pub rest: &'a str,
}

/// Splits a paragraph that opens with a byline, a comma and a dateline ("By Jane
/// Doe, SEOUL — Text", "By Jane Doe and John Roe, Reuters, LONDON (Reuters) -").
/// The byline ends at the first comma after which a dateline's place follows, so
/// "By Jane Doe, John Roe and Ann Poe, SEOUL" keeps its three names.
pub(super) fn split_byline_dateline(paragraph: &str) -> Option<BylineDateline<'_>> {
    let (opening, rest) = split_at_first_dash(paragraph)?;
    opening
        .match_indices(',')
        .map(|(comma, _)| (opening[..comma].trim_end(), opening[comma + 1..].trim()))
        .find(|&(byline, place)| {
            is_byline(byline)
                && place.chars().count() <= MAX_DATELINE_CHARACTERS
                && is_dateline_place(place)
        })
        .map(|(byline, place)| BylineDateline {
            byline,
            place,
            rest,
        })
}

/// The text before the first dash of `paragraph` and the text after it, both
/// trimmed; `None` when there is no dash, or it is glued inside a word.
fn split_at_first_dash(paragraph: &str) -> Option<(&str, &str)> {
    let (place_end, dash) = DATELINE_DASHES
        .iter()
        .filter_map(|dash| Some((paragraph.find(dash)?, dash)))
        .min_by_key(|&(position, _)| position)?;
    let place = paragraph[..place_end].trim_end();
    let rest = paragraph[place_end..]
        .strip_prefix(dash)
        .unwrap_or_default()
        .trim_start();
    // "SEOUL-based", "NAIROBI–Mombasa": a dash with no space after it inside a word.
    let dash_is_glued = !dash.starts_with(' ')
        && paragraph[place_end + dash.len()..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    (!dash_is_glued).then_some((place, rest))
}

fn is_dateline_place(place: &str) -> bool {
    if is_wire_label(place) {
        return false;
    }
    let (place, agency) = match place
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once('('))
    {
        Some((place, agency)) => (place.trim_end(), Some(agency)),
        None => (place, None),
    };
    let agency_is_valid = agency.is_none_or(|agency| {
        let words = agency.split_whitespace().count();
        (1..=4).contains(&words) && agency.chars().next().is_some_and(char::is_uppercase)
    });
    let (city, region) = match place.split_once(',') {
        Some((city, region)) => (city, Some(region.trim())),
        None => (place, None),
    };
    let city_words: Vec<&str> = city.split_whitespace().collect();
    let city_is_valid = (1..=4).contains(&city_words.len())
        && city_words.iter().all(|word| is_capitals_word(word))
        && city
            .chars()
            .filter(|character| character.is_alphabetic())
            .count()
            >= 2;
    let region_is_valid = region.is_none_or(|region| {
        let words: Vec<&str> = region.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|word| {
                word.chars()
                    .next()
                    .is_some_and(|first| first.is_uppercase() || first.is_ascii_digit())
            })
    });
    agency_is_valid && city_is_valid && region_is_valid
}

/// A wire label, alone or numbered ("UPDATE 2"), or several joined by hyphens or
/// spaces ("EXCLUSIVE-UPDATE").
fn is_wire_label(place: &str) -> bool {
    let label = place.trim_end_matches(|character: char| {
        character.is_ascii_digit() || character.is_whitespace() || character == '-'
    });
    WIRE_LABELS.contains(&label)
        || label
            .split(['-', ' '])
            .filter(|part| !part.is_empty())
            .all(|part| WIRE_LABELS.contains(&part) || part.bytes().all(|b| b.is_ascii_digit()))
}

/// A word in capitals, with the marks place names use: "ST.", "N'DJAMENA", "SÃO".
fn is_capitals_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word.chars().all(|character| {
            character.is_uppercase() || matches!(character, '.' | '\'' | '’' | '-')
        })
}

/// Words that join names in a byline: "By Jane Doe and John Roe", "By Ana de Souza".
const NAME_JOINERS: &[&str] = &[
    "and", "&", "de", "da", "di", "del", "der", "van", "von", "den", "la", "le", "bin", "al", "y",
    "e", "und", "et",
];

/// The most words a byline has after "By": three names with their agency ("Jane
/// Doe, John Roe and Ann Poe, Associated Press") fit.
const MAX_BYLINE_WORDS: usize = 12;

/// A line naming the writers: "By" and one or more name words, each capitalised
/// or a joining word, with no sentence punctuation at the end (an initial aside).
/// Several people ("By Jane Doe, John Roe and Ann Poe") and agency credits ("By
/// Jane Doe, Reuters") are names too.
pub(super) fn is_byline(line: &str) -> bool {
    // "By" and the same word in the other languages of the language guess that
    // open a byline with it ("Von", "Par", "Por", "Door"); Italian's "Di" and
    // Portuguese's "De" also open names, so they are left out.
    let Some(names) = ["By ", "BY ", "by ", "Von ", "Par ", "Por ", "Door "]
        .iter()
        .find_map(|prefix| line.strip_prefix(prefix))
    else {
        return false;
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    let last = words.last().copied().unwrap_or_default();
    let ends_as_a_name = !last.ends_with(['.', '!', '?', ':', ';'])
        || (last.ends_with('.') && last.chars().filter(|c| c.is_alphabetic()).count() <= 2);
    (1..=MAX_BYLINE_WORDS).contains(&words.len())
        && ends_as_a_name
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|word| {
            let word = word.trim_end_matches(',');
            word.chars().next().is_some_and(char::is_uppercase) || NAME_JOINERS.contains(&word)
        })
}

/// The byline the importer writes for the names a page's or a feed's metadata
/// gives, in the form text bylines take in English ("By Jane Doe", "By Jane
/// Doe and John Roe", "By Jane Doe, John Roe and Ann Poe") when the article is
/// in English. In another language the names alone, joined by commas: "By"
/// and "and" are English words, and no byline beats one in the wrong language.
/// A single name that is already a byline ("By Jane Doe") is taken as it is.
pub(crate) fn byline_naming(names: &[&str], language: &LanguageTag) -> Option<Text> {
    let names: Vec<&str> = names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    let byline = match names[..] {
        [] => return None,
        [name] if is_byline(name) => name.to_owned(),
        _ if language.primary() != "en" => names.join(", "),
        [name] => format!("By {name}"),
        [ref others @ .., last] => format!("By {} and {last}", others.join(", ")),
    };
    Text::try_from(byline).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_one_byline_for_the_names_a_page_or_feed_gives() {
        let english = LanguageTag::try_from("en-GB").unwrap();
        let german = LanguageTag::try_from("de").unwrap();
        for (names, language, byline) in [
            (&["Jane Doe"][..], &english, Some("By Jane Doe")),
            (
                &["Jane Doe", " John Roe "],
                &english,
                Some("By Jane Doe and John Roe"),
            ),
            (
                &["Jane Doe", "John Roe", "Reuters"],
                &english,
                Some("By Jane Doe, John Roe and Reuters"),
            ),
            (&["By Jane Doe"], &english, Some("By Jane Doe")),
            (
                &["Jonas Reimann", "Lina Vos"],
                &german,
                Some("Jonas Reimann, Lina Vos"),
            ),
            (&["Von Jonas Reimann"], &german, Some("Von Jonas Reimann")),
            (&[], &english, None),
            (&["", " "], &english, None),
        ] {
            assert_eq!(
                byline_naming(names, language).as_deref(),
                byline,
                "{names:?}"
            );
        }
    }

    #[test]
    fn splits_datelines_as_printed() {
        for (paragraph, dateline, rest) in [
            (
                "SEOUL — Around 2,000 soldiers",
                "SEOUL",
                "Around 2,000 soldiers",
            ),
            (
                "NAIROBI, Kenya — Heavy rain",
                "NAIROBI, Kenya",
                "Heavy rain",
            ),
            (
                "LONDON (Reuters) – Prices rose",
                "LONDON (Reuters)",
                "Prices rose",
            ),
            (
                "WASHINGTON, Sept. 2 (AP) -- The",
                "WASHINGTON, Sept. 2 (AP)",
                "The",
            ),
            ("RIO DE JANEIRO - Carnival", "RIO DE JANEIRO", "Carnival"),
            ("ST. PETERSBURG—The city", "ST. PETERSBURG", "The city"),
            ("SÃO PAULO —", "SÃO PAULO", ""),
            ("LIVE OAK, Fla. — Storms", "LIVE OAK, Fla.", "Storms"),
            ("WATCH HILL, R.I. - Boats", "WATCH HILL, R.I.", "Boats"),
        ] {
            assert_eq!(
                split_dateline(paragraph),
                Some((dateline, rest)),
                "{paragraph}"
            );
        }
    }

    #[test]
    fn leaves_paragraphs_that_only_look_like_datelines() {
        for paragraph in [
            "The mayor — who spoke on Monday — said",
            "— We will not leave, she said.",
            "NATO-led forces moved in",
            "Seoul — the capital — is quiet",
            "A — B",
            "UN-backed talks — the first in years — began",
        ] {
            assert_eq!(split_dateline(paragraph), None, "{paragraph}");
        }
    }

    #[test]
    fn takes_no_wire_label_for_a_place() {
        for paragraph in [
            "FILE - Soldiers march in Red Square in Moscow, May 9, 2024. (AP Photo/Alexander Zemlianichenko, File)",
            "FILE — The harbour at dawn",
            "UPDATE - Officials now say 12 people died",
            "UPDATE 2 - Officials now say 12 people died",
            "WATCH - The moment the bridge fell",
            "EXCLUSIVE - Bank weighs a sale",
            "EXCLUSIVE-UPDATE 1 - Bank weighs a sale",
            "BREAKING - Parliament dissolved",
            "BREAKING NEWS — Parliament dissolved",
            "PHOTOS - A week in pictures",
            "VIDEO - Floods sweep through the valley",
            "ANALYSIS - Why the vote matters",
            "OPINION - The city needs more buses",
            "LIVE - Election night as it happens",
            "LIVE UPDATES — Election night",
            "EXPLAINER - What the ruling means",
            "FACTBOX - Who is running",
            "EDITOR'S NOTE — This story has been updated",
            "Analysis - Why the vote matters",
        ] {
            assert_eq!(split_dateline(paragraph), None, "{paragraph}");
        }
    }

    #[test]
    fn splits_a_byline_from_the_dateline_it_opens() {
        for (paragraph, byline, place, rest) in [
            (
                "By Jane Doe, SEOUL — Around 2,000 soldiers",
                "By Jane Doe",
                "SEOUL",
                "Around 2,000 soldiers",
            ),
            (
                "By Jane Doe and John Roe, NAIROBI, Kenya - Heavy rain",
                "By Jane Doe and John Roe",
                "NAIROBI, Kenya",
                "Heavy rain",
            ),
            (
                "By Jane Doe, John Roe and Ann Poe, Associated Press, WASHINGTON (AP) — The",
                "By Jane Doe, John Roe and Ann Poe, Associated Press",
                "WASHINGTON (AP)",
                "The",
            ),
            (
                "By Jane Doe, Reuters, LONDON (Reuters) —",
                "By Jane Doe, Reuters",
                "LONDON (Reuters)",
                "",
            ),
        ] {
            assert_eq!(
                split_byline_dateline(paragraph),
                Some(BylineDateline {
                    byline,
                    place,
                    rest
                }),
                "{paragraph}"
            );
        }
        for paragraph in [
            "By the end of the day, SEOUL — was quiet",
            "By Jane Doe, FILE - The harbour",
            "By Jane Doe — a profile",
            "SEOUL — Around 2,000 soldiers",
            "By Monday, the talks — long stalled — had resumed",
        ] {
            assert_eq!(split_byline_dateline(paragraph), None, "{paragraph}");
        }
    }

    #[test]
    fn recognises_bylines() {
        for line in [
            "By Jane Doe",
            "By Jane Doe and John Roe",
            "By ANA DE SOUZA",
            "By Ana de Souza, Reuters",
            "By A. Reporter",
            "By Jane Doe, John Roe and Ann Poe",
            "By Jane Doe and John Roe, Associated Press",
            "By Jane Doe, John Roe and Ann Poe, Associated Press",
            "By The Associated Press",
            "By Jane Doe, Reuters",
        ] {
            assert!(is_byline(line), "{line}");
        }
        for line in [
            "By the end of the day, the troops had left.",
            "By Monday afternoon nothing had changed",
            "Bystanders said nothing",
            "By",
        ] {
            assert!(!is_byline(line), "{line}");
        }
    }
}
