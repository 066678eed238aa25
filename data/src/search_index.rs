//! The search index of a paged edition: every word of every headline and
//! standfirst, with the positions of the articles that hold it, cut into chunks
//! by alphabetical ranges so that a query downloads only the chunks its words
//! fall in. `search/chunks.json` beside the index says where each chunk starts
//! and which file `search/<number>.json` holds it (a [`SearchManifest`]). The
//! index itself does not name them, so that it stays the same size however
//! large the edition.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::EditionError;

/// Where a paged index's search index sits, relative to the index.
pub const SEARCH_INDEX_PATH: &str = "search/chunks.json";

/// The terms of a text that is already folded (lowercased, accents removed,
/// the way the viewer's filter folds): each run of letters and digits, except
/// that runs in scripts written without spaces between words (Chinese,
/// Japanese, Thai, Lao, Khmer, Burmese) give each pair of neighbouring
/// characters, or the character alone when it stands by itself, since their
/// words cannot be told apart without a dictionary.
///
/// The same function reads the headlines when the index is built and the
/// reader's query when it is searched, so the two always agree.
pub fn search_terms(folded: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut run = String::new();
    let mut unspaced = Vec::new();
    for character in folded.chars().chain(std::iter::once(' ')) {
        if character.is_alphanumeric() && !is_unspaced(character) {
            run.push(character);
            continue;
        }
        if !run.is_empty() {
            terms.push(std::mem::take(&mut run));
        }
        if is_unspaced(character) {
            unspaced.push(character);
            continue;
        }
        match unspaced.as_slice() {
            [] => {}
            [alone] => terms.push(alone.to_string()),
            pairs => terms.extend(pairs.windows(2).map(|pair| pair.iter().collect())),
        }
        unspaced.clear();
    }
    terms
}

/// Whether `character` belongs to a script whose words are not separated by spaces.
fn is_unspaced(character: char) -> bool {
    matches!(character,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // halfwidth Katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B onwards
    ) && character.is_alphanumeric()
}

/// Where each chunk of the search index starts, and its file: the chunk `n`
/// holds the terms from `chunks[n]` (included) up to `chunks[n + 1]`
/// (excluded), in the order of their Unicode code points, and is the file
/// `search/<files[n]>.json`. The first chunk starts at the empty string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawManifest", into = "RawManifest")]
pub struct SearchManifest {
    chunks: Vec<String>,
    files: Vec<u32>,
}

/// The search index of a paged edition (`search/chunks.json` beside its
/// index): where each of its chunks starts, and the file that holds it. The
/// chunk `n` holds the terms from `chunks[n]` up to the next chunk's first, in
/// code point order, and is the file `search/<files[n]>.json` beside the index.
/// A chunk keeps its file from one split to the next while it keeps its start,
/// so that cutting another chunk in two renames nothing else.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "SearchManifest"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawManifest {
    /// The first term of each chunk, in ascending order; the first is "".
    chunks: Vec<String>,
    /// The number in each chunk's file name, one per chunk, no two alike.
    files: Vec<u32>,
}

impl TryFrom<RawManifest> for SearchManifest {
    type Error = String;

    fn try_from(raw: RawManifest) -> Result<Self, Self::Error> {
        Self::with_files(raw.chunks, raw.files)
    }
}

impl From<SearchManifest> for RawManifest {
    fn from(manifest: SearchManifest) -> Self {
        Self {
            chunks: manifest.chunks,
            files: manifest.files,
        }
    }
}

/// How many chunks one word of a query may need: a word matches every term it
/// begins, and a word of one or two letters begins too many terms to fetch.
pub const MAX_CHUNKS_PER_WORD: usize = 3;

impl SearchManifest {
    /// Chunks starting at `chunks`, in the files numbered from 0 in order.
    pub fn new(chunks: Vec<String>) -> Result<Self, String> {
        let files = (0..chunks.len())
            .map(|number| u32::try_from(number).map_err(|_| "too many search chunks".to_owned()))
            .collect::<Result<_, _>>()?;
        Self::with_files(chunks, files)
    }

