//! Reading a scraped text into numbered lines.

/// A line of the source with something on it, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SourceLine<'a> {
    /// Counted from 1, as an editor shows it.
    pub number: u32,
    pub text: &'a str,
}

/// The lines of `source` that are not blank, in order. A leading byte order mark
/// is dropped; `\r\n`, `\n` and a lone `\r` all end a line.
pub(super) fn source_lines(source: &str) -> Vec<SourceLine<'_>> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = Vec::new();
    let mut number: u32 = 0;
    let mut rest = source;
    while !rest.is_empty() {
        number = number.saturating_add(1);
        let (line, after) = match rest.find(['\n', '\r']) {
            Some(end) => {
                let break_length = if rest[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                (&rest[..end], &rest[end + break_length..])
            }
            None => (rest, ""),
        };
        let text = trim_invisible(line);
        if !text.is_empty() {
            lines.push(SourceLine { number, text });
        }
        rest = after;
    }
    lines
}

/// Trims white space and the invisible characters scrapers leave behind (zero-width
/// spaces, stray byte order marks), which `str::trim` keeps.
pub(super) fn trim_invisible(text: &str) -> &str {
    text.trim_matches(|character: char| {
        character.is_whitespace() || matches!(character, '\u{200b}' | '\u{2060}' | '\u{feff}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(source: &str) -> Vec<(u32, &str)> {
        source_lines(source)
            .into_iter()
            .map(|line| (line.number, line.text))
            .collect()
    }

    #[test]
    fn numbers_lines_across_every_line_ending() {
        assert_eq!(
            numbered("one\r\ntwo\n\nthree\rfour"),
            [(1, "one"), (2, "two"), (4, "three"), (5, "four")]
        );
    }

    #[test]
    fn drops_the_byte_order_mark_and_invisible_padding() {
        assert_eq!(
            numbered("\u{feff}Headline\n \u{200b}\n\u{a0}Text \t"),
            [(1, "Headline"), (3, "Text")]
        );
    }

    #[test]
    fn has_no_lines_for_blank_text() {
        assert!(source_lines("").is_empty());
        assert!(source_lines("\u{feff}\r\n \n\t").is_empty());
    }
}
