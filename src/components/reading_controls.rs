use yew::prelude::*;

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

/// The reader's settings: a theme (automatic, light, sepia or dark) and the text size.
///
/// The theme buttons are toggle buttons (`aria-pressed`), one pressed at a time.
/// The size buttons stay focusable at the ends of the scale (`aria-disabled`, not
/// `disabled`), so a keyboard reader pressing one repeatedly keeps their place; a
/// step past the end changes nothing.
#[component]
pub fn ReadingControls(
    ReadingControlsProps {
        theme,
        text_size,
        on_change,
    }: &ReadingControlsProps,
) -> Html {
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
                { choice.label() }
            </button>
        }
    });
    // Words rather than "A−" and "A+": the visible text is the accessible name.
    let step = |change: SettingsChange, at_end: bool, label: &'static str| {
        let onclick = on_change.reform(move |_: MouseEvent| change);
        html! {
            <button
                type="button"
                class="reading-controls__step"
                aria-disabled={at_end.then_some("true")}
                {onclick}
            >
                { label }
            </button>
        }
    };
    html! {
        <div class="reading-controls" role="group" aria-label="Reading settings">
            <div class="reading-controls__themes" role="group" aria-label="Theme">
                { for theme_buttons }
            </div>
            <div class="reading-controls__size" role="group" aria-label="Text size">
                { step(SettingsChange::Smaller, text_size.smaller().is_none(), "Smaller") }
                <output class="reading-controls__percent" aria-live="polite">
                    { format!("{}%", text_size.percent()) }
                </output>
                { step(SettingsChange::Larger, text_size.larger().is_none(), "Larger") }
            </div>
        </div>
    }
}
