//! The start tags of a built page, read as a browser tokenizes them: the
//! prerenderer finds what Trunk wrote with it, and the policy what it must allow.

/// A start tag of the page, and for `<script>` and `<style>` the text up to
/// their end tag.
pub struct Tag {
    pub name: String,
    /// Names in lowercase, values as written (quotes taken off).
    pub attributes: Vec<(String, String)>,
    /// Byte offset of the tag's `<`.
    pub start: usize,
    /// Byte offset just past the tag's `>`.
    pub end: usize,
    /// A script's or style element's text, up to its end tag.
    pub text: Option<String>,
}

impl Tag {
    pub fn has(&self, attribute: &str) -> bool {
        self.attributes.iter().any(|(name, _)| name == attribute)
    }

    /// The value of the attribute `attribute`, if the tag has it.
    pub fn value(&self, attribute: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(name, _)| name == attribute)
            .map(|(_, value)| value.as_str())
    }
}

/// The start tags of an HTML page as a browser tokenizes them, for the markup
/// Trunk writes: comments and end tags are skipped, attribute values may be
/// quoted or not, and a script's or style element's text runs to the first
/// `</script` or `</style`.
pub fn tags(html: &str) -> Result<Vec<Tag>, String> {
    let mut tags = Vec::new();
    let mut position = 0;
    while let Some(offset) = html[position..].find('<') {
        let start = position + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").ok_or("a comment never ends")?;
            position = start + end + 3;
            continue;
        }
        let Some(first) = rest[1..].chars().next() else {
            break;
        };
        if !first.is_ascii_alphabetic() {
            // An end tag, a doctype, or a `<` in text.
            position = start + 1;
            continue;
        }
        let mut tag = start_tag(html, start)?;
        position = tag.end;
        if matches!(tag.name.as_str(), "script" | "style") {
            let end_tag = format!("</{}", tag.name);
            let text_end = find_ignoring_case(&html[position..], &end_tag)
                .ok_or_else(|| format!("an inline {} never ends", tag.name))?;
            let text = &html[position..position + text_end];
            if tag.name == "script" && text.contains("<!--") {
                return Err(
                    "an inline script holds `<!--`, which makes its end uncertain".to_owned(),
                );
            }
            tag.text = Some(text.to_owned());
            position += text_end;
        }
        tags.push(tag);
    }
    Ok(tags)
}

/// Reads the start tag at `start` (which holds `<` and a letter).
fn start_tag(html: &str, start: usize) -> Result<Tag, String> {
    let bytes = html.as_bytes();
    let mut index = start + 1;
    let name_start = index;
    while index < bytes.len() && !is_tag_space(bytes[index]) && !matches!(bytes[index], b'>' | b'/')
    {
        index += 1;
    }
    let name = html[name_start..index].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while index < bytes.len() && (is_tag_space(bytes[index]) || bytes[index] == b'/') {
            index += 1;
        }
        match bytes.get(index) {
            None => return Err(format!("the <{name}> tag never ends")),
            Some(b'>') => break,
            Some(_) => {}
        }
        let attribute_start = index;
        while index < bytes.len()
            && !is_tag_space(bytes[index])
            && !matches!(bytes[index], b'>' | b'/' | b'=')
        {
            index += 1;
        }
        let attribute = html[attribute_start..index].to_ascii_lowercase();
        while index < bytes.len() && is_tag_space(bytes[index]) {
            index += 1;
        }
        let mut value = String::new();
        if bytes.get(index) == Some(&b'=') {
            index += 1;
            while index < bytes.len() && is_tag_space(bytes[index]) {
                index += 1;
            }
            match bytes.get(index) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let value_start = index + 1;
                    let length = html[value_start..]
                        .find(quote as char)
                        .ok_or_else(|| format!("an attribute of <{name}> never ends"))?;
                    value = html[value_start..value_start + length].to_owned();
                    index = value_start + length + 1;
                }
                _ => {
                    let value_start = index;
                    while index < bytes.len() && !is_tag_space(bytes[index]) && bytes[index] != b'>'
                    {
                        index += 1;
                    }
                    value = html[value_start..index].to_owned();
                }
            }
        }
        attributes.push((attribute, value));
    }
    Ok(Tag {
        name,
        attributes,
        start,
        end: index + 1,
        text: None,
    })
}

fn is_tag_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_values_quoted_or_not() {
        let page = r#"<LINK rel=preload HREF="./a.wasm" data-x='b > c' defer>"#;
        let tags = tags(page).unwrap();
        assert_eq!(tags.len(), 1);
        let link = &tags[0];
        assert_eq!(link.name, "link");
        assert_eq!(link.value("rel"), Some("preload"));
        assert_eq!(link.value("href"), Some("./a.wasm"));
        assert_eq!(link.value("data-x"), Some("b > c"), "a quoted > is no end");
        assert!(link.has("defer"));
        assert_eq!(link.value("defer"), Some(""));
        assert_eq!(link.value("integrity"), None);
        assert_eq!((link.start, link.end), (0, page.len()));
    }

    #[test]
    fn keeps_a_scripts_text_and_skips_what_it_holds() {
        let page = "<head><script type=module>if (a < b) { go('<p>'); }</SCRIPT><p class=x></head>";
        let tags = tags(page).unwrap();
        let names: Vec<&str> = tags.iter().map(|tag| tag.name.as_str()).collect();
        assert_eq!(names, ["head", "script", "p"]);
        assert_eq!(tags[1].text.as_deref(), Some("if (a < b) { go('<p>'); }"));

        let page = "<style>a::after { content: '<p>'; }</Style><p>";
        let style_tags = super::tags(page).unwrap();
        assert_eq!(style_tags.len(), 2);
        assert_eq!(
            style_tags[0].text.as_deref(),
            Some("a::after { content: '<p>'; }")
        );
    }

    #[test]
    fn says_where_a_page_cannot_be_read() {
        for (page, problem) in [
            ("<!-- never closed", "a comment never ends"),
            ("<a href='x>", "an attribute of <a> never ends"),
            ("<div class=x", "the <div> tag never ends"),
        ] {
            assert_eq!(tags(page).err().as_deref(), Some(problem), "{page}");
        }
    }
}
