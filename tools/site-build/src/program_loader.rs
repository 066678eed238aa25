//! How a built page starts the viewer's program, served or opened from disk.
//!
//! Trunk writes a module script that imports the program, a `modulepreload` of
//! it and a `preload` of its WebAssembly. Opened from disk (`file://`), a
//! browser refuses all three (module scripts and `fetch` need CORS, which
//! `file://` has not), prints an error for each, and the page's controls do
//! nothing. So every page instead gets an import map that holds the program's
//! integrity hash and one classic script that, on a server, downloads the
//! WebAssembly as the page starts (with `fetch` and its hash, which `fetch`
//! enforces, unlike a preload) and imports the program; and from disk loads
//! the classic build of the program, which carries its WebAssembly inside
//! ([`crate::classic_program`]), and shows the page's note on what serving the
//! folder adds (`data-from-disk-note`).

use crate::html::{Tag, tags};

/// The classic build of the program, beside the pages.
pub const CLASSIC_PROGRAM: &str = "article-viewer-classic.js";
/// The Trusted Types policy through which the loader names [`CLASSIC_PROGRAM`]
/// as a script's source; the site's policy allows it by this name.
pub const TRUSTED_TYPES_POLICY: &str = "article-viewer-program";
/// Marks the loader script, so that a page done before is left alone and the
/// one-file edition can put the program itself in its place.
pub const LOADER_MARKER: &str = "data-article-viewer-loader";

/// The program's two files, as Trunk named them in the page.
#[derive(Debug, PartialEq, Eq)]
pub struct ProgramFiles {
    /// The JavaScript module (wasm-bindgen's glue), relative to the page.
    pub module: String,
    /// The WebAssembly, relative to the page.
    pub wasm: String,
}

/// Trunk's page with its loader replaced as the module documentation says, and
/// the files it loads. A page done before is returned as it is.
pub fn load_from_anywhere(page: &str) -> Result<(String, ProgramFiles), String> {
    let tags = tags(page)?;
    if let Some(loader) = tags.iter().find(|tag| tag.has(LOADER_MARKER)) {
        return Ok((page.to_owned(), files_of_loader(loader)?));
    }
    let links = || tags.iter().filter(|tag| tag.name == "link");
    let wasm_preload = links()
        .find(|tag| {
            tag.value("rel") == Some("preload") && tag.value("type") == Some("application/wasm")
        })
        .ok_or("the page has no preload of the WebAssembly, as Trunk writes it")?;
    let module_preload = links()
        .find(|tag| tag.value("rel") == Some("modulepreload"))
        .ok_or("the page has no modulepreload of the program, as Trunk writes it")?;
    let files = ProgramFiles {
        module: required(module_preload, "href", "the program's modulepreload")?,
        wasm: required(wasm_preload, "href", "the WebAssembly's preload")?,
    };
    let module_integrity = required(module_preload, "integrity", "the program's modulepreload")?;
    let wasm_integrity = required(wasm_preload, "integrity", "the WebAssembly's preload")?;
    let trunk_loader = tags
        .iter()
        .find(|tag| {
            tag.name == "script"
                && tag.value("type") == Some("module")
                && tag.text.as_deref().is_some_and(|text| {
                    text.contains(&format!("from '{}'", files.module))
                        && text.contains(&format!("module_or_path: '{}'", files.wasm))
                })
        })
        .ok_or_else(|| format!("the page has no Trunk loader that loads {}", files.wasm))?;
    let first_style_sheet = links()
        .find(|tag| tag.value("rel") == Some("stylesheet"))
        .map(|tag| tag.start)
        .or_else(|| page.find("</head>"))
        .ok_or("the page has no head")?;

    let loader = format!(
        "<script type=\"importmap\">{{\"integrity\":{{\"{module}\":\"{module_integrity}\"}}}}</script>\n\
         <script {LOADER_MARKER}>{}</script>\n",
        loader_script(&files, &wasm_integrity),
        module = files.module,
    );
    // Cut from the end, so that the earlier offsets stay true.
    let mut cuts = [
        (trunk_loader.start, element_end(page, trunk_loader)?, ""),
        (module_preload.start, module_preload.end, ""),
        (wasm_preload.start, wasm_preload.end, ""),
        (first_style_sheet, first_style_sheet, loader.as_str()),
    ];
    cuts.sort_by_key(|&(start, _, _)| std::cmp::Reverse(start));
    let mut rewritten = page.to_owned();
    for (start, end, replacement) in cuts {
        rewritten.replace_range(start..end, replacement);
    }
    Ok((rewritten, files))
}

