//! Seals a built site with its Content-Security-Policy.
//!
//! Trunk writes an inline `<script type="module">` that loads the viewer, and
//! the prerenderer copies it into a page per article; its text may change with
//! any build; and the prerenderer writes the style sheets into the pages
//! ([`crate::inline_styles`]). This hashes the inline scripts and `<style>`
//! elements of every page in DIR, writes each page's policy into it as a
//! `<meta http-equiv>` tag, and writes one policy that allows those of all pages
//! into DIR/_headers (the headers file of Netlify, Cloudflare Pages and similar
//! static hosts). Data blocks (`<script type="application/json">`) never run and
//! need no hash. A page sealed before gets the new policy in place of its old
//! one. It refuses a page that the policy would break: style attributes or event
//! handlers, or an inline script whose end it cannot find for certain. Trunk's live-reload script, which the
//! development server injects and rewrites for every request, it moves into a
//! file beside the pages ([`crate::live_reload`]), which the same policy allows.

use std::fs;
use std::path::{Path, PathBuf};

use article_viewer::document_head::JSON_LD_POLICY;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};
use tool_files::write_atomically;

use crate::html::{Tag, tags};
use crate::live_reload;
use crate::program_loader::TRUSTED_TYPES_POLICY;

/// Writes each page's policy into the pages of `folder`, and the policy for all
/// of them into its _headers; returns the latter.
pub fn seal(folder: &Path) -> Result<String, String> {
    let entries =
        fs::read_dir(folder).map_err(|error| format!("cannot list the folder: {error}"))?;
    let mut pages: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "html")
        })
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err("there is no page to seal".to_owned());
    }
    let mut every_hash = Hashes::default();
    let mut reload_file = None;
    for path in &pages {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let html =
            fs::read_to_string(path).map_err(|error| format!("cannot read {name}: {error}"))?;
        let sealed = SealedPage::new(&html).map_err(|problem| format!("{name}: {problem}"))?;
        write_atomically(path, &sealed.html)?;
        reload_file = reload_file.or(sealed.live_reload);
        every_hash.add(sealed.hashes);
    }
    if let Some(file) = reload_file {
        write_atomically(&folder.join(live_reload::FILE), &file)?;
    }
    let policy = policy(&every_hash);
    write_atomically(&folder.join("_headers"), &headers_file(&policy))?;
    Ok(policy)
}

/// The hashes of a page's inline scripts and styles, as CSP sources.
#[derive(Debug, Default, PartialEq)]
pub struct Hashes {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
}

impl Hashes {
    /// Adds `other`'s hashes that this has not.
    pub fn add(&mut self, other: Self) {
        for (mine, theirs) in [
            (&mut self.scripts, other.scripts),
            (&mut self.styles, other.styles),
        ] {
            for hash in theirs {
                if !mine.contains(&hash) {
                    mine.push(hash);
                }
            }
        }
    }
}

/// `html` with its policy written in (see [`seal`]), and the hashes that policy
/// allows; for pages written one at a time.
pub fn seal_page(html: &str) -> Result<(String, Hashes), String> {
    let sealed = SealedPage::new(html)?;
    Ok((sealed.html, sealed.hashes))
}

/// The policy of a site whose pages' inline scripts and styles have `hashes`.
pub fn site_policy(hashes: &Hashes) -> String {
    policy(hashes)
}

/// A CSP source for `text`: its SHA-256 in base64.
pub fn hash_source(text: &str) -> String {
    format!("'sha256-{}'", BASE64.encode(Sha256::digest(text)))
}

struct SealedPage {
    html: String,
    hashes: Hashes,
    /// Trunk's live-reload script as a file, if the page had it inline.
    live_reload: Option<String>,
}

/// `html` sealed with a policy that allows nothing outside the page: its own
/// scripts and styles by their hashes, images only as `data:` URLs, no
/// connection, no other file of the site. For the one-file edition.
pub fn seal_self_contained(html: &str) -> Result<String, String> {
    Ok(SealedPage::with_policy(html, self_contained_policy)?.html)
}

impl SealedPage {
    fn new(html: &str) -> Result<Self, String> {
        Self::with_policy(html, policy)
    }

