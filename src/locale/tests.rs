use std::collections::BTreeSet;

use super::*;

/// The variables the viewer gives as numbers; the others are text.
const NUMBER_VARIABLES: [&str; 8] = [
    "count",
    "total",
    "shown",
    "minutes",
    "fastest",
    "slowest",
    "percent",
    "megabytes",
];

fn messages_of(locale: Locale) -> Messages {
    fluent::parse(locale.catalogue().expect("native code has every catalogue"))
        .unwrap_or_else(|error| panic!("locales/{}.ftl: {error}", locale.tag()))
}

#[test]
fn every_catalogue_has_every_message_the_viewer_uses_and_no_other() {
    let used: BTreeSet<&str> = Message::ALL.iter().map(|message| message.id()).collect();
    for locale in Locale::ALL {
        let messages = messages_of(locale);
        let given: BTreeSet<&str> = messages.keys().map(String::as_str).collect();
        let missing: Vec<_> = used.difference(&given).collect();
        let unused: Vec<_> = given.difference(&used).collect();
        assert!(
            missing.is_empty() && unused.is_empty(),
            "locales/{}.ftl lacks {missing:?} and has {unused:?}, which the viewer does not use",
            locale.tag()
        );
    }
}

#[test]
fn every_message_uses_only_the_variables_the_viewer_gives_it() {
    let english = messages_of(Locale::En);
    for locale in Locale::ALL {
        for (id, elements) in messages_of(locale) {
            let given = fluent::variables(&english[&id]);
            for name in fluent::variables(&elements) {
                assert!(
                    given.contains(&name),
                    "locales/{}.ftl: {id} uses ${name}, which the viewer does not give it",
                    locale.tag()
                );
            }
        }
    }
}

/// Every plural form the language has for whole numbers, in every message that
/// chooses by a number: Arabic's six, Polish's three, one for Japanese.
#[test]
fn every_plural_choice_covers_the_language_s_forms() {
    for locale in Locale::ALL {
        let strings = Strings::new(locale);
        let categories: BTreeSet<&str> = (0..=1000)
            .map(|number| strings.plural_category(number))
            .collect();
        for (id, elements) in messages_of(locale) {
            for_each_select(&elements, &mut |selector, variants| {
                let keys: BTreeSet<&str> = variants.iter().map(|v| v.key.as_str()).collect();
                if NUMBER_VARIABLES.contains(&selector) {
                    for category in &categories {
                        assert!(
                            keys.contains(category),
                            "locales/{}.ftl: {id} has no [{category}] variant for ${selector}",
                            locale.tag()
                        );
                    }
                } else {
                    assert_eq!(
                        keys,
                        BTreeSet::from(["article", "edition"]),
                        "locales/{}.ftl: {id} chooses by ${selector}",
                        locale.tag()
                    );
                }
            });
        }
    }
}

fn for_each_select(elements: &[Element], check: &mut impl FnMut(&str, &[fluent::Variant])) {
    for element in elements {
        if let Element::Select {
            selector, variants, ..
        } = element
        {
            check(selector, variants);
            for variant in variants {
                for_each_select(&variant.value, check);
            }
        }
    }
}

#[test]
fn reading_times_take_each_language_s_plural_forms() {
    let time = |locale, minutes: u32| {
        Strings::new(locale).text_with(Message::ReadingTime, &[("minutes", minutes.into())])
    };
    assert_eq!(time(Locale::En, 1), "1 minute read");
    assert_eq!(time(Locale::De, 1), "1 Minute Lesezeit");
    assert_eq!(time(Locale::De, 4), "4 Minuten Lesezeit");
    assert_eq!(time(Locale::Pl, 1), "1 minuta czytania");
    assert_eq!(time(Locale::Pl, 3), "3 minuty czytania");
    assert_eq!(time(Locale::Pl, 5), "5 minut czytania");
    assert_eq!(time(Locale::Pl, 22), "22 minuty czytania");
    assert_eq!(time(Locale::Ar, 1), "قراءة في دقيقة واحدة");
    assert_eq!(time(Locale::Ar, 2), "قراءة في دقيقتين");
    assert_eq!(time(Locale::Ar, 3), "قراءة في ٣ دقائق");
    assert_eq!(time(Locale::Ar, 11), "قراءة في ١١ دقيقة");
    assert_eq!(time(Locale::Ja, 4), "4分で読めます");
}

