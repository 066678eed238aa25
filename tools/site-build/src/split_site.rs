//! A prerendered site for a split edition of any size (`./x site`): a page per
//! article, `<id>.html`, holding that article and the first page of headlines,
//! readable without JavaScript, with its own head data and the site's policy,
//! and hydrating into the split edition's viewer with nothing fetched again;
//! the program in a folder named after its content, so that caches may keep it
//! for good.
//!
//! It reads the built site (Trunk's release output, `dist/`) for the page
//! template and the program, and `SITE/edition/`, which `edition-tool split`
//! wrote, for the edition. The pages are rendered on a thread per core, each
//! article's file read as its page is made, so memory does not grow with the
//! edition; a file whose bytes are already on disk is left as it is, so a
//! rebuild after one article changed writes that article's page alone (and
//! every page, when the first page of headlines changed: each page holds it).

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Mutex;

use article_viewer::components::Page;
use article_viewer::embed::{PRERENDERED_ROOT, SPLIT_FILE};
use article_viewer::locale::{Locale, Strings};
use article_viewer::route::{self, History};
use article_viewer::structured_data;
use article_viewer::{App, AppProps, EditionSource, SplitSeed, document_title, interface_locale};
use edition::{
    EditionIndex, Slug, article_file_path, index_page_path, parse_article_bytes, parse_index_bytes,
    parse_index_page_bytes,
};
use sha2::{Digest, Sha256};
use tool_files::{read_text, write_atomically};
use yew::{AttrValue, LocalServerRenderer};

use crate::html::tags;
use crate::inline_styles::inline_style_sheets;
use crate::prerender::{
    catalogue_block, fill_page, head_entries, with_from_disk_note, with_page_language,
};
use crate::program_loader::{CLASSIC_PROGRAM, ProgramFiles, load_from_anywhere};
use crate::site_policy::{Hashes, headers_file, seal_page, site_policy};

/// The folder of the site that holds the split edition.
pub const EDITION_FOLDER: &str = "edition";
/// The folder of the site that holds the program, in a folder named after it.
const PROGRAM_FOLDER: &str = "program";
/// Marks a page this wrote, the only pages it removes when their article goes.
const PAGE_MARK: &str = "data-split-file=\"index\"";

/// What a build did to each file, against what the site held before.
#[derive(Debug, Default, PartialEq)]
pub struct Tally {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl Tally {
    fn count(&mut self, written: bool) {
        if written {
            self.written += 1;
        } else {
            self.unchanged += 1;
        }
    }

