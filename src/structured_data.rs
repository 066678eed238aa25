//! What the page tells machines about the article on screen: schema.org
//! `NewsArticle` JSON-LD, and Open Graph and Twitter meta tags, so that reader
//! modes, search engines and link previews get the headline, dateline, photo and
//! dates right.
//!
//! Pure functions of the article: the viewer applies the result to
//! `document.head` when it owns its page, and a page rendered ahead of time can
//! write the same into its HTML.

use edition::{Article, Block, LanguageTag, Photo, Text};
use serde_json::{Map, Value, json};

use crate::reading_time::ReadingTime;

/// JSON-LD and meta tags for one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructuredData {
    /// The text of a `<script type="application/ld+json">`; safe to put in HTML as
    /// it is (no `<`, `>` or `&` appear unescaped).
    pub json_ld: String,
    pub meta: Vec<MetaTag>,
}

/// One `<meta>` element: `<meta name="description" content="…">` or
/// `<meta property="og:title" content="…">`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaTag {
    pub attribute: MetaAttribute,
    pub key: &'static str,
    pub content: String,
}

/// Which attribute of `<meta>` names the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaAttribute {
    /// `name`: HTML's own names and Twitter's.
    Name,
    /// `property`: Open Graph's (`og:…`, `article:…`).
    Property,
}

impl MetaAttribute {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Property => "property",
        }
    }
}

/// The structured data of `article`, part of the edition titled `edition_title`. `page_url` is the article's
/// own address, where there is one (a viewer that owns its page has it).
pub fn for_article(
    article: &Article,
    edition_title: Option<&Text>,
    page_url: Option<&str>,
) -> StructuredData {
    StructuredData {
        json_ld: json_ld(article, page_url),
        meta: meta_tags(article, edition_title, page_url),
    }
}

fn json_ld(article: &Article, page_url: Option<&str>) -> String {
    let mut object = Map::new();
    let mut put = |key: &str, value: Value| {
        object.insert(key.to_owned(), value);
    };
    put("@context", json!("https://schema.org"));
    put("@type", json!("NewsArticle"));
    put("headline", json!(&*article.headline));
    put("inLanguage", json!(&*article.language));
    if let Some(url) = page_url {
        put("url", json!(url));
        put("mainEntityOfPage", json!(url));
    }
    if let Some(dek) = &article.dek {
        put("description", json!(&**dek));
    }
    if let Some(section) = &article.section {
        put("articleSection", json!(&**section));
    }
    if let Some(dateline) = &article.dateline {
        put("dateline", json!(&**dateline));
    }
    if let Some(published) = &article.published {
        put("datePublished", json!(&**published));
    }
    if let Some(byline) = &article.byline {
        put(
            "author",
            json!({ "@type": "Person", "name": author_name(byline) }),
        );
    }
    if let Some(photo) = shared_photo(article) {
        let mut image = Map::new();
        image.insert("@type".to_owned(), json!("ImageObject"));
        image.insert("url".to_owned(), json!(&*photo.src));
        image.insert("width".to_owned(), json!(photo.width.get()));
        image.insert("height".to_owned(), json!(photo.height.get()));
        if let Some(caption) = &photo.caption {
            image.insert("caption".to_owned(), json!(&**caption));
        }
        if let Some(credit) = &photo.credit {
            image.insert("creditText".to_owned(), json!(&**credit));
        }
        put("image", Value::Object(image));
    }
    if let Some(source) = &article.source {
        put(
            "sourceOrganization",
            json!({ "@type": "Organization", "name": &*source.name }),
        );
        if let Some(url) = &source.url {
            put("isBasedOn", json!(&**url));
        }
    }
    put(
        "timeRequired",
        json!(ReadingTime::of_article(article).iso_duration()),
    );
    script_safe(&Value::Object(object).to_string())
}

/// The byline without a leading "By ", which names no one.
fn author_name(byline: &str) -> &str {
    match byline.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => byline[3..].trim_start(),
        _ => byline,
    }
}