#[test]
fn writes_reading_time_ranges_in_the_language_s_own_form() {
    let range = |locale| {
        Strings::new(locale).text_with(
            Message::ReadingTimeRange,
            &[("fastest", 2_u32.into()), ("slowest", 3_u32.into())],
        )
    };
    assert_eq!(range(Locale::En), "2–3 minute read");
    assert_eq!(range(Locale::Fr), "2 à 3 minutes de lecture");
    assert_eq!(range(Locale::Ar), "قراءة في ٢–٣ دقائق");
    assert_eq!(range(Locale::Ko), "읽는 데 2~3분");
}

#[test]
fn numbers_in_messages_take_the_language_s_separators() {
    let more = |locale| {
        Strings::new(locale).text_with(
            Message::ShowMoreOf,
            &[("count", 100_usize.into()), ("total", 9900_usize.into())],
        )
    };
    assert_eq!(more(Locale::En), "Show 100 more of 9,900 headlines");
    assert_eq!(
        more(Locale::De),
        "100 weitere von 9.900 Schlagzeilen zeigen"
    );
}

#[test]
fn chooses_the_first_tag_with_a_catalogue() {
    assert_eq!(Locale::choose(["pt-BR"]), Locale::Pt);
    assert_eq!(Locale::choose(["sv-SE", "de-CH", "en"]), Locale::De);
    assert_eq!(Locale::choose(["", "x-private", "AR"]), Locale::Ar);
    assert_eq!(Locale::choose(["iw"]), Locale::He);
    assert_eq!(Locale::choose(["und", "sv"]), Locale::En);
    assert_eq!(Locale::choose([]), Locale::En);
}

#[test]
fn chooses_traditional_chinese_by_script_else_by_region() {
    for tag in [
        "zh-Hant",
        "zh-Hant-TW",
        "zh-TW",
        "zh_HK",
        "ZH-mo",
        "zh-hant-CN",
    ] {
        assert_eq!(Locale::choose([tag]), Locale::ZhHant, "{tag}");
    }
    for tag in ["zh", "zh-Hans", "zh-CN", "zh-SG", "zh-Hans-HK", "zh-Latn"] {
        assert_eq!(Locale::choose([tag]), Locale::Zh, "{tag}");
    }
    assert_eq!(Locale::ZhHant.tag(), "zh-Hant");
    assert_eq!(
        Strings::new(Locale::ZhHant).text(Message::LoadingEdition),
        "正在載入本期內容…"
    );
}

#[test]
fn marks_arabic_and_hebrew_right_to_left() {
    let rtl: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|locale| locale.direction() == "rtl")
        .collect();
    assert_eq!(rtl, vec![Locale::Ar, Locale::He]);
}

#[test]
fn chooses_the_document_s_wording_by_its_kind() {
    let strings = Strings::new(Locale::En);
    assert_eq!(
        strings.text_with(Message::FailureEmpty, &[("document", "article".into())]),
        "The article is empty."
    );
    assert_eq!(
        strings.text_with(Message::FailureEmpty, &[("document", "edition".into())]),
        "The edition is empty."
    );
}

#[test]
fn sideways_arrows_follow_the_reading_direction() {
    assert_eq!(Locale::En.sideways_step("ArrowRight"), Some(1));
    assert_eq!(Locale::En.sideways_step("ArrowLeft"), Some(-1));
    assert_eq!(Locale::Ar.sideways_step("ArrowLeft"), Some(1));
    assert_eq!(Locale::He.sideways_step("ArrowRight"), Some(-1));
    assert_eq!(Locale::Ar.sideways_step("ArrowDown"), None);
}
