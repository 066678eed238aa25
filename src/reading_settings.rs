//! The reader's theme and text size, and where they are kept between visits.
//!
//! The choices are plain values that components render from. Reading and writing
//! them touches `localStorage`, so it happens only in effects and event handlers:
//! the first render is the same with or without storage, in the browser or ahead
//! of time. Storage can be missing or refuse access (a `SecurityError` where the
//! reader blocks site data); the choices then simply last as long as the page.

use std::rc::Rc;

use yew::Reducible;

use crate::locale::Message;

/// The colours the viewer is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark, following the reader's system setting (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    /// Dark ink on warm paper.
    Sepia,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Sepia, Theme::Dark];

    /// The name stored and put in the viewer's `data-theme` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Sepia => "sepia",
            Self::Dark => "dark",
        }
    }

    /// What the reader sees on the control.
    pub fn label(self) -> Message {
        match self {
            Self::System => Message::ThemeAuto,
            Self::Light => Message::ThemeLight,
            Self::Sepia => Message::ThemeSepia,
            Self::Dark => Message::ThemeDark,
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.name() == name)
    }
}

/// One step of the text size scale, from 90 % to 250 % of the reader's default size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSize(usize);

/// The scale in percent of the reader's default font size; `TextSize` indexes it.
const TEXT_SIZE_PERCENTS: [u32; 8] = [90, 100, 110, 125, 150, 175, 200, 250];

impl TextSize {
    /// The reader's own default size, 100 %.
    pub const DEFAULT: TextSize = TextSize(1);
    pub const SMALLEST: TextSize = TextSize(0);
    pub const LARGEST: TextSize = TextSize(TEXT_SIZE_PERCENTS.len() - 1);

    /// The size in percent of the reader's default.
    pub fn percent(self) -> u32 {
        TEXT_SIZE_PERCENTS[self.0]
    }

    /// The step's number, stored and put in the viewer's `data-text-size` attribute.
    pub fn step(self) -> usize {
        self.0
    }

    pub fn from_step(step: usize) -> Option<Self> {
        (step < TEXT_SIZE_PERCENTS.len()).then_some(Self(step))
    }

    /// One step larger, or `None` at the largest.
    pub fn larger(self) -> Option<Self> {
        Self::from_step(self.0 + 1)
    }

    /// One step smaller, or `None` at the smallest.
    pub fn smaller(self) -> Option<Self> {
        self.0.checked_sub(1).map(Self)
    }
}

impl Default for TextSize {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Everything the reader set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadingSettings {
    pub theme: Theme,
    pub text_size: TextSize,
}

/// A change to the settings: one the reader makes, or the settings read back from
/// storage after the viewer starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsChange {
    Restored(ReadingSettings),
    Theme(Theme),
    /// One step larger; nothing at the largest size.
    Larger,
    /// One step smaller; nothing at the smallest size.
    Smaller,
}

impl ReadingSettings {
    /// The settings after `change`.
    pub fn apply(self, change: SettingsChange) -> Self {
        match change {
            SettingsChange::Restored(settings) => settings,
            SettingsChange::Theme(theme) => Self { theme, ..self },
            SettingsChange::Larger => Self {
                text_size: self.text_size.larger().unwrap_or(self.text_size),
                ..self
            },
            SettingsChange::Smaller => Self {
                text_size: self.text_size.smaller().unwrap_or(self.text_size),
                ..self
            },
        }
    }
}

/// Each change applies to the settings as they are when it arrives, so two quick
/// presses make two steps. The reader's own changes are remembered for the origin
/// (dispatching happens in event handlers and effects, never while rendering).
impl Reducible for ReadingSettings {
    type Action = SettingsChange;

    fn reduce(self: Rc<Self>, change: SettingsChange) -> Rc<Self> {
        let next = self.apply(change);
        if !matches!(change, SettingsChange::Restored(_)) && next != *self {
            next.save();
        }
        Rc::new(next)
    }
}

// `index.html` reads these keys too, to apply a remembered choice before the
// program runs; a test below keeps the two in step.
const THEME_KEY: &str = "article-viewer.theme";
const TEXT_SIZE_KEY: &str = "article-viewer.text-size";

impl ReadingSettings {
    /// Settings from stored text; anything missing or unreadable is the default.
    pub fn from_stored(theme: Option<&str>, text_size: Option<&str>) -> Self {
        Self {
            theme: theme.and_then(Theme::from_name).unwrap_or_default(),
            text_size: text_size
                .and_then(|step| step.parse().ok())
                .and_then(TextSize::from_step)
                .unwrap_or_default(),
        }
    }

    /// What this page's origin remembers; the defaults where storage is blocked.
    /// Browser only: call it from an effect.
    pub fn load() -> Self {
        let storage = storage();
        let read = |key| storage.as_ref()?.get_item(key).ok().flatten();
        Self::from_stored(read(THEME_KEY).as_deref(), read(TEXT_SIZE_KEY).as_deref())
    }

    /// Remembers the settings for this origin, if storage allows. Browser only.
    fn save(&self) {
        if let Some(storage) = storage() {
            // A full or read-only storage refuses the write; the settings still
            // hold for this page.
            let _ = storage.set_item(THEME_KEY, self.theme.name());
            let _ = storage.set_item(TEXT_SIZE_KEY, &self.text_size.step().to_string());
        }
    }
}