    fn with_policy(html: &str, policy: fn(&Hashes) -> String) -> Result<Self, String> {
        // A page sealed before (the prerenderer's output, prerendered again)
        // gets the policy computed now in place of the old one.
        let (unsealed, live_reload) = without_reload_script(&without_policy(html)?)?;
        let html = unsealed.as_str();
        let tags = tags(html)?;
        let mut hashes = Hashes::default();
        for tag in &tags {
            for (name, _) in &tag.attributes {
                if name.starts_with("on") {
                    return Err(format!(
                        "<{}> has an inline event handler ({name}), which the policy blocks",
                        tag.name
                    ));
                }
                if name == "style" {
                    return Err(format!(
                        "<{}> has a style attribute, which the policy blocks; use a stylesheet",
                        tag.name
                    ));
                }
            }
            let text = tag.text.as_deref().unwrap_or_default();
            match tag.name.as_str() {
                "style" => hashes.styles.push(hash_source(text)),
                "script" if !tag.has("src") && runs(tag) => hashes.scripts.push(hash_source(text)),
                _ => {}
            }
        }
        let policy = policy(&hashes);
        let meta =
            format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
        // Right after the charset, before anything the policy governs.
        let anchor = tags
            .iter()
            .find(|tag| tag.name == "meta" && tag.has("charset"))
            .or_else(|| tags.iter().find(|tag| tag.name == "head"))
            .ok_or("the page has no <head>")?;
        let mut sealed = html.to_owned();
        sealed.insert_str(anchor.end, &meta);
        Ok(Self {
            html: sealed,
            hashes,
            live_reload,
        })
    }
}

/// `html` with Trunk's inline live-reload script replaced by a `<script src>`
/// of [`live_reload::FILE`], and that file's text; `html` as it is if it has
/// no such script.
fn without_reload_script(html: &str) -> Result<(String, Option<String>), String> {
    let reload = tags(html)?.into_iter().find(|tag| {
        tag.name == "script"
            && !tag.has("src")
            && tag
                .text
                .as_deref()
                .is_some_and(live_reload::is_reload_script)
    });
    let Some(script) = reload else {
        return Ok((html.to_owned(), None));
    };
    let text = script.text.as_deref().unwrap_or_default();
    let text_end = script.end + text.len();
    let end = html[text_end..]
        .find('>')
        .map(|offset| text_end + offset + 1)
        .ok_or("Trunk's live-reload script never ends")?;
    let mut page = html.to_owned();
    page.replace_range(
        script.start..end,
        &format!("<script src=\"{}\"></script>", live_reload::FILE),
    );
    Ok((page, Some(live_reload::as_file(text)?)))
}

/// Whether a `<script>` element runs: one with a JavaScript type, `module`,
/// an import map, or no type at all. Any other type makes it a data block.
fn runs(script: &Tag) -> bool {
    let Some((_, kind)) = script.attributes.iter().find(|(name, _)| name == "type") else {
        return true;
    };
    let kind = kind.trim().to_ascii_lowercase();
    matches!(
        kind.as_str(),
        "" | "module"
            | "importmap"
            | "text/javascript"
            | "application/javascript"
            | "text/ecmascript"
            | "application/ecmascript"
    )
}

/// `html` without its Content-Security-Policy `<meta>` tags, and the line
/// breaks and indentation before them.
fn without_policy(html: &str) -> Result<String, String> {
    let mut kept = String::with_capacity(html.len());
    let mut from = 0;
    for tag in tags(html)? {
        let is_policy = tag.name == "meta"
            && tag.attributes.iter().any(|(name, value)| {
                name == "http-equiv" && value.eq_ignore_ascii_case("content-security-policy")
            });
        if is_policy {
            kept.push_str(html[from..tag.start].trim_end_matches([' ', '\t', '\n', '\r']));
            from = tag.end;
        }
    }
    kept.push_str(&html[from..]);
    Ok(kept)
}

