//! Saved web pages: the article's text, found by a main-content extractor, and
//! what the page's own metadata says of it.
//!
//! The extractor is `rs-trafilatura`, chosen by measurement: on the public
//! article-extraction benchmark its published F1 is 0.970, against 0.884 for
//! `readable-readability` and 0.865 for `dom_smoothie` (`./x bench extraction`
//! prints them side by side). It gives the article as text and reads the
//! page's metadata (JSON-LD, Open Graph, `meta` tags, `<html lang>`). The
//! page's JSON-LD article is read here too (see `json_ld`), and what it
//! states wins. Text is all that is taken: no markup of the page reaches the
//! edition, and every URL goes through the format's own check.
//!
//! The page's markup then says what each line of that text is (a heading, a
//! quotation, or not the article's: see `structure`), and the text goes
//! through the same layers as a plain-text import (spam, captions, stamps,
//! dateline, byline, related list), with the page's title as the headline. The
//! line classifier keeps out of it: the extractor and the markup have told the
//! article from the furniture, and judging again from the words alone only
//! loses article text (on the benchmark it cost the page path 0.017 of F1
//! when last measured, before the markup was read).
//!
//! The page's lead photo and its related links, which the extractor's text
//! does not hold, are read from the page's markup afterwards (see
//! `photo` and `related`).

mod address;
mod encoding;
mod json_ld;
mod photo;
pub(crate) mod related;
pub(crate) mod structure;

use std::io::Read;

use chrono::Datelike;
use edition::{LanguageTag, Source, Text, WebUrl};
use flate2::read::GzDecoder;

use address::PageAddress;
use json_ld::PageJsonLd;
use photo::page_images;
use related::{related_block, take_related_links};

use crate::dateline::byline_naming;
use crate::photo::choose_photo;
use crate::source_text::source_lines;
use crate::{
    Finding, Furniture, ImportError, ImportOptions, Imported, LineMarks, Part, import_text,
};

/// The largest page read, unpacked: a page of news is a few hundred kilobytes,
/// and the extractor's work grows with the page.
pub const MAX_PAGE_BYTES: usize = 50 * 1024 * 1024;

/// Whether `bytes` are gzip-compressed (a saved `.html.gz`).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Unpacks a gzip-compressed page, refusing one that unpacks to more than
/// [`MAX_PAGE_BYTES`] (a gzip bomb) or is not whole.
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    let mut unpacked = Vec::new();
    GzDecoder::new(bytes)
        .take(MAX_PAGE_BYTES as u64 + 1)
        .read_to_end(&mut unpacked)
        .map_err(|error| {
            ImportError::Unreadable(format!("cannot unpack the gzip file: {error}"))
        })?;
    if unpacked.len() > MAX_PAGE_BYTES {
        return Err(ImportError::TooLarge);
    }
    Ok(unpacked)
}

/// Whether `bytes` are a web page rather than plain text: an HTML doctype, or an
/// `<html>`, `<head>` or `<body>` tag, near the start, in UTF-16 too when a byte
/// order mark says so. Judged by content, so a page saved without its extension
/// is still read as one.
pub fn is_html(bytes: &[u8]) -> bool {
    let start = encoding::start_as_utf8(bytes, 2048);
    let trimmed = start.trim_ascii_start();
    if !trimmed.starts_with(b"<") {
        return false;
    }
    let lower = trimmed.to_ascii_lowercase();
    [&b"<!doctype html"[..], b"<html", b"<head", b"<body"]
        .iter()
        .any(|tag| lower.windows(tag.len()).any(|window| window == *tag))
}

/// The deepest nesting of elements read. The 181 pages of the extraction
/// benchmark nest at most about 300 deep; the extractor takes a third of a
/// second on a page nested 900 deep, over a second at 2,000, and minutes at
/// 50,000.
pub const MAX_PAGE_DEPTH: usize = 1_000;