    fn add(&mut self, other: &Self) {
        self.written += other.written;
        self.unchanged += other.unchanged;
        self.removed += other.removed;
    }
}

/// Builds the site in `site` from the built viewer in `built` and the split
/// edition in `site/edition/`.
pub fn build(built: &Path, site: &Path) -> Result<Tally, String> {
    let edition_folder = site.join(EDITION_FOLDER);
    let index_path = edition_folder.join("index.json");
    let index_text = read_text(&index_path)?;
    let index = parse_index_bytes(index_text.as_bytes())
        .map_err(|error| format!("{}: {error}", index_path.display()))?;

    let (template, program) = load_from_anywhere(&read_text(&built.join("index.html"))?)?;
    let template = inline_style_sheets(&template, built)?;
    let mut tally = Tally::default();
    let program_folder = place_program(built, site, &program, &mut tally)?;
    let template = with_program_in(&template, &program, &program_folder)?;
    for file in linked_files(&template)? {
        tally.count(place_copy(&built.join(&file), &site.join(&file))?);
    }
    let locale = interface_locale(&[], index.language().map(|tag| &**tag));
    let template = with_from_disk_note(
        &with_page_language(&template, locale)?,
        &Strings::new(locale),
    )?;
    let catalogue = (locale != Locale::En)
        .then(|| locale.catalogue())
        .flatten()
        .map(|text| (locale.tag().to_owned(), text.to_owned()));

    let ids = every_id(&index, &edition_folder)?;
    let pages = pages_of(&ids)?;
    let page_maker = PageMaker {
        template: &template,
        index_text: &index_text,
        edition_folder: &edition_folder,
        locale,
        catalogue,
    };
    let (rendered, hashes) = render_every_page(&page_maker, &pages, site)?;
    tally.add(&rendered);
    let kept: HashSet<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
    tally.removed += remove_stale_pages(site, &kept)?;
    let policy = site_policy(&hashes);
    tally.count(place_text(&site.join("_headers"), &site_headers(&policy))?);
    tally.count(place_text(
        &site.join("vercel.json"),
        &vercel_json(&policy),
    )?);
    Ok(tally)
}

/// The id of every article, in the edition's order: the first page's from the
/// index, the others' from the page files beside it.
fn every_id(index: &EditionIndex, edition_folder: &Path) -> Result<Vec<Slug>, String> {
    let mut ids: Vec<Slug> = index
        .headlines()
        .iter()
        .map(|headline| headline.id.clone())
        .collect();
    if let Some(pages) = index.pages() {
        ids.reserve(index.article_count());
        for number in 2..=pages.page_count() {
            let path = edition_folder.join(index_page_path(number));
            let bytes = fs::read(&path)
                .map_err(|error| format!("{}: cannot read the file: {error}", path.display()))?;
            let page = parse_index_page_bytes(&bytes, number, index)
                .map_err(|error| format!("{}: {error}", path.display()))?;
            ids.extend(page.iter().map(|headline| headline.id.clone()));
        }
    }
    Ok(ids)
}

/// Each page's file name and article: the front page (the first article's),
/// then a page per article.
fn pages_of(ids: &[Slug]) -> Result<Vec<(String, &Slug)>, String> {
    let Some(first) = ids.first() else {
        return Err(
            "the edition has no articles, and a site needs one for its front page".to_owned(),
        );
    };
    Ok(std::iter::once(("index.html".to_owned(), first))
        .chain(ids.iter().map(|id| (route::article_page(id), id)))
        .collect())
}

/// What every page shares. Each thread reads its own index from the text: an
/// index is not shared between threads.
struct PageMaker<'a> {
    template: &'a str,
    index_text: &'a str,
    edition_folder: &'a Path,
    locale: Locale,
    /// The interface language's tag and catalogue, unless it is English.
    catalogue: Option<(String, String)>,
}

/// Renders `pages` (file name, article) into `site` on a thread per core.
fn render_every_page(
    maker: &PageMaker<'_>,
    pages: &[(String, &Slug)],
    site: &Path,
) -> Result<(Tally, Hashes), String> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let next = Mutex::new(pages.iter());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let next = &next;
                scope.spawn(move || -> Result<(Tally, Hashes), String> {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .build()
                        .map_err(|error| format!("cannot start the renderer: {error}"))?;
                    let strings = Strings::new(maker.locale);
                    let index = parse_index_bytes(maker.index_text.as_bytes())
                        .map_err(|error| format!("the edition's index: {error}"))?;
                    let (mut tally, mut hashes) = (Tally::default(), Hashes::default());
                    loop {
                        let page = next.lock().map_err(|_| "a renderer stopped")?.next();
                        let Some((name, id)) = page else {
                            return Ok((tally, hashes));
                        };
                        let html = maker.page(&index, id, &strings, &runtime)?;
                        let (sealed, page_hashes) =
                            seal_page(&html).map_err(|problem| format!("{name}: {problem}"))?;
                        hashes.add(page_hashes);
                        tally.count(place_text(&site.join(name), &sealed)?);
                    }
                })
            })
            .collect();
        let (mut tally, mut hashes) = (Tally::default(), Hashes::default());
        for worker in workers {
            let (worker_tally, worker_hashes) = worker
                .join()
                .map_err(|_| "a renderer thread stopped".to_owned())??;
            tally.add(&worker_tally);
            hashes.add(worker_hashes);
        }
        Ok((tally, hashes))
    })
}

