//! What a saved page's schema.org JSON-LD says of its article: its headline,
//! authors, publication date, section and description, and the nodes the
//! article refers to by `@id` (its image, its authors).
//!
//! The CMS writes the JSON-LD for search engines, so it states these more
//! completely than the extractor's metadata does: every author, organisations
//! too ("Reuters", "BBC News"), the section of AMP pages and of `@graph`s, and
//! dates in the forms other than RFC 3339 that many sites write.
//!
//! Every `<script type="application/ld+json">` is read. A block that is not
//! JSON states nothing, and the page's other metadata is taken instead: JSON
//! does not allow control characters in a string, which several CMSs write
//! (a line break in a description), so a block is read once more with them
//! as spaces before it is given up.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use dom_query::Document;
use edition::{PublicationDate, Text};
use serde_json::Value;

use crate::feed::plain;

/// The JSON-LD nodes of a page, and which of them is its article.
pub(crate) struct PageJsonLd {
    /// The top-level nodes of every block, with those of a `@graph` and a
    /// `mainEntity`. Nested objects are not nodes of their own: an article's
    /// `isPartOf`, `review` or list of related articles are other pages.
    nodes: Vec<Value>,
    /// The first article node with a headline, or the first article node.
    article: Option<usize>,
}

/// The schema.org types of an article other than those whose name ends in
/// "Article" (NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, …).
const OTHER_ARTICLE_TYPES: &[&str] = &[
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Report",
];

impl PageJsonLd {
    /// Reads the JSON-LD blocks of `document`.
    pub(crate) fn of(document: &Document) -> Self {
        let mut nodes = Vec::new();
        for script in document.select("script[type]").iter() {
            let is_json_ld = script
                .attr("type")
                .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/ld+json"));
            if is_json_ld && let Some(value) = parse_block(&script.text()) {
                collect_nodes(value, &mut nodes);
            }
        }
        let articles = || {
            nodes
                .iter()
                .enumerate()
                .filter(|(_, node)| is_article(node))
        };
        let article = articles()
            .find(|(_, node)| first_string(node.get("headline")).is_some())
            .or_else(|| articles().next())
            .map(|(index, _)| index);
        Self { nodes, article }
    }

    /// The page's article node.
    pub(crate) fn article(&self) -> Option<&Value> {
        self.nodes.get(self.article?)
    }

    /// The node that `value` stands for: the node with its `@id` when `value`
    /// gives only that, perhaps with its type (`{"@id": "#author"}`), else
    /// `value`.
    pub(crate) fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        let Some(object) = value.as_object() else {
            return value;
        };
        let is_reference = object.keys().all(|key| key == "@id" || key == "@type");
        match object.get("@id").and_then(Value::as_str) {
            Some(id) if is_reference => self
                .nodes
                .iter()
                .find(|node| node.get("@id").and_then(Value::as_str) == Some(id))
                .unwrap_or(value),
            _ => value,
        }
    }

    /// The article's headline (`headline`, else `name`), as text.
    pub(crate) fn headline(&self) -> Option<Text> {
        let article = self.article()?;
        first_string(article.get("headline"))
            .or_else(|| first_string(article.get("name")))
            .and_then(plain)
    }

    /// The names of the article's authors, in order, each once: people and
    /// organisations, given as a string, a node with a `name` (or a
    /// `givenName` and `familyName`), or a list of them.
    pub(crate) fn authors(&self) -> Vec<Text> {
        let mut names: Vec<Text> = Vec::new();
        if let Some(author) = self.article().and_then(|article| article.get("author")) {
            self.author_names(author, &mut names);
        }
        names
    }

    fn author_names(&self, author: &Value, names: &mut Vec<Text>) {
        let mut add = |name: &str| {
            // Some CMSs give the author's profile page instead of a name.
            let is_address = name.trim_start().starts_with("http://")
                || name.trim_start().starts_with("https://");
            if let Some(name) = plain(name).filter(|_| !is_address)
                && !names.iter().any(|known| known.eq_ignore_ascii_case(&name))
            {
                names.push(name);
            }
        };
        match self.resolve(author) {
            Value::String(name) => add(name),
            Value::Array(authors) => {
                for author in authors {
                    self.author_names(author, names);
                }
            }
            Value::Object(node) => match node.get("name") {
                Some(Value::String(name)) => add(name),
                Some(Value::Array(several)) => {
                    several.iter().filter_map(Value::as_str).for_each(add)
                }
                _ => {
                    let parts: Vec<&str> = ["givenName", "familyName"]
                        .iter()
                        .filter_map(|key| first_string(node.get(*key)))
                        .collect();
                    add(&parts.join(" "));
                }
            },
            _ => {}
        }
    }

    /// The name of the article's `publisher`.
    pub(crate) fn publisher(&self) -> Option<Text> {
        let publisher = self.resolve(self.article()?.get("publisher")?);
        first_string(publisher.get("name")).and_then(plain)
    }

    /// The article's `datePublished` (see [`publication_date`]).
    pub(crate) fn published(&self) -> Option<PublicationDate> {
        first_string(self.article()?.get("datePublished")).and_then(publication_date)
    }

    /// The article's `articleSection`, or the first of them.
    pub(crate) fn section(&self) -> Option<Text> {
        first_string(self.article()?.get("articleSection")).and_then(plain)
    }

    /// The article's `description`.
    pub(crate) fn description(&self) -> Option<Text> {
        first_string(self.article()?.get("description")).and_then(plain)
    }
}

