//! `LeadPhoto`: the article's photo, and the box left when it fails.

use article_viewer::components::{LeadPhoto, LeadPhotoProps};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{edition, fixture_text, mount, one, text, wait_for};

#[wasm_bindgen_test]
async fn keeps_caption_and_credit_in_a_neutral_box_when_the_image_fails() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let mut photo = edition.articles()[0].photo.clone().unwrap();
    photo.src = "/no-such-photo.jpg".try_into().unwrap();
    let root = mount::<LeadPhoto>(LeadPhotoProps {
        photo,
        main_image: false,
    })
    .await;
    assert!(root.query_selector(".is-missing").unwrap().is_none());
    // A lazy image loads (and fails) only near the screen, and the components
    // mounted before this one may have pushed it far below.
    root.scroll_into_view();

    let figure = wait_for(&root, "figure.is-missing").await;
    assert_eq!(
        text(&one(&figure, ".lead-photo__missing")),
        "Image unavailableWhat the photo shows"
    );
    let image = one(&figure, "img");
    assert_eq!(image.get_attribute("alt").unwrap(), "What the photo shows");
    assert_eq!(image.get_attribute("width").unwrap(), "1600");
    assert_eq!(
        text(&one(&figure, "figcaption")),
        "What the photo is aboutPhotographer / Agency"
    );
}
