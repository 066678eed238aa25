//! `edition-tool split`, and `edition-tool check` on what it writes.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use edition::{parse_article_bytes, parse_edition, parse_index_bytes, parse_search_index_bytes};

use crate::support::{EDITION_TOOL, edition_tool, format_fixture as fixture};

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn split(edition: &Path, output: &Path) -> Output {
    edition_tool(["split", path(edition), "-o", path(output)])
}

#[test]
fn makes_the_folders_the_output_is_in() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("site/not/made/yet/edition");
    let result = split(&fixture("valid/related-articles.json"), &output);
    assert!(result.status.success(), "{result:?}");
    assert!(output.join("index.json").is_file());
}

#[test]
fn writes_an_index_and_a_file_per_article_that_make_the_same_edition() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = fixture("valid/related-articles.json");
    let result = split(&edition_file, &output);
    assert!(result.status.success(), "{result:?}");

    let edition = parse_edition(&fs::read_to_string(&edition_file).unwrap()).unwrap();
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.title(), edition.title());
    let mut files: Vec<String> = fs::read_dir(output.join("articles"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files, ["first-article.json", "second-article.json"]);
    for article in edition.articles() {
        let bytes = fs::read(output.join(format!("articles/{}.json", article.id))).unwrap();
        let read = parse_article_bytes(&bytes, &article.id, &index).unwrap();
        assert_eq!(&read, article.as_ref());
    }

    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert!(check.status.success(), "{check:?}");
    assert_eq!(String::from_utf8(check.stdout).unwrap(), "");
}

#[test]
fn check_names_each_bad_or_missing_article_file() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    assert!(
        split(&fixture("valid/related-articles.json"), &output)
            .status
            .success()
    );
    let first = output.join("articles/first-article.json");
    let second = output.join("articles/second-article.json");
    fs::write(&first, "{\n  \"id\": \"second-article\",\n  \"headline\": \"x\",\n  \"language\": \"en\",\n  \"body\": [{\"type\": \"paragraph\", \"text\": \"x\"}]\n}\n").unwrap();
    fs::remove_file(&second).unwrap();

    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8(check.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(
        lines[0],
        format!(
            "{}: id: the file holds the article \"second-article\", not \"first-article\"",
            first.display()
        )
    );
    assert!(
        lines[1].starts_with(&format!("{}: cannot read the file: ", second.display())),
        "{}",
        lines[1]
    );
}

#[test]
fn check_names_the_position_of_a_problem_in_an_index() {
    let folder = tempfile::tempdir().unwrap();
    let index = folder.path().join("index.json");
    fs::write(
        &index,
        "{\"headlines\": [\n  {\"id\": \"A\", \"headline\": \"x\", \"language\": \"en\"}\n]}\n",
    )
    .unwrap();
    let check = edition_tool(["check", path(&index)]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8(check.stdout).unwrap();
    assert!(
        stdout.starts_with(&format!(
            "{}:2:12: headlines[0].id: \"A\" is not a slug",
            index.display()
        )),
        "{stdout}"
    );
}

#[test]
fn replaces_an_earlier_split_but_no_other_folder() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    assert!(
        split(&fixture("valid/related-articles.json"), &output)
            .status
            .success()
    );
    assert!(
        split(&fixture("valid/minimal.json"), &output)
            .status
            .success()
    );
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 1);
    assert_eq!(
        fs::read_dir(output.join("articles")).unwrap().count(),
        1,
        "the earlier split's articles are gone"
    );
    let beside: Vec<_> = fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(beside, ["split"], "nothing is left beside the output");

    let other = folder.path().join("photos");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("map.svg"), "<svg/>").unwrap();
    let result = split(&fixture("valid/minimal.json"), &other);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(result.stderr).unwrap(),
        format!(
            "{}: the folder holds map.svg, which is not part of a split edition; choose a new or empty folder\n",
            other.display()
        )
    );
    assert_eq!(fs::read_to_string(other.join("map.svg")).unwrap(), "<svg/>");
}

