//! Datelines ("SEOUL —", "NAIROBI, Kenya —", "LONDON (Reuters) —") and bylines
//! ("By Jane Doe").

/// What may stand between a dateline and the story, most specific first.
const DATELINE_DASHES: [&str; 6] = [" — ", " – ", " -- ", " - ", "—", "–"];

/// The longest place part a dateline can have: "WASHINGTON, Sept. 2 (AP)".
const MAX_DATELINE_CHARACTERS: usize = 60;

/// Splits a paragraph that opens with a dateline into the dateline as printed and
/// the rest of the paragraph (empty when the dateline stands on a line of its own).
///
/// The place is a city in capitals ("SEOUL", "RIO DE JANEIRO", "ST. PETERSBURG"),
/// optionally followed by a region or date after a comma ("NAIROBI, Kenya"), and an
/// agency in parentheses ("LONDON (Reuters)"); then a dash.
pub(super) fn split_dateline(paragraph: &str) -> Option<(&str, &str)> {
    let (place_end, dash) = DATELINE_DASHES
        .iter()
        .filter_map(|dash| Some((paragraph.find(dash)?, dash)))
        .min_by_key(|&(position, _)| position)?;
    let place = paragraph[..place_end].trim_end();
    let rest = paragraph[place_end..]
        .strip_prefix(dash)
        .unwrap_or_default()
        .trim_start();
    if place.chars().count() > MAX_DATELINE_CHARACTERS || !is_dateline_place(place) {
        return None;
    }
    // "SEOUL-based", "NAIROBI–Mombasa": a dash with no space after it inside a word.
    let dash_is_glued = !dash.starts_with(' ')
        && paragraph[place_end + dash.len()..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    (!dash_is_glued).then_some((place, rest))
}

fn is_dateline_place(place: &str) -> bool {
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

/// A line naming the writers: "By" and one to eight name words, each capitalised
/// or a joining word, with no sentence punctuation at the end (an initial aside).
pub(super) fn is_byline(line: &str) -> bool {
    let Some(names) = ["By ", "BY ", "by "]
        .iter()
        .find_map(|prefix| line.strip_prefix(prefix))
    else {
        return false;
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    let last = words.last().copied().unwrap_or_default();
    let ends_as_a_name = !last.ends_with(['.', '!', '?', ':', ';'])
        || (last.ends_with('.') && last.chars().filter(|c| c.is_alphabetic()).count() <= 2);
    (1..=8).contains(&words.len())
        && ends_as_a_name
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|word| {
            let word = word.trim_end_matches(',');
            word.chars().next().is_some_and(char::is_uppercase) || NAME_JOINERS.contains(&word)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn recognises_bylines() {
        for line in [
            "By Jane Doe",
            "By Jane Doe and John Roe",
            "By ANA DE SOUZA",
            "By Ana de Souza, Reuters",
            "By A. Reporter",
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
