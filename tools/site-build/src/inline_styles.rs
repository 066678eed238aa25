//! The site's style sheets written into its pages.
//!
//! A `<link rel="stylesheet">` with an `integrity` hash is refused on a page
//! opened from disk (the hash needs CORS, which `file://` has not), so the page
//! would show unstyled. Written into the page as a `<style>` element, the same
//! sheet applies from disk and when served, where it also saves the sheet's
//! round trip before the first paint; the site's policy allows it by its hash
//! ([`crate::site_policy`]). The hash Trunk wrote is checked here, at build
//! time, against the file it names. The files stay in the site for pages that
//! embed the viewer.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha384};
use tool_files::read_text;

use crate::html::tags;

/// `page` with each `<link rel="stylesheet">` of a file in `site` replaced by
/// a `<style>` element that holds the file.
pub fn inline_style_sheets(page: &str, site: &Path) -> Result<String, String> {
    let mut inlined = page.to_owned();
    let mut links: Vec<_> = tags(page)?
        .into_iter()
        .filter(|tag| tag.name == "link" && tag.value("rel") == Some("stylesheet"))
        .collect();
    // From the end, so that the earlier offsets stay true.
    links.reverse();
    for link in links {
        let href = link
            .value("href")
            .ok_or("a style sheet's link has no href")?;
        let name = href.strip_prefix("./").unwrap_or(href);
        if name.contains('/') || name.contains(':') {
            return Err(format!(
                "the style sheet {href} is not a file beside the page"
            ));
        }
        let sheet = read_text(&site.join(name))?;
        if let Some(integrity) = link.value("integrity") {
            let digest = format!("sha384-{}", BASE64.encode(Sha384::digest(&sheet)));
            if integrity != digest {
                return Err(format!(
                    "{name} does not match the integrity hash its link names ({integrity})"
                ));
            }
        }
        if sheet.to_ascii_lowercase().contains("</style") {
            return Err(format!("{name} holds `</style`, which would end it early"));
        }
        inlined.replace_range(
            link.start..link.end,
            &format!("<style data-source=\"{name}\">{sheet}</style>"),
        );
    }
    Ok(inlined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn site_with(test: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let folder =
            std::env::temp_dir().join(format!("inline-styles-{}-{test}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        for (name, text) in files {
            fs::write(folder.join(name), text).unwrap();
        }
        folder
    }

    fn integrity(text: &str) -> String {
        format!("sha384-{}", BASE64.encode(Sha384::digest(text)))
    }

    #[test]
    fn writes_each_sheet_into_the_page_in_its_place() {
        let site = site_with(
            "two",
            &[("a.css", "p { margin: 0 }"), ("b.css", "h1 { color: red }")],
        );
        let page = format!(
            "<head><link rel=\"stylesheet\" href=\"./a.css\" integrity=\"{}\"/>\n<link rel=\"stylesheet\" href=\"b.css\"><link rel=\"icon\" href=\"i.svg\"></head>",
            integrity("p { margin: 0 }")
        );
        assert_eq!(
            inline_style_sheets(&page, &site).unwrap(),
            "<head><style data-source=\"a.css\">p { margin: 0 }</style>\n<style data-source=\"b.css\">h1 { color: red }</style><link rel=\"icon\" href=\"i.svg\"></head>"
        );
        fs::remove_dir_all(&site).unwrap();
    }

    #[test]
    fn refuses_a_sheet_that_is_not_the_one_its_hash_names() {
        let site = site_with(
            "refused",
            &[
                ("a.css", "p { margin: 1em }"),
                ("c.css", "</style><script>"),
            ],
        );
        let page = "<link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-old\">";
        assert_eq!(
            inline_style_sheets(page, &site).unwrap_err(),
            "a.css does not match the integrity hash its link names (sha384-old)"
        );
        assert_eq!(
            inline_style_sheets("<link rel=stylesheet href=c.css>", &site).unwrap_err(),
            "c.css holds `</style`, which would end it early"
        );
        assert_eq!(
            inline_style_sheets("<link rel=stylesheet href=https://cdn/x.css>", &site).unwrap_err(),
            "the style sheet https://cdn/x.css is not a file beside the page"
        );
        fs::remove_dir_all(&site).unwrap();
    }
}
