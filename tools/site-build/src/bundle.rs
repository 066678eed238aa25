//! An edition as one HTML file that holds everything it shows: the edition,
//! the style sheets, the photos and the program, so that it opens from disk,
//! from an e-mail attachment or a USB stick, with no server and no network.
//!
//! It is made from a built site (`./x build`): the site's front page (already
//! prerendered and with its style sheets inside), and the program's classic
//! build ([`crate::classic_program`]), which a page runs from disk where it
//! refuses modules. The edition is read and validated as the viewer reads it;
//! its first article is prerendered, so it reads before the program starts and
//! with JavaScript off; articles link by the URL fragment (`#/article/<id>`),
//! as a single file has no page per article. Photos are read from the files
//! the edition names (relative to the edition's file) and carried as `data:`
//! URLs, only when their bytes are an image of a type the format takes. Its
//! policy allows nothing outside the file ([`site_policy::seal_self_contained`]).

use std::fmt::Write as _;
use std::path::Path;

use article_viewer::route::{self, History};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use edition::{Edition, parse_edition};
use tool_files::{read_bytes, read_text};

use crate::html::tags;
use crate::prerender::render_front_page;
use crate::program_loader::{CLASSIC_PROGRAM, LOADER_MARKER};
use crate::site_policy;

/// The largest photo a one-file edition carries, before base64 (which adds a
/// third, and the photo is in the file twice: in the edition and in the first
/// article's markup). Larger photos belong on a server, or made smaller first.
pub const MAX_PHOTO_BYTES: usize = 2 * 1024 * 1024;

/// The one-file edition of the edition at `edition_path`, made from the built
/// site in `site`.
pub fn bundle(site: &Path, edition_path: &Path) -> Result<String, String> {
    let edition = parse_edition(&read_text(edition_path)?)
        .map_err(|error| format!("{}: {error}", edition_path.display()))?;
    let edition_folder = edition_path.parent().unwrap_or(Path::new("."));
    let edition = with_photos_inside(edition, edition_folder)?;

    let template = read_text(&site.join("index.html"))?;
    if !template.contains(LOADER_MARKER) {
        return Err(format!(
            "{} is not a release build's page; build the site first (./x build)",
            site.join("index.html").display()
        ));
    }
    let template = template.replacen("data-history=\"pages\"", "data-history=\"fragment\"", 1);
    let page = render_front_page(&template, &edition, History::Fragment)?;
    let program = read_text(&site.join(CLASSIC_PROGRAM))?;
    let page = with_program_inside(&without_from_disk_note(&page)?, &program)?;
    let page = with_icon_inside(&page, site)?;
    site_policy::seal_self_contained(&page)
}

/// The edition with every photo carried inside as a `data:` URL.
fn with_photos_inside(edition: Edition, folder: &Path) -> Result<Edition, String> {
    let mut embedded = Vec::new();
    for article in edition.articles() {
        let Some(photo) = &article.photo else {
            continue;
        };
        if photo.src.is_embedded() {
            continue;
        }
        let problem =
            |reason: String| format!("article {}: photo {}: {reason}", article.id, &*photo.src);
        if !photo.src.is_relative() {
            return Err(problem(
                "a one-file edition carries its photos inside, and reads them from files; \
                 save the image beside the edition and name it by a relative path"
                    .to_owned(),
            ));
        }
        let path = file_of(&photo.src).map_err(&problem)?;
        let bytes = read_bytes(&folder.join(&path)).map_err(&problem)?;
        if bytes.len() > MAX_PHOTO_BYTES {
            return Err(problem(format!(
                "{} bytes, more than the {MAX_PHOTO_BYTES} a one-file edition carries \
                 (make the image smaller)",
                bytes.len()
            )));
        }
        let kind = image_type(&bytes).ok_or_else(|| {
            problem("the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image".to_owned())
        })?;
        let data_url = format!("data:image/{kind};base64,{}", BASE64.encode(&bytes));
        embedded.push((photo.src.to_string(), data_url));
    }
    Ok(edition.with_urls_resolved(|url| {
        embedded
            .iter()
            .find(|(src, _)| src == url)
            .map(|(_, data_url)| data_url.clone())
    }))
}

/// The file a relative photo URL names: its path without query or fragment,
/// percent-decoded.
fn file_of(url: &str) -> Result<String, String> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if path.starts_with('/') {
        return Err("the path starts at a web site's root, not at the edition's file".to_owned());
    }
    Ok(route::percent_decoded(path))
}

/// The image type of `bytes`, from what they hold rather than a file name: a
/// photo's path could name any file.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("png");
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some("jpeg");
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some("gif");
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some("webp");
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" && matches!(&bytes[8..12], b"avif" | b"avis") {
        return Some("avif");
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    (text.starts_with("<svg") || (text.starts_with("<?xml") && text.contains("<svg")))
        .then_some("svg+xml")
}

