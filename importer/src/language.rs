//! Naming the language of a text, when it is clear.
//!
//! Two signals, both cheap and both easy to check by eye: the script for
//! languages that have one of their own (Hangul, kana, Greek, Thai), and for
//! Latin-script languages the common short words that each language uses and
//! the others do not. When neither gives a clear answer the text is called
//! `und` (undetermined, BCP 47): naming the wrong language would misinform
//! screen readers, hyphenation and translation tools.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Words frequent in one language's news text and rare in the others listed.
const FUNCTION_WORDS: [(&str, &[&str]); 7] = [
    (
        "en",
        &[
            "the", "and", "of", "with", "that", "said", "was", "were", "is", "for", "has", "have",
            "from", "they", "this", "which", "would",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "nicht", "mit", "sich", "auf", "für", "ist", "wurde",
            "sagte", "eine", "dem", "den", "auch", "nach",
        ],
    ),
    (
        "fr",
        &[
            "les", "des", "est", "une", "dans", "pour", "qui", "sur", "pas", "avec", "été", "ont",
            "aux", "selon", "leur", "mais", "sont",
        ],
    ),
    (
        "es",
        &[
            "los", "las", "del", "una", "por", "para", "con", "fue", "según", "dijo", "pero",
            "sus", "entre", "más", "el", "y", "su",
        ],
    ),
    (
        "it",
        &[
            "il", "della", "delle", "che", "per", "sono", "nel", "gli", "non", "anche", "è", "dei",
            "stato", "ha", "alla", "nella", "degli",
        ],
    ),
    (
        "pt",
        &[
            "os", "uma", "não", "com", "para", "foi", "disse", "pelo", "pela", "são", "dos", "das",
            "mais", "também", "em", "ao", "à",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "niet", "dat", "zijn", "met", "voor", "werd", "zei", "ook",
            "naar", "bij", "heeft", "wordt", "maar", "zich",
        ],
    ),
];

/// The fewest function-word hits that name a language, and how many times more
/// than the runner-up they must be.
const MIN_HITS: usize = 3;
const MIN_LEAD: usize = 2;

/// The BCP 47 tag of the language `text` is written in, or `"und"`.
pub(super) fn guess_language(text: &str) -> &'static str {
    if let Some(tag) = language_of_script(text) {
        return tag;
    }
    let languages_of = languages_of_function_words();
    let mut counts = [0; FUNCTION_WORDS.len()];
    // One buffer for each word in lowercase in turn.
    let mut lowercase = String::new();
    for word in text
        .split(|character: char| !character.is_alphabetic())
        .filter(|word| !word.is_empty())
    {
        if word.is_ascii() {
            lowercase.clear();
            lowercase.push_str(word);
            lowercase.make_ascii_lowercase();
        } else {
            lowercase = word.to_lowercase();
        }
        let Some(&languages) = languages_of.get(lowercase.as_str()) else {
            continue;
        };
        for (language, count) in counts.iter_mut().enumerate() {
            *count += usize::from(languages & 1 << language != 0);
        }
    }
    let mut hits: Vec<(usize, &str)> = counts
        .into_iter()
        .zip(FUNCTION_WORDS.iter().map(|(tag, _)| *tag))
        .collect();
    hits.sort_by_key(|&(count, _)| std::cmp::Reverse(count));
    let (best, tag) = hits[0];
    let runner_up = hits[1].0;
    if best >= MIN_HITS && best >= MIN_LEAD * runner_up.max(1) {
        tag
    } else {
        "und"
    }
}

/// Each function word with the languages that list it, a bit each in the order of
/// [`FUNCTION_WORDS`]: one look-up a word of the text instead of one a language.
fn languages_of_function_words() -> &'static HashMap<&'static str, u8> {
    static LANGUAGES_OF: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    LANGUAGES_OF.get_or_init(|| {
        let mut languages_of = HashMap::new();
        for (language, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            for &word in *words {
                *languages_of.entry(word).or_default() |= 1 << language;
            }
        }
        languages_of
    })
}

/// Languages whose script is theirs alone, when most letters are in it. Han
/// characters with kana are Japanese; without, Chinese. Cyrillic and Arabic
/// script serve many languages and name none.
fn language_of_script(text: &str) -> Option<&'static str> {
    let mut letters = 0;
    let (mut hangul, mut kana, mut han, mut greek, mut thai) = (0, 0, 0, 0, 0);
    for character in text.chars().filter(|character| character.is_alphabetic()) {
        letters += 1;
        match character {
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' => {
                hangul += 1
            }
            '\u{3040}'..='\u{30ff}' => kana += 1,
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => han += 1,
            '\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}' => greek += 1,
            '\u{0e00}'..='\u{0e7f}' => thai += 1,
            _ => {}
        }
    }
    let most = |count: usize| letters > 0 && count * 2 > letters;
    if most(hangul) {
        Some("ko")
    } else if most(kana + han) && kana * 10 >= kana + han {
        Some("ja")
    } else if most(han) && kana == 0 {
        Some("zh")
    } else if most(greek) {
        Some("el")
    } else if most(thai) {
        Some("th")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_clear_languages() {
        assert_eq!(
            guess_language(
                "The troops were sent to the front, and the agency said that they had been killed."
            ),
            "en"
        );
        assert_eq!(
            guess_language(
                "Die Regierung sagte, dass die Truppen nicht mit der Armee auf dem Weg nach Berlin sind."
            ),
            "de"
        );
        assert_eq!(
            guess_language("서울 국가정보원은 화요일 북한군 2천 명이 숨졌다고 밝혔다"),
            "ko"
        );
        assert_eq!(
            guess_language("東京では月曜日に大雨が降り、川が氾濫した。"),
            "ja"
        );
        assert_eq!(guess_language("北京周一下大雨"), "zh");
    }

    #[test]
    fn says_undetermined_when_unsure() {
        assert_eq!(guess_language("Kim Jong Un, Vladimir Putin, Kursk"), "und");
        assert_eq!(guess_language("Москва заявила во вторник"), "und");
        assert_eq!(guess_language(""), "und");
    }
}
