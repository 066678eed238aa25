//! `edition-tool import` as a user runs it: files and standard input, output and
//! merging, `--explain`, and every failure leaving files as they were.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use edition::parse_edition;
use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

use crate::support::{
    EDITION_TOOL, edition_tool, files_in, import_case as fixture_case, repo, seed, text,
};

fn import(arguments: &[&dyn AsRef<OsStr>]) -> Output {
    edition_tool(
        std::iter::once(OsStr::new("import"))
            .chain(arguments.iter().map(|argument| argument.as_ref())),
    )
}

#[test]
fn prints_each_fixture_case_exactly_as_expected() {
    let cases = fs::read_dir(fixture_case("")).unwrap();
    // A case is a folder; files beside them (EXPECTATIONS.md) are notes.
    for case in cases {
        let case = case.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let output = import(&[&case.join("source.txt")]);
        if let Ok(expected) = fs::read_to_string(case.join("expected.json")) {
            assert!(output.status.success(), "{}", case.display());
            assert_eq!(text(&output.stdout), expected, "{}", case.display());
        } else {
            let expected = fs::read_to_string(case.join("expected.error")).unwrap();
            assert_eq!(output.status.code(), Some(1), "{}", case.display());
            assert!(output.stdout.is_empty(), "{}", case.display());
            let message = text(&output.stderr);
            assert!(
                message.starts_with(&format!(
                    "{}: {}",
                    case.join("source.txt").display(),
                    expected.trim_end()
                )),
                "{message}"
            );
        }
    }
}

#[test]
fn reads_standard_input() {
    let mut child = Command::new(EDITION_TOOL)
        .arg("import")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&fs::read(seed()).unwrap())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let edition = parse_edition(&text(&output.stdout)).unwrap();
    assert_eq!(
        &*edition.articles()[0].headline,
        "2,000 North Korean troops killed in Russia deployment: Seoul spy agency"
    );
}