/// `page` with the site's program loader (and its import map) taken out, and
/// the program itself at the end of the body, where it holds back no paint of
/// the prerendered article.
fn with_program_inside(page: &str, program: &str) -> Result<String, String> {
    let mut kept = page.to_owned();
    let mut scripts: Vec<_> = tags(page)?
        .into_iter()
        .filter(|tag| {
            tag.name == "script"
                && (tag.has(LOADER_MARKER) || tag.value("type") == Some("importmap"))
        })
        .collect();
    scripts.reverse();
    for script in scripts {
        let text_end = script.end + script.text.as_deref().unwrap_or_default().len();
        let end = page[text_end..]
            .find('>')
            .map(|offset| text_end + offset + 1)
            .ok_or("the page's program loader never ends")?;
        let end = if kept[end..].starts_with('\n') {
            end + 1
        } else {
            end
        };
        kept.replace_range(script.start..end, "");
    }
    let body_end = kept.rfind("</body>").ok_or("the page has no </body>")?;
    let mut script = String::with_capacity(program.len() + 20);
    let _ = write!(script, "<script>{program}</script>\n  ");
    kept.insert_str(body_end, &script);
    Ok(kept)
}

/// `page` without the site's note on what serving its folder adds, and the
/// comment before it: a one-file edition has no folder to serve.
fn without_from_disk_note(page: &str) -> Result<String, String> {
    let Some(note) = tags(page)?
        .into_iter()
        .find(|tag| tag.has("data-from-disk-note"))
    else {
        return Ok(page.to_owned());
    };
    let end_tag = format!("</{}>", note.name);
    let end = page[note.end..]
        .find(&end_tag)
        .map(|offset| note.end + offset + end_tag.len())
        .ok_or("the page's note on serving its folder never ends")?;
    let before = page[..note.start].trim_end();
    let start = match before.strip_suffix("-->") {
        Some(rest) => rest.rfind("<!--").unwrap_or(note.start),
        None => note.start,
    };
    let start = page[..start].trim_end().len();
    Ok(format!("{}{}", &page[..start], &page[end..]))
}

