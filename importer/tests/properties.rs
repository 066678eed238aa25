//! Properties of the importer over generated hostile and damaged text: it never
//! panics, and what it imports is a valid article that reads back the same once
//! written out as an edition.
//!
//! Each test runs a fixed number of generated cases (set `PROPTEST_CASES` to run
//! more), prints how many it ran and how many imported, and fails if too few
//! imported for the property to mean anything: a test whose every input fails to
//! import checks nothing.

use std::cell::Cell;
use std::path::Path;

use edition::{Edition, parse_edition};
use importer::{ImportOptions, import_article};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

// The format's property tests run their cases the same way.
#[path = "../../data/tests/support/generated_cases.rs"]
mod generated_cases;
use generated_cases::run;

/// The importer's output, written as an edition and read back, is the same.
/// Counts the articles it imports in `imported`.
fn check_imported(source: &str, imported: &Cell<u64>) -> Result<(), TestCaseError> {
    let Ok(article) = import_article(source, &ImportOptions::default()) else {
        return Ok(());
    };
    imported.set(imported.get() + 1);
    let imported = article;
    let edition = Edition::new(None, vec![imported.article]);
    prop_assert!(edition.is_ok(), "{edition:?}");
    let edition = edition.unwrap();
    let written = serde_json::to_string(&edition).unwrap();
    let reread = parse_edition(&written);
    prop_assert_eq!(reread.as_ref(), Ok(&edition), "{}", written);
    Ok(())
}

/// Prints how many of the inputs tried were imported, and fails below
/// `minimum_share` of them: the property says nothing of inputs that fail to import.
fn assert_imported_share(name: &str, imported: u64, tried: u64, minimum_share: f64) {
    println!("{name}: {imported} articles imported");
    assert!(
        imported as f64 >= minimum_share * tried as f64,
        "{name}: only {imported} of {tried} inputs imported; the generators \
         should give articles at least {:.0} % of the time",
        minimum_share * 100.0
    );
}

#[test]
fn importer_survives_arbitrary_text_and_writes_valid_articles() {
    let imported = Cell::new(0);
    let tried = run(
        "importer on arbitrary text",
        10_000,
        prop_oneof![
            any::<String>(),
            "([A-Za-z,.'\"—:| -]{0,80}\n){0,20}",
            "((By |- |SEOUL — |Advertisement|https://example.com/|Share this article|500 Internal Server Error)?[A-Za-z ]{0,40}[.]?\r?\n){0,20}",
        ],
        |text| check_imported(&text, &imported),
    );
    // Most arbitrary Unicode has no headline-like line, but the two
    // generators of line-shaped text give articles about half the time.
    assert_imported_share("importer on arbitrary text", imported.get(), tried, 0.25);
}

/// Scraped articles of the importer's own fixtures, one per folder.
fn scraped_sources() -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut sources: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path().join("source.txt")).ok())
        .collect();
    sources.sort();
    assert!(sources.len() > 10, "the import fixtures are missing");
    sources
}

/// A line a scraped page might hold, wanted or not.
fn scraped_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Advertisement".to_owned()),
        Just("- Related: a headline".to_owned()),
        Just("- 500 Internal Server Error".to_owned()),
        Just("By A. Reporter".to_owned()),
        Just("SEOUL — ".to_owned()),
        Just("https://example.com/story".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("javascript:alert(1)".to_owned()),
        Just("\u{feff}\u{200b}\u{0}".to_owned()),
        "[a-zA-Z ]{1,200}".prop_map(|words| format!("{words}.")),
        any::<String>(),
    ]
}

#[derive(Debug, Clone)]
enum LineDamage {
    Remove(usize),
    Duplicate(usize),
    Insert(usize, String),
    Replace(usize, String),
}

