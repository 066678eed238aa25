//! Counting and comparing words in any script.
//!
//! Scripts written without spaces (Chinese, Japanese) have no words to split on:
//! there a character counts as half a word, about what a headline's length in
//! characters means, and pairs of characters stand in for words when texts are
//! compared.

/// How many letters of a word are compared.
const STEM_LENGTH: usize = 5;

/// Whether `character` belongs to a script written without spaces between words.
pub(super) fn is_cjk(character: char) -> bool {
    matches!(character,
        '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' // CJK Extension A
        | '\u{4e00}'..='\u{9fff}' // CJK Unified Ideographs
        | '\u{f900}'..='\u{faff}' // CJK Compatibility Ideographs
    )
}

/// The length of `text` in words, a CJK character counting as half a word.
pub(super) fn length_in_words(text: &str) -> f32 {
    let spaced_words = text
        .split_whitespace()
        .filter(|word| {
            word.chars()
                .any(|character| character.is_alphanumeric() && !is_cjk(character))
        })
        .count();
    let cjk_characters = text.chars().filter(|&character| is_cjk(character)).count();
    spaced_words as f32 + cjk_characters as f32 / 2.0
}

/// The words of `text` that carry meaning, lowercased, for comparing texts: words
/// of four letters or more (shorter ones are mostly "the", "and", "der"), cut to
/// their first five letters so that "agency" meets "agencies" and "return" meets
/// "returned" (a stemmer that works the same in every language, if crudely), and
/// pairs of neighbouring CJK characters.
pub(super) fn content_tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    // One buffer for the lowercased letters of every word in turn.
    let mut spaced = String::new();
    for word in text.split(|character: char| !character.is_alphanumeric()) {
        spaced.clear();
        let mut previous_cjk: Option<char> = None;
        for character in word.chars() {
            if is_cjk(character) {
                if let Some(previous) = previous_cjk {
                    tokens.push([previous, character].iter().collect());
                }
                previous_cjk = Some(character);
            } else {
                previous_cjk = None;
                spaced.extend(character.to_lowercase());
            }
        }
        if spaced.chars().count() >= 4 {
            tokens.push(spaced.chars().take(STEM_LENGTH).collect());
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_spaced_words_and_half_cjk_characters() {
        assert_eq!(length_in_words("2,000 troops — killed"), 3.0);
        assert_eq!(length_in_words("東京で大雨"), 2.5);
    }

    #[test]
    fn keeps_long_words_and_cjk_pairs() {
        assert_eq!(
            content_tokens("Seoul’s spy agency, Straße"),
            ["seoul", "agenc", "straß"]
        );
        assert_eq!(content_tokens("大雨が"), ["大雨", "雨が"]);
    }
}
