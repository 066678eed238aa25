//! A paged edition's headlines and search. Its index holds the first page of
//! headlines; the other pages and the chunks of its search index are
//! downloaded when the headline list or the filter needs them, and kept.

use std::collections::HashMap;
use std::rc::Rc;

use edition::{
    Document, EditionError, EditionIndex, Headline, MAX_CHUNKS_PER_WORD, ParseError,
    SEARCH_INDEX_PATH, SearchChunk, SearchManifest, Slug, index_page_path, parse_index_page_bytes,
    parse_search_chunk_bytes, parse_search_index_bytes, positions_in_both, positions_in_either,
    search_terms,
};
use yew::prelude::*;

use super::edition_load::{Articles, Loaded};
use super::split_articles::use_index_cancellation;
use crate::api::{self, LoadError};
use crate::components::{Listing, ListingStatus};

/// A file of a paged edition beside its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum PagedFile {
    /// The page of headlines with this number, from 2: the index holds the first.
    Page(usize),
    /// Where each chunk of the search index starts.
    SearchIndex,
    /// The chunk of the search index with this number.
    Chunk(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum FileLoad {
    InProgress,
    Page(Rc<[Rc<Headline>]>),
    SearchIndex(Rc<SearchManifest>),
    Chunk(Rc<SearchChunk>),
    Failed(LoadError),
}

/// The pages and search chunks of a paged edition the viewer has asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct PagedFiles {
    /// Whose index the files belong to. An answer for another is dropped.
    index_url: Option<String>,
    files: HashMap<PagedFile, FileLoad>,
}

pub(super) enum PagedFetch {
    Started {
        index_url: String,
        file: PagedFile,
    },
    Finished {
        index_url: String,
        file: PagedFile,
        result: Result<FileLoad, LoadError>,
    },
    /// "Try again": the files that failed are fetched again when needed.
    ForgetFailures,
    /// The index was replaced, or the viewer removed.
    Cancelled,
}

impl PagedFiles {
    fn get(&self, index_url: &str, file: PagedFile) -> Option<&FileLoad> {
        if self.index_url.as_deref() != Some(index_url) {
            return None;
        }
        self.files.get(&file)
    }

    /// The search index of the paged index at `index_url`, once here.
    fn search_index(&self, index_url: &str) -> Option<Rc<SearchManifest>> {
        match self.get(index_url, PagedFile::SearchIndex)? {
            FileLoad::SearchIndex(manifest) => Some(manifest.clone()),
            _ => None,
        }
    }
}

impl Reducible for PagedFiles {
    type Action = PagedFetch;

    fn reduce(self: Rc<Self>, action: PagedFetch) -> Rc<Self> {
        match &action {
            PagedFetch::Finished {
                index_url, file, ..
            } if self.get(index_url, *file) != Some(&FileLoad::InProgress) => return self,
            PagedFetch::Cancelled if *self == Self::default() => return self,
            PagedFetch::ForgetFailures
                if !self
                    .files
                    .values()
                    .any(|load| matches!(load, FileLoad::Failed(_))) =>
            {
                return self;
            }
            _ => {}
        }
        let mut paged = Rc::unwrap_or_clone(self);
        match action {
            PagedFetch::Started { index_url, file } => {
                if paged.index_url.as_ref() != Some(&index_url) {
                    paged.index_url = Some(index_url);
                    paged.files.clear();
                }
                paged.files.insert(file, FileLoad::InProgress);
            }
            PagedFetch::Finished { file, result, .. } => {
                paged
                    .files
                    .insert(file, result.unwrap_or_else(FileLoad::Failed));
            }
            PagedFetch::ForgetFailures => paged
                .files
                .retain(|_, load| !matches!(load, FileLoad::Failed(_))),
            PagedFetch::Cancelled => paged = Self::default(),
        }
        Rc::new(paged)
    }
}