    /// Chunks starting at `chunks` in the files `files`. Checks that the
    /// chunks start at "" and follow each other in order, and that each has a
    /// file of its own.
    pub fn with_files(chunks: Vec<String>, files: Vec<u32>) -> Result<Self, String> {
        if files.len() != chunks.len() {
            return Err(format!(
                "the search index names {} files for {} chunks; each chunk has one",
                files.len(),
                chunks.len()
            ));
        }
        let mut sorted_files = files.clone();
        sorted_files.sort_unstable();
        if let Some(pair) = sorted_files.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(format!("two search chunks have the file {}", pair[0]));
        }
        match chunks.first() {
            Some(first) if first.is_empty() => {}
            Some(first) => {
                return Err(format!(
                    "the first search chunk must start at \"\", not at {first:?}"
                ));
            }
            None => return Err("the search index must have at least one chunk".to_owned()),
        }
        if let Some(pair) = chunks.windows(2).find(|pair| pair[0] >= pair[1]) {
            return Err(format!(
                "the search chunks must start in ascending order: {:?} comes before {:?}",
                pair[0], pair[1]
            ));
        }
        Ok(Self { chunks, files })
    }

    /// These chunks with the files `earlier` gave the chunks that start where
    /// they do, and new files, numbered after all of `earlier`'s, for the others.
    pub fn keeping_files_of(self, earlier: &Self) -> Self {
        let mut next = earlier.files.iter().max().map_or(0, |last| last + 1);
        let files = self
            .chunks
            .iter()
            .map(|start| match earlier.chunks.binary_search(start) {
                Ok(position) => earlier.files[position],
                Err(_) => {
                    next += 1;
                    next - 1
                }
            })
            .collect();
        Self { files, ..self }
    }

    /// Where the chunk `number` sits, relative to the edition's index.
    pub fn file_path(&self, number: usize) -> String {
        format!("search/{}.json", self.files[number])
    }

    /// How many chunks there are.
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Never: an index has at least one chunk.
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }

    /// The first term of each chunk.
    pub fn starts(&self) -> &[String] {
        &self.chunks
    }

    /// The terms the chunk `number` may hold: from its first term up to the next
    /// chunk's (`None`: to the end).
    pub fn range(&self, number: usize) -> (&str, Option<&str>) {
        (
            &self.chunks[number],
            self.chunks.get(number + 1).map(String::as_str),
        )
    }

    /// The chunks holding every term that begins with `prefix`.
    pub fn chunks_for_prefix(&self, prefix: &str) -> Range<usize> {
        // The chunk `prefix` itself would be in, then every chunk that starts
        // with a longer term beginning with it.
        let first = self
            .chunks
            .partition_point(|start| start.as_str() <= prefix)
            - 1;
        let end = first
            + 1
            + self.chunks[first + 1..]
                .iter()
                .take_while(|start| start.starts_with(prefix))
                .count();
        first..end
    }
}

/// One chunk of the search index: each term it holds, with the positions (in
/// the edition's order, from 0) of the articles whose headline or standfirst
/// has it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchChunk {
    terms: BTreeMap<String, Vec<u32>>,
}

/// A chunk of the search index of a paged edition, a file `search/<number>.json`
/// beside the index: each term from the chunk's start in `search/chunks.json`
/// up to the next chunk's, with the positions of the articles
/// whose headline or standfirst holds it, in the order the edition lists them
/// (0 is the first article). Each list gives the first position, then the
/// distance from each position to the next, which keeps the numbers short.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "SearchChunk"))]
#[serde(
    deny_unknown_fields,
    expecting = "a search chunk: an object with a \"terms\" object"
)]
pub(crate) struct RawChunk {
    /// Each term, with the first article's position and then the distances.
    pub(crate) terms: BTreeMap<String, Vec<u32>>,
}

impl SearchChunk {
    /// A chunk from each term's positions, each list ascending without repeats.
    pub fn new(terms: BTreeMap<String, Vec<u32>>) -> Self {
        Self { terms }
    }

    /// The chunk as written: positions given as distances.
    pub fn to_json(&self) -> String {
        let terms = self
            .terms
            .iter()
            .map(|(term, positions)| {
                let gaps = positions
                    .iter()
                    .scan(None, |previous: &mut Option<u32>, &position| {
                        let gap = previous.map_or(position, |previous| position - previous);
                        *previous = Some(position);
                        Some(gap)
                    })
                    .collect();
                (term.clone(), gaps)
            })
            .collect();
        serde_json::to_string(&RawChunk { terms }).expect("a search chunk serializes") + "\n"
    }