/// The viewer's policy; a change needs a reason in the README.
fn policy(hashes: &Hashes) -> String {
    let mut script_sources = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
    script_sources.extend_from_slice(&hashes.scripts);
    let mut style_sources = vec!["'self'".to_owned()];
    style_sources.extend_from_slice(&hashes.styles);
    [
        "default-src 'none'".to_owned(),
        format!("script-src {}", script_sources.join(" ")),
        format!("style-src {}", style_sources.join(" ")),
        "img-src 'self' https: data:".to_owned(),
        "connect-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
        "require-trusted-types-for 'script'".to_owned(),
        // The viewer's JSON-LD makes a TrustedScript; the loader, from disk,
        // a TrustedScriptURL for the program's classic build.
        format!("trusted-types {JSON_LD_POLICY} {TRUSTED_TYPES_POLICY}"),
    ]
    .join("; ")
}

/// The policy of a page that holds all it needs; a change needs a reason in
/// the README.
fn self_contained_policy(hashes: &Hashes) -> String {
    let mut script_sources = vec!["'wasm-unsafe-eval'".to_owned()];
    script_sources.extend_from_slice(&hashes.scripts);
    let style_sources = match hashes.styles.as_slice() {
        [] => vec!["'none'".to_owned()],
        styles => styles.to_vec(),
    };
    [
        "default-src 'none'".to_owned(),
        format!("script-src {}", script_sources.join(" ")),
        format!("style-src {}", style_sources.join(" ")),
        "img-src data:".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
        "require-trusted-types-for 'script'".to_owned(),
        format!("trusted-types {JSON_LD_POLICY}"),
    ]
    .join("; ")
}