#[test]
fn importer_survives_damaged_scraped_articles() {
    let sources = scraped_sources();
    let imported = Cell::new(0);
    let damage = prop_oneof![
        any::<usize>().prop_map(LineDamage::Remove),
        any::<usize>().prop_map(LineDamage::Duplicate),
        (any::<usize>(), scraped_line()).prop_map(|(at, line)| LineDamage::Insert(at, line)),
        (any::<usize>(), scraped_line()).prop_map(|(at, line)| LineDamage::Replace(at, line)),
    ];
    let tried = run(
        "importer on damaged scraped articles",
        5_000,
        (0..sources.len(), prop::collection::vec(damage, 1..8)),
        |(source, damages)| {
            let mut lines: Vec<String> = sources[source].lines().map(str::to_owned).collect();
            for damage in damages {
                let length = lines.len().max(1);
                match damage {
                    LineDamage::Remove(at) if !lines.is_empty() => {
                        lines.remove(at % length);
                    }
                    LineDamage::Duplicate(at) if !lines.is_empty() => {
                        let line = lines[at % length].clone();
                        lines.insert(at % length, line);
                    }
                    LineDamage::Insert(at, line) => lines.insert(at % (lines.len() + 1), line),
                    LineDamage::Replace(at, line) if !lines.is_empty() => lines[at % length] = line,
                    _ => {}
                }
            }
            check_imported(&lines.join("\n"), &imported)
        },
    );
    // A few damaged lines rarely take away every headline or paragraph.
    assert_imported_share(
        "importer on damaged scraped articles",
        imported.get(),
        tried,
        0.5,
    );
}

/// What a hostile page or feed puts in its markup: none of it may reach the
/// edition.
const MARKUP_ATTACKS: [&str; 8] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">link</a>",
    "<a href=\"&#106;avascript:alert(1)\">link</a>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<svg onload=alert(1)><circle/></svg>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<object data=\"data:text/html,alert(1)\"></object>",
];

/// A paragraph of words, with an attack somewhere in its markup.
fn hostile_paragraph() -> impl Strategy<Value = String> {
    (
        "[A-Za-z]{2,10}( [A-Za-z]{2,10}){12,30}",
        0..MARKUP_ATTACKS.len(),
        any::<bool>(),
    )
        .prop_map(|(words, attack, before)| {
            let attack = MARKUP_ATTACKS[attack];
            if before {
                format!("<p>{attack}{words}.</p>")
            } else {
                format!("<p>{words}.{attack}</p>")
            }
        })
}

/// Addresses a hostile page or feed gives its images and related links, each
/// a scheme the format refuses, plainly or disguised, beside addresses it
/// takes, so that the photo and related links are made too.
const ADDRESS_ATTACKS: [&str; 10] = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript%3Aalert(1)",
    "data:image/svg+xml,&lt;svg onload=alert(1)&gt;",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "https://news.example/images/photo.jpg",
    "/images/photo.jpg",
];

/// The edition's JSON holds nothing of the attacks' markup or schemes.
fn check_no_markup(json: &str) -> Result<(), TestCaseError> {
    let lower = json.to_lowercase();
    for trace in [
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "javascript%3a",
        "vbscript",
        "data:",
        "<iframe",
        "<svg",
        "<object",
        "evil.example",
    ] {
        prop_assert!(!lower.contains(trace), "{trace} in {json}");
    }
    Ok(())
}