impl PageMaker<'_> {
    /// The page of the article `id`, before its policy is written in.
    fn page(
        &self,
        index: &EditionIndex,
        id: &Slug,
        strings: &Strings,
        runtime: &tokio::runtime::Runtime,
    ) -> Result<String, String> {
        let path = self.edition_folder.join(article_file_path(id));
        let bytes = fs::read(&path)
            .map_err(|error| format!("{}: cannot read the file: {error}", path.display()))?;
        let article = parse_article_bytes(&bytes, id, index)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        // Its relative URLs are relative to its file; the page is two folders up.
        let article_folder = format!("{EDITION_FOLDER}/articles/");
        let article = article.with_urls_resolved(|relative| {
            (!relative.starts_with('/')).then(|| format!("{article_folder}{relative}"))
        });
        let article_json = serde_json::to_string(&article)
            .map_err(|error| format!("cannot write the article {id} as JSON: {error}"))?;
        let props = AppProps {
            source: EditionSource::Index(AttrValue::from(index_url())),
            history: History::Pages,
            initial_article: Some(AttrValue::from(id.to_string())),
            on_event: Default::default(),
            languages: Vec::new(),
            catalogue: self
                .catalogue
                .clone()
                .map(|(tag, text)| (AttrValue::from(tag), AttrValue::from(text))),
            seed: Some(SplitSeed {
                index: AttrValue::from(self.index_text.to_owned()),
                article: Some((
                    AttrValue::from(id.to_string()),
                    AttrValue::from(article_json.clone()),
                )),
            }),
        };
        let local = tokio::task::LocalSet::new();
        let viewer = runtime.block_on(
            local.run_until(
                LocalServerRenderer::<App>::with_props(props)
                    .hydratable(true)
                    .render(),
            ),
        );
        let article = Rc::new(article);
        let head = head_entries(&structured_data::for_article(&article, index.title(), None));
        let page = Page::Article(article);
        let title = document_title(index.title(), &page, strings);
        self.fill(id, &title, &head, &article_json, &viewer)
    }

    /// The template with the page's title and head data, the viewer's element
    /// naming the index and the article, the index and the article's file as
    /// data, and the prerendered viewer.
    fn fill(
        &self,
        id: &Slug,
        title: &str,
        head: &str,
        article_json: &str,
        viewer: &str,
    ) -> Result<String, String> {
        let catalogue = self.catalogue.as_ref();
        let mut content =
            catalogue_block(catalogue.map(|(tag, text)| (tag.as_str(), text.as_str())))?;
        // Data blocks: they never run and need no hash. "<" written as \u003c,
        // so the JSON can never close the script element.
        for (kind, json) in [("index", self.index_text), ("article", article_json)] {
            let _ = write!(
                content,
                r#"<script type="application/json" {SPLIT_FILE}="{kind}">{}</script>"#,
                json.trim_end().replace('<', r"\u003c")
            );
        }
        let _ = write!(content, "<div {PRERENDERED_ROOT}>{viewer}</div>");
        // A slug and the index's address need no escaping.
        let attributes = format!(r#" data-index="{}" data-article="{id}""#, index_url());
        fill_page(self.template, title, head, &attributes, &content)
    }
}

/// The index's address, relative to the pages.
fn index_url() -> String {
    format!("{EDITION_FOLDER}/index.json")
}