#[test]
fn writes_again_only_the_files_that_changed() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = folder.path().join("edition.json");
    let original = fs::read_to_string(fixture("valid/related-articles.json")).unwrap();
    fs::write(&edition_file, &original).unwrap();
    let first = split(&edition_file, &output);
    assert_eq!(
        String::from_utf8(first.stdout).unwrap(),
        "split: 5 files: 5 written, 0 unchanged, 0 removed\n"
    );
    let modified = |name: &str| fs::metadata(output.join(name)).unwrap().modified().unwrap();
    let before = modified("articles/first-article.json");

    let again = split(&edition_file, &output);
    assert_eq!(
        String::from_utf8(again.stdout).unwrap(),
        "split: 5 files: 0 written, 5 unchanged, 0 removed\n"
    );

    // The second article's text changes: its file alone is written; the index,
    // which holds no body text, stays.
    let changed = original
        .replacen("A paragraph.", "A paragraph, changed.", 2)
        .replacen("A paragraph, changed.", "A paragraph.", 1);
    assert_ne!(changed, original);
    fs::write(&edition_file, &changed).unwrap();
    let third = split(&edition_file, &output);
    assert!(third.status.success(), "{third:?}");
    assert_eq!(
        String::from_utf8(third.stdout).unwrap(),
        "split: 5 files: 1 written, 4 unchanged, 0 removed\n"
    );
    assert_eq!(
        modified("articles/first-article.json"),
        before,
        "kept as it was"
    );
    assert!(
        fs::read_to_string(output.join("articles/second-article.json"))
            .unwrap()
            .contains("A paragraph, changed.")
    );

    let fewer = split(&fixture("valid/minimal.json"), &output);
    assert_eq!(
        String::from_utf8(fewer.stdout).unwrap(),
        "split: 4 files: 2 written, 2 unchanged, 1 removed\n"
    );
}

#[test]
fn reads_the_edition_from_standard_input() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let mut child = Command::new(EDITION_TOOL)
        .args(["split", "-", "-o", path(&output)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let edition = fs::read(fixture("valid/related-articles.json")).unwrap();
    child.stdin.take().unwrap().write_all(&edition).unwrap();
    let result = child.wait_with_output().unwrap();
    assert!(result.status.success(), "{result:?}");
    assert_eq!(
        String::from_utf8(result.stdout).unwrap(),
        "split: 5 files: 5 written, 0 unchanged, 0 removed\n"
    );
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 2);
}

#[test]
fn writes_nothing_for_an_invalid_edition() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let invalid = fixture("invalid/duplicate-id.json");
    let result = split(&invalid, &output);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("{}: articles[1].id: ", invalid.display())),
        "{stderr}"
    );
    assert!(!output.exists());
    assert_eq!(
        fs::read_dir(folder.path()).unwrap().count(),
        0,
        "no staging folder is left behind"
    );
}

#[test]
fn splits_an_edition_too_large_for_the_viewer_into_files_it_reads() {
    let folder = tempfile::tempdir().unwrap();
    let paragraph = "Generated text for a size test; it reports nothing. ".repeat(40);
    let articles: Vec<serde_json::Value> = (0..5_500)
        .map(|number| {
            serde_json::json!({
                "id": format!("story-{number}"),
                "headline": format!("Synthetic story {number}"),
                "language": "en",
                "body": [{ "type": "paragraph", "text": paragraph }],
            })
        })
        .collect();
    let source = folder.path().join("large.json");
    let json = serde_json::to_string(&serde_json::json!({ "articles": articles })).unwrap();
    assert!(json.len() > edition::MAX_EDITION_BYTES);
    fs::write(&source, json).unwrap();

    let output = folder.path().join("split");
    let result = split(&source, &output);
    assert!(result.status.success(), "{result:?}");
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.article_count(), 5_500);
    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn keeps_the_edition_s_language_in_the_index() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = fixture("valid/arabic-edition.json");
    assert!(split(&edition_file, &output).status.success());
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(
        index.language().map(|tag| tag.to_string()).as_deref(),
        Some("ar")
    );
}

/// An edition of `count` articles whose standfirsts hold many words, spread
/// over the alphabet, so that its search index takes several chunks.
fn edition_of_many_words(count: usize) -> serde_json::Value {
    let word = |seed: usize| -> String {
        let mut number = seed.wrapping_mul(2_654_435_761) % 11_881_376; // 26^5
        (0..5)
            .map(|_| {
                let letter = char::from(b'a' + (number % 26) as u8);
                number /= 26;
                letter
            })
            .collect()
    };
    let articles: Vec<serde_json::Value> = (0..count)
        .map(|number| {
            let dek: Vec<String> = (0..30).map(|k| word(number * 30 + k)).collect();
            serde_json::json!({
                "id": format!("story-{number}"),
                "headline": format!("Synthetic story {number}"),
                "dek": dek.join(" "),
                "language": "en",
                "body": [{ "type": "paragraph", "text": "Generated text; it reports nothing." }],
            })
        })
        .collect();
    serde_json::json!({ "title": "Many words", "articles": articles })
}

/// Each file of a split folder, by its path there, with its inode: a file the
/// split kept is a link to the earlier one, with the same inode.
#[cfg(unix)]
fn inodes(folder: &Path) -> std::collections::BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    let mut files = std::collections::BTreeMap::new();
    for entry in fs::read_dir(folder).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        if entry.file_type().unwrap().is_dir() {
            for inner in fs::read_dir(entry.path()).unwrap() {
                let inner = inner.unwrap();
                let inner_name = inner.file_name().into_string().unwrap();
                files.insert(
                    format!("{name}/{inner_name}"),
                    inner.metadata().unwrap().ino(),
                );
            }
        } else {
            files.insert(name, entry.metadata().unwrap().ino());
        }
    }
    files
}

