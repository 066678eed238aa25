//! Publication dates written the way the article's language writes them.
//!
//! Plain Rust rather than the browser's `Intl`: the text must come out the same in
//! the browser and when a page is rendered ahead of time, and the wasm stays small.
//! A handful of languages have their month names and word order here (English,
//! French, German, Spanish, Italian, Portuguese, Dutch, Korean, Japanese, Chinese,
//! Arabic, Hebrew); any other language gets the ISO form (`2025-09-02 14:30
//! UTC+3`), which every reader can read. The time is shown as written, in its own zone, with that zone
//! named: converting it to the reader's zone would need the browser.

use edition::{ClockTime, DateParts, LanguageTag, PublicationDate};

use crate::locale::Locale;

/// The date, and the time with its zone when the date has one:
/// "2 September 2025, 14:30 UTC+3", "2 septembre 2025 à 14:30 UTC+3".
pub fn date_and_time(date: &PublicationDate, language: &LanguageTag) -> String {
    let parts = date.parts();
    let style = Style::for_language(language);
    let day = calendar_date(&parts, style);
    let written = match parts.time {
        None => day,
        Some(time) => {
            let clock = clock_time(time, style);
            let zone = zone_name(time.offset_minutes);
            match style {
                Style::French => format!("{day} à {clock} {zone}"),
                Style::Iso | Style::Korean | Style::Japanese | Style::Chinese => {
                    format!("{day} {clock} {zone}")
                }
                Style::Arabic => format!("{day}\u{060C} {clock} {zone}"),
                _ => format!("{day}, {clock} {zone}"),
            }
        }
    };
    style.in_own_digits(written)
}

/// The calendar date alone: "2 September 2025", "2025년 9월 2일".
pub fn date_only(date: &PublicationDate, language: &LanguageTag) -> String {
    let style = Style::for_language(language);
    style.in_own_digits(calendar_date(&date.parts(), style))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// US English: month first, 12-hour clock.
    AmericanEnglish,
    English,
    French,
    German,
    Spanish,
    Italian,
    Portuguese,
    Dutch,
    Korean,
    Japanese,
    Chinese,
    Arabic,
    Hebrew,
    Iso,
}

impl Style {
    fn for_language(language: &LanguageTag) -> Self {
        let is_us = language
            .region()
            .is_some_and(|region| region.eq_ignore_ascii_case("US"));
        match language.primary().to_ascii_lowercase().as_str() {
            "en" if is_us => Self::AmericanEnglish,
            "en" => Self::English,
            "fr" => Self::French,
            "de" => Self::German,
            "es" => Self::Spanish,
            "it" => Self::Italian,
            "pt" => Self::Portuguese,
            "nl" => Self::Dutch,
            "ko" => Self::Korean,
            "ja" => Self::Japanese,
            "zh" => Self::Chinese,
            "ar" => Self::Arabic,
            "he" | "iw" => Self::Hebrew,
            _ => Self::Iso,
        }
    }

