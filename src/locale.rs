//! The viewer's own words in the reader's language: which language the interface
//! speaks, and its messages from that language's catalogue.
//!
//! The catalogues are Fluent files, `locales/<tag>.ftl`. The WebAssembly carries
//! English's alone: each other would add 1.1 to 1.6 KiB (brotli), so the viewer
//! fetches the one it needs from beside its own files ([`crate::api::fetch_catalogue`]),
//! and the prerenderer, which has them all, writes the page's into the page.
//! A catalogue is read once, when first used. Plural forms are
//! CLDR's, from `intl_pluralrules` ([`plurals`]); numbers are written with the
//! language's digits and separators ([`numbers`]).

mod fluent;
mod messages;
mod numbers;
mod plurals;

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::*;

pub use fluent::FluentError;
use fluent::{Element, Messages};
pub use messages::Message;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
    Nl,
    Pl,
    Ko,
    Ja,
    /// Chinese in simplified characters.
    Zh,
    /// Chinese in traditional characters, worded as in Taiwan.
    ZhHant,
    Ar,
    He,
}

impl Locale {
    pub const ALL: [Locale; 14] = [
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Es,
        Locale::It,
        Locale::Pt,
        Locale::Nl,
        Locale::Pl,
        Locale::Ko,
        Locale::Ja,
        Locale::Zh,
        Locale::ZhHant,
        Locale::Ar,
        Locale::He,
    ];

    /// The language's BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
            Self::It => "it",
            Self::Pt => "pt",
            Self::Nl => "nl",
            Self::Pl => "pl",
            Self::Ko => "ko",
            Self::Ja => "ja",
            Self::Zh => "zh-Hans",
            Self::ZhHant => "zh-Hant",
            Self::Ar => "ar",
            Self::He => "he",
        }
    }

    /// `rtl` for Arabic and Hebrew, `ltr` for the others.
    pub fn direction(self) -> &'static str {
        match self {
            Self::Ar | Self::He => "rtl",
            _ => "ltr",
        }
    }

    /// Where an arrow key moves along a row of controls, in this language's
    /// reading order: `Some(1)` to the next, `Some(-1)` to the one before;
    /// `None` for a key that does not move sideways. Right to left, the left
    /// arrow goes on.
    pub fn sideways_step(self, key: &str) -> Option<isize> {
        let rightwards = match key {
            "ArrowRight" => true,
            "ArrowLeft" => false,
            _ => return None,
        };
        Some(if rightwards == (self.direction() == "ltr") {
            1
        } else {
            -1
        })
    }

    /// `text` with its digits written as this language writes them: Arabic's
    /// Arabic-Indic ones, the others' unchanged.
    pub fn in_own_digits(self, text: &str) -> String {
        numbers::in_own_digits(text, self)
    }

    /// The catalogue's text, where the program carries it: English's always,
    /// every one outside the WebAssembly (in the prerenderer and native tests).
    pub fn catalogue(self) -> Option<&'static str> {
        Some(match self {
            Self::En => include_str!("../locales/en.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Fr => include_str!("../locales/fr.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::De => include_str!("../locales/de.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Es => include_str!("../locales/es.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::It => include_str!("../locales/it.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Pt => include_str!("../locales/pt.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Nl => include_str!("../locales/nl.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Pl => include_str!("../locales/pl.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Ko => include_str!("../locales/ko.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Ja => include_str!("../locales/ja.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Zh => include_str!("../locales/zh-Hans.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::ZhHant => include_str!("../locales/zh-Hant.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::Ar => include_str!("../locales/ar.ftl"),
            #[cfg(not(target_arch = "wasm32"))]
            Self::He => include_str!("../locales/he.ftl"),
            // The WebAssembly fetches the others (`api::fetch_catalogue`).
            #[cfg(target_arch = "wasm32")]
            _ => return None,
        })
    }

    /// The interface language for a BCP 47 tag, by its primary language subtag
    /// and case aside: `pt-BR` and `PT` are Portuguese, `iw` Hebrew's old code.
    /// Chinese is chosen by its script, else by its region.
    /// `None` for a language without a catalogue.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next()?.to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Self::En,
            "fr" => Self::Fr,
            "de" => Self::De,
            "es" => Self::Es,
            "it" => Self::It,
            "pt" => Self::Pt,
            "nl" => Self::Nl,
            "pl" => Self::Pl,
            "ko" => Self::Ko,
            "ja" => Self::Ja,
            "zh" => Self::chinese(subtags),
            "ar" => Self::Ar,
            "he" | "iw" => Self::He,
            _ => return None,
        })
    }

    /// Traditional or simplified characters for the subtags after `zh`: the
    /// script's when the tag names one (`zh-Hant`, `zh-Hans-HK`), else those of
    /// the region, traditional in Taiwan, Hong Kong and Macau (`zh-TW`) and
    /// simplified elsewhere (`zh-CN`, `zh-SG`, plain `zh`), as CLDR's likely
    /// scripts have it.
    fn chinese<'a>(mut subtags: impl Iterator<Item = &'a str>) -> Self {
        let traditional = subtags.find_map(|subtag| {
            if subtag.eq_ignore_ascii_case("Hant") {
                Some(true)
            } else if subtag.eq_ignore_ascii_case("Hans") {
                Some(false)
            } else {
                ["TW", "HK", "MO"]
                    .iter()
                    .any(|region| subtag.eq_ignore_ascii_case(region))
                    .then_some(true)
            }
        });
        if traditional == Some(true) {
            Self::ZhHant
        } else {
            Self::Zh
        }
    }

    /// The first of `tags`, in order of preference, that names a language with a
    /// catalogue; English when none does.
    pub fn choose<'a>(tags: impl IntoIterator<Item = &'a str>) -> Self {
        tags.into_iter()
            .find_map(Self::from_tag)
            .unwrap_or_default()
    }
}