/// Turns a saved web page into an article (see the module documentation).
pub fn import_page(html: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    if html.len() > MAX_PAGE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let html = encoding::decode(html)?;
    if nesting_depth(html.as_bytes()) > MAX_PAGE_DEPTH {
        return Err(ImportError::Unreadable(format!(
            "the page nests its elements more than {MAX_PAGE_DEPTH} deep"
        )));
    }
    let page = rs_trafilatura::extract(&html).map_err(|error| {
        ImportError::Unreadable(format!("no article found in the page: {error}"))
    })?;
    let metadata = &page.metadata;
    let document = dom_query::Document::from(&*html);
    let json_ld = PageJsonLd::of(&document);
    let site_name = metadata.sitename.as_deref().and_then(text);
    let mut from_page: Vec<Finding> = Vec::new();
    let mut found = |field: &'static str, value: &str| {
        from_page.push(Finding {
            line: None,
            part: Part::FromPage { field },
            value: value.to_owned(),
        });
    };

    // The page's JSON-LD is preferred to the extractor's metadata for each
    // field it states (see `json_ld`).
    let headline = options.headline.clone().or_else(|| {
        let headline = json_ld
            .headline()
            .map(|headline| {
                let site_names = [json_ld.publisher(), site_name.clone()];
                without_site_name(headline, site_names.iter().flatten())
            })
            .or_else(|| metadata.title.as_deref().and_then(text))?;
        found("headline", &headline);
        Some(headline)
    });
    let language = options.language.clone().or_else(|| {
        let language = metadata
            .language
            .as_deref()
            .and_then(|tag| LanguageTag::try_from(tag.trim()).ok())?;
        found("language", &language);
        Some(language)
    });
    let page_options = ImportOptions {
        headline,
        language,
        id: options.id.clone(),
    };
    let (article_lines, marks) = article_text(&document, &html, &page.content_text);
    let mut imported = import_text(&article_lines, &page_options, Furniture::Marked, &marks)?;
    // The headline and language came from the page, not from the user.
    imported
        .findings
        .retain(|finding| finding.part != Part::GivenHeadline || options.headline.is_some());
    let article = &mut imported.article;

    if article.byline.is_none() {
        let mut authors = json_ld.authors();
        if authors.is_empty() {
            authors.extend(metadata.author.as_deref().and_then(text));
        }
        let names: Vec<&str> = authors.iter().map(|name| &**name).collect();
        if let Some(byline) = byline_naming(&names, &article.language) {
            found("byline", &byline);
            article.byline = Some(byline);
        }
    }
    // The page's own date wins over a stamp in its text: the CMS wrote it for
    // machines, while a stamp may be an event's date or an update's.
    if let Some(published) = json_ld
        .published()
        .or_else(|| metadata.date.as_ref().and_then(extractor_date))
    {
        imported
            .findings
            .retain(|finding| !matches!(finding.part, Part::Published { .. }));
        found("published", &published);
        article.published = Some(published);
    }
    if let Some(description) = metadata
        .description
        .as_deref()
        .and_then(text)
        .or_else(|| json_ld.description())
    {
        found("dek", &description);
        article.dek = Some(description);
    }
    if let Some(section) = json_ld.section().or_else(|| {
        metadata
            .categories
            .first()
            .and_then(|section| text(section))
    }) {
        found("section", &section);
        article.section = Some(section);
    }
    if let Some(name) = site_name {
        let url = metadata
            .url
            .as_deref()
            .and_then(|url| WebUrl::try_from(url.trim()).ok());
        found("source", &name);
        article.source = Some(Source { name, url });
    }
    imported.findings.extend(from_page);
    take_photo_and_related(&document, &json_ld, &article_lines, &mut imported);
    imported.findings.sort_by_key(|finding| finding.line);
    Ok(imported)
}

/// Gives the article the page's lead photo (see `photo`) and related
/// links (see `related`), which the extractor's text does not hold.
/// `text` is the text the article was imported from: the links are numbered
/// on from its last line.
fn take_photo_and_related(
    document: &dom_query::Document,
    json_ld: &PageJsonLd,
    text: &str,
    imported: &mut Imported,
) {
    let address = PageAddress::of(document);
    imported.article.photo = choose_photo(
        page_images(document, json_ld, &address),
        "the page",
        &mut imported.findings,
    );
    if let Some(block) = related_block(document) {
        let first_line = source_lines(text)
            .last()
            .map_or(1, |line| line.number.saturating_add(1));
        take_related_links(&block, &address, first_line, imported);
    }
}