    /// Checks the chunk `number` of `manifest` as read, for an edition of
    /// `articles` articles: its terms fall in its range, and its positions
    /// ascend and name articles of the edition.
    pub(crate) fn admit(
        raw: RawChunk,
        number: usize,
        manifest: &SearchManifest,
        articles: usize,
    ) -> Result<Self, EditionError> {
        let (first, next) = manifest.range(number);
        let mut terms = BTreeMap::new();
        for (term, gaps) in raw.terms {
            if term.as_str() < first
                || next.is_some_and(|next| term.as_str() >= next)
                || term.is_empty()
            {
                return Err(EditionError::TermOutsideChunk { term, number });
            }
            let mut positions = Vec::with_capacity(gaps.len());
            let mut position: Option<u32> = None;
            for gap in gaps {
                let next_position = match position {
                    None => Some(gap),
                    Some(_) if gap == 0 => None,
                    Some(position) => position.checked_add(gap),
                };
                match next_position {
                    Some(next_position) if (next_position as usize) < articles => {
                        positions.push(next_position);
                        position = Some(next_position);
                    }
                    _ => return Err(EditionError::BadPositions { term, articles }),
                }
            }
            terms.insert(term, positions);
        }
        Ok(Self { terms })
    }

    /// The positions of the articles holding a term that begins with `prefix`,
    /// ascending, without repeats.
    pub fn positions_for_prefix(&self, prefix: &str) -> Vec<u32> {
        self.terms
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .take_while(|(term, _)| term.starts_with(prefix))
            .fold(Vec::new(), |found, (_, positions)| {
                positions_in_either(&found, positions)
            })
    }

    /// The terms, with their positions.
    pub fn terms(&self) -> &BTreeMap<String, Vec<u32>> {
        &self.terms
    }
}

/// The positions in either of two ascending lists, ascending, once each. (A
/// merge, not a sort: the viewer carries no sorting code for it.)
pub fn positions_in_either(first: &[u32], second: &[u32]) -> Vec<u32> {
    let mut either = Vec::with_capacity(first.len() + second.len());
    let (mut first, mut second) = (first.iter().peekable(), second.iter().peekable());
    loop {
        let next = match (first.peek(), second.peek()) {
            (Some(&&a), Some(&&b)) if a < b => first.next(),
            (Some(&&a), Some(&&b)) if b < a => second.next(),
            (Some(_), Some(_)) => {
                second.next();
                first.next()
            }
            (Some(_), None) => first.next(),
            (None, Some(_)) => second.next(),
            (None, None) => return either,
        };
        either.extend(next);
    }
}

