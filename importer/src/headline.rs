//! Finding the headline among the lines of a scraped text.
//!
//! Scrapers lose the page's structure, so the headline can be anywhere: first, or
//! buried between two paragraphs. A line must first pass hard tests to be a
//! candidate at all, then the candidates are scored and the best one wins.
//!
//! **A candidate** is a line that
//! - has no final sentence punctuation (`.` `,` `;` `:` `…`, also before a closing
//!   quote): headlines are not sentences, paragraphs are;
//! - is 3 to 24 words long (a CJK character counts as half a word): shorter is a
//!   label, longer is prose;
//! - does not start with a lowercase letter (that is a sentence cut in two);
//! - is not a byline ("By …") or a dateline ("SEOUL —"), which look title-like but
//!   are neither.
//!
//! **The score** adds up, per candidate:
//!
//! | feature | weight | why |
//! | --- | --- | --- |
//! | share of its words (4+ letters, CJK pairs) found in the other lines | × 4.0 | a headline sums up its story, so its words come back in the text; a stray title-like line in the body, a caption or a menu item mostly do not. The strongest signal, hence the largest weight |
//! | it is the first line of the text | + 1.5 | where pages put the headline and top-down scrapes keep it; not more, since the seed shows it can be anywhere |
//! | 6 to 14 words | + 1.0 | the common length of a news headline |
//! | 4–5 or 15–18 words | + 0.5 | still a plausible length |
//! | most words capitalised (Title Case) | + 0.5 | a headline style prose never uses; small, since many sites use sentence case |
//! | ends in `?` or `!` | − 1.0 | allowed in headlines, but more often a quoted question in the text |
//! | wrapped in quotation marks as a whole | − 2.0 | a quotation on a line of its own is a paragraph of the story |
//! | a sentence break inside (". The") | − 1.5 | two sentences are prose, not a headline |
//!
//! The best score wins if it reaches [`MIN_SCORE`]; on a tie the earlier line wins.
//! Below that no line is a believable headline and the import asks for one rather
//! than guess.

use super::dateline::{is_byline, split_dateline};
use super::words::{content_tokens, length_in_words};

/// Below this, the best candidate is too weak to call a headline: one with no word
/// in common with the story and no other merit scores under it.
pub(super) const MIN_SCORE: f32 = 1.0;

const SUMMARY_WEIGHT: f32 = 4.0;
const FIRST_LINE_BONUS: f32 = 1.5;
const COMMON_LENGTH_BONUS: f32 = 1.0;
const PLAUSIBLE_LENGTH_BONUS: f32 = 0.5;
const TITLE_CASE_BONUS: f32 = 0.5;
const QUESTION_OR_EXCLAMATION_PENALTY: f32 = 1.0;
const WHOLLY_QUOTED_PENALTY: f32 = 2.0;
const INNER_SENTENCE_PENALTY: f32 = 1.5;

/// The line chosen for the headline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Choice {
    /// Index into the lines the choice was made from.
    pub index: usize,
    pub score: f32,
    /// How many lines were candidates.
    pub candidates: usize,
}

/// The index of the line that is most likely the headline, or `None` when no line
/// is a believable one.
pub(super) fn choose_headline(lines: &[&str]) -> Option<Choice> {
    let tokens: Vec<Vec<String>> = lines.iter().map(|line| content_tokens(line)).collect();
    let mut best: Option<Choice> = None;
    let mut candidates = 0;
    for (index, line) in lines.iter().enumerate() {
        if !is_candidate(line) {
            continue;
        }
        candidates += 1;
        let score = score(line, index, &tokens);
        if best.is_none_or(|best| score > best.score) {
            best = Some(Choice {
                index,
                score,
                candidates: 0,
            });
        }
    }
    best.filter(|best| best.score >= MIN_SCORE)
        .map(|best| Choice { candidates, ..best })
}

/// The hard tests of the module documentation.
fn is_candidate(line: &str) -> bool {
    // Cheapest first: most lines are paragraphs, and end like sentences.
    !ends_a_sentence(line)
        && (3.0..=24.0).contains(&length_in_words(line))
        && !line.chars().next().is_some_and(char::is_lowercase)
        && line.chars().any(char::is_alphabetic)
        && !is_byline(line)
        && split_dateline(line).is_none()
}

fn score(line: &str, index: usize, tokens: &[Vec<String>]) -> f32 {
    let mut score = SUMMARY_WEIGHT * share_found_elsewhere(index, tokens);
    if index == 0 {
        score += FIRST_LINE_BONUS;
    }
    let words = length_in_words(line);
    if (6.0..=14.0).contains(&words) {
        score += COMMON_LENGTH_BONUS;
    } else if (4.0..=18.0).contains(&words) {
        score += PLAUSIBLE_LENGTH_BONUS;
    }
    if is_title_case(line) {
        score += TITLE_CASE_BONUS;
    }
    let last = without_closers(line).chars().next_back();
    if matches!(last, Some('?' | '!' | '？' | '！')) {
        score -= QUESTION_OR_EXCLAMATION_PENALTY;
    }
    if is_wholly_quoted(line) {
        score -= WHOLLY_QUOTED_PENALTY;
    }
    if has_inner_sentence_break(line) {
        score -= INNER_SENTENCE_PENALTY;
    }
    score
}