#[test]
fn page_importer_takes_only_text_from_hostile_pages() {
    let imported = Cell::new(0);
    let with_photo = Cell::new(0);
    let with_related_links = Cell::new(0);
    let tried = run(
        "page importer on hostile pages",
        200,
        (
            "[A-Za-z]{3,10}( [A-Za-z]{3,10}){3,10}",
            prop::collection::vec(hostile_paragraph(), 1..8),
            0..MARKUP_ATTACKS.len(),
            0..40_usize,
            (
                0..ADDRESS_ATTACKS.len(),
                0..ADDRESS_ATTACKS.len(),
                any::<bool>(),
            ),
            prop::collection::vec(
                (
                    "[A-Za-z]{3,10}( [A-Za-z]{3,10}){2,6}",
                    0..ADDRESS_ATTACKS.len(),
                ),
                0..6,
            ),
        ),
        |(
            title,
            paragraphs,
            head_attack,
            nesting,
            (og_image, figure_image, canonical),
            related,
        )| {
            let page_address = if canonical {
                "<link rel=\"canonical\" href=\"https://news.example/story\">"
            } else {
                "<meta property=\"og:url\" content=\"javascript:alert(1)\">"
            };
            let related: String = related
                .iter()
                .map(|(headline, href)| {
                    format!(
                        "<li><a href=\"{}\">{headline}</a></li>",
                        ADDRESS_ATTACKS[*href]
                    )
                })
                .collect();
            let page = format!(
                "<!doctype html><html><head><title>{title}</title>{page_address}\
                 <meta property=\"og:image\" content=\"{}\">\
                 <meta property=\"og:image:width\" content=\"1200\">\
                 <meta property=\"og:image:height\" content=\"800\">{}</head>\
                 <body><nav><a href=\"/\">Home</a></nav>{}<article><h1>{title}</h1>\
                 <figure><img src=\"{}\" width=\"800\" height=\"600\">\
                 <figcaption>{title} (Reuters)</figcaption></figure>{}</article>{}\
                 <aside class=\"related\"><ul>{related}</ul></aside></body></html>",
                ADDRESS_ATTACKS[og_image],
                MARKUP_ATTACKS[head_attack],
                "<div>".repeat(nesting),
                ADDRESS_ATTACKS[figure_image],
                paragraphs.concat(),
                "</div>".repeat(nesting),
            );
            let Ok(article) = importer::import_page(page.as_bytes(), &ImportOptions::default())
            else {
                return Ok(());
            };
            imported.set(imported.get() + 1);
            with_photo.set(with_photo.get() + u64::from(article.article.photo.is_some()));
            let links = article
                .article
                .related
                .iter()
                .filter(|item| item.url.is_some());
            with_related_links.set(with_related_links.get() + u64::from(links.count() > 0));
            let edition = Edition::new(None, vec![article.article]).unwrap();
            let json = serde_json::to_string(&edition).unwrap();
            let reread = parse_edition(&json);
            prop_assert_eq!(reread.as_ref(), Ok(&edition));
            check_no_markup(&json)
        },
    );
    assert_imported_share("page importer on hostile pages", imported.get(), tried, 0.5);
    // The addresses the format takes make photos and linked related items, so
    // the check above saw them beside the refused ones.
    println!(
        "page importer on hostile pages: {} with a photo, {} with related links",
        with_photo.get(),
        with_related_links.get()
    );
    assert!(with_photo.get() > 0 && with_related_links.get() > 0);
}

#[test]
fn feed_importer_takes_only_text_from_hostile_feeds() {
    let imported = Cell::new(0);
    let tried = run(
        "feed importer on hostile feeds",
        300,
        prop::collection::vec(
            (
                "[A-Za-z]{3,10}( [A-Za-z]{3,10}){3,10}",
                prop::collection::vec(hostile_paragraph(), 0..5),
                (
                    0..ADDRESS_ATTACKS.len(),
                    0..ADDRESS_ATTACKS.len(),
                    0..ADDRESS_ATTACKS.len(),
                ),
            ),
            1..5,
        ),
        |items| {
            let items: String = items
                .iter()
                .map(|(title, paragraphs, (enclosure, content, thumbnail))| {
                    format!(
                        "<item><title>{title}</title><link>javascript:alert(1)</link>\
                         <description><![CDATA[{}]]></description>\
                         <enclosure url=\"{}\" type=\"image/jpeg\"/>\
                         <media:content url=\"{}\" type=\"image/jpeg\" width=\"1200\" height=\"800\">\
                         <media:description>{title}</media:description></media:content>\
                         <media:thumbnail url=\"{}\" width=\"120\" height=\"80\"/></item>",
                        paragraphs.concat(),
                        ADDRESS_ATTACKS[*enclosure],
                        ADDRESS_ATTACKS[*content],
                        ADDRESS_ATTACKS[*thumbnail],
                    )
                })
                .collect();
            let feed = format!(
                "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">\
                 <channel><title>News</title>{items}</channel></rss>"
            );
            let Ok(feed) = importer::import_feed(feed.as_bytes(), &ImportOptions::default()) else {
                return Ok(());
            };
            if feed.articles.is_empty() {
                return Ok(());
            }
            imported.set(imported.get() + 1);
            let articles = feed
                .articles
                .into_iter()
                .map(|imported| imported.article)
                .collect();
            let edition = Edition::new(feed.title, articles).unwrap();
            let json = serde_json::to_string(&edition).unwrap();
            let reread = parse_edition(&json);
            prop_assert_eq!(reread.as_ref(), Ok(&edition));
            check_no_markup(&json)
        },
    );
    assert_imported_share("feed importer on hostile feeds", imported.get(), tried, 0.5);
}