/// `page` with its icon's link pointing at the icon itself, as a `data:` URL.
fn with_icon_inside(page: &str, site: &Path) -> Result<String, String> {
    let Some(icon) = tags(page)?
        .into_iter()
        .find(|tag| tag.name == "link" && tag.value("rel") == Some("icon"))
    else {
        return Ok(page.to_owned());
    };
    let href = icon.value("href").unwrap_or_default();
    let bytes = read_bytes(&site.join(href.strip_prefix("./").unwrap_or(href)))?;
    let kind = image_type(&bytes).ok_or_else(|| format!("the icon {href} is not an image"))?;
    let link = format!(
        "<link rel=\"icon\" href=\"data:image/{kind};base64,{}\"/>",
        BASE64.encode(&bytes)
    );
    let mut inside = page.to_owned();
    inside.replace_range(icon.start..icon.end, &link);
    Ok(inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::fs;
    use std::path::PathBuf;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nrest of a png";

    /// A built site as the release build leaves it, cut down, and an edition
    /// beside it whose first photo is `photo` (a relative path or a URL).
    fn site_and_edition(test: &str, photo: &str) -> (PathBuf, PathBuf) {
        let folder = std::env::temp_dir().join(format!("bundle-{}-{test}", std::process::id()));
        let site = folder.join("site");
        fs::create_dir_all(&site).unwrap();
        fs::write(
            site.join("index.html"),
            format!(
                "<!doctype html><html><head><meta charset=\"utf-8\"><title>x</title>\
                 <script type=\"importmap\">{{}}</script>\n<script {LOADER_MARKER}>load()</script>\n\
                 <link rel=\"icon\" href=\"./favicon.svg\" integrity=\"sha384-x\"/>\
                 <style>p {{}}</style></head><body>\
                 <div data-article-viewer data-history=\"pages\" data-isolation=\"none\">\
                 <!-- prerendered viewer --><!-- /prerendered viewer --></div></body></html>"
            ),
        )
        .unwrap();
        fs::write(site.join("favicon.svg"), "<svg/>").unwrap();
        fs::write(site.join(CLASSIC_PROGRAM), "run()").unwrap();
        fs::write(folder.join("photo.png"), PNG).unwrap();
        fs::write(folder.join("big.png"), vec![0x89; MAX_PHOTO_BYTES + 1]).unwrap();
        fs::write(folder.join("secret.txt"), "not an image").unwrap();
        let article = |id: &str, photo: &str| {
            format!(
                r#"{{"id":"{id}","headline":"Article {id}","language":"en","body":[{{"type":"paragraph","text":"Text of {id}."}}],"photo":{{"src":"{photo}","width":4,"height":3,"alt":"A photo"}},"related":[{{"headline":"The other","article":"{other}"}}]}}"#,
                other = if id == "one" { "two" } else { "one" }
            )
        };
        let edition = folder.join("edition.json");
        fs::write(
            &edition,
            format!(
                r#"{{"title":"Bundled","articles":[{},{}]}}"#,
                article("one", photo),
                article("two", "photo.png")
            ),
        )
        .unwrap();
        (site, edition)
    }

    #[test]
    fn writes_one_page_that_holds_the_edition_its_photos_and_the_program() {
        let (site, edition) = site_and_edition("whole", "photo.png");
        let page = bundle(&site, &edition).unwrap();
        let photo = format!("data:image/png;base64,{}", BASE64.encode(PNG));
        let edition_json = page
            .split("<script type=\"application/json\">")
            .nth(1)
            .and_then(|rest| rest.split("</script>").next())
            .unwrap();
        let bundled = parse_edition(&edition_json.replace("\\u003c", "<")).unwrap();
        for article in bundled.articles() {
            assert_eq!(&*article.photo.as_ref().unwrap().src, photo);
        }
        assert!(
            page.contains(&format!("src=\"{photo}\"")),
            "the first article is prerendered"
        );
        assert!(page.contains("Text of one."));
        assert!(page.contains("data-history=\"fragment\""));
        assert!(
            page.contains("href=\"#/article/two\""),
            "articles link by fragment"
        );
        assert!(page.contains("<script>run()</script>\n  </body>"));
        assert!(!page.contains("load()") && !page.contains("importmap"));
        assert!(page.contains(&format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\"/>",
            BASE64.encode("<svg/>")
        )));
        let policy = page
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        assert!(policy.starts_with("default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-"));
        assert!(policy.contains("img-src data:;"));
        assert!(!policy.contains("'self'") && !policy.contains("connect-src"));
        fs::remove_dir_all(site.parent().unwrap()).unwrap();
    }

    #[test]
    fn says_which_photo_it_cannot_carry_and_why() {
        for (test, photo, problem) in [
            (
                "remote",
                "https://example.com/a.jpg",
                "article one: photo https://example.com/a.jpg: a one-file edition carries its photos inside",
            ),
            (
                "big",
                "big.png",
                "article one: photo big.png: 2097153 bytes, more than the 2097152",
            ),
            (
                "text",
                "secret.txt",
                "article one: photo secret.txt: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image",
            ),
            ("missing", "gone.png", "article one: photo gone.png: "),
        ] {
            let (site, edition) = site_and_edition(test, photo);
            let error = bundle(&site, &edition).unwrap_err();
            assert!(error.starts_with(problem), "{test}: {error}");
            fs::remove_dir_all(site.parent().unwrap()).unwrap();
        }
    }

    #[test]
    fn refuses_an_edition_the_viewer_would_refuse_and_a_site_not_built_for_release() {
        let (site, edition) = site_and_edition("invalid", "photo.png");
        fs::write(&edition, r#"{"title":"x","articles":[{"id":"Bad Id"}]}"#).unwrap();
        let error = bundle(&site, &edition).unwrap_err();
        assert!(
            error.starts_with(&format!("{}: ", edition.display())),
            "{error}"
        );
        assert!(error.contains("articles[0]"), "{error}");
        fs::remove_dir_all(site.parent().unwrap()).unwrap();

        let (site, edition) = site_and_edition("unbuilt", "photo.png");
        fs::write(site.join("index.html"), "<html><head></head></html>").unwrap();
        assert!(
            bundle(&site, &edition)
                .unwrap_err()
                .ends_with("is not a release build's page; build the site first (./x build)")
        );
        fs::remove_dir_all(site.parent().unwrap()).unwrap();
    }

    #[test]
    fn leaves_out_the_note_on_serving_a_folder() {
        let page = "<div>x</div>\n    <!-- Shown from disk. -->\n    <p class=\"note\" data-from-disk-note hidden>\n      Serve it.\n    </p>\n    <footer>";
        assert_eq!(
            without_from_disk_note(page).unwrap(),
            "<div>x</div>\n    <footer>"
        );
        assert_eq!(without_from_disk_note("<p>x</p>").unwrap(), "<p>x</p>");
    }

    #[test]
    fn knows_an_image_by_its_bytes() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("jpeg"));
        assert_eq!(image_type(b"GIF89a..."), Some("gif"));
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("webp"));
        assert_eq!(image_type(b"\0\0\0\x1cftypavif"), Some("avif"));
        assert_eq!(image_type("\u{FEFF}<svg/>".as_bytes()), Some("svg+xml"));
        assert_eq!(
            image_type(b"<?xml version='1.0'?>\n<svg/>"),
            Some("svg+xml")
        );
        assert_eq!(image_type(b"root:x:0:0:root:/root:/bin/bash"), None);
        assert_eq!(image_type(b"<html><script>"), None);
    }

    #[test]
    fn reads_the_file_a_relative_url_names() {
        assert_eq!(file_of("photos/a%20b.jpg?w=2#x").unwrap(), "photos/a b.jpg");
        assert_eq!(
            file_of("/photos/a.jpg").unwrap_err(),
            "the path starts at a web site's root, not at the edition's file"
        );
    }

    #[test]
    fn puts_the_program_at_the_end_of_the_body_in_place_of_its_loader() {
        let page = format!(
            "<head><script type=\"importmap\">{{}}</script>\n<script {LOADER_MARKER}>load()</script>\n<style>p {{}}</style></head><body><p>Hi</p>\n  </body>"
        );
        assert_eq!(
            with_program_inside(&page, "run()").unwrap(),
            "<head><style>p {}</style></head><body><p>Hi</p>\n  <script>run()</script>\n  </body>"
        );
    }
}
