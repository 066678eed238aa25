//! `ArticleView`: the article, every part of it, in its language and direction.

use article_viewer::components::{ArticleView, ArticleViewProps};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{all, edition, fixture_text, mount, one, text};

#[wasm_bindgen_test]
async fn shows_every_part_of_a_full_article() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let article = edition.articles()[0].clone();
    let root = mount::<ArticleView>(ArticleViewProps {
        article,
        owns_page: false,
    })
    .await;

    assert_eq!(
        text(&one(&root, "article h1")),
        "Every field of the format, filled in"
    );
    let article = one(&root, "article");
    assert_eq!(article.get_attribute("lang").unwrap(), "en-KE");
    assert_eq!(article.get_attribute("dir").unwrap(), "ltr");
    assert_eq!(
        text(&one(&root, ".article-view__dek")),
        "A standfirst that sums the story up."
    );
    assert_eq!(text(&one(&root, ".article-view__byline")), "By A. Reporter");
    assert_eq!(text(&one(&root, ".article-view__place")), "NAIROBI, Kenya");
    let published = one(&root, "time");
    assert_eq!(
        published.get_attribute("datetime").unwrap(),
        "2025-09-02T14:30:00+03:00"
    );
    assert_eq!(text(&published), "2 September 2025, 14:30 UTC+3");
    let reading_time = one(&root, ".article-view__reading-time");
    assert_eq!(text(&reading_time), "1 minute read");
    assert_eq!(reading_time.get_attribute("lang").unwrap(), "en");

    let image = one(&root, "figure img");
    assert_eq!(image.get_attribute("src").unwrap(), "photos/lead.jpg");
    assert_eq!(image.get_attribute("alt").unwrap(), "What the photo shows");
    assert_eq!(image.get_attribute("width").unwrap(), "1600");
    assert_eq!(image.get_attribute("height").unwrap(), "900");
    assert_eq!(
        image.get_attribute("loading").as_deref(),
        Some("lazy"),
        "embedded, the photo may be far down the host's page"
    );
    assert_eq!(image.get_attribute("fetchpriority"), None);
    assert_eq!(
        text(&one(&root, "figcaption .lead-photo__caption-text")),
        "What the photo is about"
    );
    assert_eq!(
        text(&one(&root, "figcaption .lead-photo__credit")),
        "Photographer / Agency"
    );

    let body: Vec<String> = all(&root, ".article-view__body > *")
        .iter()
        .map(|element| format!("{}: {}", element.tag_name(), text(element)))
        .collect();
    assert_eq!(
        body,
        [
            "P: First paragraph.",
            "H2: A subheading",
            "BLOCKQUOTE: A quotation set apart.A speaker",
            "BLOCKQUOTE: A quotation without attribution.",
            "P: Last paragraph.",
        ]
    );

    let source = one(&root, ".article-view__source a");
    assert_eq!(
        source.get_attribute("href").unwrap(),
        "https://example.com/"
    );
    assert_eq!(text(&source), "The Example Times");
}

#[wasm_bindgen_test]
async fn fetches_the_photo_of_a_page_of_its_own_at_once_and_first() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[0].clone(),
        owns_page: true,
    })
    .await;
    let image = one(&root, "figure img");
    assert_eq!(image.get_attribute("loading"), None);
    assert_eq!(
        image.get_attribute("fetchpriority").as_deref(),
        Some("high")
    );
}

#[wasm_bindgen_test]
async fn leaves_out_what_the_article_does_not_have() {
    let edition = edition(fixture_text!("valid/minimal.json"));
    let article = edition.articles()[0].clone();
    let root = mount::<ArticleView>(ArticleViewProps {
        article,
        owns_page: false,
    })
    .await;

    assert_eq!(text(&one(&root, "h1")), "A headline");
    for absent in [
        "figure",
        ".article-view__dek",
        ".article-view__meta",
        ".article-view__source",
    ] {
        assert!(root.query_selector(absent).unwrap().is_none(), "{absent}");
    }
    assert_eq!(all(&root, ".article-view__body p").len(), 1);
    assert_eq!(
        text(&one(&root, ".article-view__reading-time")),
        "1 minute read",
        "every article has a reading time"
    );
}

#[wasm_bindgen_test]
async fn writes_right_to_left_languages_right_to_left_with_their_dates() {
    let edition = edition(
        r#"{ "articles": [
            { "id": "ar", "headline": "عنوان", "language": "ar-EG", "published": "2025-09-02",
              "body": [{ "type": "paragraph", "text": "نص" }] },
            { "id": "fr", "headline": "Titre", "language": "fr", "published": "2025-10-01T08:05:00+02:00",
              "body": [{ "type": "paragraph", "text": "Texte" }] }
        ] }"#,
    );
    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[0].clone(),
        owns_page: false,
    })
    .await;
    let article = one(&root, "article");
    assert_eq!(article.get_attribute("lang").unwrap(), "ar-EG");
    assert_eq!(article.get_attribute("dir").unwrap(), "rtl");
    let published = one(&root, "time");
    assert_eq!(text(&published), "٢ سبتمبر ٢٠٢٥");
    assert_eq!(
        published.get_attribute("datetime").as_deref(),
        Some("2025-09-02"),
        "the machine-readable date stays in Western digits"
    );

    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[1].clone(),
        owns_page: false,
    })
    .await;
    assert_eq!(one(&root, "article").get_attribute("dir").unwrap(), "ltr");
    let published = one(&root, "time");
    assert_eq!(text(&published), "1er octobre 2025 à 08:05 UTC+2");
    assert_eq!(
        published.get_attribute("datetime").unwrap(),
        "2025-10-01T08:05:00+02:00"
    );
}