/// `localStorage`, unless the browser has none or refuses access to it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_applies_the_same_stored_choices_before_the_program_runs() {
        let page = include_str!("../index.html");
        assert!(page.contains(&format!("localStorage.getItem('{THEME_KEY}')")));
        assert!(page.contains(&format!("localStorage.getItem('{TEXT_SIZE_KEY}')")));
        let names: Vec<String> = Theme::ALL
            .iter()
            .map(|theme| format!("'{}'", theme.name()))
            .collect();
        assert!(page.contains(&format!("[{}]", names.join(", "))));
        assert!(page.contains(&format!("/^[0-{}]$/", TextSize::LARGEST.step())));
    }

    #[test]
    fn reads_stored_settings() {
        assert_eq!(
            ReadingSettings::from_stored(Some("sepia"), Some("4")),
            ReadingSettings {
                theme: Theme::Sepia,
                text_size: TextSize::from_step(4).unwrap()
            }
        );
    }

    #[test]
    fn falls_back_to_the_defaults_for_missing_or_unknown_values() {
        for (theme, size) in [
            (None, None),
            (Some("purple"), Some("99")),
            (Some(""), Some("-1")),
            (Some("DARK"), Some("large")),
        ] {
            assert_eq!(
                ReadingSettings::from_stored(theme, size),
                ReadingSettings::default(),
                "{theme:?} {size:?}"
            );
        }
    }

    #[test]
    fn applies_each_change_to_the_settings_as_they_are() {
        let settings = ReadingSettings::default()
            .apply(SettingsChange::Theme(Theme::Dark))
            .apply(SettingsChange::Larger)
            .apply(SettingsChange::Larger);
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(settings.text_size.percent(), 125);
        assert_eq!(
            settings.apply(SettingsChange::Smaller).text_size.percent(),
            110
        );
        let restored = ReadingSettings::from_stored(Some("sepia"), None);
        assert_eq!(settings.apply(SettingsChange::Restored(restored)), restored);
    }

    #[test]
    fn stays_at_the_ends_of_the_size_scale() {
        let largest = ReadingSettings {
            text_size: TextSize::LARGEST,
            ..ReadingSettings::default()
        };
        assert_eq!(largest.apply(SettingsChange::Larger), largest);
        let smallest = ReadingSettings {
            text_size: TextSize::SMALLEST,
            ..ReadingSettings::default()
        };
        assert_eq!(smallest.apply(SettingsChange::Smaller), smallest);
    }

    #[test]
    fn names_every_theme_in_a_way_it_can_read_back() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_name(theme.name()), Some(theme));
        }
    }

    #[test]
    fn steps_through_at_least_five_text_sizes_and_stops_at_the_ends() {
        let mut size = TextSize::SMALLEST;
        let mut percents = vec![size.percent()];
        while let Some(larger) = size.larger() {
            assert!(
                larger.percent() > size.percent(),
                "{larger:?} is not larger"
            );
            size = larger;
            percents.push(size.percent());
        }
        assert!(percents.len() >= 5, "only {percents:?}");
        assert_eq!(size, TextSize::LARGEST);
        assert_eq!(TextSize::LARGEST.larger(), None);
        assert_eq!(TextSize::SMALLEST.smaller(), None);
        assert_eq!(TextSize::DEFAULT.percent(), 100);
        assert!(TextSize::DEFAULT.smaller().is_some() && TextSize::DEFAULT.larger().is_some());
    }

    /// The stylesheet sets each step's size itself (`[data-text-size="N"]`), so
    /// that the page can show a stored size before the program runs.
    #[test]
    fn the_stylesheet_gives_each_step_the_size_of_the_table() {
        let stylesheet = include_str!("../assets/viewer.css");
        let frame_rule = "\n.article-viewer__frame {";
        let base = stylesheet.find(frame_rule).expect("the frame has a rule");
        let mut percents_in_css = vec![(
            TextSize::DEFAULT.step(),
            first_font_size(&stylesheet[base..]),
        )];
        let selector = ".article-viewer[data-text-size=\"";
        for (at, _) in stylesheet.match_indices(selector) {
            let rule = &stylesheet[at + selector.len()..];
            let step = rule[..rule.find('"').unwrap()].parse::<usize>().unwrap();
            let (_, body) = rule.split_once('{').unwrap();
            percents_in_css.push((step, first_font_size(body)));
        }
        percents_in_css.sort_unstable();
        let table: Vec<(usize, u32)> = (0..=TextSize::LARGEST.step())
            .map(|step| (step, TextSize::from_step(step).unwrap().percent()))
            .collect();
        assert_eq!(percents_in_css, table);
    }

    /// `font-size: 1.25em;` as 125.
    fn first_font_size(rule: &str) -> u32 {
        let value = rule.split_once("font-size:").unwrap().1;
        let em = value[..value.find("em;").unwrap()].trim();
        let (whole, fraction) = em.split_once('.').unwrap_or((em, ""));
        let hundredths = format!("{fraction:0<2}").parse::<u32>().unwrap();
        whole.parse::<u32>().unwrap() * 100 + hundredths
    }
}