/// Copies the program (its module, its WebAssembly, its classic build and the
/// catalogues it fetches beside itself) into `site/program/<hash>/`, where
/// `<hash>` names their content, and removes the program folders of earlier
/// builds. Returns the folder, relative to the site.
fn place_program(
    built: &Path,
    site: &Path,
    program: &ProgramFiles,
    tally: &mut Tally,
) -> Result<String, String> {
    let mut files: Vec<PathBuf> = [&program.module, &program.wasm]
        .into_iter()
        .map(|name| PathBuf::from(name.strip_prefix("./").unwrap_or(name)))
        .chain([PathBuf::from(CLASSIC_PROGRAM)])
        .collect();
    let locales = built.join("locales");
    let mut catalogues: Vec<PathBuf> = fs::read_dir(&locales)
        .map_err(|error| format!("{}: cannot list the folder: {error}", locales.display()))?
        .filter_map(|entry| Some(PathBuf::from("locales").join(entry.ok()?.file_name())))
        .collect();
    catalogues.sort();
    files.extend(catalogues);
    let mut digest = Sha256::new();
    for file in &files {
        let path = built.join(file);
        let bytes = fs::read(&path)
            .map_err(|error| format!("{}: cannot read the file: {error}", path.display()))?;
        digest.update(file.to_string_lossy().as_bytes());
        digest.update((bytes.len() as u64).to_le_bytes());
        digest.update(&bytes);
    }
    let hash: String = digest
        .finalize()
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let folder = format!("{PROGRAM_FOLDER}/{hash}");
    for file in &files {
        tally.count(place_copy(
            &built.join(file),
            &site.join(&folder).join(file),
        )?);
    }
    // Earlier builds' programs: only this build's pages are left to load them.
    if let Ok(entries) = fs::read_dir(site.join(PROGRAM_FOLDER)) {
        for entry in entries.filter_map(Result::ok) {
            if entry.file_name() != hash.as_str() {
                tally.removed += count_files(&entry.path());
                fs::remove_dir_all(entry.path()).map_err(|error| {
                    format!("{}: cannot remove: {error}", entry.path().display())
                })?;
            }
        }
    }
    Ok(folder)
}

fn count_files(path: &Path) -> usize {
    match fs::read_dir(path) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|entry| count_files(&entry.path()))
            .sum(),
        Err(_) => 1,
    }
}

/// The template loading the program from `folder`: the loader's, the import
/// map's and the classic build's names of its files, each of which must occur.
fn with_program_in(template: &str, program: &ProgramFiles, folder: &str) -> Result<String, String> {
    let mut page = template.to_owned();
    let module = program.module.strip_prefix("./").unwrap_or(&program.module);
    let wasm = program.wasm.strip_prefix("./").unwrap_or(&program.wasm);
    for (name, quoted_forms) in [
        (
            module,
            vec![format!("'./{module}'"), format!("\"./{module}\"")],
        ),
        (wasm, vec![format!("'./{wasm}'")]),
        (CLASSIC_PROGRAM, vec![format!("'{CLASSIC_PROGRAM}'")]),
    ] {
        let mut found = false;
        for quoted in quoted_forms {
            let quote = &quoted[..1];
            let moved = if quoted[1..].starts_with("./") {
                format!("{quote}./{folder}/{name}{quote}")
            } else {
                format!("{quote}{folder}/{name}{quote}")
            };
            found |= page.contains(&quoted);
            page = page.replace(&quoted, &moved);
        }
        if !found {
            return Err(format!(
                "the page's loader does not name {name} as this build knows it"
            ));
        }
    }
    Ok(page)
}

/// The files the template links to beside itself (its icon), relative to the site.
fn linked_files(template: &str) -> Result<Vec<String>, String> {
    Ok(tags(template)?
        .into_iter()
        .filter(|tag| tag.name == "link")
        .filter_map(|tag| tag.value("href").map(str::to_owned))
        .filter(|href| !href.contains(':') && !href.starts_with('/'))
        .map(|href| href.strip_prefix("./").unwrap_or(&href).to_owned())
        .collect())
}

/// Writes `text` to `path` unless the file holds it already; returns whether
/// it wrote.
fn place_text(path: &Path, text: &str) -> Result<bool, String> {
    if fs::read(path).is_ok_and(|bytes| bytes == text.as_bytes()) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|error| format!("{}: cannot create: {error}", parent.display()))?;
    }
    write_atomically(path, text)?;
    Ok(true)
}

/// Copies `from` to `to` unless `to` holds its bytes already; returns whether
/// it wrote.
fn place_copy(from: &Path, to: &Path) -> Result<bool, String> {
    let bytes =
        fs::read(from).map_err(|error| format!("{}: cannot read: {error}", from.display()))?;
    if fs::read(to).is_ok_and(|existing| existing == bytes) {
        return Ok(false);
    }
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)
            .map_err(|error| format!("{}: cannot create: {error}", parent.display()))?;
    }
    fs::write(to, bytes).map_err(|error| format!("{}: cannot write: {error}", to.display()))?;
    Ok(true)
}