/// A value a message puts in its text.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(text)
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Self::Number(number as u64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Self::Number(number.into())
    }
}

/// The interface's words in one language: what components read their text from.
/// Cheap to clone; equal when of the same language.
#[derive(Clone)]
pub struct Strings {
    locale: Locale,
    catalogue: Rc<Catalogue>,
}

impl PartialEq for Strings {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_tuple("Strings")
            .field(&self.locale)
            .finish()
    }
}

impl Default for Strings {
    fn default() -> Self {
        Self::new(Locale::En)
    }
}

struct Catalogue {
    messages: Messages,
}

thread_local! {
    /// Each language's catalogue once read, for every viewer of the page.
    static CATALOGUES: [OnceCell<Rc<Catalogue>>; Locale::ALL.len()] = Default::default();
}

fn position(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|&known| known == locale)
        .unwrap_or(0)
}

impl Strings {
    /// The words of `locale` if the program has its catalogue (carried, or read
    /// before), else English's.
    pub fn new(locale: Locale) -> Self {
        Self::at_hand(locale).unwrap_or_else(|| {
            Self::at_hand(Locale::En).expect("the program carries the English catalogue")
        })
    }

    /// The words of `locale`, if the program has its catalogue: carried in it,
    /// or read already.
    pub fn at_hand(locale: Locale) -> Option<Self> {
        let catalogue = CATALOGUES.with(|catalogues| {
            let cell = &catalogues[position(locale)];
            if let Some(catalogue) = cell.get() {
                return Some(catalogue.clone());
            }
            // The catalogues' test reads every one: none fails here.
            let messages = fluent::parse(locale.catalogue()?).unwrap_or_default();
            Some(cell.get_or_init(|| Rc::new(Catalogue { messages })).clone())
        })?;
        Some(Self { locale, catalogue })
    }

    /// The words of `locale` from its catalogue's text, which a page gave or the
    /// network brought; kept for every viewer of the page.
    pub fn from_catalogue(locale: Locale, text: &str) -> Result<Self, FluentError> {
        if let Some(strings) = Self::at_hand(locale) {
            return Ok(strings);
        }
        let messages = fluent::parse(text)?;
        let catalogue = CATALOGUES.with(|catalogues| {
            catalogues[position(locale)]
                .get_or_init(|| Rc::new(Catalogue { messages }))
                .clone()
        });
        Ok(Self { locale, catalogue })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// A message without arguments.
    pub fn text(&self, message: Message) -> String {
        self.text_with(message, &[])
    }

    /// A message with its arguments, by name. A message the catalogue lacks is
    /// taken from the English one.
    pub fn text_with(&self, message: Message, args: &[(&str, Arg)]) -> String {
        let mut text = String::new();
        match self.catalogue.messages.get(message.id()) {
            Some(elements) => self.write(&mut text, elements, args),
            None if self.locale != Locale::En => {
                return Strings::new(Locale::En).text_with(message, args);
            }
            None => text.push_str(message.id()),
        }
        text
    }

    fn write(&self, text: &mut String, elements: &[Element], args: &[(&str, Arg)]) {
        for element in elements {
            match element {
                Element::Text(literal) => text.push_str(literal),
                Element::Variable(name) => match arg(args, name) {
                    Some(Arg::Text(value)) => text.push_str(value),
                    Some(Arg::Number(number)) => {
                        text.push_str(&numbers::format(number, self.locale))
                    }
                    None => {}
                },
                Element::Select {
                    selector,
                    variants,
                    default,
                } => {
                    let chosen = match arg(args, selector) {
                        Some(Arg::Number(number)) => {
                            let exact = number.to_string();
                            let category = self.plural_category(number);
                            variants
                                .iter()
                                .position(|variant| variant.key == exact)
                                .or_else(|| {
                                    variants.iter().position(|variant| variant.key == category)
                                })
                        }
                        Some(Arg::Text(value)) => {
                            variants.iter().position(|variant| variant.key == value)
                        }
                        None => None,
                    };
                    let variant = &variants[chosen.unwrap_or(*default)];
                    self.write(text, &variant.value, args);
                }
            }
        }
    }

    /// CLDR's plural category of `number` in this language: `one`, `few` …
    fn plural_category(&self, number: u64) -> &'static str {
        plurals::category(self.locale, number)
    }
}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(arg_name, _)| *arg_name == name)
        .map(|(_, value)| *value)
}

/// The interface's words where the component is: the viewer provides them; a
/// component mounted alone (in a test) speaks English.
#[hook]
pub fn use_strings() -> Strings {
    use_context::<Strings>().unwrap_or_default()
}

#[cfg(test)]
mod tests;
