//! The edition the viewer ships with: the seed article, cleaned.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use edition::{Block, Edition, parse_edition};

fn bundled() -> Edition {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/edition.json");
    parse_edition(&fs::read_to_string(path).unwrap()).unwrap()
}

fn paragraphs(edition: &Edition) -> Vec<String> {
    edition.articles()[0]
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph { text } => text.to_string(),
            other => panic!("the seed has only paragraphs, found {other:?}"),
        })
        .collect()
}

#[test]
fn headline_is_the_line_from_the_middle_of_the_source() {
    let edition = bundled();
    let article = &edition.articles()[0];
    assert_eq!(
        &*article.headline,
        "2,000 North Korean troops killed in Russia deployment: Seoul spy agency"
    );
    assert_eq!(article.dateline.as_deref(), Some("SEOUL"));
    assert_eq!(&*article.language, "en");
}

#[test]
fn keeps_all_twelve_paragraphs_in_order_without_the_dateline_or_spam() {
    let edition = bundled();
    let paragraphs = paragraphs(&edition);
    assert_eq!(paragraphs.len(), 12);
    assert!(paragraphs[0].starts_with("Around 2,000 North Korean soldiers deployed"));
    assert!(paragraphs[9].ends_with("burying his face in the leader’s chest."));
    assert!(paragraphs[11].starts_with("Russia and North Korea signed a military deal"));
    for paragraph in &paragraphs {
        assert!(!paragraph.contains("news data comes from"), "{paragraph}");
        assert!(!paragraph.contains("http"), "{paragraph}");
    }
}

#[test]
fn keeps_curly_quotes_and_dashes() {
    let text = paragraphs(&bundled()).join("\n");
    for mark in ['“', '”', '’', '—'] {
        assert!(text.contains(mark), "{mark}");
    }
}

#[test]
fn related_list_has_the_nine_real_headlines_and_no_scraping_error() {
    let edition = bundled();
    let related: Vec<&str> = edition.articles()[0]
        .related
        .iter()
        .map(|item| &*item.headline)
        .collect();
    assert_eq!(related.len(), 9);
    assert_eq!(related[0], "MMDA inks deal with DBM for G-3 program");
    assert_eq!(
        related[8],
        "UP journalism professor chides Rep. Gomez over ‘media spin’ claims"
    );
    assert!(!related.contains(&"500 Internal Server Error"));
}

#[test]
fn invents_no_byline_date_or_source() {
    let edition = bundled();
    let article = &edition.articles()[0];
    assert!(article.byline.is_none());
    assert!(article.published.is_none());
    assert!(article.source.is_none());
}

#[test]
fn photo_is_a_credited_illustration_of_the_size_it_claims() {
    let edition = bundled();
    let photo = edition.articles()[0].photo.as_ref().unwrap();
    let credit = photo.credit.as_deref().unwrap();
    assert!(
        credit.starts_with("Illustration made for this edition"),
        "{credit}"
    );
    let svg = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(&*photo.src),
    )
    .unwrap();
    let size = format!(r#"width="{}" height="{}""#, photo.width, photo.height);
    assert!(svg.contains(&size), "the SVG does not declare {size}");
}