/// The share of the line's content words that also occur in some other line.
fn share_found_elsewhere(index: usize, tokens: &[Vec<String>]) -> f32 {
    let own = &tokens[index];
    if own.is_empty() {
        return 0.0;
    }
    let found = own
        .iter()
        .filter(|token| {
            tokens
                .iter()
                .enumerate()
                .any(|(other, words)| other != index && words.contains(token))
        })
        .count();
    found as f32 / own.len() as f32
}

/// The line without the quotation marks and brackets that may close it.
fn without_closers(line: &str) -> &str {
    line.trim_end_matches(['"', '\'', '”', '’', '»', '」', '』', ')', ']'])
}

/// Whether the line ends like a sentence or a clause: `.` `,` `;` `:` or an ellipsis.
fn ends_a_sentence(line: &str) -> bool {
    without_closers(line)
        .chars()
        .next_back()
        .is_some_and(|last| {
            matches!(
                last,
                '.' | ',' | ';' | ':' | '…' | '。' | '，' | '；' | '：'
            )
        })
}

/// Most words after the first start with a capital: "Troops Killed In Russia".
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .skip(1)
        .filter(|word| word.chars().count() >= 4)
        .collect();
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 2 && capitalised * 10 >= words.len() * 6
}

fn is_wholly_quoted(line: &str) -> bool {
    let opens = line.starts_with(['"', '“', '‘', '«', '„', '「', '『']);
    let closes = line.ends_with(['"', '”', '’', '»', '“', '」', '』']);
    opens && closes
}

/// A sentence mark followed by a space and a capital inside the line: ". The".
fn has_inner_sentence_break(line: &str) -> bool {
    let characters: Vec<char> = line.chars().collect();
    characters.windows(3).any(|window| {
        matches!(window[0], '.' | '!' | '?') && window[1] == ' ' && window[2].is_uppercase()
    }) && !has_only_abbreviation_breaks(line)
}

/// "U.S. Troops", "Gen. Kim": a capital after a short abbreviation is no sentence break.
fn has_only_abbreviation_breaks(line: &str) -> bool {
    line.split_whitespace()
        .filter(|word| word.ends_with(['.', '!', '?']))
        .all(|word| {
            let letters = word
                .chars()
                .filter(|character| character.is_alphabetic())
                .count();
            word.ends_with('.') && (letters <= 3 || word.chars().filter(|&c| c == '.').count() > 1)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_LINES: [&str; 5] = [
        "SEOUL — Around 2,000 North Korean soldiers deployed to help Russia fight Ukraine are estimated to have been killed, Seoul’s spy agency said Tuesday, according to a lawmaker.",
        "South Korean and Western intelligence agencies have said the North sent more than 10,000 soldiers to Russia in 2024 — primarily to the Kursk region — along with artillery shells.",
        "“It is assessed that out of the recent third deployment plan of 6,000 troops, around 1,000 combat engineers have arrived in Russia,” MP Lee said.",
        "2,000 North Korean troops killed in Russia deployment: Seoul spy agency",
        "State media has run images of an emotional Kim embracing a returned soldier.",
    ];

    #[test]
    fn finds_the_headline_in_the_middle_of_the_text() {
        let choice = choose_headline(&SEED_LINES).unwrap();
        assert_eq!(choice.index, 3);
        assert_eq!(choice.candidates, 1);
    }

    #[test]
    fn prefers_the_first_line_over_a_title_like_line_in_the_body() {
        let lines = [
            "Heavy rain floods Nairobi as river bursts its banks",
            "NAIROBI, Kenya — Heavy rain flooded parts of Nairobi on Monday after the river burst its banks.",
            "Rescue teams searched for residents in the flooded areas of Nairobi",
            "The river rose two metres overnight, officials said.",
        ];
        assert_eq!(choose_headline(&lines).unwrap().index, 0);
    }

    #[test]
    fn passes_over_a_quotation_on_a_line_of_its_own() {
        let lines = [
            "“We will rebuild every house in this valley”",
            "Flood waters recede in the valley as villagers return",
            "Villagers returned to the valley on Sunday as flood waters receded.",
            "“We will rebuild every house,” the mayor said.",
        ];
        assert_eq!(choose_headline(&lines).unwrap().index, 1);
    }

    #[test]
    fn finds_no_headline_in_prose_alone() {
        let lines = [
            "The council met on Monday.",
            "It decided nothing, members said.",
        ];
        assert_eq!(choose_headline(&lines), None);
    }

    #[test]
    fn skips_bylines_and_datelines() {
        for line in [
            "By Jane Doe and John Roe",
            "NAIROBI, Kenya —",
            "LONDON (Reuters) —",
        ] {
            assert!(!is_candidate(line), "{line}");
        }
    }

    #[test]
    fn reads_sentence_ends_through_closing_quotes() {
        assert!(ends_a_sentence("He called it “unbearable pain.”"));
        assert!(!ends_a_sentence("Mayor vows to “rebuild the valley”"));
    }

    #[test]
    fn finds_a_headline_in_a_script_without_spaces() {
        let lines = [
            "東京で大雨、川が氾濫し住民が避難",
            "東京では月曜日に大雨が降り、川が氾濫した。住民は避難した。",
        ];
        assert_eq!(choose_headline(&lines).unwrap().index, 0);
    }
}
