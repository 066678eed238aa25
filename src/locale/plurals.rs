//! CLDR's plural categories of whole numbers in each interface language.
//!
//! The categories are those of the `intl_pluralrules` crate (CLDR's rules),
//! written out as a table: the WebAssembly then carries fourteen short lines
//! instead of the rules of every language CLDR knows, which cost more than the
//! catalogues. For whole numbers each of the fourteen languages decides by the
//! number up to 199, by its last two digits above that, and by whether it is a
//! multiple of a million (French, Italian, Portuguese and Spanish `many`). The
//! test below checks every entry against the crate, and every number up to
//! 100,000 and many beyond against the rule above; `BLESS=1` prints the table
//! anew.

use super::Locale;

/// Per language, the category of 0 to 199, then of a positive multiple of a
/// million: `z` zero, `o` one, `t` two, `f` few, `m` many, `x` other.
const TABLE: [(Locale, &str); Locale::ALL.len()] = include!("plurals.table");

/// The plural category of `number` in `locale`'s language, by its CLDR name.
pub(crate) fn category(locale: Locale, number: u64) -> &'static str {
    let index = if number > 0 && number.is_multiple_of(1_000_000) {
        200
    } else if number < 200 {
        number as usize
    } else {
        100 + (number % 100) as usize
    };
    let letters = TABLE
        .iter()
        .find(|(known, _)| *known == locale)
        .map_or("x", |(_, letters)| letters);
    match letters.as_bytes().get(index) {
        Some(b'z') => "zero",
        Some(b'o') => "one",
        Some(b't') => "two",
        Some(b'f') => "few",
        Some(b'm') => "many",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;

    use super::*;

    fn cldr(locale: Locale) -> impl Fn(u64) -> &'static str {
        // CLDR states the rules by language: `zh`, not `zh-Hans` or `zh-Hant`.
        let language = locale.tag().split('-').next().unwrap();
        let id: LanguageIdentifier = language.parse().unwrap();
        let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
        move |number| match rules.select(number).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }

    fn letter(category: &str) -> char {
        match category {
            "zero" => 'z',
            "one" => 'o',
            "two" => 't',
            "few" => 'f',
            "many" => 'm',
            _ => 'x',
        }
    }

    #[test]
    fn the_table_is_cldr_s() {
        let table: String = Locale::ALL
            .into_iter()
            .map(|locale| {
                let cldr = cldr(locale);
                let letters: String = (0..200)
                    .chain([1_000_000])
                    .map(|number| letter(cldr(number)))
                    .collect();
                format!("    (Locale::{locale:?}, \"{letters}\"),\n")
            })
            .collect();
        let table = format!("[\n{table}]\n");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/locale/plurals.table");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &table).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            table,
            "src/locale/plurals.table is stale: BLESS=1 cargo test writes it again"
        );
    }

    #[test]
    fn gives_cldr_s_category_for_any_whole_number() {
        let beyond = (0..40).map(|power| 1_u64 << power).chain([
            1_000_000,
            2_000_000,
            1_000_001,
            12_000_000,
            1_000_000_000,
            123_456_789,
        ]);
        for locale in Locale::ALL {
            let cldr = cldr(locale);
            for number in (0..=100_000).chain(beyond.clone()) {
                assert_eq!(
                    category(locale, number),
                    cldr(number),
                    "{} {number}",
                    locale.tag()
                );
            }
        }
    }
}