#[test]
#[cfg(unix)]
fn a_changed_headline_writes_its_article_its_page_and_the_chunks_of_its_terms() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = folder.path().join("edition.json");
    let mut edition = edition_of_many_words(300);
    edition["articles"][120]["headline"] = "Synthetic story aardvarkian".into();
    fs::write(&edition_file, edition.to_string()).unwrap();
    let split_in_pages = |edition: &Path| {
        edition_tool([
            "split",
            path(edition),
            "-o",
            path(&output),
            "--page-size",
            "50",
        ])
    };
    let first = split_in_pages(&edition_file);
    assert!(first.status.success(), "{first:?}");
    let before = inodes(&output);
    let search_index =
        || parse_search_index_bytes(&fs::read(output.join("search/chunks.json")).unwrap()).unwrap();
    let starts = search_index().starts().to_vec();
    assert!(starts.len() > 3, "several chunks: {starts:?}");

    edition["articles"][120]["headline"] = "Synthetic story zymurgical".into();
    fs::write(&edition_file, edition.to_string()).unwrap();
    let again = split_in_pages(&edition_file);
    assert!(again.status.success(), "{again:?}");
    let after = inodes(&output);
    assert_eq!(search_index().starts(), starts, "the chunks stay");

    let chunk_of = |term: &str| {
        let number = starts.partition_point(|start| start.as_str() <= term) - 1;
        format!("search/{number}.json")
    };
    let (old_chunk, new_chunk) = (chunk_of("aardvarkian"), chunk_of("zymurgical"));
    assert_ne!(old_chunk, new_chunk);
    let written: Vec<&str> = after
        .iter()
        .filter(|(name, inode)| before.get(*name) != Some(inode))
        .map(|(name, _)| name.as_str())
        .collect();
    let mut expected = vec![
        "articles/story-120.json",
        "pages/3.json",
        old_chunk.as_str(),
        new_chunk.as_str(),
    ];
    expected.sort();
    assert_eq!(written, expected);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    // The index, five pages, the search index and its chunks, the articles and
    // two headers files.
    let files = 1 + 5 + 1 + starts.len() + 300 + 2;
    assert_eq!(
        String::from_utf8(again.stdout).unwrap(),
        format!(
            "split: {files} files: 4 written, {} unchanged, 0 removed\n",
            files - 4
        )
    );
}

#[test]
fn tells_both_kinds_of_host_the_same_cache_lifetimes() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    assert!(
        split(&fixture("valid/related-articles.json"), &output)
            .status
            .success()
    );
    // `_headers`: a path, then its headers indented beneath it.
    let headers = fs::read_to_string(output.join("_headers")).unwrap();
    let mut from_headers = Vec::new();
    let mut current_path = None;
    for line in headers.lines().filter(|line| !line.starts_with('#')) {
        if let Some(header) = line.strip_prefix("  ") {
            let value = header.strip_prefix("Cache-Control: ").unwrap();
            from_headers.push((current_path.clone().unwrap(), value.to_owned()));
        } else {
            current_path = Some(line.to_owned());
        }
    }
    // `vercel.json`: the same paths, with `(.*)` for any file name.
    let vercel: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(output.join("vercel.json")).unwrap()).unwrap();
    let from_vercel: Vec<(String, String)> = vercel["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| {
            let source = rule["source"].as_str().unwrap().replace("(.*)", "*");
            assert_eq!(rule["headers"][0]["key"], "Cache-Control");
            let value = rule["headers"][0]["value"].as_str().unwrap().to_owned();
            (source, value)
        })
        .collect();
    assert_eq!(from_headers, from_vercel);
    let day = "public, max-age=86400".to_owned();
    let minutes = "public, max-age=300".to_owned();
    assert_eq!(
        from_headers,
        [
            ("/index.json".to_owned(), minutes.clone()),
            ("/pages/*".to_owned(), minutes.clone()),
            ("/search/*".to_owned(), minutes),
            ("/articles/*".to_owned(), day),
        ]
    );
}

/// A paged split of 300 articles, 50 a page, in `folder`/split.
fn paged_split(folder: &Path) -> std::path::PathBuf {
    let edition_file = folder.join("edition.json");
    fs::write(&edition_file, edition_of_many_words(300).to_string()).unwrap();
    let output = folder.join("split");
    let result = edition_tool([
        "split",
        path(&edition_file),
        "-o",
        path(&output),
        "--page-size",
        "50",
    ]);
    assert!(result.status.success(), "{result:?}");
    output
}

