//! Writes the viewer's first render of every article into a built site, so that
//! a reader sees the article the moment the HTML arrives (and without JavaScript
//! at all), and the viewer then hydrates that markup.
//!
//! It reads the site's `index.html` (the page Trunk built) and `edition.json`,
//! and writes `index.html` (the first article) and `<id>.html` for every article,
//! each with the edition in the page so that nothing is fetched again. Every
//! page also opens from disk: its style sheets are written into it
//! ([`crate::inline_styles`]), and its program loads from a server or, from
//! disk, as the classic script this writes beside the pages
//! ([`crate::program_loader`], [`crate::classic_program`]).

use std::fmt::Write as _;
use std::path::Path;

use article_viewer::components::Page;
use article_viewer::document_head::MARKER as HEAD_MARKER;
use article_viewer::embed::{CATALOGUE, MARKER as VIEWER_MARKER, PRERENDERED_ROOT};
use article_viewer::locale::{Locale, Message, Strings};
use article_viewer::route::{self, History};
use article_viewer::structured_data::{self, StructuredData};
use article_viewer::{App, AppProps, EditionSource, document_title, interface_locale};
use edition::{Edition, Slug, parse_edition};
use tool_files::{read_text, write_atomically};
use yew::{AttrValue, LocalServerRenderer};

use crate::classic_program;
use crate::html::{Tag, tags};
use crate::inline_styles::inline_style_sheets;
use crate::program_loader::load_from_anywhere;

/// In the page template, the viewer's element holds these two comments; what lies
/// between them (a `<noscript>` note, say) is replaced by the prerendered viewer.
/// They stay in the output, so a prerendered site can be prerendered again with
/// another edition.
const START_MARKER: &str = "<!-- prerendered viewer -->";
const END_MARKER: &str = "<!-- /prerendered viewer -->";
/// Around the article's structured data in the head, for the same reason.
const HEAD_START: &str = "<!-- article structured data -->";
const HEAD_END: &str = "<!-- /article structured data -->";

/// Prerenders the site in `site`; returns how many pages it wrote.
pub fn prerender(site: &Path) -> Result<usize, String> {
    let (template, program) = load_from_anywhere(&read_text(&site.join("index.html"))?)?;
    let template = inline_style_sheets(&template, site)?;
    classic_program::write_beside(site, &program)?;
    let edition_path = site.join("edition.json");
    let edition = parse_edition(&read_text(&edition_path)?)
        .map_err(|error| format!("{}: {error}", edition_path.display()))?;
    let pages = render_pages(&template, &edition, History::Pages, EveryArticle::Too)?;
    for (name, html) in &pages {
        write_atomically(&site.join(name), html)?;
    }
    Ok(pages.len())
}

/// The front page alone, with the first article: a one-file edition's page.
pub fn render_front_page(
    template: &str,
    edition: &Edition,
    history: History,
) -> Result<String, String> {
    let mut pages = render_pages(template, edition, history, EveryArticle::Not)?;
    Ok(pages.remove(0).1)
}

/// Whether a page per article is written besides the front page.
#[derive(PartialEq)]
enum EveryArticle {
    Too,
    Not,
}