/// A block's JSON, or `None`. Old templates wrap the block in `<!-- -->` or
/// CDATA markers, which are left out.
fn parse_block(text: &str) -> Option<Value> {
    let mut block = text.trim();
    for opening in ["<!--", "//<![CDATA[", "<![CDATA["] {
        block = block.strip_prefix(opening).unwrap_or(block);
    }
    for closing in ["-->", "//]]>", "]]>"] {
        block = block.strip_suffix(closing).unwrap_or(block);
    }
    serde_json::from_str(block).ok().or_else(|| {
        // Outside a string a control character is white space, and inside one
        // it is a line break or a tab the CMS let through: a space either way.
        let repaired: String = block
            .chars()
            .map(|character| {
                if character.is_control() {
                    ' '
                } else {
                    character
                }
            })
            .collect();
        serde_json::from_str(&repaired).ok()
    })
}

fn collect_nodes(value: Value, nodes: &mut Vec<Value>) {
    match value {
        Value::Array(items) => {
            for item in items {
                collect_nodes(item, nodes);
            }
        }
        Value::Object(mut object) => {
            let inner: Vec<Value> = ["@graph", "mainEntity"]
                .iter()
                .filter_map(|key| object.remove(*key))
                .collect();
            nodes.push(Value::Object(object));
            for value in inner {
                collect_nodes(value, nodes);
            }
        }
        _ => {}
    }
}

/// Whether a node's `@type` (a string or a list) names an article. A type may
/// come as a full IRI or with a prefix (`http://schema.org/NewsArticle`,
/// `schema:NewsArticle`).
fn is_article(node: &Value) -> bool {
    let names_an_article = |kind: &Value| {
        kind.as_str().is_some_and(|kind| {
            let name = kind.rsplit(['/', '#', ':']).next().unwrap_or(kind);
            name.ends_with("Article") || OTHER_ARTICLE_TYPES.contains(&name)
        })
    };
    match node.get("@type") {
        Some(Value::Array(kinds)) => kinds.iter().any(names_an_article),
        Some(kind) => names_an_article(kind),
        None => false,
    }
}

/// The value if it is a string that is not blank, or the first such string of a list.
fn first_string(value: Option<&Value>) -> Option<&str> {
    match value? {
        Value::String(text) => Some(text.as_str()).filter(|text| !text.trim().is_empty()),
        Value::Array(items) => items.iter().find_map(|item| first_string(Some(item))),
        _ => None,
    }
}

/// A date as the page's JSON-LD writes it, as the edition writes it. Read:
/// RFC 3339 and the ISO 8601 forms near it (`Z` or an offset with or without
/// its colon, `+0000`, `+01`; fractional seconds; a space for the `T`; a date
/// only), RFC 2822 (`Mon, 18 Nov 2019 16:07:38 -0600`, `19 Nov 2019 07:09
/// GMT`) and JavaScript's `Date` text (`Tue Nov 19 2019 03:05:46 GMT+0000`).
///
/// A time is kept with the offset the page gave, so the viewer shows the
/// publisher's own clock (`Z` for an offset of zero), to the second, which is
/// all the edition keeps. A time without a zone could be anywhere's: the
/// format needs a zone with a time, and none is invented, so the date alone
/// is written, the calendar day as the publisher wrote it. A CMS's empty value
/// (.NET's `DateTime.MinValue`, 0001-01-01, or Unix time zero) is no date.
pub(crate) fn publication_date(written: &str) -> Option<PublicationDate> {
    let written = written.trim();
    let date = match iso_date(written) {
        Some(date) => date,
        None => {
            let with_zone = DateTime::parse_from_rfc2822(written)
                .or_else(|_| javascript_date(written))
                .ok()?;
            WrittenDate::Moment(with_zone.naive_local(), *with_zone.offset())
        }
    };
    let (day, text) = match date {
        WrittenDate::Day(day) => (day, day.format("%Y-%m-%d").to_string()),
        WrittenDate::Moment(local, offset) => {
            if local.and_utc().timestamp() == i64::from(offset.local_minus_utc()) {
                return None;
            }
            let zone = match offset.local_minus_utc() {
                0 => "Z".to_owned(),
                _ => offset.to_string(),
            };
            let text = format!("{}{zone}", local.format("%Y-%m-%dT%H:%M:%S"));
            (local.date(), text)
        }
    };
    if chrono::Datelike::year(&day) < 1000 {
        return None;
    }
    PublicationDate::try_from(text).ok()
}

