//! The part of Fluent (Project Fluent's `.ftl` syntax) the catalogues use, read
//! into patterns and formatted with arguments.
//!
//! A catalogue is a list of messages, `id = value`, each on one line or continued
//! on indented lines, with `#` comments and blank lines between them. A value is
//! text with placeables: a variable `{ $name }`, a string literal `{ "…" }`, or a
//! select expression on a variable,
//!
//! ```ftl
//! show-more = { $count ->
//!     [one] Show { $count } more headline
//!    *[other] Show { $count } more headlines
//! }
//! ```
//!
//! whose variant keys are plural categories (`zero`, `one`, `two`, `few`, `many`,
//! `other`), exact numbers (`[0]`) or, for a text argument, the text itself. Terms,
//! attributes and functions are not used by the viewer and are refused, so a
//! catalogue that needs them fails its test rather than showing half a sentence.

use std::collections::HashMap;

use thiserror::Error;

/// A piece of a message's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Element {
    Text(String),
    Variable(String),
    Select {
        selector: String,
        variants: Vec<Variant>,
        /// The index of the variant marked `*`, taken when no other matches.
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    pub(crate) key: String,
    pub(crate) value: Vec<Element>,
}

/// A catalogue's messages by id, each a list of pieces.
pub(crate) type Messages = HashMap<String, Vec<Element>>;

/// What is wrong with a catalogue, at its line (from 1).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FluentError {
    #[error("line {line}: expected `id = value`")]
    NotAMessage { line: usize },
    #[error("line {line}: the message \"{id}\" is given twice")]
    Duplicate { line: usize, id: String },
    #[error("line {line}: the message \"{id}\" has no value")]
    Empty { line: usize, id: String },
    #[error("line {line}: {problem} in the message \"{id}\"")]
    Value {
        line: usize,
        id: String,
        problem: &'static str,
    },
}

/// Reads a catalogue's text into its messages.
pub(crate) fn parse(source: &str) -> Result<Messages, FluentError> {
    let mut messages = Messages::new();
    // Each message's id, first line number and the lines of its value.
    let mut current: Option<(String, usize, Vec<&str>)> = None;
    let finish = |current: Option<(String, usize, Vec<&str>)>,
                  messages: &mut Messages|
     -> Result<(), FluentError> {
        let Some((id, line, lines)) = current else {
            return Ok(());
        };
        let text = join_lines(&lines);
        if text.is_empty() {
            return Err(FluentError::Empty { line, id });
        }
        let value = parse_pattern(&text).map_err(|problem| FluentError::Value {
            line,
            id: id.clone(),
            problem,
        })?;
        if messages.insert(id.clone(), value).is_some() {
            return Err(FluentError::Duplicate { line, id });
        }
        Ok(())
    };
    for (number, line) in source.lines().enumerate() {
        let number = number + 1;
        if line.starts_with(' ') || line.starts_with('\t') {
            match &mut current {
                Some((_, _, lines)) => lines.push(line),
                None if line.trim().is_empty() => {}
                None => return Err(FluentError::NotAMessage { line: number }),
            }
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            // A blank line inside a value belongs to it; a comment ends it.
            if line.starts_with('#') {
                finish(current.take(), &mut messages)?;
            } else if let Some((_, _, lines)) = &mut current {
                lines.push(line);
            }
            continue;
        }
        finish(current.take(), &mut messages)?;
        let Some((id, value)) = line.split_once('=') else {
            return Err(FluentError::NotAMessage { line: number });
        };
        let id = id.trim();
        if !is_identifier(id) {
            return Err(FluentError::NotAMessage { line: number });
        }
        current = Some((id.to_owned(), number, vec![value]));
    }
    finish(current.take(), &mut messages)?;
    Ok(messages)
}

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A value's lines as one text: the first line's leading blanks and the common
/// indent of the others go, blank lines at the ends go, the lines are joined with
/// line breaks.
fn join_lines(lines: &[&str]) -> String {
    let first = lines.first().map_or("", |line| line.trim_start());
    let rest = lines.get(1..).unwrap_or_default();
    let indent = rest
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut text = first.to_owned();
    for line in rest {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(line.get(indent..).unwrap_or_default());
    }
    text.trim().to_owned()
}