    fn month_names(self) -> Option<[&'static str; 12]> {
        Some(match self {
            Self::AmericanEnglish | Self::English => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            Self::French => [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            Self::German => [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
            Self::Spanish => [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            Self::Italian => [
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ],
            Self::Portuguese => [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
            Self::Dutch => [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
            Self::Arabic => [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            // With the preposition the day's month takes: "4 בדצמבר 2026".
            Self::Hebrew => [
                "בינואר",
                "בפברואר",
                "במרץ",
                "באפריל",
                "במאי",
                "ביוני",
                "ביולי",
                "באוגוסט",
                "בספטמבר",
                "באוקטובר",
                "בנובמבר",
                "בדצמבר",
            ],
            Self::Korean | Self::Japanese | Self::Chinese | Self::Iso => return None,
        })
    }

    /// The written date with its figures in the language's own digits. Arabic's
    /// are the Arabic-Indic ones, as the interface writes its numbers for `ar`
    /// (`crate::locale`, CLDR's default for Arabic): an article's date and the
    /// reading time beside it then share one set of digits. Hebrew, like the
    /// rest, writes Western digits.
    fn in_own_digits(self, written: String) -> String {
        match self {
            Self::Arabic => Locale::Ar.in_own_digits(&written),
            _ => written,
        }
    }
}

fn calendar_date(parts: &DateParts, style: Style) -> String {
    let DateParts {
        year, month, day, ..
    } = *parts;
    let month_name = style
        .month_names()
        .and_then(|names| names.get(month.checked_sub(1)? as usize).copied())
        .unwrap_or_default();
    match style {
        Style::AmericanEnglish => format!("{month_name} {day}, {year}"),
        Style::English | Style::Italian | Style::Dutch | Style::Arabic | Style::Hebrew => {
            format!("{day} {month_name} {year}")
        }
        Style::French if day == 1 => format!("1er {month_name} {year}"),
        Style::French => format!("{day} {month_name} {year}"),
        Style::German => format!("{day}. {month_name} {year}"),
        Style::Spanish | Style::Portuguese => format!("{day} de {month_name} de {year}"),
        Style::Korean => format!("{year}년 {month}월 {day}일"),
        Style::Japanese | Style::Chinese => format!("{year}年{month}月{day}日"),
        Style::Iso => format!("{year:04}-{month:02}-{day:02}"),
    }
}

fn clock_time(time: ClockTime, style: Style) -> String {
    let ClockTime { hour, minute, .. } = time;
    let twelve_hour = match hour % 12 {
        0 => 12,
        hour => hour,
    };
    match style {
        Style::AmericanEnglish => {
            let half = if hour < 12 { "AM" } else { "PM" };
            format!("{twelve_hour}:{minute:02} {half}")
        }
        Style::Korean => {
            let half = if hour < 12 { "오전" } else { "오후" };
            format!("{half} {twelve_hour}:{minute:02}")
        }
        _ => format!("{hour:02}:{minute:02}"),
    }
}

/// "UTC", "UTC+3", "UTC+5:30", "UTC−3" (with a minus sign).
fn zone_name(offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '−' } else { '+' };
    let magnitude = offset_minutes.unsigned_abs();
    match (magnitude / 60, magnitude % 60) {
        (0, 0) => "UTC".to_owned(),
        (hours, 0) => format!("UTC{sign}{hours}"),
        (hours, minutes) => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::language;

    fn date(text: &str) -> PublicationDate {
        PublicationDate::try_from(text).unwrap()
    }

    #[test]
    fn writes_the_date_the_way_each_language_does() {
        let day = date("2025-09-02");
        for (tag, expected) in [
            ("en", "2 September 2025"),
            ("en-GB", "2 September 2025"),
            ("en-US", "September 2, 2025"),
            ("fr", "2 septembre 2025"),
            ("fr-CA", "2 septembre 2025"),
            ("de-CH", "2. September 2025"),
            ("es-419", "2 de septiembre de 2025"),
            ("it", "2 settembre 2025"),
            ("pt-BR", "2 de setembro de 2025"),
            ("nl", "2 september 2025"),
            ("ko-KR", "2025년 9월 2일"),
            ("ja", "2025年9月2日"),
            ("zh-Hant-TW", "2025年9月2日"),
        ] {
            assert_eq!(date_and_time(&day, &language(tag)), expected, "{tag}");
            assert_eq!(date_only(&day, &language(tag)), expected, "{tag}");
        }
    }

    #[test]
    fn falls_back_to_the_iso_form_for_other_languages() {
        assert_eq!(
            date_and_time(&date("2025-01-05"), &language("sw")),
            "2025-01-05"
        );
        assert_eq!(
            date_and_time(&date("2025-01-05T07:05:00+01:00"), &language("x-private")),
            "2025-01-05 07:05 UTC+1"
        );
    }

    #[test]
    fn adds_the_time_in_its_own_zone() {
        let evening = date("2025-09-02T14:30:00+03:00");
        assert_eq!(
            date_and_time(&evening, &language("en-KE")),
            "2 September 2025, 14:30 UTC+3"
        );
        assert_eq!(
            date_and_time(&evening, &language("en-US")),
            "September 2, 2025, 2:30 PM UTC+3"
        );
        assert_eq!(
            date_and_time(&evening, &language("fr")),
            "2 septembre 2025 à 14:30 UTC+3"
        );
        assert_eq!(
            date_and_time(&evening, &language("ko")),
            "2025년 9월 2일 오후 2:30 UTC+3"
        );
        assert_eq!(
            date_and_time(&evening, &language("ja")),
            "2025年9月2日 14:30 UTC+3"
        );
        assert_eq!(date_only(&evening, &language("en")), "2 September 2025");
    }

    #[test]
    fn names_every_kind_of_zone() {
        assert_eq!(
            date_and_time(&date("2025-09-02T00:05Z"), &language("en-US")),
            "September 2, 2025, 12:05 AM UTC"
        );
        assert_eq!(
            date_and_time(&date("2025-09-02T12:00:00+05:30"), &language("en")),
            "2 September 2025, 12:00 UTC+5:30"
        );
        assert_eq!(
            date_and_time(&date("2025-09-02T12:00:00-03:00"), &language("es")),
            "2 de septiembre de 2025, 12:00 UTC−3"
        );
    }

    #[test]
    fn writes_arabic_dates_in_arabic_indic_digits() {
        assert_eq!(
            date_only(&date("2026-12-04"), &language("ar")),
            "٤ ديسمبر ٢٠٢٦"
        );
        assert_eq!(
            date_and_time(&date("2026-12-04T14:30:00+03:00"), &language("ar-EG")),
            "٤ ديسمبر ٢٠٢٦، ١٤:٣٠ UTC+٣"
        );
        assert_eq!(
            date_only(&date("2026-01-15"), &language("ar")),
            "١٥ يناير ٢٠٢٦"
        );
    }

    #[test]
    fn writes_hebrew_dates_with_the_month_s_preposition() {
        assert_eq!(
            date_only(&date("2026-12-04"), &language("he")),
            "4 בדצמבר 2026"
        );
        assert_eq!(
            date_and_time(&date("2026-12-04T14:30:00+02:00"), &language("he-IL")),
            "4 בדצמבר 2026, 14:30 UTC+2"
        );
        assert_eq!(
            date_only(&date("2026-03-01"), &language("iw")),
            "1 במרץ 2026"
        );
    }

    #[test]
    fn writes_the_first_of_the_month_as_french_does() {
        assert_eq!(
            date_only(&date("2025-10-01"), &language("fr")),
            "1er octobre 2025"
        );
        assert_eq!(
            date_only(&date("2025-10-01"), &language("de")),
            "1. Oktober 2025"
        );
    }
}