/// The headlines a paged edition's list draws: the first `limit` of the
/// edition, or of those matching `folded_query`; and the files it needs that
/// are neither here nor on their way. The search index is wanted as soon as
/// `search_ahead` (the reader came to the filter), before the first keystroke.
///
/// Every word of the query must begin a term of the headline or standfirst
/// (`search_terms` cuts both the same way), so "korea troop" finds "Korean
/// troops".
pub(super) fn paged_listing(
    index: &EditionIndex,
    index_url: &str,
    folded_query: Option<&str>,
    search_ahead: bool,
    limit: usize,
    files: &PagedFiles,
) -> (Listing, Vec<PagedFile>) {
    // The files to fetch, in the order they are needed; few, so a list.
    let mut wanted = Vec::new();
    let (mut failed, mut pending) = (false, false);
    let mut look_up = |file: PagedFile| match files.get(index_url, file) {
        Some(FileLoad::Failed(_)) => {
            failed = true;
            None
        }
        Some(FileLoad::InProgress) => {
            pending = true;
            None
        }
        Some(load) => Some(load.clone()),
        None => {
            pending = true;
            if !wanted.contains(&file) {
                wanted.push(file);
            }
            None
        }
    };
    let total = index.article_count();
    let listing = |headlines, matching, status| Listing {
        headlines,
        matching,
        status,
    };

    let (positions, count) = match folded_query {
        None => {
            if search_ahead {
                look_up(PagedFile::SearchIndex);
            }
            ((0..total.min(limit)).collect(), total)
        }
        Some(query) => {
            let Some(FileLoad::SearchIndex(manifest)) = look_up(PagedFile::SearchIndex) else {
                let status = search_status(failed);
                return (listing(Vec::new(), None, status), wanted);
            };
            let mut words: Vec<String> = Vec::new();
            for term in search_terms(query) {
                if !words.contains(&term) {
                    words.push(term);
                }
            }
            if let Some(word) = words
                .iter()
                .find(|word| manifest.chunks_for_prefix(word).len() > MAX_CHUNKS_PER_WORD)
            {
                let status = ListingStatus::TooBroad(word.clone());
                return (listing(Vec::new(), None, status), Vec::new());
            }
            let mut matches: Option<Vec<u32>> = None;
            for word in &words {
                let mut positions = Vec::new();
                for number in manifest.chunks_for_prefix(word) {
                    if let Some(FileLoad::Chunk(chunk)) = look_up(PagedFile::Chunk(number)) {
                        positions =
                            positions_in_either(&positions, &chunk.positions_for_prefix(word));
                    }
                }
                matches = Some(match matches {
                    None => positions,
                    Some(earlier) => positions_in_both(&earlier, &positions),
                });
            }
            if failed || pending {
                let status = search_status(failed);
                return (listing(Vec::new(), None, status), wanted);
            }
            let matches = matches.unwrap_or_default();
            let count = matches.len();
            let shown = matches
                .into_iter()
                .take(limit)
                .map(|position| position as usize);
            (shown.collect(), count)
        }
    };
    let (listing, pages) = headlines_at(index, index_url, positions, Some(count), files);
    wanted.extend(pages);
    (listing, wanted)
}

/// What the filter says while the search files it needs are not all here.
fn search_status(failed: bool) -> ListingStatus {
    if failed {
        ListingStatus::Failed
    } else {
        ListingStatus::Searching
    }
}

