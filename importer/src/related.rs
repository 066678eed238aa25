//! The list of related headlines at the end of a scraped article.

mod error_page;

use super::SourceLine;
use super::spam::{split_trailing_url, whole_line_rule};
use edition::{RelatedItem, RemovalRule, Text, WebUrl};
use error_page::{is_error_page, is_one_word};

/// The marks that start a list item; a mark alone is an empty item.
const ITEM_MARKS: [char; 3] = ['-', '*', '•'];

/// The text of a list item ("- Headline" → "Headline"), or `None` for a line that
/// is not one. A line of marks only ("---", "***") is a separator, not an item.
pub(super) fn item_text(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(ITEM_MARKS)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

/// An item kept in the related list, or the rule that removes it.
pub(super) type Verdict = Result<RelatedItem, RemovalRule>;

/// Cleans the related list: drops empty and one-word items, error pages (see
/// `error_page`), repeats and the article's own headline, and turns an item that
/// ends in a web address into a link.
pub(super) fn clean_related(items: &[SourceLine<'_>], headline: &str) -> Vec<Verdict> {
    let own_headline = comparable(headline);
    let mut seen: Vec<String> = Vec::new();
    items
        .iter()
        .map(|item| {
            if item.text.is_empty() {
                return Err(RemovalRule::EmptyRelated);
            }
            if is_error_page(item.text) {
                return Err(RemovalRule::HttpErrorInRelated);
            }
            if let Some(rule) = whole_line_rule(item.text) {
                return Err(rule);
            }
            if is_one_word(item.text) {
                return Err(RemovalRule::EmptyRelated);
            }
            let related = related_item(item.text);
            let key = comparable(&related.headline);
            if key == own_headline {
                return Err(RemovalRule::RelatedIsHeadline);
            }
            if seen.contains(&key) {
                return Err(RemovalRule::DuplicateRelated);
            }
            seen.push(key);
            Ok(related)
        })
        .collect()
}

/// "Headline https://…" or "Headline (https://…)" becomes a link; anything else is
/// a headline without one.
fn related_item(text: &str) -> RelatedItem {
    let link = split_trailing_url(text).and_then(|(before, url)| {
        let headline = before
            .trim_end()
            .trim_end_matches(['(', '<', '[', ':', '|', '-', '–', '—'])
            .trim_end();
        let url = WebUrl::try_from(url)
            .ok()
            .filter(|url| url.to_ascii_lowercase().starts_with("http"))?;
        Some((Text::try_from(headline).ok()?, url))
    });
    match link {
        Some((headline, url)) => RelatedItem {
            headline,
            url: Some(url),
            article: None,
        },
        None => RelatedItem {
            headline: Text::try_from(text).expect("a non-empty item is non-empty text"),
            url: None,
            article: None,
        },
    }
}

/// Text as compared for sameness: case, quotation mark style, spacing and final
/// punctuation do not count.
pub(super) fn comparable(text: &str) -> String {
    if text.is_ascii() {
        // Every body line is compared with the headline: plain ASCII, the common
        // case, is made comparable in one copy, with no quotation marks to replace.
        let mut key = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
        key.make_ascii_lowercase();
        key.truncate(key.trim_end_matches(['.', '!', '?']).len());
        return key;
    }
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!', '?'])
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines<'a>(texts: &[&'a str]) -> Vec<SourceLine<'a>> {
        texts
            .iter()
            .zip(1..)
            .map(|(&text, number)| SourceLine { number, text })
            .collect()
    }

    #[test]
    fn reads_list_items() {
        assert_eq!(item_text("- Headline"), Some("Headline"));
        assert_eq!(item_text("• Headline"), Some("Headline"));
        assert_eq!(item_text("-"), Some(""));
        assert_eq!(item_text("-Headline"), None);
        assert_eq!(item_text("---"), None);
        assert_eq!(item_text("Headline"), None);
    }

    #[test]
    fn drops_http_error_lines_from_related() {
        let verdicts = clean_related(
            &lines(&["A story", "500 Internal Server Error", "Just a moment..."]),
            "Headline",
        );
        assert!(verdicts[0].is_ok());
        assert_eq!(verdicts[1], Err(RemovalRule::HttpErrorInRelated));
        assert_eq!(verdicts[2], Err(RemovalRule::HttpErrorInRelated));
    }

    #[test]
    fn drops_error_pages_in_any_wording_and_keeps_headlines_with_their_words() {
        let verdicts = clean_related(
            &lines(&[
                "Error 1020: Access denied",
                "Access denied to Gaza aid convoys, UN says",
                "503 Service Temporarily Unavailable",
                "Forbidden City reopens after renovation",
                "Pardon Our Interruption",
                "Service unavailable for 2 million as storm hits grid",
                "Loading...",
            ]),
            "Headline",
        );
        let rules: Vec<Option<RemovalRule>> = verdicts.iter().map(|v| v.clone().err()).collect();
        assert_eq!(
            rules,
            [
                Some(RemovalRule::HttpErrorInRelated),
                None,
                Some(RemovalRule::HttpErrorInRelated),
                None,
                Some(RemovalRule::HttpErrorInRelated),
                None,
                Some(RemovalRule::EmptyRelated),
            ]
        );
    }

    #[test]
    fn drops_empty_repeated_and_own_headline_items() {
        let verdicts = clean_related(
            &lines(&["", "A story", "A  Story.", "The Headline", "Another story"]),
            "The headline",
        );
        assert_eq!(verdicts[0], Err(RemovalRule::EmptyRelated));
        assert!(verdicts[1].is_ok());
        assert_eq!(verdicts[2], Err(RemovalRule::DuplicateRelated));
        assert_eq!(verdicts[3], Err(RemovalRule::RelatedIsHeadline));
        assert!(verdicts[4].is_ok());
    }

    #[test]
    fn turns_a_trailing_address_into_a_link() {
        let verdicts = clean_related(
            &lines(&[
                "Floods reach the coast (https://example.com/floods)",
                "Rain returns - https://example.com/rain",
                "See www.example.com",
            ]),
            "Headline",
        );
        let item = verdicts[0].as_ref().unwrap();
        assert_eq!(&*item.headline, "Floods reach the coast");
        assert_eq!(item.url.as_deref(), Some("https://example.com/floods"));
        let item = verdicts[1].as_ref().unwrap();
        assert_eq!(&*item.headline, "Rain returns");
        assert_eq!(item.url.as_deref(), Some("https://example.com/rain"));
        let item = verdicts[2].as_ref().unwrap();
        assert_eq!(&*item.headline, "See www.example.com");
        assert_eq!(item.url, None);
    }
}
