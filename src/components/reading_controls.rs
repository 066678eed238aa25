use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::locale::{Message, use_strings};
use crate::reading_settings::{SettingsChange, TextSize, Theme};

#[derive(Properties, PartialEq)]
pub struct ReadingControlsProps {
    /// The theme in force.
    pub theme: Theme,
    /// The text size in force.
    pub text_size: TextSize,
    /// Called with each change the reader makes.
    pub on_change: Callback<SettingsChange>,
}

/// The reader's settings: a theme (automatic, light, sepia or dark) and the text
/// size, in a small panel behind one "Aa" control, as reader modes have them.
///
/// The control is a disclosure (`details` and `summary`): the browser opens and
/// closes it, and tells screen readers whether it is open. Escape closes it and
/// returns focus to the control, and so does the control itself; a press outside
/// it closes it too. Until the program runs the buttons would do nothing, so the
/// control is hidden (keeping its place) until then.
///
/// The theme buttons are toggle buttons (`aria-pressed`), one pressed at a time,
/// in a row the left and right arrows move along in reading order (the left
/// arrow goes on in a right-to-left interface).
/// The size buttons stay focusable at the ends of the scale (`aria-disabled`, not
/// `disabled`), so a keyboard reader pressing one repeatedly keeps their place; a
/// step past the end changes nothing.
///
/// Whether the panel is open and whether the program runs are this component's
/// own state: they are about this element in this browser, not about the reading.
#[component]
pub fn ReadingControls(
    ReadingControlsProps {
        theme,
        text_size,
        on_change,
    }: &ReadingControlsProps,
) -> Html {
    let strings = use_strings();
    let details = use_node_ref();
    let summary = use_node_ref();
    // False in the first render, the one a page rendered ahead of time holds.
    let running = use_state(|| false);
    {
        let running = running.setter();
        use_effect_with((), move |()| running.set(true));
    }
    let open = use_state(|| false);
    {
        // While the panel is open, a press anywhere outside it closes it.
        let details = details.clone();
        use_effect_with(*open, move |&open| {
            let listener = open
                .then(|| details.cast::<Element>())
                .flatten()
                .and_then(|element| Some((element.owner_document()?, element)))
                .map(|(document, element)| {
                    // The event's path, not its target: in a shadow root the
                    // document sees the event come from the root's host.
                    gloo_events::EventListener::new(&document, "pointerdown", move |event| {
                        if !event.composed_path().includes(&element, 0) {
                            let _ = element.remove_attribute("open");
                        }
                    })
                });
            move || drop(listener)
        });
    }
    let ontoggle = {
        let (open, details) = (open.setter(), details.clone());
        Callback::from(move |_: Event| {
            if let Some(details) = details.cast::<Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    let onkeydown = {
        let (details, summary) = (details.clone(), summary.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Escape" {
                return;
            }
            if let Some(details) = details.cast::<Element>()
                && details.has_attribute("open")
            {
                event.prevent_default();
                let _ = details.remove_attribute("open");
                if let Some(summary) = summary.cast::<HtmlElement>() {
                    let _ = summary.focus();
                }
            }
        })
    };

    // The theme buttons are a row: the arrows move along it in reading order.
    let on_theme_keydown = {
        let locale = strings.locale();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(step) = locale.sideways_step(&event.key()) {
                event.prevent_default();
                move_along_row(&event, step);
            }
        })
    };
    let theme_buttons = Theme::ALL.into_iter().map(|choice| {
        let onclick = on_change.reform(move |_: MouseEvent| SettingsChange::Theme(choice));
        let pressed = choice == *theme;
        html! {
            <button
                type="button"
                class={classes!("reading-controls__theme", pressed.then_some("is-current"))}
                data-swatch={choice.name()}
                aria-pressed={if pressed { "true" } else { "false" }}
                {onclick}
            >
                { strings.text(choice.label()) }
            </button>
        }
    });
    // Words rather than "A−" and "A+": the visible text is the accessible name.
    let step = |change: SettingsChange, at_end: bool, label: Message| {
        let onclick = on_change.reform(move |_: MouseEvent| change);
        html! {
            <button
                type="button"
                class="reading-controls__step"
                aria-disabled={at_end.then_some("true")}
                {onclick}
            >
                { strings.text(label) }
            </button>
        }
    };
    html! {
        <details
            ref={details}
            class={classes!("reading-controls", (!*running).then_some("is-waiting"))}
            {ontoggle}
            {onkeydown}
        >
            <summary ref={summary} class="reading-controls__toggle">
                <span class="reading-controls__glyph" aria-hidden="true">{ "Aa" }</span>
                <span class="reading-controls__name">{ strings.text(Message::ReadingSettings) }</span>
            </summary>
            <div class="reading-controls__panel">
                <div
                    class="reading-controls__themes"
                    role="group"
                    aria-label={strings.text(Message::Theme)}
                    onkeydown={on_theme_keydown}
                >
                    { for theme_buttons }
                </div>
                <div class="reading-controls__size" role="group" aria-label={strings.text(Message::TextSize)}>
                    { step(SettingsChange::Smaller, text_size.smaller().is_none(), Message::TextSmaller) }
                    <output class="reading-controls__percent" aria-live="polite">
                        { strings.text_with(Message::TextSizePercent, &[("percent", text_size.percent().into())]) }
                    </output>
                    { step(SettingsChange::Larger, text_size.larger().is_none(), Message::TextLarger) }
                </div>
            </div>
        </details>
    }
}

/// Moves focus from the button the key was pressed on to the one `step` away
/// in its row, staying at either end.
fn move_along_row(event: &KeyboardEvent, step: isize) {
    let Some(current) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    let Some(row) = current.parent_element() else {
        return;
    };
    let buttons = row.children();
    let count = buttons.length() as isize;
    let Some(position) = (0..count).find(|&index| {
        buttons
            .item(index as u32)
            .is_some_and(|button| button.is_same_node(Some(&current)))
    }) else {
        return;
    };
    let next = (position + step).clamp(0, count - 1);
    if let Some(button) = buttons
        .item(next as u32)
        .and_then(|button| button.dyn_into::<HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}
