use yew::prelude::*;

use crate::components::ReadingControls;
use crate::reading_settings::{ReadingSettings, SettingsChange};

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    /// The edition's name, once it is known and if it has one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// A viewer that owns its page makes this the page's `header` landmark.
    pub owns_page: bool,
    /// The reader's theme and text size.
    pub settings: ReadingSettings,
    /// Called with each change the reader makes to the settings.
    pub on_settings: Callback<SettingsChange>,
}

/// The bar above everything: the edition's name and the reading settings.
#[component]
pub fn Masthead(
    MastheadProps {
        title,
        owns_page,
        settings,
        on_settings,
    }: &MastheadProps,
) -> Html {
    let tag = if *owns_page { "header" } else { "div" };
    html! {
        <@{tag} class="masthead">
            if let Some(title) = title {
                <p class="masthead__title">{ title.clone() }</p>
            }
            <ReadingControls
                theme={settings.theme}
                text_size={settings.text_size}
                on_change={on_settings.clone()}
            />
        </@>
    }
}
