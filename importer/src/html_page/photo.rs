//! The images a saved page states as its lead photo, most deliberate first:
//! its `og:image` (with `og:image:secure_url`, `:width`, `:height` and `:alt`),
//! its `twitter:image`, the `image` of its JSON-LD article (a URL or an
//! `ImageObject` with its size, caption and credit), and the first figure of
//! its article (its image's `src` or first `srcset` address, `width`, `height`
//! and `alt`, and its caption with the credit split off). `photo` chooses
//! among them.
//!
//! The extractor's metadata names the page's image too, but only its address:
//! the size and the text alternative the format needs are read here.

use dom_query::{Document, Selection};
use serde_json::Value;

use crate::html_page::address::PageAddress;
use crate::html_page::json_ld::PageJsonLd;
use crate::photo::{ImageCandidate, stated_size, stated_text};
use crate::photo_caption::split_credit;

/// The page's images, in the order they are preferred.
pub(crate) fn page_images(
    document: &Document,
    json_ld: &PageJsonLd,
    address: &PageAddress,
) -> Vec<ImageCandidate> {
    let resolve = |href: &str| address.resolve(href).map_err(|error| error.to_string());
    [
        open_graph_image(document, &resolve),
        twitter_image(document, &resolve),
        json_ld_image(json_ld, &resolve),
        first_figure_image(document, &resolve),
    ]
    .into_iter()
    .flatten()
    .collect()
}

type Resolve<'a> = dyn Fn(&str) -> Result<edition::WebUrl, String> + 'a;

/// The `meta` tags' names (`property` or `name`, lowercased) and contents, in order.
fn meta_tags(document: &Document) -> Vec<(String, String)> {
    document
        .select("meta[content]")
        .iter()
        .filter_map(|meta| {
            let name = meta.attr("property").or_else(|| meta.attr("name"))?;
            let content = meta.attr("content")?;
            Some((name.trim().to_ascii_lowercase(), content.to_string()))
        })
        .collect()
}

/// The first `og:image` and the structured properties that follow it, up to
/// the next `og:image`. Its `secure_url` is the same image at an `https:`
/// address, taken when it can be.
fn open_graph_image(document: &Document, resolve: &Resolve<'_>) -> Option<ImageCandidate> {
    let tags = meta_tags(document);
    let start = tags
        .iter()
        .position(|(name, _)| name == "og:image" || name == "og:image:url")?;
    let mut image = ImageCandidate::new("og:image", resolve(&tags[start].1));
    for (name, content) in &tags[start + 1..] {
        match name.as_str() {
            "og:image" | "og:image:url" => break,
            "og:image:secure_url" => {
                if let Ok(secure) = resolve(content) {
                    image.src = Ok(secure);
                }
            }
            "og:image:width" => image.width = stated_size(content),
            "og:image:height" => image.height = stated_size(content),
            "og:image:alt" => image.alt = stated_text(content),
            _ => {}
        }
    }
    Some(image)
}

/// The Twitter card's image, which states no size, and its alt.
fn twitter_image(document: &Document, resolve: &Resolve<'_>) -> Option<ImageCandidate> {
    let tags = meta_tags(document);
    let content = |wanted: &[&str]| {
        tags.iter()
            .find(|(name, _)| wanted.contains(&name.as_str()))
            .map(|(_, content)| content.as_str())
    };
    let src = content(&["twitter:image", "twitter:image:src"])?;
    let mut image = ImageCandidate::new("twitter:image", resolve(src));
    image.alt = content(&["twitter:image:alt"]).and_then(stated_text);
    Some(image)
}

/// The `image` of the page's JSON-LD article (see `json_ld`); an image
/// given by `@id` is looked up among the page's nodes.
fn json_ld_image(json_ld: &PageJsonLd, resolve: &Resolve<'_>) -> Option<ImageCandidate> {
    let image = match json_ld.article()?.get("image")? {
        Value::Array(images) => images.first()?,
        one => one,
    };
    match json_ld.resolve(image) {
        Value::String(src) => Some(ImageCandidate::new("the JSON-LD's image", resolve(src))),
        Value::Object(object) => {
            let src = ["url", "contentUrl"]
                .iter()
                .find_map(|key| object.get(*key)?.as_str())?;
            let text = |key: &str| object.get(key)?.as_str().and_then(stated_text);
            let mut candidate = ImageCandidate::new("the JSON-LD's image", resolve(src));
            candidate.width = object.get("width").and_then(json_size);
            candidate.height = object.get("height").and_then(json_size);
            candidate.caption = text("caption");
            candidate.credit = text("creditText");
            Some(candidate)
        }
        _ => None,
    }
}

/// A JSON-LD size: a whole number, digits in a string, or a
/// `QuantitativeValue` with one of those as its `value`.
fn json_size(value: &Value) -> Option<std::num::NonZeroU32> {
    match value {
        Value::Number(number) => number
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .and_then(std::num::NonZeroU32::new),
        Value::String(written) => stated_size(written),
        Value::Object(quantity) => match quantity.get("value")? {
            Value::Object(_) => None,
            inner => json_size(inner),
        },
        _ => None,
    }
}

/// Where the article's own figures are: outside them a figure is a teaser's
/// or the site's.
const ARTICLE_FIGURES: &str =
    r#"article figure:has(img), [itemprop~="articleBody"] figure:has(img), main figure:has(img)"#;

