//! The images a feed's item states, most deliberate first: its image media
//! (an `enclosure` or `media:content` of an image type, with the size
//! `media:content` may state), its `media:thumbnail`s (with their size), and
//! a JSON Feed item's `image` and `banner_image`, which state none. A media
//! object's `media:description` (or else its `media:title`) is the caption
//! and its first `media:credit` the credit. `photo` chooses among them.
//!
//! A feed has no base for a relative address: such an image is not taken.

use std::num::NonZeroU32;

use edition::WebUrl;
use feed_rs::model::{Entry, MediaContent};
use serde_json::Value;
use url::Url;

use crate::feed::plain;
use crate::photo::ImageCandidate;

/// The file name endings of images, for media that states no type.
const IMAGE_ENDINGS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

/// The images of `entry`, in the order they are preferred; `json_images` are
/// the JSON Feed item's `image` and `banner_image`, which feed-rs does not keep.
pub(crate) fn item_images(
    entry: &Entry,
    json_images: &[(&'static str, String)],
) -> Vec<ImageCandidate> {
    let mut images = Vec::new();
    for media in &entry.media {
        let caption = media
            .description
            .as_ref()
            .or(media.title.as_ref())
            .and_then(|text| plain(&text.content));
        let credit = media
            .credits
            .first()
            .and_then(|credit| plain(&credit.entity));
        let contents = media.content.iter().filter(|content| is_image(content));
        let stated = contents
            .map(|content| {
                let src = content.url.as_ref().map_or_else(
                    || Err("the media states no address".to_owned()),
                    |url| absolute(url.as_str()),
                );
                let mut image = ImageCandidate::new("the item's enclosure or media:content", src);
                image.width = content.width.and_then(NonZeroU32::new);
                image.height = content.height.and_then(NonZeroU32::new);
                image
            })
            .chain(media.thumbnails.iter().map(|thumbnail| {
                let mut image = ImageCandidate::new(
                    "the item's media:thumbnail",
                    absolute(&thumbnail.image.uri),
                );
                image.width = thumbnail.image.width.and_then(NonZeroU32::new);
                image.height = thumbnail.image.height.and_then(NonZeroU32::new);
                image
            }));
        images.extend(stated.map(|image| ImageCandidate {
            caption: caption.clone(),
            credit: credit.clone(),
            ..image
        }));
    }
    images.extend(
        json_images
            .iter()
            .map(|(from, src)| ImageCandidate::new(from, absolute(src))),
    );
    images
}

/// Whether the media is an image: its type says so, or, with no type, its
/// file name does.
fn is_image(content: &MediaContent) -> bool {
    match &content.content_type {
        Some(kind) => kind.to_string().to_ascii_lowercase().starts_with("image/"),
        None => content.url.as_ref().is_some_and(|url| {
            let path = url.path().to_ascii_lowercase();
            IMAGE_ENDINGS.iter().any(|ending| path.ends_with(ending))
        }),
    }
}

/// `href` as an absolute address the format takes.
fn absolute(href: &str) -> Result<WebUrl, String> {
    let href = href.trim();
    let url = Url::parse(href).map_err(|error| match error {
        url::ParseError::RelativeUrlWithoutBase => {
            format!("{href:?} is relative, and the feed gives no base to resolve it against")
        }
        error => format!("{href:?} is not an address: {error}"),
    })?;
    WebUrl::try_from(url.as_str()).map_err(|error| error.to_string())
}

/// Each JSON Feed item's `image` and `banner_image`, in the order of the
/// items; nothing for a feed that is not JSON.
pub(crate) fn json_feed_images(bytes: &[u8]) -> Vec<Vec<(&'static str, String)>> {
    if !bytes.trim_ascii_start().starts_with(b"{") {
        return Vec::new();
    }
    let Ok(feed) = serde_json::from_slice::<Value>(bytes) else {
        return Vec::new();
    };
    let Some(items) = feed.get("items").and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .map(|item| {
            [
                ("the JSON Feed item's image", "image"),
                ("the JSON Feed item's banner_image", "banner_image"),
            ]
            .into_iter()
            .filter_map(|(from, key)| Some((from, item.get(key)?.as_str()?.to_owned())))
            .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn images(feed: &str) -> Vec<ImageCandidate> {
        let feed = feed_rs::parser::parse(feed.as_bytes()).unwrap();
        item_images(&feed.entries[0], &[])
    }

    #[test]
    fn reads_media_content_with_its_size_caption_and_credit() {
        let images = images(
            r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
            <item><title>A story</title><description>Text</description>
            <media:content url="https://news.example/a.jpg" type="image/jpeg" width="1200" height="800">
              <media:description>Cranes at the port.</media:description>
              <media:credit>Jane Doe/Reuters</media:credit>
            </media:content>
            <media:content url="https://news.example/a.mp4" type="video/mp4" width="1920" height="1080"/>
            </item></channel></rss>"#,
        );
        assert_eq!(images.len(), 1, "{images:?}");
        let image = &images[0];
        assert_eq!(
            image.src.as_deref().ok(),
            Some("https://news.example/a.jpg")
        );
        assert_eq!(image.width.map(NonZeroU32::get), Some(1200));
        assert_eq!(image.height.map(NonZeroU32::get), Some(800));
        assert_eq!(image.caption.as_deref(), Some("Cranes at the port."));
        assert_eq!(image.credit.as_deref(), Some("Jane Doe/Reuters"));
    }

    #[test]
    fn refuses_image_addresses_of_other_schemes_or_without_a_base() {
        assert!(absolute("javascript:alert(1)").is_err());
        assert!(absolute("data:image/png;base64,AAAA").is_err());
        assert!(absolute("/images/a.jpg").unwrap_err().contains("relative"));
        assert_eq!(
            absolute(" https://news.example/a.jpg ").as_deref().ok(),
            Some("https://news.example/a.jpg")
        );
    }

    #[test]
    fn reads_a_json_feed_items_images() {
        let images = json_feed_images(
            br#"{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
                {"id": "1", "image": "https://news.example/a.jpg"},
                {"id": "2", "banner_image": "https://news.example/b.jpg", "image": 3}]}"#,
        );
        assert_eq!(
            images,
            [
                vec![(
                    "the JSON Feed item's image",
                    "https://news.example/a.jpg".to_owned()
                )],
                vec![(
                    "the JSON Feed item's banner_image",
                    "https://news.example/b.jpg".to_owned()
                )],
            ]
        );
    }
}