/// JSON that can sit inside `<script>` in HTML: `</script>` or `<!--` in a headline
/// must not end or change the element. JSON allows these escapes in strings, and
/// outside strings the characters do not occur.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn meta_tags(
    article: &Article,
    edition_title: Option<&Text>,
    page_url: Option<&str>,
) -> Vec<MetaTag> {
    let mut tags = Vec::new();
    let mut add = |attribute, key, content: &str| {
        tags.push(MetaTag {
            attribute,
            key,
            content: content.to_owned(),
        });
    };
    use MetaAttribute::{Name, Property};
    add(Property, "og:type", "article");
    add(Property, "og:title", &article.headline);
    add(Property, "og:locale", &open_graph_locale(&article.language));
    if let Some(title) = edition_title {
        add(Property, "og:site_name", title);
    }
    if let Some(url) = page_url {
        add(Property, "og:url", url);
    }
    if let Some(summary) = summary(article) {
        add(Name, "description", &summary);
        add(Property, "og:description", &summary);
    }
    if let Some(byline) = &article.byline {
        add(Name, "author", author_name(byline));
    }
    if let Some(published) = &article.published {
        add(Property, "article:published_time", published);
    }
    if let Some(section) = &article.section {
        add(Property, "article:section", section);
    }
    let card = if shared_photo(article).is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    add(Name, "twitter:card", card);
    add(Name, "twitter:title", &article.headline);
    if let Some(summary) = summary(article) {
        add(Name, "twitter:description", &summary);
    }
    if let Some(photo) = shared_photo(article) {
        add(Property, "og:image", &photo.src);
        add(Property, "og:image:width", &photo.width.to_string());
        add(Property, "og:image:height", &photo.height.to_string());
        add(Property, "og:image:alt", &photo.alt);
        add(Name, "twitter:image", &photo.src);
        add(Name, "twitter:image:alt", &photo.alt);
    }
    tags
}

/// Longest summary taken from the opening paragraph, in characters.
const SUMMARY_LENGTH: usize = 200;

/// The article's photo as a link preview or a search engine can use it: by
/// its address. An image carried inside the edition (`data:`) is no address
/// another program can fetch, and would copy the image into the head.
fn shared_photo(article: &Article) -> Option<&Photo> {
    article
        .photo
        .as_ref()
        .filter(|photo| !photo.src.is_embedded())
}

/// What link previews and reader modes show under the headline: the standfirst,
/// or else the opening paragraph, cut at a word near 200 characters.
fn summary(article: &Article) -> Option<String> {
    if let Some(dek) = &article.dek {
        return Some(dek.to_string());
    }
    let opening = article.body.iter().find_map(|block| match block {
        Block::Paragraph { text } => Some(text),
        _ => None,
    })?;
    if opening.chars().count() <= SUMMARY_LENGTH {
        return Some(opening.to_string());
    }
    let cut: String = opening.chars().take(SUMMARY_LENGTH).collect();
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(space) => &cut[..space],
        None => &cut,
    };
    Some(format!(
        "{}…",
        at_word.trim_end_matches([',', ';', ':', ' '])
    ))
}