/// A date as written: a calendar day, or a time with its zone's offset.
enum WrittenDate {
    Day(NaiveDate),
    Moment(NaiveDateTime, FixedOffset),
}

/// `2019-11-20`, `2019-11-20T09:29:08+0000`, `2019-11-19 19:31:39`,
/// `2019-11-19T18:18:25.828095Z` …; a time without a zone gives the day.
fn iso_date(written: &str) -> Option<WrittenDate> {
    let (date, rest) = written.split_at_checked(10)?;
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    if rest.is_empty() {
        return Some(WrittenDate::Day(day));
    }
    let time = rest.strip_prefix(['T', 't', ' '])?.trim();
    let (clock, offset) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, Some(0))
    } else {
        match time.rfind(['+', '-']) {
            Some(at) => (&time[..at], Some(offset_seconds(&time[at..])?)),
            None => (time, None),
        }
    };
    let clock = clock.trim();
    let time = NaiveTime::parse_from_str(clock, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
        .ok()?;
    Some(match offset {
        Some(seconds) => WrittenDate::Moment(day.and_time(time), FixedOffset::east_opt(seconds)?),
        None => WrittenDate::Day(day),
    })
}

/// `+09:00`, `+0900` or `+09` (and the same with `-`) in seconds east of UTC.
fn offset_seconds(zone: &str) -> Option<i32> {
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone[1..].chars().filter(|&c| c != ':').collect();
    if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = match digits.len() {
        2 => (digits.as_str(), "00"),
        4 => digits.split_at(2),
        _ => return None,
    };
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 3600 + minutes * 60))
}