/// Reads a value into its pieces.
fn parse_pattern(text: &str) -> Result<Vec<Element>, &'static str> {
    let mut reader = Reader { text, at: 0 };
    let pattern = reader.pattern(false)?;
    if reader.at < text.len() {
        return Err("an unmatched `}`");
    }
    Ok(pattern)
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn skip_blanks(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    /// Text and placeables up to the end, a `}` (not eaten), or, in a variant,
    /// the end of its line.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Element>, &'static str> {
        let mut elements = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.rest().chars().next() {
            match c {
                '{' => {
                    self.at += 1;
                    let element = self.placeable()?;
                    match element {
                        Element::Text(literal) => text.push_str(&literal),
                        element => {
                            if !text.is_empty() {
                                elements.push(Element::Text(std::mem::take(&mut text)));
                            }
                            elements.push(element);
                        }
                    }
                }
                '}' => break,
                '\n' if in_variant => break,
                c => {
                    text.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
        if in_variant {
            let trimmed = text.trim_end().len();
            text.truncate(trimmed);
        }
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        Ok(elements)
    }

    /// What follows a `{`, up to and including its `}`.
    fn placeable(&mut self) -> Result<Element, &'static str> {
        self.skip_blanks();
        let element = if self.eat("\"") {
            let end = self.rest().find('"').ok_or("an unclosed string literal")?;
            let literal = self.rest()[..end].to_owned();
            self.at += end + 1;
            Element::Text(literal)
        } else if self.eat("$") {
            let name = self.identifier().ok_or("a variable without a name")?;
            self.skip_blanks();
            if self.eat("->") {
                self.variants(name)?
            } else {
                Element::Variable(name)
            }
        } else {
            return Err("a placeable other than a variable, a string or a select");
        };
        self.skip_blanks();
        if !self.eat("}") {
            return Err("an unclosed placeable");
        }
        Ok(element)
    }

    fn identifier(&mut self) -> Option<String> {
        let rest = self.rest();
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let name = rest[..end].to_owned();
        self.at += end;
        (end > 0).then_some(name)
    }

    /// The variants of a select expression, each `[key] value` or `*[key] value`
    /// on its own line.
    fn variants(&mut self, selector: String) -> Result<Element, &'static str> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blanks();
            let is_default = self.eat("*");
            if !self.eat("[") {
                break;
            }
            let end = self.rest().find(']').ok_or("an unclosed variant key")?;
            let key = self.rest()[..end].trim().to_owned();
            self.at += end + 1;
            self.skip_inline_blanks();
            let value = self.pattern(true)?;
            if is_default {
                if default.is_some() {
                    return Err("two default variants");
                }
                default = Some(variants.len());
            }
            variants.push(Variant { key, value });
        }
        let default = default.ok_or("a select without a default variant (`*[…]`)")?;
        Ok(Element::Select {
            selector,
            variants,
            default,
        })
    }

    fn skip_inline_blanks(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t']).len();
    }
}

#[cfg(test)]
/// Every variable a message's pieces name, selectors included.
pub(crate) fn variables(elements: &[Element]) -> Vec<&str> {
    let mut names = Vec::new();
    for element in elements {
        match element {
            Element::Text(_) => {}
            Element::Variable(name) => names.push(name.as_str()),
            Element::Select {
                selector, variants, ..
            } => {
                names.push(selector.as_str());
                for variant in variants {
                    names.extend(variables(&variant.value));
                }
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Element {
        Element::Text(text.to_owned())
    }

    #[test]
    fn reads_messages_with_variables_comments_and_continued_lines() {
        let messages = parse(
            "# A comment\nhello = Hello, { $name }!\n\nlong =\n    First line\n    second line\n",
        )
        .unwrap();
        assert_eq!(
            messages["hello"],
            vec![
                text("Hello, "),
                Element::Variable("name".to_owned()),
                text("!")
            ]
        );
        assert_eq!(messages["long"], vec![text("First line\nsecond line")]);
    }

    #[test]
    fn reads_select_expressions_with_their_default() {
        let messages =
            parse("more = { $count ->\n    [one] One more\n   *[other] { $count } more\n    }\n")
                .unwrap();
        assert_eq!(
            messages["more"],
            vec![Element::Select {
                selector: "count".to_owned(),
                variants: vec![
                    Variant {
                        key: "one".to_owned(),
                        value: vec![text("One more")]
                    },
                    Variant {
                        key: "other".to_owned(),
                        value: vec![Element::Variable("count".to_owned()), text(" more")]
                    },
                ],
                default: 1,
            }]
        );
    }

    #[test]
    fn keeps_string_literals_as_text() {
        let messages = parse("percent = { $n }{ \" \" }%\n").unwrap();
        assert_eq!(
            messages["percent"],
            vec![Element::Variable("n".to_owned()), text(" %")]
        );
    }

    #[test]
    fn refuses_what_the_viewer_cannot_format() {
        assert!(matches!(
            parse("a = { -term }"),
            Err(FluentError::Value { line: 1, .. })
        ));
        assert!(matches!(
            parse("a = { $n ->\n [one] x\n }"),
            Err(FluentError::Value { .. })
        ));
        assert!(matches!(
            parse("a = x\na = y"),
            Err(FluentError::Duplicate { line: 2, .. })
        ));
        assert!(matches!(
            parse("a ="),
            Err(FluentError::Empty { line: 1, .. })
        ));
        assert!(matches!(
            parse("not a message"),
            Err(FluentError::NotAMessage { line: 1 })
        ));
    }

    #[test]
    fn lists_the_variables_a_message_uses() {
        let messages = parse("m = { $b ->\n   *[other] { $a } and { $c }\n    } { $a }\n").unwrap();
        assert_eq!(variables(&messages["m"]), vec!["a", "b", "c"]);
    }
}
