use edition::Slug;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::route::{History, article_href};

#[derive(Properties, PartialEq)]
pub struct ArticleLinkProps {
    /// The article it opens.
    pub id: Slug,
    /// Fragment history makes a real link; in memory, a button.
    pub history: History,
    /// Called with `id` when a button is pressed; a link goes through the URL instead.
    pub on_select: Callback<Slug>,
    /// Called with `id` when the reader's pointer or focus rests on the control:
    /// the article will likely be opened next.
    #[prop_or_default]
    pub on_intent: Callback<Slug>,
    /// Classes for the link or button.
    #[prop_or_default]
    pub class: Classes,
    /// Marks the article on screen.
    #[prop_or_default]
    pub is_current: bool,
    /// What the reader sees: the headline.
    pub children: Html,
}

/// How long a pointer or focus rests on a link before its article counts as the
/// likely next one: longer than passing over, shorter than a click or tap takes.
const REST_MS: u32 = 60;

/// A control that opens an article of the edition.
///
/// When the viewer keeps the article in the URL it is a link (to the article's
/// page, or its fragment): it can be opened in a new tab or bookmarked, and it
/// works before the page is interactive. A plain click on a page link is taken
/// over to open the article without reloading. In memory it is a button, so an
/// embedded viewer never touches its host's URL.
#[component]
pub fn ArticleLink(
    ArticleLinkProps {
        id,
        history,
        on_select,
        on_intent,
        class,
        is_current,
        children,
    }: &ArticleLinkProps,
) -> Html {
    let class = classes!(class.clone(), is_current.then_some("is-current"));
    // A mouse rests on a link before clicking it, a finger before the tap ends,
    // focus before Enter. A mouse passing over on its way elsewhere, a finger
    // that starts a scroll (the browser cancels its pointer), or focus run down
    // a list with the arrow keys is not an intent: it must rest a moment.
    // Dropping the timeout cancels it.
    let resting = use_mut_ref(|| None::<Timeout>);
    let rest = {
        let (id, on_intent, resting) = (id.clone(), on_intent.clone(), resting.clone());
        move || {
            let (id, on_intent) = (id.clone(), on_intent.clone());
            *resting.borrow_mut() = Some(Timeout::new(REST_MS, move || on_intent.emit(id)));
        }
    };
    let onpointerenter = {
        let rest = rest.clone();
        Callback::from(move |_: PointerEvent| rest())
    };
    let onfocus = Callback::from(move |_: FocusEvent| rest());
    let leave = move || drop(resting.borrow_mut().take());
    let onpointerleave = {
        let leave = leave.clone();
        Callback::from(move |_: PointerEvent| leave())
    };
    let onpointercancel = {
        let leave = leave.clone();
        Callback::from(move |_: PointerEvent| leave())
    };
    let onblur = Callback::from(move |_: FocusEvent| leave());
    let select = {
        let id = id.clone();
        let on_select = on_select.clone();
        move || on_select.emit(id.clone())
    };
    let href = article_href(id, *history);
    // A link names the page it is on with `aria-current="page"`; a button, "true".
    let (tag, button_type, current) = match href {
        Some(_) => ("a", None, "page"),
        None => ("button", Some("button"), "true"),
    };
    let onclick = match (&href, history) {
        // A fragment link changes the URL itself, and the viewer follows the URL.
        (Some(_), History::Fragment) => None,
        // A plain click on a page link is taken over; one that asks for a new tab is not.
        (Some(_), _) => Some(Callback::from(move |event: MouseEvent| {
            let new_tab = event.ctrl_key() || event.meta_key() || event.shift_key();
            if event.button() == 0 && !new_tab && !event.alt_key() {
                event.prevent_default();
                select();
            }
        })),
        (None, _) => Some(Callback::from(move |_: MouseEvent| select())),
    };
    html! {
        <@{tag}
            type={button_type}
            {class}
            {href}
            aria-current={is_current.then_some(current)}
            {onclick}
            {onpointerenter}
            {onpointerleave}
            {onpointercancel}
            {onfocus}
            {onblur}
        >
            { children.clone() }
        </@>
    }
}