/// The positions in both of two ascending lists, ascending.
pub fn positions_in_both(first: &[u32], second: &[u32]) -> Vec<u32> {
    let (mut first, mut second) = (first.iter().peekable(), second.iter().peekable());
    let mut both = Vec::new();
    while let (Some(&&a), Some(&&b)) = (first.peek(), second.peek()) {
        if a <= b {
            first.next();
        }
        if b <= a {
            second.next();
        }
        if a == b {
            both.push(a);
        }
    }
    both
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(starts: &[&str]) -> SearchManifest {
        SearchManifest::new(starts.iter().map(|start| (*start).to_owned()).collect()).unwrap()
    }

    #[test]
    fn terms_are_runs_of_letters_and_digits() {
        assert_eq!(
            search_terms("north korean troops: 1,500 killed—report"),
            ["north", "korean", "troops", "1", "500", "killed", "report"]
        );
        assert!(search_terms("  — … ").is_empty());
        assert_eq!(search_terms("séoul"), ["séoul"], "folding is the caller's");
    }

    #[test]
    fn unspaced_scripts_give_pairs_of_characters() {
        assert_eq!(search_terms("東京都で"), ["東京", "京都", "都で"]);
        assert_eq!(search_terms("東 京"), ["東", "京"]);
        assert_eq!(
            search_terms("g7サミット開幕"),
            ["g7", "サミ", "ミッ", "ット", "ト開", "開幕"]
        );
        assert_eq!(
            search_terms("서울 경찰"),
            ["서울", "경찰"],
            "Korean is written with spaces"
        );
    }

    #[test]
    fn positions_merge_and_meet_as_sets() {
        assert_eq!(
            positions_in_either(&[1, 4, 9], &[0, 4, 10]),
            [0, 1, 4, 9, 10]
        );
        assert_eq!(positions_in_either(&[], &[2, 3]), [2, 3]);
        assert_eq!(positions_in_both(&[1, 4, 9, 10], &[0, 4, 10, 12]), [4, 10]);
        assert!(positions_in_both(&[1], &[]).is_empty());
    }

    #[test]
    fn a_manifest_starts_at_nothing_and_ascends() {
        assert!(SearchManifest::new(vec![]).is_err());
        assert!(SearchManifest::new(vec!["a".to_owned()]).is_err());
        assert!(SearchManifest::new(vec![String::new(), "b".to_owned(), "b".to_owned()]).is_err());
        assert!(SearchManifest::new(vec![String::new(), "c".to_owned(), "b".to_owned()]).is_err());
        assert_eq!(manifest(&["", "b"]).len(), 2);
    }

    #[test]
    fn a_prefix_needs_the_chunks_its_terms_can_be_in() {
        let manifest = manifest(&["", "ca", "cat", "cath", "d", "m"]);
        assert_eq!(manifest.chunks_for_prefix("b"), 0..1);
        assert_eq!(manifest.chunks_for_prefix("ca"), 1..4);
        assert_eq!(manifest.chunks_for_prefix("cat"), 2..4);
        assert_eq!(manifest.chunks_for_prefix("catz"), 3..4);
        assert_eq!(manifest.chunks_for_prefix("c"), 0..4);
        assert_eq!(manifest.chunks_for_prefix("zebra"), 5..6);
        assert_eq!(manifest.chunks_for_prefix(""), 0..6);
    }

    #[test]
    fn positions_are_written_as_distances_and_read_back() {
        let chunk = SearchChunk::new(BTreeMap::from([
            ("korea".to_owned(), vec![3, 13, 15]),
            ("korean".to_owned(), vec![0, 13]),
            ("kyiv".to_owned(), vec![7]),
        ]));
        let json = chunk.to_json();
        assert_eq!(
            json,
            "{\"terms\":{\"korea\":[3,10,2],\"korean\":[0,13],\"kyiv\":[7]}}\n"
        );
        let raw: RawChunk = serde_json::from_str(&json).unwrap();
        let read = SearchChunk::admit(raw, 1, &manifest(&["", "k", "l"]), 16).unwrap();
        assert_eq!(read, chunk);
        assert_eq!(read.positions_for_prefix("kor"), [0, 3, 13, 15]);
        assert_eq!(read.positions_for_prefix("ky"), [7]);
        assert!(read.positions_for_prefix("x").is_empty());
    }

    #[test]
    fn a_chunk_holds_only_its_terms_and_the_edition_s_articles() {
        let manifest = manifest(&["", "k", "l"]);
        let read = |json: &str, articles| {
            let raw: RawChunk = serde_json::from_str(json).unwrap();
            SearchChunk::admit(raw, 1, &manifest, articles).map_err(|error| error.to_string())
        };
        assert!(read(r#"{"terms":{"lima":[1]}}"#, 5).is_err());
        assert!(read(r#"{"terms":{"jam":[1]}}"#, 5).is_err());
        assert!(
            read(r#"{"terms":{"kiwi":[1,4]}}"#, 5).is_err(),
            "position 5 of 5"
        );
        assert!(read(r#"{"terms":{"kiwi":[1,0]}}"#, 5).is_err(), "a repeat");
        assert!(read(r#"{"terms":{"kiwi":[4294967295,1]}}"#, 5).is_err());
        assert_eq!(
            read(r#"{"terms":{"kiwi":[1,3]}}"#, 5).unwrap(),
            SearchChunk::new(BTreeMap::from([("kiwi".to_owned(), vec![1, 4])]))
        );
    }
}
