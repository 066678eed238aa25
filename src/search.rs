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

/// Whether every word of the folded query occurs in one of the folded texts.
pub fn matches(folded_query: &str, texts: &[&str]) -> bool {
    let folded_texts: Vec<String> = texts.iter().map(|text| folded(text)).collect();
    folded_query
        .split_whitespace()
        .all(|word| folded_texts.iter().any(|text| text.contains(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_occur_somewhere() {
        let texts = ["North Korean troops killed", "Seoul spy agency"];
        assert!(matches("troops seoul", &texts));
        assert!(matches(&folded("KOREAN Troops"), &texts));
        assert!(!matches("troops moscow", &texts));
        assert!(matches("", &texts));
    }
}