/// Every page of the site: `index.html` with the first article, then one page
/// per article. Pure: the tests call it without touching the disk.
fn render_pages(
    template: &str,
    edition: &Edition,
    history: History,
    every_article: EveryArticle,
) -> Result<Vec<(String, String)>, String> {
    let json = serde_json::to_string(edition)
        .map_err(|error| format!("cannot write the edition as JSON: {error}"))?;
    // The viewer's own pages speak the edition's language, as the viewer does;
    // its catalogue goes into each page (the program carries English's only).
    let locale = interface_locale(&[], edition.language().map(|tag| &**tag));
    let strings = Strings::new(locale);
    let catalogue = (locale != Locale::En)
        .then(|| locale.catalogue())
        .flatten()
        .map(|text| (AttrValue::from(locale.tag()), AttrValue::from(text)));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| format!("cannot start the renderer: {error}"))?;
    let render = |article: Option<&Slug>| {
        let props = AppProps {
            source: EditionSource::Inline(AttrValue::from(json.clone())),
            history,
            initial_article: article.map(|id| AttrValue::from(id.to_string())),
            on_event: Default::default(),
            languages: Vec::new(),
            catalogue: catalogue.clone(),
            seed: None,
        };
        let local = tokio::task::LocalSet::new();
        runtime.block_on(
            local.run_until(
                LocalServerRenderer::<App>::with_props(props)
                    .hydratable(true)
                    .render(),
            ),
        )
    };

    let head_data = |page: &Page| match page {
        Page::Article(article) => head_entries(&structured_data::for_article(
            article,
            edition.title(),
            None,
        )),
        // A whole edition has every article at hand: nothing loads or fails.
        Page::Loading { .. } | Page::Unavailable { .. } | Page::NotFound(_) | Page::Empty => {
            String::new()
        }
    };
    let template = &with_from_disk_note(&with_page_language(template, locale)?, &strings)?;
    let mut pages = Vec::with_capacity(edition.articles().len() + 1);
    let front_page = match edition.articles().first() {
        Some(article) => Page::Article(article.clone()),
        None => Page::Empty,
    };
    let front = Filling {
        edition_json: &json,
        article: None,
        title: &document_title(edition.title(), &front_page, &strings),
        catalogue: catalogue.as_ref(),
        head: &head_data(&front_page),
        viewer: &render(None),
    };
    pages.push(("index.html".to_owned(), fill_template(template, &front)?));
    if every_article == EveryArticle::Not {
        return Ok(pages);
    }
    for article in edition.articles() {
        let page = Page::Article(article.clone());
        let filling = Filling {
            edition_json: &json,
            article: Some(&article.id),
            title: &document_title(edition.title(), &page, &strings),
            catalogue: catalogue.as_ref(),
            head: &head_data(&page),
            viewer: &render(Some(&article.id)),
        };
        pages.push((
            route::article_page(&article.id),
            fill_template(template, &filling)?,
        ));
    }
    Ok(pages)
}

/// The template with its `<html>` element in the interface's language and
/// direction, its other attributes kept.
pub(crate) fn with_page_language(template: &str, locale: Locale) -> Result<String, String> {
    let tags = tags(template)?;
    let html = tags
        .iter()
        .find(|tag| tag.name == "html")
        .ok_or("the page template has no <html> element")?;
    Ok(format!(
        "{}{}{}",
        &template[..html.start],
        start_tag_in(html, locale),
        &template[html.end..]
    ))
}

