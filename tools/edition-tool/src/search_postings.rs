//! The search index of a paged split, made from its headlines: `split` writes
//! it, `check` makes it again to compare with what a split folder holds.

use std::collections::{BTreeMap, BTreeSet};

use edition::{Headline, SearchChunk, SearchManifest, search_terms};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` folded the way the viewer's filter folds a query
/// (`text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()`): decomposed,
/// without its marks, lowercase. Built with the same rules, the index and the
/// reader's query meet; they differ only on characters that one side's Unicode
/// version has and the other's lacks (compared with Node 20's Unicode 17 over
/// every code point up to U+2FFFF: 37 marks new in Unicode 18, which this keeps
/// out and such a browser keeps in).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|character| !is_combining_mark(*character))
        .collect::<String>()
        .to_lowercase()
}

/// What the filter searches of an article: its headline and standfirst.
fn searched_text(headline: &Headline) -> String {
    match &headline.dek {
        Some(dek) => format!("{}\n{dek}", headline.headline),
        None => headline.headline.to_string(),
    }
}

/// Every term of every headline and standfirst of an edition, with the
/// positions (from 0, in the edition's order) of the articles holding it.
#[derive(Debug, Default, PartialEq)]
pub struct SearchPostings {
    terms: BTreeMap<String, Vec<u32>>,
}

impl SearchPostings {
    /// The postings of `headlines`, the whole edition's in its order.
    pub fn of<'a>(headlines: impl IntoIterator<Item = &'a Headline>) -> Self {
        let mut terms: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (position, headline) in (0u32..).zip(headlines) {
            // A term lists an article once, however often the article says it.
            let article_terms: BTreeSet<String> = search_terms(&fold(&searched_text(headline)))
                .into_iter()
                .collect();
            for term in article_terms {
                terms.entry(term).or_default().push(position);
            }
        }
        Self { terms }
    }

    /// Each term with the bytes its entry takes in a chunk's JSON, in order.
    pub fn entry_sizes(&self) -> Vec<(&str, usize)> {
        self.terms
            .iter()
            .map(|(term, positions)| (term.as_str(), entry_json_bytes(term, positions)))
            .collect()
    }

    /// The chunks `manifest` cuts these terms into, one for each of its starts.
    pub fn chunks(&self, manifest: &SearchManifest) -> Vec<SearchChunk> {
        let starts = manifest.starts();
        let mut chunks = vec![BTreeMap::new(); starts.len()];
        let mut number = 0;
        for (term, positions) in &self.terms {
            while starts
                .get(number + 1)
                .is_some_and(|next| next.as_str() <= term.as_str())
            {
                number += 1;
            }
            chunks[number].insert(term.clone(), positions.clone());
        }
        chunks.into_iter().map(SearchChunk::new).collect()
    }
}

/// The bytes of `"term":[first,gap,…],` in a chunk, as `SearchChunk::to_json`
/// writes it.
fn entry_json_bytes(term: &str, positions: &[u32]) -> usize {
    let quoted = serde_json::to_string(term).map_or(term.len() + 2, |json| json.len());
    let mut previous = None;
    let numbers: usize = positions
        .iter()
        .map(|&position| {
            let gap = previous.map_or(position, |previous| position - previous);
            previous = Some(position);
            gap.checked_ilog10().map_or(1, |digits| digits as usize + 1)
        })
        .sum();
    // The colon, the brackets, a comma between the numbers and one after the entry.
    quoted + 1 + 2 + numbers + positions.len().saturating_sub(1) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_the_viewer_folds_a_query() {
        // What `"…".normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()` gives.
        assert_eq!(
            fold("Séoul ZÜRICH Ελλάδα İstanbul Ñandú"),
            "seoul zurich ελλαδα istanbul nandu"
        );
    }

    fn headline(text: &str, dek: Option<&str>) -> Headline {
        serde_json::from_value(serde_json::json!({
            "id": "x",
            "headline": text,
            "dek": dek,
            "language": "en",
        }))
        .unwrap()
    }

    #[test]
    fn lists_each_article_once_under_each_term_of_its_headline_and_standfirst() {
        let postings = SearchPostings::of(&[
            headline("Rain in Zürich", Some("Rain, rain and more rain")),
            headline("Sun in Zurich", None),
        ]);
        let terms: Vec<(&str, &[u32])> = postings
            .terms
            .iter()
            .map(|(term, positions)| (term.as_str(), positions.as_slice()))
            .collect();
        assert_eq!(
            terms,
            [
                ("and", &[0][..]),
                ("in", &[0, 1]),
                ("more", &[0]),
                ("rain", &[0]),
                ("sun", &[1]),
                ("zurich", &[0, 1]),
            ]
        );
    }

    #[test]
    fn measures_each_entry_as_a_chunk_writes_it() {
        let postings = SearchPostings::of(&[
            headline("Rain", None),
            headline("Sun", None),
            headline("Rain", None),
        ]);
        let manifest = SearchManifest::new(vec![String::new()]).unwrap();
        let json = postings.chunks(&manifest)[0].to_json();
        let sizes: usize = postings.entry_sizes().iter().map(|(_, size)| size).sum();
        // `{"terms":{` and `}}\n` around the entries, less the last comma.
        assert_eq!(json.len(), "{\"terms\":{".len() + sizes - 1 + "}}\n".len());
    }

    #[test]
    fn cuts_the_terms_where_the_manifest_says() {
        let postings = SearchPostings::of(&[headline("apple banana cherry date", None)]);
        let manifest =
            SearchManifest::new(vec![String::new(), "b".to_owned(), "cherry".to_owned()]).unwrap();
        let chunks = postings.chunks(&manifest);
        let terms: Vec<Vec<&str>> = chunks
            .iter()
            .map(|chunk| chunk.terms().keys().map(String::as_str).collect())
            .collect();
        assert_eq!(
            terms,
            [vec!["apple"], vec!["banana"], vec!["cherry", "date"]]
        );
    }
}