fn check_lines(index: &Path) -> Vec<String> {
    let check = edition_tool(["check", path(index)]);
    let stdout = String::from_utf8(check.stdout).unwrap();
    assert_eq!(check.status.code(), Some(i32::from(!stdout.is_empty())));
    stdout.lines().map(str::to_owned).collect()
}

#[test]
fn check_accepts_a_paged_split_with_every_page_and_chunk() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 50);
    assert_eq!(index.article_count(), 300);
    assert!(output.join("pages/6.json").exists());
    assert!(!output.join("pages/7.json").exists());
    assert!(check_lines(&output.join("index.json")).is_empty());
}

#[test]
fn check_names_a_missing_or_short_page_and_a_term_outside_its_chunk() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    fs::remove_file(output.join("pages/2.json")).unwrap();
    let page_4 = output.join("pages/4.json");
    let mut page: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&page_4).unwrap()).unwrap();
    page["headlines"].as_array_mut().unwrap().pop();
    fs::write(&page_4, page.to_string()).unwrap();
    let chunk_1 = output.join("search/1.json");
    let mut chunk: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&chunk_1).unwrap()).unwrap();
    chunk["terms"]["a"] = serde_json::json!([3]);
    fs::write(&chunk_1, chunk.to_string()).unwrap();

    let lines = check_lines(&output.join("index.json"));
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(
        lines[0].starts_with(&format!(
            "{}: cannot read the file: ",
            output.join("pages/2.json").display()
        )),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        format!(
            "{}: headlines: page 4 holds 49 headlines; with 300 headlines in pages of 50, it must hold 50",
            page_4.display()
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "{}: terms: \"a\" does not belong in search chunk 1",
            chunk_1.display()
        )
    );
}

#[test]
fn check_names_the_chunks_that_do_not_match_the_headlines() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    // A headline changed by hand on its page, not in the search index.
    let page_3 = output.join("pages/3.json");
    let page = fs::read_to_string(&page_3).unwrap();
    assert!(page.contains("\"Synthetic story 120\""));
    fs::write(
        &page_3,
        page.replace("\"Synthetic story 120\"", "\"Synthetic story zymurgical\""),
    )
    .unwrap();
    let search_index =
        parse_search_index_bytes(&fs::read(output.join("search/chunks.json")).unwrap()).unwrap();
    let last = search_index.len() - 1;

    let lines = check_lines(&output.join("index.json"));
    assert_eq!(
        lines,
        [
            format!(
                "{}: terms.120: the search chunk does not match the headlines: no headline holds \
                 this term; split the edition again",
                output.join("search/0.json").display()
            ),
            format!(
                "{}: terms: the search chunk does not match the headlines: it lacks \
                 \"zymurgical\", which the articles at positions [120] hold; split the edition again",
                output.join(format!("search/{last}.json")).display()
            ),
        ]
    );
}

#[test]
fn check_names_an_id_on_two_pages() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    let page_2 = output.join("pages/2.json");
    let page = fs::read_to_string(&page_2).unwrap();
    fs::write(&page_2, page.replace("\"story-50\"", "\"story-3\"")).unwrap();
    let lines = check_lines(&output.join("index.json"));
    assert_eq!(
        lines,
        [format!(
            "{}: headlines[0].id: \"story-3\" is the id of headline 3 of page 1 too; ids are \
             unique across the pages",
            page_2.display()
        )]
    );
}

#[test]
fn a_small_edition_after_a_paged_split_leaves_no_pages_or_chunks() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    let chunks = fs::read_dir(output.join("search")).unwrap().count();
    let result = split(&fixture("valid/related-articles.json"), &output);
    assert!(result.status.success(), "{result:?}");
    // The index, 300 articles, 5 pages and the chunks go; 2 articles come.
    assert_eq!(
        String::from_utf8(result.stdout).unwrap(),
        format!(
            "split: 5 files: 3 written, 2 unchanged, {} removed\n",
            300 + 5 + chunks
        )
    );
    let mut entries: Vec<String> = fs::read_dir(&output)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    entries.sort();
    assert_eq!(
        entries,
        ["_headers", "articles", "index.json", "vercel.json"]
    );
}

#[test]
fn check_holds_related_items_of_a_paged_split_to_the_whole_edition() {
    let folder = tempfile::tempdir().unwrap();
    let output = paged_split(folder.path());
    let article_file = output.join("articles/story-10.json");
    let mut article: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&article_file).unwrap()).unwrap();
    // One related item names an article on the last page, one none at all.
    article["related"] = serde_json::json!([
        { "headline": "On the last page", "article": "story-299" },
        { "headline": "Nowhere", "article": "story-300" },
    ]);
    fs::write(&article_file, article.to_string()).unwrap();
    let lines = check_lines(&output.join("index.json"));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with(&format!("{}: related[1].article: ", article_file.display())),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("story-300"), "{}", lines[0]);
}