/// The article's text, a block a line, as the extractor gave it (`extracted`),
/// with what the page's markup says of each line (see `structure`).
///
/// When no line of the extractor's text is a block of the page, the extractor
/// lost the page's structure and gave all of its text, menus and teasers too,
/// as a line or two (5 of the benchmark's 181 pages): Readability's article is
/// taken instead, which finds the article there.
fn article_text(
    document: &dom_query::Document,
    html: &str,
    extracted: &str,
) -> (String, LineMarks) {
    let page_blocks = structure::page_blocks(&document.root());
    // `\r` ends a line for the importer too, so line numbers agree with the marks.
    let lines: Vec<&str> = extracted
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let matched = structure::match_lines(&lines, &page_blocks);
    if matched.iter().all(Option::is_none)
        && let Some(readable) = readability_blocks_of(html)
    {
        let lines: Vec<&str> = readable.iter().map(|block| block.text.as_str()).collect();
        let matched: Vec<Option<usize>> = (0..lines.len()).map(Some).collect();
        return (lines.join("\n"), line_marks(&lines, &matched, &readable));
    }
    (lines.join("\n"), line_marks(&lines, &matched, &page_blocks))
}

fn line_marks(
    lines: &[&str],
    matched: &[Option<usize>],
    blocks: &[structure::PageBlock],
) -> LineMarks {
    LineMarks {
        kinds: matched
            .iter()
            .map(|block| block.map(|block| blocks[block].kind).unwrap_or_default())
            .collect(),
        not_article: structure::not_article(lines, matched, blocks),
    }
}

/// The blocks of the article Readability (`dom_smoothie`) finds in the page,
/// or `None` when it finds none.
fn readability_blocks_of(html: &str) -> Option<Vec<structure::PageBlock>> {
    let article = dom_smoothie::Readability::new(html, None, None)
        .and_then(|mut readability| readability.parse())
        .ok()?;
    let content = dom_query::Document::from(article.content.to_string());
    let blocks = structure::page_blocks(&content.root());
    (!blocks.is_empty()).then_some(blocks)
}

/// The text of an HTML fragment (a feed item's content), a block a line, with
/// which lines are headings and quotations. Scripts and styles say nothing.
pub(crate) fn text_of_html(html: &str) -> (String, LineMarks) {
    let fragment = dom_query::Document::fragment(html);
    let blocks = structure::page_blocks(&fragment.root());
    let lines: Vec<&str> = blocks.iter().map(|block| block.text.as_str()).collect();
    let marks = LineMarks {
        kinds: blocks.iter().map(|block| block.kind).collect(),
        not_article: Vec::new(),
    };
    (lines.join("\n"), marks)
}