/// Open Graph writes locales as `language_TERRITORY` (`en_KE`); a tag without a
/// region is just its language.
fn open_graph_locale(language: &LanguageTag) -> String {
    let primary = language.primary().to_ascii_lowercase();
    // Open Graph has no numeric regions (`es-419`).
    let region = language.region().filter(|region| region.len() == 2);
    match region {
        Some(region) => format!("{primary}_{}", region.to_ascii_uppercase()),
        None => primary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::language;

    const EVERY_FIELD: &str = include_str!("../data/tests/fixtures/valid/every-field.json");
    const MINIMAL: &str = include_str!("../data/tests/fixtures/valid/minimal.json");

    fn first(json: &str) -> (edition::Edition, std::rc::Rc<Article>) {
        let edition = edition::parse_edition(json).unwrap();
        let article = edition.articles()[0].clone();
        (edition, article)
    }

    fn content<'a>(data: &'a StructuredData, key: &str) -> Option<&'a str> {
        data.meta
            .iter()
            .find(|tag| tag.key == key)
            .map(|tag| tag.content.as_str())
    }

    #[test]
    fn describes_a_full_article_as_a_news_article() {
        let (edition, article) = first(EVERY_FIELD);
        let data = for_article(
            &article,
            edition.title(),
            Some("https://example.com/#/article/every-field"),
        );
        let json: Value = serde_json::from_str(&data.json_ld).unwrap();
        assert_eq!(
            json,
            json!({
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Every field of the format, filled in",
                "description": "A standfirst that sums the story up.",
                "inLanguage": "en-KE",
                "url": "https://example.com/#/article/every-field",
                "mainEntityOfPage": "https://example.com/#/article/every-field",
                "articleSection": "World",
                "dateline": "NAIROBI, Kenya",
                "datePublished": "2025-09-02T14:30:00+03:00",
                "author": { "@type": "Person", "name": "A. Reporter" },
                "image": {
                    "@type": "ImageObject",
                    "url": "photos/lead.jpg",
                    "width": 1600,
                    "height": 900,
                    "caption": "What the photo is about",
                    "creditText": "Photographer / Agency"
                },
                "sourceOrganization": { "@type": "Organization", "name": "The Example Times" },
                "isBasedOn": "https://example.com/",
                "timeRequired": "PT1M"
            })
        );
    }

    #[test]
    fn fills_open_graph_and_twitter_tags() {
        let (edition, article) = first(EVERY_FIELD);
        let data = for_article(&article, edition.title(), None);
        for (key, expected) in [
            ("og:type", "article"),
            ("og:title", "Every field of the format, filled in"),
            ("og:description", "A standfirst that sums the story up."),
            ("description", "A standfirst that sums the story up."),
            ("og:locale", "en_KE"),
            ("og:site_name", "Morning edition"),
            ("og:image", "photos/lead.jpg"),
            ("og:image:width", "1600"),
            ("og:image:height", "900"),
            ("og:image:alt", "What the photo shows"),
            ("article:published_time", "2025-09-02T14:30:00+03:00"),
            ("article:section", "World"),
            ("author", "A. Reporter"),
            ("twitter:card", "summary_large_image"),
            ("twitter:title", "Every field of the format, filled in"),
            ("twitter:image:alt", "What the photo shows"),
        ] {
            assert_eq!(content(&data, key), Some(expected), "{key}");
        }
        assert_eq!(content(&data, "og:url"), None, "no address, no og:url");
        let og = data.meta.iter().find(|tag| tag.key == "og:title").unwrap();
        assert_eq!(og.attribute.as_str(), "property");
        let twitter = data
            .meta
            .iter()
            .find(|tag| tag.key == "twitter:card")
            .unwrap();
        assert_eq!(twitter.attribute.as_str(), "name");
    }

    #[test]
    fn says_nothing_the_article_does_not_say() {
        let (edition, article) = first(MINIMAL);
        let data = for_article(&article, edition.title(), None);
        let json: Value = serde_json::from_str(&data.json_ld).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "@context",
                "@type",
                "headline",
                "inLanguage",
                "timeRequired"
            ]
        );
        let meta: Vec<&str> = data.meta.iter().map(|tag| tag.key).collect();
        assert_eq!(
            meta,
            [
                "og:type",
                "og:title",
                "og:locale",
                "description",
                "og:description",
                "twitter:card",
                "twitter:title",
                "twitter:description"
            ]
        );
        assert_eq!(content(&data, "twitter:card"), Some("summary"));
        assert_eq!(
            content(&data, "description"),
            Some("A paragraph."),
            "without a standfirst, the opening paragraph sums it up"
        );
    }

    #[test]
    fn keeps_markup_in_text_from_closing_the_script_element() {
        let json = r#"{ "articles": [{ "id": "a", "language": "en",
            "headline": "</script><script>alert(1)</script> & <!-- more",
            "body": [{ "type": "paragraph", "text": "x" }] }] }"#;
        let (edition, article) = first(json);
        let data = for_article(&article, edition.title(), None);
        assert!(!data.json_ld.contains('<'), "{}", data.json_ld);
        assert!(!data.json_ld.contains('&'), "{}", data.json_ld);
        let parsed: Value = serde_json::from_str(&data.json_ld).unwrap();
        assert_eq!(
            parsed["headline"],
            "</script><script>alert(1)</script> & <!-- more"
        );
    }

    #[test]
    fn leaves_a_photo_carried_inside_the_edition_out_of_previews() {
        let json = r#"{ "articles": [{ "id": "a", "language": "en", "headline": "A",
            "body": [{ "type": "paragraph", "text": "x" }],
            "photo": { "src": "data:image/png;base64,iVBORw0KGgo=", "width": 4,
                       "height": 3, "alt": "A photo" } }] }"#;
        let (edition, article) = first(json);
        let data = for_article(&article, edition.title(), None);
        assert_eq!(content(&data, "og:image"), None);
        assert_eq!(content(&data, "twitter:image"), None);
        assert_eq!(content(&data, "twitter:card"), Some("summary"));
        assert!(!data.json_ld.contains("data:"), "{}", data.json_ld);
    }

    #[test]
    fn cuts_a_long_opening_paragraph_at_a_word() {
        let long = "Word, ".repeat(60);
        let json = format!(
            r#"{{ "articles": [{{ "id": "a", "language": "en", "headline": "H",
                "body": [{{ "type": "heading", "text": "Not this" }},
                         {{ "type": "paragraph", "text": "{long}" }}] }}] }}"#
        );
        let (edition, article) = first(&json);
        let description = content(&for_article(&article, edition.title(), None), "description")
            .unwrap()
            .to_owned();
        assert!(description.starts_with("Word, Word"), "{description}");
        assert!(description.ends_with("Word…"), "{description}");
        assert!(description.chars().count() <= 201, "{description}");
    }

    #[test]
    fn writes_open_graph_locales_from_language_tags() {
        assert_eq!(open_graph_locale(&language("en")), "en");
        assert_eq!(open_graph_locale(&language("ko-KR")), "ko_KR");
        assert_eq!(open_graph_locale(&language("zh-Hant-TW")), "zh_TW");
        assert_eq!(open_graph_locale(&language("es-419")), "es");
    }

    #[test]
    fn takes_the_word_by_off_a_byline() {
        assert_eq!(author_name("By A. Reporter"), "A. Reporter");
        assert_eq!(author_name("by  A. Reporter"), "A. Reporter");
        assert_eq!(author_name("Byron Bay Desk"), "Byron Bay Desk");
        assert_eq!(author_name("Staff"), "Staff");
    }
}
