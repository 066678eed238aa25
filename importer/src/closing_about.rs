//! The description of a company or an author that closes an article.
//!
//! A press release ends with its company's boilerplate ("Ascom is a global
//! solutions provider…", "Ascom is headquartered in Baar…"), a blog post with
//! its author's bio under the author's name ("Regan" then "Regan is a
//! Southeastern Connecticut native…"). The markup seldom sets either apart,
//! and each reads as prose. What gives them away is their shape: each of the
//! closing paragraphs introduces the same name, or the one paragraph that does
//! stands under a line that is only that name. A news story's last paragraph
//! may introduce someone too ("Emirates is the number one buyer of…"), but once
//! and without the name above it.

/// Where the closing description of a company or an author starts among the
/// body's `paragraphs`: their number when there is none. The first paragraph
/// always stays.
pub(crate) fn closing_about_start(paragraphs: &[&str]) -> usize {
    let mut start = paragraphs.len();
    let mut names = Vec::new();
    while start > 1 {
        let Some(name) = introduced_name(paragraphs[start - 1]) else {
            break;
        };
        names.push(name);
        start -= 1;
    }
    let Some(&name) = names.last() else {
        return paragraphs.len();
    };
    if names.len() >= 2 && names.iter().all(|&each| each == name) {
        start
    } else if start > 1 && paragraphs[start - 1].trim() == name {
        start - 1
    } else {
        paragraphs.len()
    }
}

/// The name a paragraph opens by introducing: "Ascom" in "Ascom is a global
/// solutions provider…", "Jane Doe" in "Jane Doe is a reporter…". A name is one
/// to four capitalised words.
fn introduced_name(paragraph: &str) -> Option<&str> {
    const MAX_NAME_WORDS: usize = 4;
    /// What follows "is" when a sentence says what something is or where it is.
    const INTRODUCTIONS: &[&str] = &["a", "an", "the", "headquartered", "based", "one"];
    let words: Vec<&str> = paragraph
        .split_whitespace()
        .take(MAX_NAME_WORDS + 2)
        .collect();
    let verb = words
        .iter()
        .position(|&word| word == "is" || word == "are")?;
    if verb == 0 || !INTRODUCTIONS.contains(words.get(verb + 1)?) {
        return None;
    }
    if !words[..verb]
        .iter()
        .all(|word| word.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let last_word = words[verb - 1];
    let name_end = last_word.as_ptr() as usize - paragraph.as_ptr() as usize + last_word.len();
    Some(paragraph[..name_end].trim_end_matches(','))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: [&str; 2] = [
        "Ascom and GE Healthcare will sell the alarm system together in Europe from March, the two companies said on Tuesday.",
        "The system gathers the alarms of every device at an intensive care bed and sends the urgent ones to a nurse's phone.",
    ];

    fn kept<'a>(paragraphs: &[&'a str]) -> Vec<&'a str> {
        paragraphs[..closing_about_start(paragraphs)].to_vec()
    }

    #[test]
    fn drops_a_companys_closing_boilerplate() {
        let mut paragraphs = STORY.to_vec();
        paragraphs.extend([
            "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",
            "Ascom is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide.",
        ]);
        assert_eq!(kept(&paragraphs), STORY);
    }

    #[test]
    fn drops_an_authors_bio_under_the_authors_name() {
        let mut paragraphs = STORY.to_vec();
        paragraphs.extend([
            "Regan",
            "Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband.",
        ]);
        assert_eq!(kept(&paragraphs), STORY);
    }

    #[test]
    fn keeps_a_last_paragraph_that_introduces_someone_once() {
        let mut paragraphs = STORY.to_vec();
        paragraphs.push(
            "Emirates is the number one buyer of Airbus' iconic A380, with 123 of the planes in its fleet.",
        );
        assert_eq!(kept(&paragraphs), paragraphs);
    }

    #[test]
    fn reads_only_capitalised_words_as_a_name() {
        assert_eq!(
            introduced_name("Jane Doe, is a reporter for the Herald."),
            Some("Jane Doe")
        );
        assert_eq!(introduced_name("The plan is a failure, she said."), None);
        assert_eq!(introduced_name("Prices are rising again."), None);
    }
}