/// `tag`'s start tag written again in `locale`'s language and direction, its
/// other attributes kept.
fn start_tag_in(tag: &Tag, locale: Locale) -> String {
    let mut start_tag = format!("<{}", tag.name);
    for (name, value) in &tag.attributes {
        match name.as_str() {
            "lang" | "dir" => {}
            _ if value.is_empty() => {
                let _ = write!(start_tag, " {name}");
            }
            _ => {
                let _ = write!(start_tag, r#" {name}="{}""#, escape_html(value));
            }
        }
    }
    let _ = write!(
        start_tag,
        r#" lang="{}" dir="{}">"#,
        locale.tag(),
        locale.direction()
    );
    start_tag
}

/// The command that serves a site's folder, and the address it is then read
/// at, as the page opened from disk gives them.
const SERVE_COMMAND: &str = "python3 -m http.server 8000";
const SERVED_ADDRESS: &str = "http://localhost:8000/";

/// The template with its note for a page opened from disk (the element marked
/// `data-from-disk-note`, which the loader shows there) in the interface's
/// language, its other attributes kept; the template as it is without one.
pub(crate) fn with_from_disk_note(template: &str, strings: &Strings) -> Result<String, String> {
    let tags = tags(template)?;
    let Some(note) = tags.iter().find(|tag| tag.has("data-from-disk-note")) else {
        return Ok(template.to_owned());
    };
    let end_tag = format!("</{}>", note.name);
    let end = template[note.end..]
        .find(&end_tag)
        .map(|offset| note.end + offset + end_tag.len())
        .ok_or_else(|| format!("the page's <{}> note for disk is not closed", note.name))?;
    // Stand-ins for the two pieces of code, put in after the text is escaped.
    let (command, address) = ("\u{E000}", "\u{E001}");
    let text = strings.text_with(
        Message::FromDiskNote,
        &[("command", command.into()), ("address", address.into())],
    );
    let code = |text: &str| format!(r#"<code dir="ltr">{text}</code>"#);
    let text = escape_html(&text)
        .replace(command, &code(SERVE_COMMAND))
        .replace(address, &code(SERVED_ADDRESS));
    let element = format!("{}{text}{end_tag}", start_tag_in(note, strings.locale()));
    Ok(format!(
        "{}{element}{}",
        &template[..note.start],
        &template[end..]
    ))
}

/// The article's meta tags and JSON-LD, marked as the viewer marks them, so
/// that the viewer replaces them rather than adding a second set.
pub(crate) fn head_entries(data: &StructuredData) -> String {
    let mut head = String::new();
    for tag in &data.meta {
        let _ = write!(
            head,
            r#"<meta {}="{}" content="{}" {HEAD_MARKER}>"#,
            tag.attribute.as_str(),
            tag.key,
            escape_html(&tag.content)
        );
    }
    let _ = write!(
        head,
        r#"<script type="application/ld+json" {HEAD_MARKER}>{}</script>"#,
        data.json_ld
    );
    head
}

/// What goes into one page of the template.
struct Filling<'a> {
    edition_json: &'a str,
    article: Option<&'a Slug>,
    title: &'a str,
    head: &'a str,
    viewer: &'a str,
    /// The interface language's tag and catalogue, unless it is English.
    catalogue: Option<&'a (AttrValue, AttrValue)>,
}

/// The template with the page's title and structured data, the article's id on
/// the viewer's element, the edition as data, and the prerendered viewer.
fn fill_template(template: &str, filling: &Filling<'_>) -> Result<String, String> {
    let Filling {
        edition_json,
        article,
        title,
        head,
        viewer,
        catalogue,
    } = filling;
    let attributes = match article {
        // A slug needs no escaping: lowercase letters, digits and hyphens.
        Some(id) => format!(r#" data-article="{id}""#),
        None => String::new(),
    };
    let mut content = catalogue_block(catalogue.map(|(tag, text)| (&**tag, &**text)))?;
    // "<" written as \u003c: the JSON can then never close the script element.
    let _ = write!(
        content,
        r#"<script type="application/json">{}</script><div {PRERENDERED_ROOT}>{viewer}</div>"#,
        edition_json.replace('<', r"\u003c")
    );
    fill_page(template, title, head, &attributes, &content)
}

/// The interface language's catalogue as a data block, as the viewer reads it
/// from its element; nothing for English, which the program carries.
pub(crate) fn catalogue_block(catalogue: Option<(&str, &str)>) -> Result<String, String> {
    let Some((tag, text)) = catalogue else {
        return Ok(String::new());
    };
    // A data block, as the edition is: it never runs, and needs no hash.
    if text.contains('<') {
        return Err(format!(
            "the {tag} catalogue holds a \"<\", which a page cannot carry"
        ));
    }
    Ok(format!(
        r#"<script type="text/x-fluent" lang="{tag}" {CATALOGUE}>{text}</script>"#
    ))
}

/// The template with the page's title and structured data (`head`), the
/// viewer's element given `attributes` (each with its leading space), and
/// `content` in place of what its markers hold.
pub(crate) fn fill_page(
    template: &str,
    title: &str,
    head: &str,
    attributes: &str,
    content: &str,
) -> Result<String, String> {
    let template = &with_head_data(template, head)?;
    let (before, rest) = template
        .split_once(START_MARKER)
        .ok_or_else(|| format!("the page template has no {START_MARKER} marker"))?;
    let (_, after) = rest
        .split_once(END_MARKER)
        .ok_or_else(|| format!("the page template has no {END_MARKER} marker"))?;
    let title_start = before
        .find("<title>")
        .ok_or("the page template has no <title>")?
        + "<title>".len();
    let title_end = before[title_start..]
        .find("</title>")
        .ok_or("the page template's <title> is not closed")?
        + title_start;
    let viewer_element = format!("<div {VIEWER_MARKER}");
    let element = before
        .rfind(&viewer_element)
        .ok_or_else(|| format!("the markers are not inside a {viewer_element}> element"))?
        + viewer_element.len();

    let mut page = String::with_capacity(template.len() + content.len() + 256);
    page.push_str(&before[..title_start]);
    page.push_str(&escape_html(title));
    page.push_str(&before[title_end..element]);
    page.push_str(attributes);
    page.push_str(&before[element..]);
    page.push_str(START_MARKER);
    page.push_str(content);
    page.push_str(END_MARKER);
    page.push_str(after);
    Ok(page)
}

/// The template with `head` in place of the structured data an earlier run wrote,
/// or just before `</head>`.
fn with_head_data(template: &str, head: &str) -> Result<String, String> {
    let region = format!("{HEAD_START}{head}{HEAD_END}");
    if let Some((before, rest)) = template.split_once(HEAD_START)
        && let Some((_, after)) = rest.split_once(HEAD_END)
    {
        return Ok(format!("{before}{region}{after}"));
    }
    let (before, after) = template
        .split_once("</head>")
        .ok_or("the page template has no </head>")?;
    Ok(format!("{before}{region}</head>{after}"))
}

fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r#"<!doctype html><html><head><title>Article Viewer</title></head><body><div data-article-viewer data-history="pages"><!-- prerendered viewer --><noscript>needs JavaScript</noscript><!-- /prerendered viewer --></div></body></html>"#;

    fn render_pages_of_site(
        template: &str,
        edition: &Edition,
    ) -> Result<Vec<(String, String)>, String> {
        render_pages(template, edition, History::Pages, EveryArticle::Too)
    }

    fn fixture(name: &str) -> Edition {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/tests/fixtures/valid")
            .join(name);
        parse_edition(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn writes_the_pages_in_the_edition_s_interface_language() {
        let edition = fixture("minimal.json").with_language(Some(
            edition::LanguageTag::try_from("ar-EG".to_owned()).unwrap(),
        ));
        let pages = render_pages_of_site(TEMPLATE, &edition).unwrap();
        for (name, page) in &pages {
            assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{name}");
            assert!(
                page.contains(r#"lang="ar" dir="rtl" class="article-viewer""#),
                "{name}: {page}"
            );
            assert!(
                page.contains("انتقل إلى المقال"),
                "{name}: the skip link in Arabic"
            );
            assert!(
                page.contains(
                    r#"<script type="text/x-fluent" lang="ar" data-article-viewer-catalogue>"#
                ),
                "{name}: the catalogue in the page"
            );
        }
    }

    #[test]
    fn writes_the_pages_in_english_for_an_edition_without_a_language() {
        let pages = render_pages_of_site(TEMPLATE, &fixture("minimal.json")).unwrap();
        assert!(pages[0].1.contains(r#"<html lang="en" dir="ltr">"#));
        // The program carries English's words itself.
        assert!(!pages[0].1.contains("text/x-fluent"));
    }

    #[test]
    fn writes_the_front_page_and_a_page_per_article() {
        let edition = fixture("related-articles.json");
        let pages = render_pages_of_site(TEMPLATE, &edition).unwrap();
        let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            ["index.html", "first-article.html", "second-article.html"]
        );

        let (_, second) = &pages[2];
        assert!(second.contains("<title>The second article — Two linked articles</title>"));
        assert!(second.contains(
            r#"<div data-article-viewer data-article="second-article" data-history="pages">"#
        ));
        assert!(
            second.contains(r#"<script type="application/json">{"title":"Two linked articles""#)
        );
        assert!(second.contains(r#"class="article-view__headline">The second article</h1>"#));
        assert!(
            second.contains(r#"href="first-article.html""#),
            "links are real pages"
        );
        assert!(
            !second.contains("needs JavaScript"),
            "the noscript note is replaced"
        );

        let (_, front) = &pages[0];
        assert!(front.contains(r#"class="article-view__headline">The first article</h1>"#));
        assert!(front.contains(r#"<div data-article-viewer data-history="pages">"#));
    }

    #[test]
    fn writes_the_articles_structured_data_into_the_head() {
        let pages = render_pages_of_site(TEMPLATE, &fixture("related-articles.json")).unwrap();
        let (_, second) = &pages[2];
        let head = second.split("</head>").next().unwrap();
        assert!(head.contains(
            r#"<meta property="og:title" content="The second article" data-article-viewer-head>"#
        ));
        assert!(head.contains(r#"<script type="application/ld+json" data-article-viewer-head>{"#));
        assert!(head.contains(r#""headline":"The second article""#));

        let again = render_pages_of_site(second, &fixture("minimal.json")).unwrap();
        let head = again[0].1.split("</head>").next().unwrap().to_owned();
        assert_eq!(head.matches("application/ld+json").count(), 1, "{head}");
        assert!(head.contains(r#"content="A headline""#));
    }

    #[test]
    fn can_prerender_its_own_output_again() {
        let first = render_pages_of_site(TEMPLATE, &fixture("related-articles.json")).unwrap();
        let again = render_pages_of_site(&first[0].1, &fixture("minimal.json")).unwrap();
        let (_, front) = &again[0];
        assert!(front.contains(r#"class="article-view__headline">A headline</h1>"#));
        assert!(!front.contains("The first article"));
        assert_eq!(front.matches(START_MARKER).count(), 1);
    }

    #[test]
    fn keeps_data_from_closing_the_script_element() {
        let json = r#"{"title":"</script><script>alert(1)</script>","articles":[]}"#;
        let edition = parse_edition(json).unwrap();
        let pages = render_pages_of_site(TEMPLATE, &edition).unwrap();
        let (_, front) = &pages[0];
        assert!(!front.contains("</script><script>alert(1)"));
        assert!(front.contains(r"\u003c/script>\u003cscript>alert(1)\u003c/script>"));
        assert!(front.contains(
            "<title>No articles — &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"
        ));
    }

    #[test]
    fn says_what_is_wrong_with_a_template_without_markers() {
        let edition = fixture("minimal.json");
        let error = render_pages_of_site("<html><head><title>x</title></head></html>", &edition)
            .unwrap_err();
        assert_eq!(
            error,
            "the page template has no <!-- prerendered viewer --> marker"
        );
    }

    #[test]
    fn writes_the_note_for_disk_in_the_page_s_language() {
        let template = "<body><div>x</div>\n<p class=\"from-disk-footer\" lang=\"en\" dir=\"ltr\" data-from-disk-note hidden>\n  Serve the folder.\n</p>\n<footer></footer></body>";
        let german = with_from_disk_note(template, &Strings::new(Locale::De)).unwrap();
        assert_eq!(
            german,
            "<body><div>x</div>\n<p class=\"from-disk-footer\" data-from-disk-note hidden lang=\"de\" dir=\"ltr\">Von der Festplatte geöffnet, lädt jeder Artikel die Seite neu, und ein großes Archiv kann weder weitere Schlagzeilen zeigen noch durchsucht werden. Über einen Server wechselt die Website ohne Neuladen zwischen den Artikeln und lädt nur halb so viel herunter: Führen Sie <code dir=\"ltr\">python3 -m http.server 8000</code> in diesem Ordner aus und öffnen Sie dann <code dir=\"ltr\">http://localhost:8000/</code>.</p>\n<footer></footer></body>"
        );
        let arabic = with_from_disk_note(template, &Strings::new(Locale::Ar)).unwrap();
        assert!(arabic.contains(r#" lang="ar" dir="rtl">"#), "{arabic}");
        assert!(arabic.contains(r#"<code dir="ltr">python3 -m http.server 8000</code>"#));
        assert_eq!(
            with_from_disk_note("<p>no note</p>", &Strings::new(Locale::En)).unwrap(),
            "<p>no note</p>"
        );
        assert!(
            with_from_disk_note("<p data-from-disk-note>open", &Strings::new(Locale::En)).is_err()
        );
    }
}