/// How deep the page's elements nest, read from its tags in one pass: each
/// opening tag goes one deeper and each closing tag one back. Elements that
/// have no content (`<br>`, `<img>` …) or that HTML closes by itself when the
/// next one starts (`<p>`, `<li>` …) are not counted, so a page that leaves its
/// paragraphs open is not taken for a deep one.
pub(crate) fn nesting_depth(html: &[u8]) -> usize {
    const NOT_COUNTED: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"source", b"track", b"wbr", b"p", b"li", b"dt", b"dd", b"option", b"tr", b"td", b"th",
    ];
    let mut depth: usize = 0;
    let mut deepest = 0;
    let mut rest = html;
    while let Some(start) = rest.iter().position(|&byte| byte == b'<') {
        rest = &rest[start + 1..];
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name: Vec<u8> = rest[name_start..]
            .iter()
            .take_while(|byte| byte.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() || NOT_COUNTED.contains(&name.as_slice()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let end = rest
                .iter()
                .position(|&byte| byte == b'>')
                .unwrap_or(rest.len());
            if !rest[..end].ends_with(b"/") {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// The page's value as text a reader sees, or `None` when it has none. Entities
/// are decoded: many pages escape their metadata twice (`content="&amp;#039;"`),
/// which leaves `&#039;` in the value once the page is parsed.
fn text(value: &str) -> Option<Text> {
    let decoded = if value.contains('&') {
        dom_query::Document::fragment(value).text().to_string()
    } else {
        value.to_owned()
    };
    let collapsed = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    Text::try_from(collapsed).ok()
}

/// The date the extractor read from the page's metadata, as the edition writes
/// it, or `None` for a CMS's empty value: .NET's `DateTime.MinValue`
/// (0001-01-01) or Unix time zero (1970-01-01T00:00:00Z). The extractor gives
/// every date in UTC, a date without a time as midnight: that is written as the
/// day only.
fn extractor_date(date: &chrono::DateTime<chrono::Utc>) -> Option<edition::PublicationDate> {
    if date.year() < 1000 || date.timestamp() == 0 {
        return None;
    }
    let written = if date.format("%H:%M:%S").to_string() == "00:00:00" {
        date.format("%Y-%m-%d").to_string()
    } else {
        date.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    };
    edition::PublicationDate::try_from(written).ok()
}

/// The headline without the site's name that some pages put after it in
/// their JSON-LD too ("… | TheHill", "… - IGN"): the edition names the source
/// apart. `site_names` are the names the page gives itself, compared by their
/// letters and digits alone ("TheHill" is "The Hill").
fn without_site_name<'a>(headline: Text, site_names: impl IntoIterator<Item = &'a Text>) -> Text {
    let site_names: Vec<&Text> = site_names.into_iter().collect();
    [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .find_map(|separator| {
            let (title, site) = headline.rsplit_once(separator)?;
            site_names
                .iter()
                .any(|name| same_name(site, name))
                .then(|| Text::try_from(title.trim().to_owned()).ok())
                .flatten()
        })
        .unwrap_or(headline)
}

fn same_name(one: &str, other: &str) -> bool {
    let letters = |name: &str| {
        name.chars()
            .filter(|character| character.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    letters(one) == letters(other)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::GzEncoder;

    use super::*;
    use crate::html_page::structure::BlockKind;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn knows_a_page_by_its_content() {
        for page in [
            &b"<!DOCTYPE html><html><body><p>Text</p></body></html>"[..],
            b"\xef\xbb\xbf\n  <html lang=\"en\"><p>Text</p></html>",
            b"<HEAD><TITLE>Old page</TITLE></HEAD><BODY>Text</BODY>",
        ] {
            assert!(is_html(page), "{}", String::from_utf8_lossy(page));
        }
        for text in [
            &b"Council meets\nThe council met on Monday."[..],
            b"<3 the new library, said a reader\nThe library opened.",
            b"",
        ] {
            assert!(!is_html(text), "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn unpacks_a_gzip_page_and_refuses_a_bomb() {
        let page = b"<html><body><p>Text</p></body></html>";
        let packed = gzip(page);
        assert!(is_gzip(&packed) && !is_gzip(page));
        assert_eq!(gunzip(&packed).unwrap(), page);

        let bomb = gzip(&vec![b' '; MAX_PAGE_BYTES + 1]);
        assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
        assert_eq!(gunzip(&bomb), Err(ImportError::TooLarge));

        let mut cut = packed.clone();
        cut.truncate(packed.len() / 2);
        assert!(matches!(gunzip(&cut), Err(ImportError::Unreadable(_))));
    }

    #[test]
    fn refuses_a_page_nested_too_deep_and_reads_one_that_leaves_paragraphs_open() {
        let deep = format!(
            "<html><body>{}<p>Text</p>{}</body></html>",
            "<div>".repeat(MAX_PAGE_DEPTH + 1),
            "</div>".repeat(MAX_PAGE_DEPTH + 1)
        );
        assert_eq!(nesting_depth(deep.as_bytes()), MAX_PAGE_DEPTH + 3);
        assert!(matches!(
            import_page(deep.as_bytes(), &ImportOptions::default()),
            Err(ImportError::Unreadable(message)) if message.contains("nests its elements")
        ));
        let open_paragraphs = format!(
            "<html><body>{}<br><img src=x></body></html>",
            "<p>Text".repeat(2000)
        );
        assert_eq!(nesting_depth(open_paragraphs.as_bytes()), 2);
    }

    #[test]
    fn refuses_a_page_over_the_limit_before_reading_it() {
        let page = vec![b' '; MAX_PAGE_BYTES + 1];
        assert_eq!(
            import_page(&page, &ImportOptions::default()).map(|_| ()),
            Err(ImportError::TooLarge)
        );
    }

    #[test]
    fn reads_readability_s_article_when_the_extractor_lost_the_page_s_blocks() {
        let paragraph = "The council voted on Monday to keep the night buses running through the winter, after a year in which the number of passengers doubled.";
        let page = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>\
             <article><h2>Night buses stay</h2><p>{paragraph}</p><p>{paragraph}</p>\
             <blockquote><p>{paragraph}</p><footer>The mayor</footer></blockquote></article>\
             <footer>Contact us</footer></body></html>"
        );
        let glued = "Home News Night buses stay The council voted … Contact us";
        let (text, marks) = article_text(&dom_query::Document::from(page.as_str()), &page, glued);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            !text.contains("Contact us") && !text.contains("Home"),
            "{text}"
        );
        assert_eq!(lines.iter().filter(|line| **line == paragraph).count(), 3);
        let kinds: Vec<BlockKind> = (1..=lines.len() as u32)
            .map(|line| marks.kind(line))
            .collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Quote
            ]
        );

        // The extractor's own lines are kept when the page holds them as blocks.
        let (text, _) = article_text(
            &dom_query::Document::from(page.as_str()),
            &page,
            &format!("{paragraph}\nNight buses stay"),
        );
        assert_eq!(text, format!("{paragraph}\nNight buses stay"));
    }

    #[test]
    fn says_which_fields_came_from_the_page() {
        let page = b"<html lang=\"en\"><head><title>Harbourton opens its new ferry terminal</title>\
            <meta name=\"author\" content=\"Jane Roe\"><meta property=\"og:site_name\" content=\"Harbourton Gazette\"></head>\
            <body><article><h1>Harbourton opens its new ferry terminal</h1>\
            <p>The town's new ferry terminal opened on Tuesday, two years after work began on the site of the old customs house.</p>\
            <p>The terminal has room for four hundred passengers and a covered walkway to the berth, which the old building never had.</p>\
            </article></body></html>";
        let imported = import_page(page, &ImportOptions::default()).unwrap();
        let fields: Vec<(&str, &str)> = imported
            .findings
            .iter()
            .filter_map(|finding| match finding.part {
                Part::FromPage { field } => Some((field, finding.value.as_str())),
                _ => None,
            })
            .collect();
        assert!(
            fields.contains(&("headline", "Harbourton opens its new ferry terminal")),
            "{fields:?}"
        );
        assert!(fields.contains(&("byline", "By Jane Roe")), "{fields:?}");
        assert!(
            fields.contains(&("source", "Harbourton Gazette")),
            "{fields:?}"
        );
        assert_eq!(imported.article.body.len(), 2);
    }

    /// A page with the metadata `head` and an article of three paragraphs, the
    /// first of them `first`.
    fn page_with(head: &str, first: &str) -> String {
        format!(
            "<html lang=\"en\"><head>{head}</head><body><article><h1>Amsterdam lights up its canals</h1>\
            <p>{first}</p>\
            <p>Thirty artworks line the canals of the city centre, and boats take visitors past them every evening until January.</p>\
            <p>The organisers expect more than a million visitors, most of them on foot along the lit canals of the old town.</p>\
            </article></body></html>"
        )
    }

    #[test]
    fn decodes_entities_a_page_escaped_twice_in_its_metadata() {
        let page = page_with(
            "<title>&amp;#039;The Medium is the Message&amp;#039; lights Amsterdam&amp;#8217;s canals</title>\
            <meta name=\"author\" content=\"Anna &amp;amp; Piet de Vries\">",
            "The festival opened on Thursday with a procession of boats along the Amstel, watched by thousands.",
        );
        let article = import_page(page.as_bytes(), &ImportOptions::default())
            .unwrap()
            .article;
        assert_eq!(
            &*article.headline,
            "'The Medium is the Message' lights Amsterdam’s canals"
        );
        assert_eq!(
            &*article.id,
            "the-medium-is-the-message-lights-amsterdams-canals"
        );
        assert_eq!(article.byline.as_deref(), Some("By Anna & Piet de Vries"));
    }

    #[test]
    fn prefers_the_json_ld_to_the_page_s_other_metadata() {
        let page = page_with(
            r#"<title>Canals lit up - Amsterdam Times</title>
            <meta property="og:site_name" content="Amsterdam Times">
            <meta name="author" content="Amsterdam Times">
            <meta property="article:published_time" content="2018-11-29T09:00:00Z">
            <script type="application/ld+json">{"@type": "NewsArticle",
              "headline": "Amsterdam lights up its canals | Amsterdam Times",
              "author": [{"@type": "Person", "name": "Anna de Vries"}, {"@type": "Organization", "name": "Reuters"}],
              "datePublished": "2018-11-29T10:30:00.000+0100",
              "publisher": {"@type": "Organization", "name": "Amsterdam Times"},
              "articleSection": ["Culture", "City"],
              "description": "Thirty artworks along the canals."}</script>"#,
            "The festival opened on Thursday with a procession of boats along the Amstel, watched by thousands.",
        );
        let article = import_page(page.as_bytes(), &ImportOptions::default())
            .unwrap()
            .article;
        assert_eq!(&*article.headline, "Amsterdam lights up its canals");
        assert_eq!(
            article.byline.as_deref(),
            Some("By Anna de Vries and Reuters")
        );
        assert_eq!(
            article.published.as_deref(),
            Some("2018-11-29T10:30:00+01:00")
        );
        assert_eq!(article.section.as_deref(), Some("Culture"));
        assert_eq!(
            article.dek.as_deref(),
            Some("Thirty artworks along the canals.")
        );
    }

    #[test]
    fn falls_back_to_the_other_metadata_when_the_json_ld_is_broken() {
        let page = page_with(
            r#"<title>Amsterdam lights up its canals</title>
            <meta name="author" content="Anna de Vries">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cut off", "author": </script>"#,
            "The festival opened on Thursday with a procession of boats along the Amstel, watched by thousands.",
        );
        let article = import_page(page.as_bytes(), &ImportOptions::default())
            .unwrap()
            .article;
        assert_eq!(&*article.headline, "Amsterdam lights up its canals");
        assert_eq!(article.byline.as_deref(), Some("By Anna de Vries"));
    }

    #[test]
    fn leaves_a_headline_whose_end_is_not_the_site_s_name() {
        let text = |value: &str| Text::try_from(value).unwrap();
        let headline = text("Talks resume - and stall again");
        assert_eq!(
            without_site_name(headline.clone(), &[text("Amsterdam Times")]),
            headline
        );
        assert_eq!(without_site_name(headline.clone(), &[]), headline);
        assert_eq!(
            &*without_site_name(text("Talks resume – IGN"), &[text("Reuters"), text("ign")]),
            "Talks resume"
        );
        assert_eq!(
            &*without_site_name(text("Talks resume | TheHill"), &[text("The Hill")]),
            "Talks resume"
        );
    }

    #[test]
    fn takes_the_page_date_over_a_stamp_in_its_text_and_leaves_out_a_placeholder() {
        let stamp = "29 November 2018";
        let dated = page_with(
            r#"<title>Amsterdam lights up its canals</title><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Amsterdam lights up its canals", "datePublished": "2018-09-15T10:30:00+02:00"}</script>"#,
            stamp,
        );
        let imported = import_page(dated.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(
            imported.article.published.as_deref(),
            Some("2018-09-15T10:30:00+02:00")
        );
        assert!(
            !imported
                .findings
                .iter()
                .any(|finding| matches!(finding.part, Part::Published { .. })),
            "{:?}",
            imported.findings
        );

        let placeholder = dated.replace("2018-09-15T10:30:00+02:00", "0001-01-01T00:00:00Z");
        let imported = import_page(placeholder.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(imported.article.published.as_deref(), Some("2018-11-29"));
        let epoch = dated.replace("2018-09-15T10:30:00+02:00", "1970-01-01T00:00:00Z");
        let no_stamp = epoch.replace(
            stamp,
            "The festival opened on Thursday with a procession of boats.",
        );
        let imported = import_page(no_stamp.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(imported.article.published, None);
    }
}
