//! The page size limit: a page of exactly `MAX_PAGE_BYTES`, most of it a script,
//! a stylesheet and a comment around the article, imports; a byte more is
//! refused before it is read, and so is a gzip file that unpacks to more.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use importer::{ImportError, ImportOptions, MAX_PAGE_BYTES, gunzip, import_page};

const PARAGRAPH: &str = "The harbour board met on Tuesday and agreed to rebuild the old pier, which storms damaged last winter, before the summer season.";

/// A page of exactly `size` bytes: a headline, many paragraphs, and the rest
/// split between an inline script, an inline stylesheet and a comment.
fn page_of(size: usize) -> Vec<u8> {
    let paragraphs: String = (0..2_000)
        .map(|number| format!("<p>{number}. {PARAGRAPH}</p>\n"))
        .collect();
    let start = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
        <title>Harbour board agrees to rebuild the old pier</title><script>var padding = \"";
    let after_script = "\";</script><style>.padding{content:\"";
    let after_style = "\"}</style></head><body><!--";
    let after_comment = "--><article><h1>Harbour board agrees to rebuild the old pier</h1>\n";
    let end = "</article></body></html>\n";
    let fixed = start.len()
        + after_script.len()
        + after_style.len()
        + after_comment.len()
        + paragraphs.len()
        + end.len();
    let padding = size - fixed;
    let mut page = Vec::with_capacity(size);
    for (text, filler) in [
        (start, padding / 3),
        (after_script, padding / 3),
        (after_style, padding - 2 * (padding / 3)),
    ] {
        page.extend_from_slice(text.as_bytes());
        page.resize(page.len() + filler, b'x');
    }
    for text in [after_comment, &paragraphs, end] {
        page.extend_from_slice(text.as_bytes());
    }
    assert_eq!(page.len(), size);
    page
}

#[test]
fn imports_a_page_of_the_largest_size_read() {
    let page = page_of(MAX_PAGE_BYTES);
    let article = import_page(&page, &ImportOptions::default())
        .unwrap()
        .article;
    assert_eq!(
        &*article.headline,
        "Harbour board agrees to rebuild the old pier"
    );
    assert!(
        article.body.len() >= 1_000,
        "{} paragraphs",
        article.body.len()
    );
}

#[test]
fn refuses_a_page_a_byte_over_the_limit_plain_or_gzip_compressed() {
    let page = page_of(MAX_PAGE_BYTES + 1);
    assert_eq!(
        import_page(&page, &ImportOptions::default()).map(|_| ()),
        Err(ImportError::TooLarge)
    );
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(&page).unwrap();
    let packed = encoder.finish().unwrap();
    assert_eq!(gunzip(&packed), Err(ImportError::TooLarge));
    assert_eq!(
        ImportError::TooLarge.to_string(),
        "the page or feed is larger than 50 MB"
    );
}