/// The loader's text. Served, the page may be parsed still when the import
/// resolves, and the program mounts on the viewers it finds: it waits for the
/// whole page first, as a module script would.
fn loader_script(files: &ProgramFiles, wasm_integrity: &str) -> String {
    let ProgramFiles { module, wasm } = files;
    format!(
        "\n\
        if (location.protocol === 'file:') {{\n\
        \x20 const url = '{CLASSIC_PROGRAM}';\n\
        \x20 const script = document.createElement('script');\n\
        \x20 script.src = window.trustedTypes\n\
        \x20   ? trustedTypes.createPolicy('{TRUSTED_TYPES_POLICY}', {{\n\
        \x20       createScriptURL: (wanted) => {{\n\
        \x20         if (wanted !== url) throw new TypeError(`not the viewer's program: ${{wanted}}`);\n\
        \x20         return wanted;\n\
        \x20       }},\n\
        \x20     }}).createScriptURL(url)\n\
        \x20   : url;\n\
        \x20 document.head.append(script);\n\
        \x20 addEventListener('DOMContentLoaded', () => {{\n\
        \x20   for (const note of document.querySelectorAll('[data-from-disk-note]')) note.hidden = false;\n\
        \x20 }});\n\
        }} else {{\n\
        \x20 const program = fetch('{wasm}', {{ integrity: '{wasm_integrity}' }});\n\
        \x20 const parsed = new Promise((resolve) =>\n\
        \x20   document.readyState === 'loading'\n\
        \x20     ? addEventListener('DOMContentLoaded', resolve, {{ once: true }})\n\
        \x20     : resolve(),\n\
        \x20 );\n\
        \x20 import('{module}').then(async (bindings) => {{\n\
        \x20   await parsed;\n\
        \x20   const wasm = await bindings.default({{ module_or_path: program }});\n\
        \x20   window.wasmBindings = bindings;\n\
        \x20   dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
        \x20 }});\n\
        }}\n"
    )
}

/// The program's files, read back from a loader written before.
fn files_of_loader(loader: &Tag) -> Result<ProgramFiles, String> {
    let text = loader.text.as_deref().unwrap_or_default();
    let quoted_after = |prefix: &str| {
        let start = text.find(prefix)? + prefix.len();
        let length = text[start..].find('\'')?;
        Some(text[start..start + length].to_owned())
    };
    match (quoted_after("import('"), quoted_after("fetch('")) {
        (Some(module), Some(wasm)) => Ok(ProgramFiles { module, wasm }),
        _ => Err("the page's program loader names no program".to_owned()),
    }
}

fn required(tag: &Tag, attribute: &str, what: &str) -> Result<String, String> {
    tag.value(attribute)
        .map(str::to_owned)
        .ok_or_else(|| format!("{what} has no {attribute}"))
}

/// The offset just past a script element's end tag.
fn element_end(page: &str, script: &Tag) -> Result<usize, String> {
    let text_end = script.end + script.text.as_deref().unwrap_or_default().len();
    page[text_end..]
        .find('>')
        .map(|offset| text_end + offset + 1)
        .ok_or_else(|| "the page's module script never ends".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head of a page as Trunk 0.21 writes it.
    const TRUNK_PAGE: &str = r#"<head><title>Viewer</title>
<link rel="stylesheet" href="./viewer.css" integrity="sha384-CSS"/>
<link rel="modulepreload" href="./viewer.js" crossorigin="anonymous" integrity="sha384-JS">
<link rel="preload" href="./viewer_bg.wasm" crossorigin="anonymous" integrity="sha384-WASM" as="fetch" type="application/wasm"></head><body><script type="module">
import init, * as bindings from './viewer.js';
const wasm = await init({ module_or_path: './viewer_bg.wasm' });
window.wasmBindings = bindings;
</script></body>"#;

    #[test]
    fn replaces_trunks_loader_with_one_that_works_served_and_from_disk() {
        let (page, files) = load_from_anywhere(TRUNK_PAGE).unwrap();
        assert_eq!(
            files,
            ProgramFiles {
                module: "./viewer.js".to_owned(),
                wasm: "./viewer_bg.wasm".to_owned(),
            }
        );
        let loader = loader_script(&files, "sha384-WASM");
        assert_eq!(
            page,
            format!(
                "<head><title>Viewer</title>\n\
                 <script type=\"importmap\">{{\"integrity\":{{\"./viewer.js\":\"sha384-JS\"}}}}</script>\n\
                 <script {LOADER_MARKER}>{loader}</script>\n\
                 <link rel=\"stylesheet\" href=\"./viewer.css\" integrity=\"sha384-CSS\"/>\n\n\
                 </head><body></body>"
            )
        );
        assert!(loader.contains("fetch('./viewer_bg.wasm', { integrity: 'sha384-WASM' })"));
        assert!(loader.contains("import('./viewer.js')"));
        assert!(loader.contains(&format!("const url = '{CLASSIC_PROGRAM}';")));

        let (again, files_again) = load_from_anywhere(&page).unwrap();
        assert_eq!(again, page, "a page done before stays as it is");
        assert_eq!(files_again, files);
    }

    #[test]
    fn says_what_is_missing_from_a_page_it_cannot_change() {
        let no_preload = TRUNK_PAGE.replace("rel=\"preload\"", "rel=\"prefetch\"");
        assert_eq!(
            load_from_anywhere(&no_preload).unwrap_err(),
            "the page has no preload of the WebAssembly, as Trunk writes it"
        );
        let no_module = TRUNK_PAGE.replace("rel=\"modulepreload\"", "rel=\"prefetch\"");
        assert_eq!(
            load_from_anywhere(&no_module).unwrap_err(),
            "the page has no modulepreload of the program, as Trunk writes it"
        );
        let no_hash = TRUNK_PAGE.replace(" integrity=\"sha384-WASM\"", "");
        assert_eq!(
            load_from_anywhere(&no_hash).unwrap_err(),
            "the WebAssembly's preload has no integrity"
        );
        let other_loader = TRUNK_PAGE.replace("module_or_path: './viewer_bg.wasm'", "");
        assert_eq!(
            load_from_anywhere(&other_loader).unwrap_err(),
            "the page has no Trunk loader that loads ./viewer_bg.wasm"
        );
    }
}