#[test]
fn imports_many_files_into_one_edition_with_a_title() {
    let folder = tempfile::tempdir().unwrap();
    let output_file = folder.path().join("edition.json");
    let output = import(&[
        &fixture_case("headline-in-the-middle/source.txt"),
        &fixture_case("non-english-german/source.txt"),
        &"--title",
        &"Morning edition",
        &"-o",
        &output_file,
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(output.stdout.is_empty());
    let edition = parse_edition(&fs::read_to_string(&output_file).unwrap()).unwrap();
    assert_eq!(
        edition.title().map(|title| &**title),
        Some("Morning edition")
    );
    let ids: Vec<&str> = edition.articles().iter().map(|a| &*a.id).collect();
    assert_eq!(
        ids,
        [
            "portugals-parliament-approves-budget-with-more-money-for-housing",
            "berliner-senat-beschliesst-neue-regeln-fur-ferienwohnungen"
        ]
    );
    assert_eq!(files_in(folder.path()), ["edition.json"]);
}

#[test]
fn gives_articles_with_the_same_headline_distinct_ids() {
    let source = fixture_case("crlf-line-ends/source.txt");
    let output = import(&[&source, &source]);
    assert!(output.status.success());
    let edition = parse_edition(&text(&output.stdout)).unwrap();
    let ids: Vec<&str> = edition.articles().iter().map(|a| &*a.id).collect();
    assert_eq!(
        ids,
        [
            "ferry-service-to-the-islands-resumes-after-storm",
            "ferry-service-to-the-islands-resumes-after-storm-2"
        ]
    );
}

#[test]
fn merges_into_an_edition_replacing_articles_by_id_and_keeping_the_rest() {
    let folder = tempfile::tempdir().unwrap();
    let edition_file = folder.path().join("edition.json");
    let first = import(&[
        &fixture_case("headline-in-the-middle/source.txt"),
        &fixture_case("crlf-line-ends/source.txt"),
        &"--title",
        &"Evening edition",
        &"-o",
        &edition_file,
    ]);
    assert!(first.status.success());

    // The same story again, now with its headline given: it replaces the old one
    // in place; a new story is added after the rest.
    let replacement = folder.path().join("ferry.txt");
    fs::write(
        &replacement,
        "Ferry service to the islands resumes after storm\nThe ferry left port at dawn.\n",
    )
    .unwrap();
    let merged = import(&[
        &replacement,
        &fixture_case("byte-order-mark/source.txt"),
        &"--into",
        &edition_file,
    ]);
    assert!(merged.status.success(), "{}", text(&merged.stderr));
    let edition = parse_edition(&fs::read_to_string(&edition_file).unwrap()).unwrap();
    assert_eq!(
        edition.title().map(|title| &**title),
        Some("Evening edition")
    );
    let articles = edition.articles();
    let ids: Vec<&str> = articles.iter().map(|a| &*a.id).collect();
    assert_eq!(
        ids,
        [
            "portugals-parliament-approves-budget-with-more-money-for-housing",
            "ferry-service-to-the-islands-resumes-after-storm",
            "museum-returns-stolen-painting-to-church"
        ]
    );
    assert_eq!(articles[1].body.len(), 1);
    assert_eq!(files_in(folder.path()), ["edition.json", "ferry.txt"]);
}

#[test]
fn explains_what_it_found_and_removed_on_standard_error() {
    let output = import(&[&seed(), &"--explain"]);
    assert!(output.status.success());
    let name = seed().display().to_string();
    assert_eq!(
        text(&output.stderr),
        format!(
            "{name}: article 2000-north-korean-troops-killed-in-russia-deployment-seoul-spy-agency (12 paragraphs, 9 related, 2 removals)\n\
             {name}: language: en (guessed from the text)\n\
             {name}:1: dateline: SEOUL\n\
             {name}:9: headline (score 5.00, best of 1 candidate line): 2,000 North Korean troops killed in Russia deployment: Seoul spy agency\n\
             {name}:12: removed (attribution-spam): , This news data comes from:http://bvhilqy.yamato-syokunin.com\n\
             {name}:15: related list: 10 items, 9 kept\n\
             {name}:16: removed (http-error-in-related): 500 Internal Server Error\n"
        )
    );
    // The edition itself still goes to standard output, and holds the same trail.
    let edition = parse_edition(&text(&output.stdout)).unwrap();
    assert_eq!(edition.articles()[0].removed.len(), 2);
}

#[test]
fn explains_each_line_judged_page_furniture_with_its_score() {
    let output = import(&[
        &fixture_case("page-menu-and-footer/source.txt"),
        &"--explain",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let explanation = text(&output.stderr);
    for removed in [
        ":1: removed (page-furniture, read as article text 26/100): Home\n",
        ":13: removed (page-furniture, read as article text 13/100): Sign up for our morning newsletter\n",
        ":14: removed (boilerplate): Most read\n",
    ] {
        assert!(
            explanation.contains(removed),
            "{removed} in:\n{explanation}"
        );
    }
}

#[test]
fn explains_which_stamp_gave_the_publication_date() {
    let case = fixture_case("publication-stamps/source.txt");
    let output = import(&[&case, &"--explain"]);
    assert!(output.status.success());
    let name = case.display().to_string();
    let explanation = text(&output.stderr);
    assert!(
        explanation.contains(&format!(
            "{name}:3: published: 2025-09-02T09:41-04:00 (from the first \"Published\" stamp, of 3 stamps: \"Published\" wins over \"Updated\")\n"
        )),
        "{explanation}"
    );
    assert!(
        explanation.contains(&format!(
            "{name}:2: removed (timestamp): Updated 10:02 AM EDT, Tue September 2, 2025\n"
        )),
        "{explanation}"
    );
}

/// A saved web page is known by its content, with any name, and gzip-compressed
/// too; it imports to what the importer's page case expects.
#[test]
fn imports_a_saved_web_page_plain_or_gzip_compressed() {
    let case = repo("importer/tests/pages/news-article-with-metadata");
    let page = fs::read(case.join("page.html")).unwrap();
    let expected = fs::read_to_string(case.join("expected.json")).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let saved = folder.path().join("saved-without-extension");
    fs::write(&saved, &page).unwrap();
    let packed = folder.path().join("page.html.gz");
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(&page).unwrap();
    fs::write(&packed, encoder.finish().unwrap()).unwrap();

    for file in [&saved, &packed] {
        let output = import(&[file, &"--explain"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert_eq!(text(&output.stdout), expected, "{}", file.display());
        let explanation = text(&output.stderr);
        assert!(
            explanation.contains(
                ": headline (from the page's metadata): Harbourton opens its new ferry terminal\n"
            ),
            "{explanation}"
        );
    }

    let mut cut = fs::read(&packed).unwrap();
    cut.truncate(cut.len() / 2);
    fs::write(&packed, cut).unwrap();
    let output = import(&[&packed]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).starts_with(&format!(
            "{}: cannot unpack the gzip file",
            packed.display()
        )),
        "{}",
        text(&output.stderr)
    );
}

/// `--explain` says where a page's photo and related links came from, and why
/// an image or a link's address was not taken.
#[test]
fn explains_where_the_photo_and_related_links_came_from() {
    let figure = repo("importer/tests/pages/figure-with-caption-and-credit/page.html");
    let related = repo("importer/tests/pages/related-block-among-menus/page.html");
    let no_size = repo("importer/tests/pages/photo-without-size/page.html");
    let output = import(&[&figure, &related, &no_size, &"--explain"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let explanation = text(&output.stderr);
    for line in [
        format!(
            "{}: photo (from the article's first figure): https://millbridge-courier.example/media/2025/ferry-storm.jpg\n",
            figure.display()
        ),
        format!(
            "{}:4: related list (from the links under the page's heading \"More stories\"): 7 links, 3 kept\n",
            related.display()
        ),
        format!(
            "{}:7: removed (related-is-headline): Harbourton council approves the new sea wall\n",
            related.display()
        ),
        format!(
            "{}: photo not taken (og:image): https://northfield-news.example/images/market.jpg: the page does not state its size\n",
            no_size.display()
        ),
    ] {
        assert!(explanation.contains(&line), "{line} in:\n{explanation}");
    }
}

/// A page in windows-1252, as it declares, or in UTF-16 with a byte order mark,
/// imports to the same article as the page in UTF-8.
#[test]
fn imports_a_saved_web_page_in_another_encoding_than_utf_8() {
    let case = repo("importer/tests/pages/news-article-with-metadata");
    let page = fs::read_to_string(case.join("page.html")).unwrap();
    let expected = fs::read_to_string(case.join("expected.json")).unwrap();
    let declared = page.replace(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"windows-1252\">",
    );
    assert_ne!(declared, page);
    let (windows_1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&declared);
    assert!(!unmappable && std::str::from_utf8(&windows_1252).is_err());
    let utf_16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(page.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let folder = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("windows-1252.html", &windows_1252[..]),
        ("utf-16.html", &utf_16),
    ] {
        let file = folder.path().join(name);
        fs::write(&file, bytes).unwrap();
        let output = import(&[&file]);
        assert!(output.status.success(), "{name}: {}", text(&output.stderr));
        assert_eq!(text(&output.stdout), expected, "{name}");
    }
}

/// A page over the size limit is refused, named, before it is read.
#[test]
fn refuses_a_page_over_the_size_limit_naming_it() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("huge.html");
    let mut page = b"<!DOCTYPE html><html><body><p>".to_vec();
    page.resize(importer::MAX_PAGE_BYTES + 1, b'x');
    fs::write(&file, page).unwrap();
    let output = import(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: the page or feed is larger than 50 MB\n",
            file.display()
        )
    );
}

/// A feed gives an article per item, under the feed's title; an item that cannot
/// be an article is named on standard error and the rest imported.
#[test]
fn imports_every_item_of_a_feed_and_names_those_it_skips() {
    let case = repo("importer/tests/feeds/feed-with-a-broken-item");
    let feed = case.join("feed.xml");
    let output = import(&[&feed]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        fs::read_to_string(case.join("expected.json")).unwrap()
    );
    let name = feed.display();
    assert_eq!(
        text(&output.stderr),
        format!(
            "{name}: item 1: it has no title; skipped\n\
             {name}: item 3 \"An item with nothing in it\": it has no content and no summary; skipped\n"
        )
    );

    let folder = tempfile::tempdir().unwrap();
    let empty = folder.path().join("empty.xml");
    fs::write(
        &empty,
        "<rss version=\"2.0\"><channel><title>Nothing</title><item><link>https://news.example/</link></item></channel></rss>",
    )
    .unwrap();
    let output = import(&[&empty]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(
        text(&output.stderr).starts_with(&format!(
            "{}: no item of the feed could be made an article\n{}: item 1: it has no title",
            empty.display(),
            empty.display()
        )),
        "{}",
        text(&output.stderr)
    );

    let output = import(&[&feed, &"--id", &"one"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!("{name}: --headline and --id name one article; a feed holds many\n")
    );
}

#[test]
fn takes_the_headline_language_and_id_from_options() {
    let output = import(&[
        &fixture_case("no-headline-candidate/source.txt"),
        &"--headline",
        &"Council meets, decides nothing",
        &"--language",
        &"en-GB",
        &"--id",
        &"council-meeting",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let edition = parse_edition(&text(&output.stdout)).unwrap();
    let article = &edition.articles()[0];
    assert_eq!(&*article.id, "council-meeting");
    assert_eq!(&*article.headline, "Council meets, decides nothing");
    assert_eq!(&*article.language, "en-GB");
    assert_eq!(article.body.len(), 3);
}

#[test]
fn asks_for_a_headline_when_none_is_found() {
    let source = fixture_case("no-headline-candidate/source.txt");
    let output = import(&[&source]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: no line looks like a headline (a line of 3 to 24 words without final punctuation); name it with --headline\n",
            source.display()
        )
    );
}

#[test]
fn refuses_bad_options_before_reading_anything() {
    let source = fixture_case("crlf-line-ends/source.txt");
    let two_files = import(&[&source, &source, &"--headline", &"A headline"]);
    assert_eq!(two_files.status.code(), Some(1));
    assert_eq!(
        text(&two_files.stderr),
        "--headline and --id name one article: give them with one file\n"
    );
    let bad_language = import(&[&source, &"--language", &"en_US"]);
    assert_eq!(bad_language.status.code(), Some(1));
    assert!(text(&bad_language.stderr).starts_with("--language: \"en_US\" is not a BCP 47"));
}

/// Many files are imported side by side; what comes out is what importing them one
/// after another gives: the articles in the order of the files, each with the id
/// its place among same-headline copies earns, and every problem in that order too.
#[test]
fn imports_many_files_as_if_one_after_another() {
    let folder = tempfile::tempdir().unwrap();
    let mut cases: Vec<PathBuf> = fs::read_dir(fixture_case(""))
        .unwrap()
        .map(|case| case.unwrap().path())
        .filter(|case| case.is_dir())
        .collect();
    cases.sort();
    // The cases in a stirred order, each many times over, under names that sort
    // the way they are given.
    let files: Vec<(PathBuf, &Path)> = (0..150)
        .map(|number| {
            let case = &cases[number * 7 % cases.len()];
            let name = case.file_name().unwrap().to_string_lossy();
            let file = folder.path().join(format!("{number:03}-{name}.txt"));
            fs::copy(case.join("source.txt"), &file).unwrap();
            (file, case.as_path())
        })
        .collect();

    let mut expected_articles = Vec::new();
    let mut copies: HashMap<String, usize> = HashMap::new();
    let mut expected_problems = Vec::new();
    for (file, case) in &files {
        match fs::read_to_string(case.join("expected.json")) {
            Ok(expected) => {
                let expected: Value = serde_json::from_str(&expected).unwrap();
                let mut article = expected["articles"][0].clone();
                let id = article["id"].as_str().unwrap().to_owned();
                let copy = copies.entry(id.clone()).or_default();
                *copy += 1;
                if *copy > 1 {
                    article["id"] = Value::from(format!("{id}-{copy}"));
                }
                expected_articles.push(article);
            }
            Err(_) => {
                let error = fs::read_to_string(case.join("expected.error")).unwrap();
                expected_problems.push(format!("{}: {}", file.display(), error.trim_end()));
            }
        }
    }
    assert!(expected_problems.len() >= 5 && expected_articles.len() > 100);

    let valid: Vec<&dyn AsRef<OsStr>> = files
        .iter()
        .filter(|(_, case)| case.join("expected.json").exists())
        .map(|(file, _)| file as &dyn AsRef<OsStr>)
        .collect();
    let output = import(&valid);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let edition: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(edition["articles"].as_array().unwrap(), &expected_articles);

    let all: Vec<&dyn AsRef<OsStr>> = files
        .iter()
        .map(|(file, _)| file as &dyn AsRef<OsStr>)
        .collect();
    let output = import(&all);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let messages = text(&output.stderr);
    let problems: Vec<&str> = messages.lines().collect();
    assert_eq!(problems.len(), expected_problems.len(), "{messages}");
    for (problem, expected) in problems.iter().zip(&expected_problems) {
        assert!(
            problem.starts_with(expected),
            "{problem}\nis not\n{expected}"
        );
    }
}

/// Each failure names the file, exits 1 and leaves the output file as it was:
/// no partial edition, no temporary file.
#[test]
fn fails_clearly_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let good = fixture_case("crlf-line-ends/source.txt");
    let latin1 = folder.path().join("latin1.txt");
    fs::write(
        &latin1,
        b"Caf\xe9 opens in the old station\nIt serves coffee.\n",
    )
    .unwrap();
    let empty = folder.path().join("empty.txt");
    fs::write(&empty, "\u{feff}\n  \n").unwrap();
    let only_noise = folder.path().join("only-noise.txt");
    fs::write(
        &only_noise,
        "City council meets on parking rules\nAdvertisement\n",
    )
    .unwrap();
    let missing = folder.path().join("missing.txt");
    let output_file = folder.path().join("edition.json");
    fs::write(&output_file, "the previous edition\n").unwrap();

    let output = import(&[
        &good,
        &latin1,
        &empty,
        &only_noise,
        &missing,
        &folder.path(),
        &"-o",
        &output_file,
    ]);
    assert_eq!(output.status.code(), Some(1));
    let messages = text(&output.stderr);
    let lines: Vec<&str> = messages.lines().collect();
    assert_eq!(lines.len(), 5, "{messages}");
    assert_eq!(
        lines[0],
        format!(
            "{}: not UTF-8 text: the bytes at offset 3 are not valid UTF-8",
            latin1.display()
        )
    );
    assert_eq!(lines[1], format!("{}: the text is empty", empty.display()));
    assert_eq!(
        lines[2],
        format!(
            "{}: no paragraph is left for the article's body once the headline is taken out",
            only_noise.display()
        )
    );
    assert!(lines[3].starts_with(&format!("{}: cannot read the file: ", missing.display())));
    assert!(lines[4].starts_with(&format!(
        "{}: cannot read the file: ",
        folder.path().display()
    )));
    assert!(output.stdout.is_empty());
    assert_eq!(
        fs::read_to_string(&output_file).unwrap(),
        "the previous edition\n"
    );
    assert_eq!(
        files_in(folder.path()),
        ["edition.json", "empty.txt", "latin1.txt", "only-noise.txt"]
    );
}

#[test]
fn refuses_to_merge_into_an_invalid_edition() {
    let folder = tempfile::tempdir().unwrap();
    let edition_file = folder.path().join("edition.json");
    fs::write(&edition_file, "{\"articles\": [}").unwrap();
    let output = import(&[&seed(), &"--into", &edition_file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: articles[0]: expected value at line 1, column 15\n",
            edition_file.display()
        )
    );
    assert_eq!(
        fs::read_to_string(&edition_file).unwrap(),
        "{\"articles\": [}"
    );
}

#[test]
fn reports_overlay_problems_with_their_field() {
    let folder = tempfile::tempdir().unwrap();
    let overlay = folder.path().join("overlay.json");
    fs::write(
        &overlay,
        "{\"articles\": {\"no-such-article\": {\"dek\": \"A dek\"}}}",
    )
    .unwrap();
    let output = import(&[&seed(), &"--overlay", &overlay]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: articles.no-such-article: no imported article has this id\n",
            overlay.display()
        )
    );

    fs::write(
        &overlay,
        "{\"articles\": {\"a\": {\"photo\": {\"src\": \"javascript:x\"}}}}",
    )
    .unwrap();
    let output = import(&[&seed(), &"--overlay", &overlay]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}:1:52: articles.a.photo.src: \"javascript:x\" uses the \"javascript\" scheme; only http, https and relative URLs are allowed\n",
            overlay.display()
        )
    );
}

#[test]
fn sets_the_edition_s_language_from_an_overlay_and_keeps_it_on_merging() {
    let folder = tempfile::tempdir().unwrap();
    let edition_file = folder.path().join("edition.json");
    let overlay = folder.path().join("overlay.json");
    fs::write(
        &overlay,
        "{\"title\": \"Abendausgabe\", \"language\": \"de\"}",
    )
    .unwrap();
    let first = import(&[&seed(), &"--overlay", &overlay, &"-o", &edition_file]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let language = || {
        let edition = parse_edition(&fs::read_to_string(&edition_file).unwrap()).unwrap();
        edition.language().map(|tag| tag.to_string())
    };
    assert_eq!(language().as_deref(), Some("de"));

    let merged = import(&[
        &fixture_case("byte-order-mark/source.txt"),
        &"--into",
        &edition_file,
    ]);
    assert!(merged.status.success(), "{}", text(&merged.stderr));
    assert_eq!(language().as_deref(), Some("de"), "kept by --into");

    fs::write(&overlay, "{\"language\": \"de_DE\"}").unwrap();
    let refused = import(&[&seed(), &"--overlay", &overlay]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("language: \"de_DE\" is not a BCP 47 language tag"),
        "{}",
        text(&refused.stderr)
    );
}