/// The headlines at `positions`, as far as their pages are here without a gap,
/// and the pages to fetch for the others.
fn headlines_at(
    index: &EditionIndex,
    index_url: &str,
    positions: Vec<usize>,
    matching: Option<usize>,
    files: &PagedFiles,
) -> (Listing, Vec<PagedFile>) {
    let Some(pages) = index.pages() else {
        let headlines = positions
            .iter()
            .filter_map(|&position| index.headlines().get(position).cloned())
            .collect();
        let listing = Listing {
            headlines,
            matching,
            status: ListingStatus::Complete,
        };
        return (listing, Vec::new());
    };
    let mut headlines = Vec::with_capacity(positions.len());
    let mut wanted = Vec::new();
    let (mut gap, mut failed) = (false, false);
    for position in positions {
        let number = pages.page_of(position);
        let offset = position - pages.first_position(number);
        let headline = if number == 1 {
            index.headlines().get(offset).cloned()
        } else {
            match files.get(index_url, PagedFile::Page(number)) {
                Some(FileLoad::Page(page)) => page.get(offset).cloned(),
                Some(FileLoad::Failed(_)) => {
                    failed = true;
                    None
                }
                Some(_) => None,
                None => {
                    if !wanted.contains(&PagedFile::Page(number)) {
                        wanted.push(PagedFile::Page(number));
                    }
                    None
                }
            }
        };
        match headline {
            // Drawn in order, nothing after a headline still on its way, so
            // the list only ever grows at its end.
            Some(headline) if !gap => headlines.push(headline),
            Some(_) => {}
            None => gap = true,
        }
    }
    let status = if failed {
        ListingStatus::Failed
    } else if gap {
        ListingStatus::Loading
    } else {
        ListingStatus::Complete
    };
    let listing = Listing {
        headlines,
        matching,
        status,
    };
    (listing, wanted)
}

/// The page of headlines, search index or search chunk `file` of the paged
/// edition `index`, read from its bytes and checked against the index (a
/// chunk against the search index `manifest`).
fn read_file(
    file: PagedFile,
    bytes: &[u8],
    index: &EditionIndex,
    manifest: Option<&SearchManifest>,
) -> Result<FileLoad, ParseError> {
    Ok(match (file, manifest) {
        (PagedFile::Page(number), _) => {
            FileLoad::Page(parse_index_page_bytes(bytes, number, index)?.into())
        }
        (PagedFile::SearchIndex, _) => {
            FileLoad::SearchIndex(Rc::new(parse_search_index_bytes(bytes)?))
        }
        (PagedFile::Chunk(number), Some(manifest)) => FileLoad::Chunk(Rc::new(
            parse_search_chunk_bytes(bytes, number, manifest, index)?,
        )),
        (PagedFile::Chunk(number), None) => {
            return Err(EditionError::NoSuchChunk { number, chunks: 0 }.into());
        }
    })
}

/// The headline with this id among those of the paged edition here: on its
/// first page, or on a page fetched since.
pub(super) fn known_headline(
    index: &EditionIndex,
    index_url: &str,
    files: &PagedFiles,
    id: &Slug,
) -> Option<Rc<Headline>> {
    if let Some(headline) = index.headline(id) {
        return Some(headline.clone());
    }
    if files.index_url.as_deref() != Some(index_url) {
        return None;
    }
    files.files.values().find_map(|load| match load {
        FileLoad::Page(page) => page.iter().find(|headline| headline.id == *id).cloned(),
        _ => None,
    })
}