/// Removes the pages of `site` that this wrote for articles no longer in the
/// edition; returns how many.
fn remove_stale_pages(site: &Path, kept: &HashSet<&str>) -> Result<usize, String> {
    let entries = fs::read_dir(site)
        .map_err(|error| format!("{}: cannot list the folder: {error}", site.display()))?;
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".html") || kept.contains(name.as_str()) {
            continue;
        }
        let ours = fs::read_to_string(entry.path()).is_ok_and(|html| html.contains(PAGE_MARK));
        if ours {
            fs::remove_file(entry.path())
                .map_err(|error| format!("{name}: cannot remove: {error}"))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// How long a cache may keep each kind of file of the site, on paths that
/// never overlap (a host joins the values of every rule that matches): the
/// program's folder is named after its content, so kept for good; an article's
/// file changes only with its article, a day; the index, its pages and the
/// search index change with every new article, five minutes. The pages take
/// the host's default for HTML (on Netlify, Cloudflare Pages and Vercel: kept
/// at the edge until the next deploy, revalidated by browsers), since no
/// path pattern tells an article's page from the front page.
const CACHE_RULES: [(&str, &str); 5] = [
    ("/program/*", "public, max-age=31536000, immutable"),
    ("/edition/articles/*", "public, max-age=86400"),
    ("/edition/index.json", "public, max-age=300"),
    ("/edition/pages/*", "public, max-age=300"),
    ("/edition/search/*", "public, max-age=300"),
];

/// The site's `_headers` (Netlify, Cloudflare Pages): the policy for every
/// file, and the cache lifetimes.
pub fn site_headers(policy: &str) -> String {
    let mut headers = headers_file(policy);
    for (path, lifetime) in CACHE_RULES {
        let _ = write!(headers, "{path}\n  Cache-Control: {lifetime}\n");
    }
    headers
}

/// The site's `vercel.json` (Vercel), with the same headers as [`site_headers`].
pub fn vercel_json(policy: &str) -> String {
    let header = |key: &str, value: &str| serde_json::json!({ "key": key, "value": value });
    let mut rules = vec![serde_json::json!({
        "source": "/(.*)",
        "headers": [
            header("Content-Security-Policy", policy),
            header("X-Content-Type-Options", "nosniff"),
        ],
    })];
    for (path, lifetime) in CACHE_RULES {
        rules.push(serde_json::json!({
            // Vercel's paths are patterns in which `(.*)` stands for any text.
            "source": path.replace('*', "(.*)"),
            "headers": [header("Cache-Control", lifetime)],
        }));
    }
    serde_json::to_string_pretty(&serde_json::json!({ "headers": rules }))
        .expect("the rules serialize")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = r#"<link rel="icon" href="./favicon.svg"/><script type="importmap">{"integrity":{"./article-viewer.js":"sha384-x"}}</script><script data-article-viewer-loader>
if (location.protocol === 'file:') { const url = 'article-viewer-classic.js'; }
else { fetch('./article-viewer_bg.wasm'); import('./article-viewer.js'); }
</script>"#;

    fn program() -> ProgramFiles {
        ProgramFiles {
            module: "./article-viewer.js".to_owned(),
            wasm: "./article-viewer_bg.wasm".to_owned(),
        }
    }

    #[test]
    fn the_loader_loads_the_program_from_its_folder() {
        let moved = with_program_in(LOADER, &program(), "program/abc").unwrap();
        assert_eq!(
            moved,
            r#"<link rel="icon" href="./favicon.svg"/><script type="importmap">{"integrity":{"./program/abc/article-viewer.js":"sha384-x"}}</script><script data-article-viewer-loader>
if (location.protocol === 'file:') { const url = 'program/abc/article-viewer-classic.js'; }
else { fetch('./program/abc/article-viewer_bg.wasm'); import('./program/abc/article-viewer.js'); }
</script>"#
        );
        assert_eq!(linked_files(&moved).unwrap(), ["favicon.svg"]);
    }

    #[test]
    fn refuses_a_loader_it_does_not_know() {
        let without_classic = LOADER.replace("'article-viewer-classic.js'", "'other.js'");
        assert_eq!(
            with_program_in(&without_classic, &program(), "program/abc").unwrap_err(),
            "the page's loader does not name article-viewer-classic.js as this build knows it"
        );
    }

    #[test]
    fn cache_lifetimes_are_given_on_paths_that_never_overlap() {
        let headers = site_headers("default-src 'none'");
        assert_eq!(
            headers,
            "/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n\
             /program/*\n  Cache-Control: public, max-age=31536000, immutable\n\
             /edition/articles/*\n  Cache-Control: public, max-age=86400\n\
             /edition/index.json\n  Cache-Control: public, max-age=300\n\
             /edition/pages/*\n  Cache-Control: public, max-age=300\n\
             /edition/search/*\n  Cache-Control: public, max-age=300\n"
        );
        assert_eq!(headers.matches("Cache-Control").count(), 5);
        assert!(
            !headers
                .split("/program/*")
                .next()
                .unwrap()
                .contains("Cache-Control")
        );
    }

    #[test]
    fn removes_only_its_own_pages_of_articles_gone() {
        let site = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| fs::write(site.path().join(name), text).unwrap();
        write("kept.html", PAGE_MARK);
        write("gone.html", PAGE_MARK);
        write("theirs.html", "<p>someone else's page</p>");
        write("notes.txt", PAGE_MARK);
        let kept = HashSet::from(["kept.html"]);
        assert_eq!(remove_stale_pages(site.path(), &kept).unwrap(), 1);
        let mut left: Vec<String> = fs::read_dir(site.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["kept.html", "notes.txt", "theirs.html"]);
    }

    #[test]
    fn writes_a_file_only_when_its_bytes_change() {
        let site = tempfile::tempdir().unwrap();
        let path = site.path().join("deep/page.html");
        assert!(place_text(&path, "one").unwrap());
        assert!(!place_text(&path, "one").unwrap());
        assert!(place_text(&path, "two").unwrap());
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
    }

    #[test]
    fn vercel_is_told_what_the_headers_file_says() {
        let vercel: serde_json::Value =
            serde_json::from_str(&vercel_json("default-src 'none'")).unwrap();
        let rules = vercel["headers"].as_array().unwrap();
        assert_eq!(rules[0]["source"], "/(.*)");
        assert_eq!(rules[0]["headers"][0]["value"], "default-src 'none'");
        let lifetimes: Vec<(String, String)> = rules[1..]
            .iter()
            .map(|rule| {
                (
                    rule["source"].as_str().unwrap().replace("(.*)", "*"),
                    rule["headers"][0]["value"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let headers = site_headers("default-src 'none'");
        for (path, lifetime) in &lifetimes {
            assert!(
                headers.contains(&format!("{path}\n  Cache-Control: {lifetime}\n")),
                "{path}"
            );
        }
        assert_eq!(lifetimes.len(), headers.matches("Cache-Control").count());
    }

    #[test]
    fn the_front_page_is_the_first_article_s() {
        let ids: Vec<Slug> = ["first", "second"]
            .into_iter()
            .map(|id| Slug::try_from(id).unwrap())
            .collect();
        let pages: Vec<(String, String)> = pages_of(&ids)
            .unwrap()
            .into_iter()
            .map(|(name, id)| (name, id.to_string()))
            .collect();
        assert_eq!(
            pages,
            [
                ("index.html".to_owned(), "first".to_owned()),
                ("first.html".to_owned(), "first".to_owned()),
                ("second.html".to_owned(), "second".to_owned()),
            ]
        );
        assert_eq!(
            pages_of(&[]).unwrap_err(),
            "the edition has no articles, and a site needs one for its front page"
        );
    }
}
