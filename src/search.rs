//! The headline filter's matching: case- and accent-insensitive, so "seoul"
//! finds "Séoul" and "zurich" finds "ZÜRICH".

/// `text` lowercased with its accents and other combining marks removed.
///
/// In the browser this uses the JavaScript engine's Unicode tables
/// (`normalize("NFD")`), which the WebAssembly would otherwise have to carry.
/// Natively (prerendering) the filter is always empty, so lowercasing is enough.
pub fn folded(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static COMBINING_MARKS: js_sys::RegExp = js_sys::RegExp::new(r"\p{M}", "gu");
        }
        let decomposed = js_sys::JsString::from(text).normalize("NFD");
        let bare = COMBINING_MARKS.with(|marks| decomposed.replace_by_pattern(marks, ""));
        String::from(bare.to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// What the filter searches in each article: its headline and standfirst,
/// folded. Made once per edition, not once per keystroke.
///
/// The texts are folded together, as one string, and split again: one call into
/// the JavaScript engine instead of one per article, which is most of the cost
/// for an edition of thousands.
pub fn search_keys<'a>(articles: impl Iterator<Item = (&'a str, Option<&'a str>)>) -> Vec<String> {
    let mut joined = String::new();
    for (index, (headline, dek)) in articles.enumerate() {
        if index > 0 {
            joined.push(KEY_SEPARATOR);
        }
        joined.push_str(&headline.replace(KEY_SEPARATOR, " "));
        if let Some(dek) = dek {
            joined.push('\n');
            joined.push_str(&dek.replace(KEY_SEPARATOR, " "));
        }
    }
    if joined.is_empty() {
        // No articles, or one whose text folds to nothing: `split` would make one.
        return Vec::new();
    }
    folded(&joined)
        .split(KEY_SEPARATOR)
        .map(str::to_owned)
        .collect()
}

/// Between two articles' texts while they are folded together: a control
/// character that folding leaves as it is.
const KEY_SEPARATOR: char = '\u{1F}';

/// Whether every word of the folded query occurs in the folded search key.
pub fn matches(folded_query: &str, search_key: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|word| search_key.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search_key(headline: &str, dek: Option<&str>) -> String {
        let mut keys = search_keys([(headline, dek)].into_iter());
        assert_eq!(keys.len(), 1);
        keys.remove(0)
    }

    #[test]
    fn every_word_must_occur_in_the_headline_or_standfirst() {
        let key = search_key("North Korean troops killed", Some("Seoul spy agency"));
        assert!(matches("troops seoul", &key));
        assert!(matches(&folded("KOREAN Troops"), &key));
        assert!(!matches("troops moscow", &key));
        assert!(matches("", &key));
        assert!(
            !matches("killedseoul", &key),
            "words do not run across fields"
        );
    }

    #[test]
    fn makes_one_key_per_article_in_order() {
        let keys = search_keys(
            [
                ("First\u{1F}one", None),
                ("Second", Some("Its dek")),
                ("Third", None),
            ]
            .into_iter(),
        );
        assert_eq!(keys, ["first one", "second\nits dek", "third"]);
        assert!(search_keys(std::iter::empty()).is_empty());
    }
}