/// The image of the article's first figure, with its caption and credit.
fn first_figure_image(document: &Document, resolve: &Resolve<'_>) -> Option<ImageCandidate> {
    let figure = document.select(ARTICLE_FIGURES).first();
    let img = figure.select("img").first();
    if !img.exists() {
        return None;
    }
    let src = img.attr("src").filter(|src| !src.trim().is_empty());
    let first_in_srcset = img.attr("srcset").and_then(|srcset| {
        let first = srcset
            .split(',')
            .next()?
            .split_whitespace()
            .next()?
            .to_owned();
        Some(first)
    });
    // A lazily loaded image often has a placeholder in `src` and its address in
    // `srcset`: the first of them that is an address the format takes.
    let addresses: Vec<String> = src
        .map(String::from)
        .into_iter()
        .chain(first_in_srcset)
        .collect();
    let src = addresses
        .iter()
        .map(|href| resolve(href))
        .reduce(|first, next| first.or_else(|refused| next.map_err(|_| refused)))?;
    let mut image = ImageCandidate::new("the article's first figure", src);
    image.width = img.attr("width").and_then(|width| stated_size(&width));
    image.height = img.attr("height").and_then(|height| stated_size(&height));
    image.alt = img.attr("alt").and_then(|alt| stated_text(&alt));
    let (caption, credit) = figure_caption(&figure.select("figcaption").first());
    image.caption = caption;
    image.credit = credit;
    Some(image)
}

/// The elements of a figure's caption that hold its credit.
const CREDIT_ELEMENTS: &str =
    r#"[class*="credit"], [class*="Credit"], [class*="copyright"], [class*="Copyright"], cite"#;

/// A figure's caption and credit: the credit is an element of its own when the
/// page marks it so, or else found in the caption's wording.
fn figure_caption(figcaption: &Selection<'_>) -> (Option<edition::Text>, Option<edition::Text>) {
    let whole = stated_text(&figcaption.text());
    let Some(whole) = whole else {
        return (None, None);
    };
    let credit_element = figcaption.select(CREDIT_ELEMENTS).first();
    if let Some(marked) = stated_text(&credit_element.text()) {
        let caption = whole
            .rfind(&*marked)
            .map(|start| format!("{}{}", &whole[..start], &whole[start + marked.len()..]))
            .and_then(|caption| {
                stated_text(caption.trim_end_matches([' ', '|', '-', '–', '—', ':', ',']))
            });
        // "Photo: Jane Doe" in its own element is still credited to Jane Doe.
        let credit = split_credit(&marked)
            .1
            .and_then(stated_text)
            .unwrap_or(marked);
        return (caption, Some(credit));
    }
    let (caption, credit) = split_credit(&whole);
    (caption.and_then(stated_text), credit.and_then(stated_text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn images(html: &str) -> Vec<ImageCandidate> {
        let document = Document::from(html);
        page_images(
            &document,
            &PageJsonLd::of(&document),
            &PageAddress::of(&document),
        )
    }

    fn src(image: &ImageCandidate) -> &str {
        image.src.as_deref().unwrap()
    }

    #[test]
    fn reads_the_first_og_image_with_its_own_properties() {
        let images = images(
            r#"<head><meta property="og:image" content="http://news.example/a.jpg">
            <meta property="og:image:secure_url" content="https://news.example/a.jpg">
            <meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="Cranes at the port">
            <meta property="og:image" content="https://news.example/logo.png">
            <meta property="og:image:alt" content="The logo"></head>"#,
        );
        assert_eq!(images.len(), 1);
        assert_eq!(src(&images[0]), "https://news.example/a.jpg");
        assert_eq!(images[0].width.map(|width| width.get()), Some(1200));
        assert_eq!(images[0].height.map(|height| height.get()), Some(630));
        assert_eq!(images[0].alt.as_deref(), Some("Cranes at the port"));
    }

    #[test]
    fn reads_a_json_ld_image_object_in_a_graph() {
        let images = images(
            r##"<script type="application/ld+json">{"@graph": [
              {"@type": ["NewsArticle"], "image": [{"@id": "#photo"}]},
              {"@id": "#photo", "@type": "ImageObject", "contentUrl": "https://news.example/b.jpg",
               "width": {"@type": "QuantitativeValue", "value": 1600}, "height": "900",
               "caption": "The harbour", "creditText": "Jane Doe"}]}</script>
            <script type="application/ld+json">not json</script>"##,
        );
        assert_eq!(images.len(), 1);
        let image = &images[0];
        assert_eq!(
            (image.from, src(image)),
            ("the JSON-LD's image", "https://news.example/b.jpg")
        );
        assert_eq!(image.width.map(|width| width.get()), Some(1600));
        assert_eq!(image.height.map(|height| height.get()), Some(900));
        assert_eq!(image.caption.as_deref(), Some("The harbour"));
        assert_eq!(image.credit.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn reads_the_article_figure_its_srcset_and_its_marked_credit() {
        let images = images(
            r#"<head><base href="https://news.example/media/"></head><body>
            <figure><img src="site-banner.jpg" width="900" height="100" alt="Banner"></figure>
            <article><p>Text</p><figure>
              <img srcset="c-800.jpg 800w, c-1600.jpg 1600w" width="800" height="533">
              <figcaption>The ferry at dawn | <span class="image-credit">Photo: Ann Poe</span></figcaption>
            </figure></article></body>"#,
        );
        assert_eq!(images.len(), 1);
        let image = &images[0];
        assert_eq!(src(image), "https://news.example/media/c-800.jpg");
        assert_eq!(image.alt, None);
        assert_eq!(image.caption.as_deref(), Some("The ferry at dawn"));
        assert_eq!(image.credit.as_deref(), Some("Ann Poe"));
    }
}