/// Downloads the `wanted` files of the paged edition `loaded` that are
/// neither here nor on their way. When another index replaces this one, or the
/// viewer is removed, the downloads still on their way are cancelled.
#[hook]
pub(super) fn use_paged_fetches(
    loaded: Option<&Rc<Loaded>>,
    wanted: Vec<PagedFile>,
    files: &UseReducerHandle<PagedFiles>,
) {
    let paged = loaded.and_then(|loaded| match &loaded.articles {
        Articles::OnDemand { index_url } if loaded.index.pages().is_some() => {
            Some((loaded, index_url))
        }
        _ => None,
    });
    let index_url = paged.map(|(_, index_url)| index_url.clone());
    let cancellation =
        use_index_cancellation(index_url, files.dispatcher(), || PagedFetch::Cancelled);
    let wanted = paged.and_then(|(loaded, index_url)| {
        let manifest = files.search_index(index_url);
        (!wanted.is_empty()).then(|| (loaded.clone(), index_url.clone(), manifest, wanted))
    });
    let dispatcher = files.dispatcher();
    use_effect_with(wanted, move |wanted| {
        let Some((loaded, index_url, manifest, wanted)) = wanted else {
            return;
        };
        for &file in wanted {
            dispatcher.dispatch(PagedFetch::Started {
                index_url: index_url.clone(),
                file,
            });
            let (loaded, index_url, manifest) =
                (loaded.clone(), index_url.clone(), manifest.clone());
            let (dispatcher, cancellation) = (dispatcher.clone(), cancellation.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (path, document) = match file {
                    PagedFile::Page(number) => (index_page_path(number), Document::IndexPage),
                    PagedFile::SearchIndex => (SEARCH_INDEX_PATH.to_owned(), Document::SearchIndex),
                    // A chunk is wanted only once the search index is here.
                    PagedFile::Chunk(number) => match &manifest {
                        Some(manifest) => (manifest.file_path(number), Document::SearchChunk),
                        None => return,
                    },
                };
                let outcome = api::fetch_beside_index(&index_url, &path, document, &cancellation)
                    .await
                    .map(|fetched| {
                        fetched.and_then(|(bytes, url)| {
                            read_file(file, &bytes, &loaded.index, manifest.as_deref())
                                .map_err(api::invalid(&url, document))
                        })
                    });
                // Cancelled: the index is gone, and its files with it.
                let Some(result) = outcome else {
                    return;
                };
                dispatcher.dispatch(PagedFetch::Finished {
                    index_url,
                    file,
                    result,
                });
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use edition::{
        parse_index_bytes, parse_index_page_bytes, parse_search_chunk_bytes,
        parse_search_index_bytes,
    };

    use super::*;

    const INDEX_URL: &str = "https://example.com/archive/index.json";

    /// Five articles in pages of two; the search index cut at "m".
    fn index() -> EditionIndex {
        parse_index_bytes(
            br#"{
              "headlines": [
                { "id": "a0", "headline": "Korean troops", "language": "en" },
                { "id": "a1", "headline": "Markets fall", "language": "en" }
              ],
              "pages": { "size": 2, "headlines": 5 }
            }"#,
        )
        .unwrap()
    }

    fn page(number: usize) -> FileLoad {
        let json = match number {
            2 => {
                r#"{ "page": 2, "headlines": [
                { "id": "a2", "headline": "Korea talks", "language": "en" },
                { "id": "a3", "headline": "Troop cuts", "language": "en" } ] }"#
            }
            _ => {
                r#"{ "page": 3, "headlines": [
                { "id": "a4", "headline": "Markets rise in Korea", "language": "en" } ] }"#
            }
        };
        FileLoad::Page(
            parse_index_page_bytes(json.as_bytes(), number, &index())
                .unwrap()
                .into(),
        )
    }

    /// A search index whose chunks start at `starts`, each in the file of its number.
    fn manifest(starts: &[&str]) -> SearchManifest {
        let files: Vec<usize> = (0..starts.len()).collect();
        let json = serde_json::json!({ "chunks": starts, "files": files }).to_string();
        parse_search_index_bytes(json.as_bytes()).unwrap()
    }

    /// The search index, cut at "m".
    fn search_index() -> FileLoad {
        FileLoad::SearchIndex(Rc::new(manifest(&["", "m"])))
    }

    fn chunk(number: usize) -> FileLoad {
        let json = match number {
            0 => {
                r#"{ "terms": { "cuts": [3], "fall": [1], "in": [4], "korea": [2, 2], "korean": [0] } }"#
            }
            _ => {
                r#"{ "terms": { "markets": [1, 3], "rise": [4], "talks": [2], "troop": [3], "troops": [0] } }"#
            }
        };
        FileLoad::Chunk(Rc::new(
            parse_search_chunk_bytes(json.as_bytes(), number, &manifest(&["", "m"]), &index())
                .unwrap(),
        ))
    }

    fn with(files: impl IntoIterator<Item = (PagedFile, Option<FileLoad>)>) -> PagedFiles {
        files
            .into_iter()
            .fold(Rc::new(PagedFiles::default()), |paged, (file, load)| {
                let paged = paged.reduce(PagedFetch::Started {
                    index_url: INDEX_URL.to_owned(),
                    file,
                });
                match load {
                    None => paged,
                    Some(load) => paged.reduce(PagedFetch::Finished {
                        index_url: INDEX_URL.to_owned(),
                        file,
                        result: match load {
                            FileLoad::Failed(error) => Err(error),
                            load => Ok(load),
                        },
                    }),
                }
            })
            .as_ref()
            .clone()
    }

    fn ids(listing: &Listing) -> Vec<String> {
        listing
            .headlines
            .iter()
            .map(|headline| headline.id.to_string())
            .collect()
    }

    fn failure() -> LoadError {
        LoadError::Status {
            url: "https://example.com/archive/pages/2.json".to_owned(),
            status: 503,
        }
    }

    #[test]
    fn lists_the_first_page_then_asks_for_the_next() {
        let (listing, wanted) =
            paged_listing(&index(), INDEX_URL, None, false, 2, &PagedFiles::default());
        assert_eq!(ids(&listing), ["a0", "a1"]);
        assert_eq!(listing.matching, Some(5));
        assert_eq!(listing.status, ListingStatus::Complete);
        assert!(wanted.is_empty());

        let (listing, wanted) =
            paged_listing(&index(), INDEX_URL, None, false, 4, &PagedFiles::default());
        assert_eq!(ids(&listing), ["a0", "a1"]);
        assert_eq!(listing.status, ListingStatus::Loading);
        assert_eq!(wanted, [PagedFile::Page(2)]);

        let on_its_way = with([(PagedFile::Page(2), None)]);
        let (listing, wanted) = paged_listing(&index(), INDEX_URL, None, false, 4, &on_its_way);
        assert_eq!(listing.status, ListingStatus::Loading);
        assert!(wanted.is_empty(), "nothing fetched twice");

        let arrived = with([(PagedFile::Page(2), Some(page(2)))]);
        let (listing, _) = paged_listing(&index(), INDEX_URL, None, false, 4, &arrived);
        assert_eq!(ids(&listing), ["a0", "a1", "a2", "a3"]);
        assert_eq!(listing.status, ListingStatus::Complete);
    }

    #[test]
    fn draws_nothing_past_a_page_still_on_its_way() {
        let files = with([(PagedFile::Page(3), Some(page(3)))]);
        let (listing, wanted) = paged_listing(&index(), INDEX_URL, None, false, 6, &files);
        assert_eq!(ids(&listing), ["a0", "a1"]);
        assert_eq!(wanted, [PagedFile::Page(2)]);
    }

    #[test]
    fn a_failed_page_is_shown_and_forgotten_on_try_again() {
        let failed = with([(PagedFile::Page(2), Some(FileLoad::Failed(failure())))]);
        let (listing, wanted) = paged_listing(&index(), INDEX_URL, None, false, 4, &failed);
        assert_eq!(listing.status, ListingStatus::Failed);
        assert!(wanted.is_empty());
        let forgotten = Rc::new(failed).reduce(PagedFetch::ForgetFailures);
        let (_, wanted) = paged_listing(&index(), INDEX_URL, None, false, 4, &forgotten);
        assert_eq!(wanted, [PagedFile::Page(2)]);
    }

    #[test]
    fn searches_by_word_beginnings_through_the_chunks_they_fall_in() {
        // The search index first, then "korea" in chunk 0 ("troop" is in chunk 1).
        let (listing, wanted) = paged_listing(
            &index(),
            INDEX_URL,
            Some("korea"),
            false,
            20,
            &PagedFiles::default(),
        );
        assert_eq!(listing.status, ListingStatus::Searching);
        assert_eq!(listing.matching, None);
        assert_eq!(wanted, [PagedFile::SearchIndex]);
        let searchable = with([(PagedFile::SearchIndex, Some(search_index()))]);
        let (listing, wanted) =
            paged_listing(&index(), INDEX_URL, Some("korea"), false, 20, &searchable);
        assert_eq!(listing.status, ListingStatus::Searching);
        assert_eq!(wanted, [PagedFile::Chunk(0)]);

        let chunks = [
            (PagedFile::SearchIndex, Some(search_index())),
            (PagedFile::Chunk(0), Some(chunk(0))),
            (PagedFile::Chunk(1), Some(chunk(1))),
        ];
        let (listing, wanted) = paged_listing(
            &index(),
            INDEX_URL,
            Some("korea"),
            false,
            20,
            &with(chunks.clone()),
        );
        assert_eq!(listing.matching, Some(3), "korean, korea, korea");
        assert_eq!(ids(&listing), ["a0"]);
        assert_eq!(listing.status, ListingStatus::Loading);
        assert_eq!(wanted, [PagedFile::Page(2), PagedFile::Page(3)]);

        let everything = with(chunks.into_iter().chain([
            (PagedFile::Page(2), Some(page(2))),
            (PagedFile::Page(3), Some(page(3))),
        ]));
        let (listing, _) =
            paged_listing(&index(), INDEX_URL, Some("korea"), false, 20, &everything);
        assert_eq!(ids(&listing), ["a0", "a2", "a4"]);
        let (listing, _) = paged_listing(
            &index(),
            INDEX_URL,
            Some("troop korea"),
            false,
            20,
            &everything,
        );
        assert_eq!(ids(&listing), ["a0"], "every word must match");
        let (listing, _) = paged_listing(&index(), INDEX_URL, Some("korea"), false, 2, &everything);
        assert_eq!(ids(&listing), ["a0", "a2"]);
        assert_eq!(listing.matching, Some(3));
        let (listing, _) =
            paged_listing(&index(), INDEX_URL, Some("zebra"), false, 20, &everything);
        assert_eq!(
            (listing.matching, listing.status),
            (Some(0), ListingStatus::Complete)
        );
        let (listing, _) = paged_listing(&index(), INDEX_URL, Some("—"), false, 20, &everything);
        assert_eq!(listing.matching, Some(0), "no word, no match");
    }

    #[test]
    fn refuses_a_word_that_begins_too_many_terms() {
        let starts = ["", "s", "sa", "se", "si", "t"];
        let files = with([(
            PagedFile::SearchIndex,
            Some(FileLoad::SearchIndex(Rc::new(manifest(&starts)))),
        )]);
        let (listing, wanted) = paged_listing(&index(), INDEX_URL, Some("s"), false, 20, &files);
        assert_eq!(listing.status, ListingStatus::TooBroad("s".to_owned()));
        assert!(wanted.is_empty());
        let (_, wanted) = paged_listing(&index(), INDEX_URL, Some("se"), false, 20, &files);
        assert_eq!(wanted, [PagedFile::Chunk(3)]);
    }

    #[test]
    fn fetches_the_search_index_once_the_reader_comes_to_the_filter() {
        let none = PagedFiles::default();
        let (_, wanted) = paged_listing(&index(), INDEX_URL, None, true, 2, &none);
        assert_eq!(wanted, [PagedFile::SearchIndex]);
        let (_, wanted) = paged_listing(&index(), INDEX_URL, None, true, 4, &none);
        assert_eq!(wanted, [PagedFile::SearchIndex, PagedFile::Page(2)]);
    }

    #[test]
    fn finds_a_headline_on_a_page_fetched_since() {
        let slug = |id: &str| Slug::try_from(id).unwrap();
        let none = PagedFiles::default();
        assert!(known_headline(&index(), INDEX_URL, &none, &slug("a1")).is_some());
        assert!(known_headline(&index(), INDEX_URL, &none, &slug("a3")).is_none());
        let arrived = with([(PagedFile::Page(2), Some(page(2)))]);
        assert_eq!(
            known_headline(&index(), INDEX_URL, &arrived, &slug("a3"))
                .map(|headline| headline.headline.to_string()),
            Some("Troop cuts".to_owned())
        );
        assert!(
            known_headline(
                &index(),
                "https://example.com/other/index.json",
                &arrived,
                &slug("a3")
            )
            .is_none()
        );
    }

    #[test]
    fn drops_answers_for_an_earlier_index() {
        let files = with([(PagedFile::Page(2), None)]);
        let after = Rc::new(files.clone()).reduce(PagedFetch::Finished {
            index_url: "https://example.com/other/index.json".to_owned(),
            file: PagedFile::Page(2),
            result: Ok(page(2)),
        });
        assert_eq!(*after, files);
        assert_eq!(
            *Rc::new(files).reduce(PagedFetch::Cancelled),
            PagedFiles::default()
        );
    }
}