/// The `_headers` rule that sends `policy` with every file of the site.
pub fn headers_file(policy: &str) -> String {
    format!("/*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>Viewer</title>\n<script type=\"module\">\nimport init from './viewer-1.js';\nawait init({ module_or_path: './viewer-1_bg.wasm' });\n</script>\n    <link rel=\"stylesheet\" href=\"./viewer-2.css\" integrity=\"sha384-abc\"/>\n  </head>\n  <body><div data-article-viewer><noscript><p>No script.</p></noscript></div></body>\n</html>\n";

    #[test]
    fn hashes_the_inline_loader_and_writes_the_policy_after_the_charset() {
        let sealed = SealedPage::new(TRUNK_PAGE).unwrap();
        let page_policy = policy(&sealed.hashes);
        let loader = "\nimport init from './viewer-1.js';\nawait init({ module_or_path: './viewer-1_bg.wasm' });\n";
        let hash = BASE64.encode(Sha256::digest(loader));
        assert_eq!(
            page_policy,
            format!(
                "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types article-viewer-json-ld article-viewer-program"
            )
        );
        assert!(sealed.html.contains(&format!(
            "<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />\n    <title>",
            page_policy
        )));
        assert_eq!(
            sealed.html.replace(
                &format!(
                    "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
                    page_policy
                ),
                ""
            ),
            TRUNK_PAGE
        );
    }

    #[test]
    fn leaves_scripts_with_a_source_to_script_src_self() {
        let page = "<html><head><script src=\"a.js\"></script></head></html>";
        let sealed = SealedPage::new(page).unwrap();
        assert!(policy(&sealed.hashes).contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(
            sealed
                .html
                .starts_with("<html><head>\n    <meta http-equiv")
        );
    }

    #[test]
    fn replaces_the_policy_of_a_page_sealed_before() {
        let once = SealedPage::new(TRUNK_PAGE).unwrap().html;
        let changed = once.replace("viewer-1.js", "viewer-2.js");
        let again = SealedPage::new(&changed).unwrap();
        assert_eq!(again.html.matches("Content-Security-Policy").count(), 1);
        assert_eq!(
            again.html,
            SealedPage::new(&TRUNK_PAGE.replace("viewer-1.js", "viewer-2.js"))
                .unwrap()
                .html
        );
    }

    #[test]
    fn allows_the_pages_style_elements_by_their_hash() {
        let page = "<head><style>p { margin: 0 }</style><style>h1 {}</style></head>";
        let sealed = SealedPage::new(page).unwrap();
        assert_eq!(
            sealed.hashes.styles,
            [hash_source("p { margin: 0 }"), hash_source("h1 {}")]
        );
        assert!(sealed.html.contains(&format!(
            "style-src 'self' {} {};",
            hash_source("p { margin: 0 }"),
            hash_source("h1 {}")
        )));
    }

    #[test]
    fn seals_a_self_contained_page_with_nothing_from_outside() {
        let page = "<head><meta charset=\"utf-8\"><style>p {}</style><script>go()</script></head>";
        let sealed = seal_self_contained(page).unwrap();
        let expected = format!(
            "default-src 'none'; script-src 'wasm-unsafe-eval' {}; style-src {}; img-src data:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types article-viewer-json-ld",
            hash_source("go()"),
            hash_source("p {}")
        );
        assert!(
            sealed.contains(&format!("content=\"{expected}\"")),
            "{sealed}"
        );
        assert!(!sealed.contains("'self'"));
    }

    #[test]
    fn needs_no_hash_for_a_data_block() {
        let page = "<head><script type=\"application/json\">{\"a\": \"on\"}</script><script>go()</script></head>";
        let sealed = SealedPage::new(page).unwrap();
        assert_eq!(
            sealed.hashes.scripts,
            [format!(
                "'sha256-{}'",
                BASE64.encode(Sha256::digest("go()"))
            )]
        );
    }

    #[test]
    fn seals_every_page_and_allows_them_all_in_the_headers() {
        let folder = std::env::temp_dir().join(format!("site-policy-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        fs::write(
            folder.join("index.html"),
            "<head><script>one()</script></head>",
        )
        .unwrap();
        fs::write(
            folder.join("first.html"),
            "<head><script>one()</script></head>",
        )
        .unwrap();
        fs::write(
            folder.join("reader.html"),
            "<head><script src=embed.js></script></head>",
        )
        .unwrap();
        fs::write(folder.join("style.css"), "p {}").unwrap();

        let policy = seal(&folder).unwrap();
        let hash = format!("'sha256-{}'", BASE64.encode(Sha256::digest("one()")));
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {hash};")));
        for page in ["index.html", "first.html"] {
            let html = fs::read_to_string(folder.join(page)).unwrap();
            assert!(html.contains(&hash), "{page}");
        }
        assert!(
            !folder.join(live_reload::FILE).exists(),
            "no live reload without Trunk's script"
        );
        let reader = fs::read_to_string(folder.join("reader.html")).unwrap();
        assert!(reader.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert_eq!(
            fs::read_to_string(folder.join("_headers")).unwrap(),
            headers_file(&policy)
        );
        fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn refuses_what_the_policy_would_block() {
        for (page, problem) in [
            (
                "<head><body onload=\"go()\">",
                "<body> has an inline event handler (onload)",
            ),
            ("<head><p STYLE='color: red'>", "<p> has a style attribute"),
            (
                "<head><script><!--</script>",
                "an inline script holds `<!--`",
            ),
            ("<head><script>go()", "an inline script never ends"),
            ("<body>", "the page has no <head>"),
        ] {
            let error = SealedPage::new(page).err().unwrap_or_default();
            assert!(error.starts_with(problem), "{page}: {error}");
        }
    }

    #[test]
    fn moves_trunks_live_reload_script_into_a_file_the_same_policy_allows() {
        let reload =
            "const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';";
        let served = TRUNK_PAGE.replace("</body>", &format!("<script>{reload}</script></body>"));
        let sealed = SealedPage::new(&served).unwrap();
        let release = SealedPage::new(TRUNK_PAGE).unwrap();
        assert_eq!(sealed.hashes, release.hashes);
        assert_eq!(
            sealed.html,
            release.html.replace(
                "</body>",
                "<script src=\"trunk-live-reload.js\"></script></body>"
            )
        );
        assert_eq!(
            sealed.live_reload.as_deref(),
            Some(
                "const address = window.location.host; const base = new URL('./', document.currentScript.src).pathname;"
            )
        );
        assert_eq!(release.live_reload, None);
    }

    #[test]
    fn skips_comments_end_tags_and_text() {
        let page = "<!doctype html><head><!-- <p style=x> --></head><body>1 < 2 </body>";
        assert!(SealedPage::new(page).is_ok());
    }

    #[test]
    fn writes_the_same_policy_for_static_hosts() {
        assert_eq!(
            headers_file("default-src 'none'"),
            "/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n"
        );
    }
}
