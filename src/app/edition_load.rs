//! The edition, read from the page or downloaded.

use std::rc::Rc;

use edition::{Edition, EditionIndex, parse_edition};
use yew::prelude::*;

use super::EditionSource;
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

/// The edition from `source`: read at once when it is given in the page,
/// otherwise downloaded, and again whenever the source or `attempt` (bumped by
/// "Try again") changes. A download no longer wanted, because the source or
/// the attempt changed or the viewer was removed, is cancelled.
#[hook]
pub(super) fn use_edition(source: &EditionSource, attempt: u32) -> Load {
    // An edition given in the page is read while rendering, so that a page
    // prerendered with it hydrates at once: nothing to fetch, nothing to flash.
    let inline = use_memo(source.clone(), |source| match source {
        EditionSource::Inline(json) => Some(match parse_edition(json) {
            Ok(edition) => Load::Done(Rc::new(Loaded::whole(edition))),
            Err(source) => Load::Failed(LoadError::InvalidInline { source }),
        }),
        EditionSource::Url(_) | EditionSource::Index(_) => None,
    });
    let downloaded = use_state(|| None::<Downloaded>);
    {
        let downloaded = downloaded.setter();
        use_effect_with((source.clone(), attempt), move |(source, attempt)| {
            let cancellation = Cancellation::default();
            if let EditionSource::Url(url) | EditionSource::Index(url) = source {
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
        });
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
