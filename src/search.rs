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

/// What the filter searches in an article: its headline and standfirst, folded.
/// Made once per edition, not once per keystroke.
pub fn search_key(headline: &str, dek: Option<&str>) -> String {
    match dek {
        Some(dek) => folded(&format!("{headline}\n{dek}")),
        None => folded(headline),
    }
}

/// Whether every word of the folded query occurs in the folded search key.
pub fn matches(folded_query: &str, search_key: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|word| search_key.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