/// JavaScript's `Date.prototype.toString()`, which some pages print into
/// their JSON-LD: `Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal
/// Time)`; the zone's name in brackets says nothing the offset does not.
fn javascript_date(written: &str) -> chrono::ParseResult<DateTime<FixedOffset>> {
    let without_name = match written.find(" (") {
        Some(at) if written.ends_with(')') => &written[..at],
        _ => written,
    };
    DateTime::parse_from_str(without_name, "%a %b %d %Y %H:%M:%S GMT%z")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_ld(blocks: &[&str]) -> PageJsonLd {
        let scripts: String = blocks
            .iter()
            .map(|block| format!(r##"<script type="application/ld+json">{block}</script>"##))
            .collect();
        PageJsonLd::of(&Document::from(format!(
            "<html><head>{scripts}</head><body></body></html>"
        )))
    }

    fn names(page: &PageJsonLd) -> Vec<String> {
        page.authors().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn finds_the_article_in_a_graph_among_the_site_s_nodes() {
        let page = json_ld(&[
            r##"{"@context": "https://schema.org", "@type": "Organization", "@id": "#ledger", "name": "Riverina Ledger"}"##,
            r##"{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Riverina Ledger"},
                {"@type": "BreadcrumbList", "name": "Regional"},
                {"@type": ["ReportageNewsArticle", "schema:Thing"], "@id": "#article",
                 "headline": "Wattle Creek backs solar farm",
                 "articleSection": ["Regional", "Energy"],
                 "publisher": {"@id": "#ledger"},
                 "description": "The council   voted\n six to three."}
            ]}"##,
        ]);
        assert_eq!(
            page.headline().as_deref(),
            Some("Wattle Creek backs solar farm")
        );
        assert_eq!(page.section().as_deref(), Some("Regional"));
        assert_eq!(page.publisher().as_deref(), Some("Riverina Ledger"));
        assert_eq!(
            page.description().as_deref(),
            Some("The council voted six to three.")
        );
    }

    #[test]
    fn knows_article_types_by_name_iri_and_list() {
        for kind in [
            r##""NewsArticle""##,
            r##""http://schema.org/AnalysisNewsArticle""##,
            r##""BlogPosting""##,
            r##"["WebPage", "Article"]"##,
        ] {
            let page = json_ld(&[&format!(
                r##"{{"@type": {kind}, "headline": "Ferry fares frozen"}}"##
            )]);
            assert_eq!(
                page.headline().as_deref(),
                Some("Ferry fares frozen"),
                "{kind}"
            );
        }
        for kind in [r##""WebPage""##, r##""Person""##, "42", "null"] {
            let page = json_ld(&[&format!(
                r##"{{"@type": {kind}, "headline": "Ferry fares frozen"}}"##
            )]);
            assert_eq!(page.article(), None, "{kind}");
        }
    }

    #[test]
    fn takes_the_first_article_with_a_headline_and_else_its_name() {
        let page = json_ld(&[r##"[{"@type": "Article", "name": "Site-wide teaser"},
                {"@type": "NewsArticle", "headline": ["", "Harbour wall repairs finish early"]}]"##]);
        assert_eq!(
            page.headline().as_deref(),
            Some("Harbour wall repairs finish early")
        );
        let page = json_ld(&[r##"{"@type": "BlogPosting", "name": "Notes from the harbour"}"##]);
        assert_eq!(page.headline().as_deref(), Some("Notes from the harbour"));
    }

    #[test]
    fn reads_an_article_given_as_a_page_s_main_entity() {
        let page = json_ld(&[
            r##"{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Night buses stay"}}"##,
        ]);
        assert_eq!(page.headline().as_deref(), Some("Night buses stay"));
    }

    #[test]
    fn names_every_author_person_organisation_or_string_once() {
        let page = json_ld(&[r##"{"@graph": [
                {"@type": "Person", "@id": "#tom", "name": "Tom Adeyemi"},
                {"@type": "NewsArticle", "headline": "Solar farm", "author": [
                    {"@type": "Person", "name": "Mei Lin Hargreaves"},
                    {"@id": "#tom"},
                    {"@type": "Organization", "name": "Reuters"},
                    "Ann Poe",
                    {"@type": "Person", "givenName": "Jonas", "familyName": "Reimann"},
                    {"@type": "Person", "name": "https://www.example.com/authors/jane"},
                    {"@type": "Person", "name": "mei lin hargreaves"},
                    {"@type": "Person", "name": ["Piet de Vries"]},
                    {"@type": "Person", "name": 7},
                    null
                ]}
            ]}"##]);
        assert_eq!(
            names(&page),
            [
                "Mei Lin Hargreaves",
                "Tom Adeyemi",
                "Reuters",
                "Ann Poe",
                "Jonas Reimann",
                "Piet de Vries"
            ]
        );
        let page = json_ld(&[
            r##"{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "BBC News"}}"##,
        ]);
        assert_eq!(names(&page), ["BBC News"]);
        let page = json_ld(&[r##"{"@type": "NewsArticle", "author": "Natalie Musumeci"}"##]);
        assert_eq!(names(&page), ["Natalie Musumeci"]);
    }

    #[test]
    fn gives_text_only_with_entities_decoded_and_markup_left_out() {
        let page = json_ld(&[r##"{"@type": "NewsArticle",
                "headline": "&#8216;The Medium is the Message&#8217; \u003cb\u003elights\u003c/b\u003e Amsterdam",
                "author": {"@type": "Person", "name": "Anna &amp; Piet"},
                "articleSection": "\u003cscript\u003ealert(1)\u003c/script\u003e"}"##]);
        assert_eq!(
            page.headline().as_deref(),
            Some("‘The Medium is the Message’ lights Amsterdam")
        );
        assert_eq!(names(&page), ["Anna & Piet"]);
        assert_eq!(page.section(), None);
    }

    #[test]
    fn reads_blocks_with_control_characters_or_wrapped_in_comments() {
        let page = json_ld(&[
            "{\"@type\": \"NewsArticle\", \"headline\": \"Night\tbuses\nstay\",\n\"description\": \"Line\u{1}one\"}",
        ]);
        assert_eq!(page.headline().as_deref(), Some("Night buses stay"));
        assert_eq!(page.description().as_deref(), Some("Line one"));
        for wrapped in [
            r##"<!-- {"@type": "NewsArticle", "headline": "Night buses stay"} -->"##,
            r##"//<![CDATA[
               {"@type": "NewsArticle", "headline": "Night buses stay"}
               //]]>"##,
        ] {
            assert_eq!(
                json_ld(&[wrapped]).headline().as_deref(),
                Some("Night buses stay"),
                "{wrapped}"
            );
        }
    }

    #[test]
    fn a_broken_block_states_nothing_and_the_others_are_still_read() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let page = json_ld(&[
            r##"{"@type": "NewsArticle", "headline": "Cut off"##,
            "",
            "undefined",
            &deep,
            r##"{"@type": "NewsArticle", "headline": "Night buses stay", "author": {"name": {"name": "x"}},
                "datePublished": {"@value": "2019-11-20"}, "articleSection": 3, "image": 4}"##,
        ]);
        assert_eq!(page.headline().as_deref(), Some("Night buses stay"));
        assert!(page.authors().is_empty());
        assert_eq!(page.published(), None);
        assert_eq!(page.section(), None);
        assert_eq!(json_ld(&["{", "[]", "\"text\""]).article(), None);
    }

    #[test]
    fn a_script_of_another_type_is_not_json_ld() {
        let page = PageJsonLd::of(&Document::from(
            r##"<script type="application/json">{"@type": "NewsArticle", "headline": "Data"}</script>
               <script type=" Application/LD+JSON ">{"@type": "NewsArticle", "headline": "Night buses stay"}</script>"##,
        ));
        assert_eq!(page.headline().as_deref(), Some("Night buses stay"));
    }

    #[test]
    fn reads_publication_dates_in_the_forms_pages_write_them() {
        for (written, expected) in [
            ("2019-11-20T09:29:08Z", Some("2019-11-20T09:29:08Z")),
            ("2019-11-20T09:29:08+0000", Some("2019-11-20T09:29:08Z")),
            ("2019-11-19T09:44:09+00:00", Some("2019-11-19T09:44:09Z")),
            (
                "2025-08-14T19:45:00+10:00",
                Some("2025-08-14T19:45:00+10:00"),
            ),
            (
                "2025-01-29T12:00:00-0700",
                Some("2025-01-29T12:00:00-07:00"),
            ),
            ("2025-01-29T12:00-07", Some("2025-01-29T12:00:00-07:00")),
            (
                "2025-03-21 17:40:00 +01:00",
                Some("2025-03-21T17:40:00+01:00"),
            ),
            ("2019-11-19T18:18:25.828095Z", Some("2019-11-19T18:18:25Z")),
            (
                "2019-11-19T18:18:25.828+05:30",
                Some("2019-11-19T18:18:25+05:30"),
            ),
            (" 2019-11-20 ", Some("2019-11-20")),
            // A time without a zone: the day as the publisher wrote it.
            ("2019-11-19T18:18:25.828095", Some("2019-11-19")),
            ("2019-11-20 06:09:25", Some("2019-11-20")),
            (
                "Mon, 18 Nov 2019 16:07:38 -0600",
                Some("2019-11-18T16:07:38-06:00"),
            ),
            ("19 Nov 2019 07:09 GMT", Some("2019-11-19T07:09:00Z")),
            (
                "Tue, 19 Nov 2019 07:09:00 +0100",
                Some("2019-11-19T07:09:00+01:00"),
            ),
            (
                "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)",
                Some("2019-11-19T03:05:46Z"),
            ),
            (
                "Tue Nov 19 2019 03:05:46 GMT-0500",
                Some("2019-11-19T03:05:46-05:00"),
            ),
            // A CMS's empty values.
            ("0001-01-01T00:00:00Z", None),
            ("0001-01-01", None),
            ("1970-01-01T00:00:00Z", None),
            ("1970-01-01T01:00:00+01:00", None),
            // What is no date.
            ("", None),
            ("yesterday", None),
            ("2019-02-30", None),
            ("2019-11-20T25:00:00Z", None),
            ("2019-11-20T09:29:08+2500", None),
            ("2019-11-20T09:29:08+00:0", None),
            ("2019-11-20X09:29:08Z", None),
            ("20/11/2019", None),
            ("2019-11-2٠", None),
        ] {
            assert_eq!(
                publication_date(written).as_deref(),
                expected,
                "{written:?}"
            );
        }
    }

    #[test]
    fn reads_the_article_s_date_published_not_its_date_modified() {
        let page = json_ld(&[
            r##"{"@type": "NewsArticle", "dateModified": "2025-08-15T08:00:00+10:00",
                "datePublished": "2025-08-14T19:45:00+10:00"}"##,
        ]);
        assert_eq!(
            page.published().as_deref(),
            Some("2025-08-14T19:45:00+10:00")
        );
    }
}
