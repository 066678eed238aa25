//! The interface language's words: at hand, given in the page, or fetched.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::locale::{Locale, Strings};

/// The words of `locale`, and whether they are still on their way.
///
/// English is in the program; a catalogue the page gives (`given`, as the
/// prerenderer writes it) is read at once, in the first render; any other is
/// fetched, and until it arrives (or fails, and English stands) the words are
/// English's and pending.
#[hook]
pub(super) fn use_catalogue(
    locale: Locale,
    given: Option<&(AttrValue, AttrValue)>,
) -> (Strings, bool) {
    {
        // Read during the render, so that the first one is in the page's language.
        let given = given.cloned();
        use_memo(given, |given| {
            if let Some((tag, text)) = given
                && let Some(locale) = Locale::from_tag(tag)
                && let Err(error) = Strings::from_catalogue(locale, text)
            {
                warn(&format!(
                    "the page's catalogue for {tag} cannot be read: {error}"
                ));
            }
        });
    }
    // Bumped when a fetched catalogue is in, to render with it.
    let arrivals = use_state(|| 0_u32);
    let failed = use_state(Vec::<Locale>::new);
    let at_hand = Strings::at_hand(locale);
    let pending = at_hand.is_none() && !failed.contains(&locale);
    {
        let (arrivals, failed) = (arrivals.clone(), failed.clone());
        use_effect_with((locale, pending), move |&(locale, pending)| {
            if pending {
                spawn_local(async move {
                    match api::fetch_catalogue(locale).await {
                        Ok(_) => arrivals.set(*arrivals + 1),
                        Err(error) => {
                            warn(&format!("{error}; the viewer speaks English"));
                            let mut now_failed = (*failed).clone();
                            now_failed.push(locale);
                            failed.set(now_failed);
                        }
                    }
                });
            }
        });
    }
    (at_hand.unwrap_or_default(), pending)
}

fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&format!("article viewer: {message}").into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}
