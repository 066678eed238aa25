//! Whole numbers as each interface language writes them: its digits, and its
//! thousands separator from the count of digits where it starts grouping.
//!
//! The symbols are CLDR's (the Unicode locale data, version 46) for each
//! language's default numbering system: Arabic writes Arabic-Indic digits
//! (`٩٬٩٠٠`); Spanish and Polish group only from five digits (`9900`, `12 345`);
//! French and Polish group with a narrow or plain no-break space.

use super::Locale;

/// How a language writes a whole number.
struct NumberForm {
    /// The digits zero to nine.
    zero: char,
    /// Between groups of three digits.
    group: &'static str,
    /// The fewest digits a number has before it is grouped at all.
    group_from: usize,
}

fn form(locale: Locale) -> NumberForm {
    use Locale::*;
    let (zero, group, group_from) = match locale {
        En | Ko | Ja | Zh | ZhHant | He => ('0', ",", 4),
        De | It | Nl | Pt => ('0', ".", 4),
        Es => ('0', ".", 5),
        Fr => ('0', "\u{202F}", 4),
        Pl => ('0', "\u{A0}", 5),
        Ar => ('\u{0660}', "\u{066C}", 4),
    };
    NumberForm {
        zero,
        group,
        group_from,
    }
}

/// `number` written as `locale` writes it.
pub(crate) fn format(number: u64, locale: Locale) -> String {
    let NumberForm {
        group, group_from, ..
    } = form(locale);
    let digits: Vec<char> = in_own_digits(&number.to_string(), locale).chars().collect();
    let mut written = String::with_capacity(digits.len() * 3);
    for (index, digit) in digits.iter().enumerate() {
        let left = digits.len() - index;
        if index > 0 && left.is_multiple_of(3) && digits.len() >= group_from {
            written.push_str(group);
        }
        written.push(*digit);
    }
    written
}

/// `text` with its ASCII digits written in `locale`'s digits, and nothing else
/// changed: for figures that are not counts, such as a date's.
pub(crate) fn in_own_digits(text: &str, locale: Locale) -> String {
    let zero = form(locale).zero;
    text.chars()
        .map(|character| match character.to_digit(10) {
            Some(value) if character.is_ascii_digit() => {
                char::from_u32(zero as u32 + value).unwrap_or(character)
            }
            _ => character,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_as_each_language_does() {
        assert_eq!(format(9900, Locale::En), "9,900");
        assert_eq!(format(9900, Locale::De), "9.900");
        assert_eq!(format(9900, Locale::Fr), "9\u{202F}900");
        assert_eq!(format(1_234_567, Locale::Ja), "1,234,567");
        assert_eq!(format(100, Locale::En), "100");
    }

    #[test]
    fn leaves_four_digits_alone_where_grouping_starts_at_five() {
        assert_eq!(format(9900, Locale::Es), "9900");
        assert_eq!(format(12_345, Locale::Es), "12.345");
        assert_eq!(format(9900, Locale::Pl), "9900");
        assert_eq!(format(12_345, Locale::Pl), "12\u{A0}345");
    }

    #[test]
    fn writes_arabic_indic_digits_for_arabic() {
        assert_eq!(format(3, Locale::Ar), "٣");
        assert_eq!(format(9900, Locale::Ar), "٩٬٩٠٠");
    }

    #[test]
    fn rewrites_only_the_digits_of_a_text() {
        assert_eq!(
            in_own_digits("2026, 14:30 UTC+3", Locale::Ar),
            "٢٠٢٦, ١٤:٣٠ UTC+٣"
        );
        assert_eq!(in_own_digits("2026, 14:30", Locale::He), "2026, 14:30");
    }
}
