//! The edition, read from the page or downloaded.

use std::rc::Rc;

use edition::{Edition, EditionIndex, parse_edition, parse_index_bytes};
use yew::prelude::*;

use super::{EditionSource, SplitSeed};
use crate::api::{self, Cancellation, LoadError};

/// The edition, as far as it has come.
#[derive(Clone)]
pub(super) enum Load {
    InProgress,
    Done(Rc<Loaded>),
    Failed(LoadError),
}

/// An edition ready to read: its headlines, and where its articles are.
#[derive(PartialEq)]
pub(super) struct Loaded {
    pub(super) index: Rc<EditionIndex>,
    pub(super) articles: Articles,
}

#[derive(PartialEq)]
pub(super) enum Articles {
    /// A whole edition: every article is at hand.
    All(Rc<Edition>),
    /// A split edition: each article is fetched from beside the index, at this
    /// address, when the reader opens it.
    OnDemand { index_url: String },
}

impl Loaded {
    pub(super) fn whole(edition: Edition) -> Self {
        Self {
            index: Rc::new(EditionIndex::of(&edition)),
            articles: Articles::All(Rc::new(edition)),
        }
    }

    /// A split edition, from its index and the index's address.
    pub(super) fn split((index, index_url): (EditionIndex, String)) -> Self {
        Self {
            index: Rc::new(index),
            articles: Articles::OnDemand { index_url },
        }
    }
}

/// How a download ended, and what it was for: the outcome of another source's
/// download, or of an earlier attempt, is not the edition being asked for.
struct Downloaded {
    source: EditionSource,
    attempt: u32,
    load: Load,
}

/// The edition from `source`: read at once when it is given in the page (or,
/// for a split edition, its index is: `seed`), otherwise downloaded, and again
/// whenever the source or `attempt` (bumped by "Try again") changes. A
/// download no longer wanted, because the source or the attempt changed or the
/// viewer was removed, is cancelled.
#[hook]
pub(super) fn use_edition(source: &EditionSource, attempt: u32, seed: Option<&SplitSeed>) -> Load {
    // An edition given in the page is read while rendering, so that a page
    // prerendered with it hydrates at once: nothing to fetch, nothing to flash.
    let seeded_index = seed.map(|seed| seed.index.clone());
    let inline = use_memo(
        (source.clone(), seeded_index),
        |(source, seeded_index)| match (source, seeded_index) {
            (EditionSource::Inline(json), _) => Some(match parse_edition(json) {
                Ok(edition) => Load::Done(Rc::new(Loaded::whole(edition))),
                Err(source) => Load::Failed(LoadError::InvalidInline { source }),
            }),
            (EditionSource::Index(url), Some(index)) => {
                Some(match parse_index_bytes(index.as_bytes()) {
                    Ok(index) => Load::Done(Rc::new(Loaded::split((index, url.to_string())))),
                    Err(source) => Load::Failed(LoadError::InvalidInline { source }),
                })
            }
            (EditionSource::Url(_) | EditionSource::Index(_), _) => None,
        },
    );
    let given_in_page = inline.is_some();
    let downloaded = use_state(|| None::<Downloaded>);
    {
        let downloaded = downloaded.setter();
        use_effect_with(
            (source.clone(), attempt, given_in_page),
            move |(source, attempt, given_in_page)| {
                let cancellation = Cancellation::default();
                if let EditionSource::Url(url) | EditionSource::Index(url) = source
                    && !given_in_page
                {
                    let (source, attempt, url) = (source.clone(), *attempt, url.clone());
                    let cancellation = cancellation.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = if matches!(source, EditionSource::Index(_)) {
                            api::fetch_index(&url, &cancellation)
                                .await
                                .map(|result| result.map(Loaded::split))
                        } else {
                            api::fetch_edition(&url, &cancellation)
                                .await
                                .map(|result| result.map(Loaded::whole))
                        };
                        // Cancelled: whatever replaced this download is what counts.
                        let Some(result) = outcome else {
                            return;
                        };
                        let load = match result {
                            Ok(loaded) => Load::Done(Rc::new(loaded)),
                            Err(error) => Load::Failed(error),
                        };
                        downloaded.set(Some(Downloaded {
                            source,
                            attempt,
                            load,
                        }));
                    });
                }
                move || cancellation.cancel()
            },
        );
    }
    match (&*inline, &*downloaded) {
        (Some(load), _) => load.clone(),
        (None, Some(downloaded))
            if downloaded.source == *source && downloaded.attempt == attempt =>
        {
            downloaded.load.clone()
        }
        (None, _) => Load::InProgress,
    }
}
