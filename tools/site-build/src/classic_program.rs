//! The viewer's program as one classic script with its WebAssembly inside, for
//! pages opened from disk and for the one-file edition.
//!
//! A browser refuses module scripts and `fetch` on a `file://` page, but runs a
//! classic script beside it, and compiles WebAssembly from bytes. So this turns
//! wasm-bindgen's glue (an ES module, `--target web`) into a function body: its
//! `export`s become plain declarations, `import.meta` (a syntax error outside a
//! module) an object whose `url` is the script's own address (the page's, for a
//! script written into the page), and the WebAssembly its bytes, gzipped
//! (which the browser's `DecompressionStream` undoes) and in base64.
//! The glue is wasm-bindgen's, pinned to one version in Cargo.lock; any form this
//! does not know stops the build rather than making a script that fails later.

use std::path::Path;

use std::io::Write as _;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use flate2::Compression;
use flate2::write::GzEncoder;
use tool_files::{read_text, write_atomically};

use crate::program_loader::{CLASSIC_PROGRAM, ProgramFiles};

/// Writes the classic build of the program `files` name into `site`, as
/// [`CLASSIC_PROGRAM`].
pub fn write_beside(site: &Path, files: &ProgramFiles) -> Result<(), String> {
    let file = |name: &str| site.join(name.strip_prefix("./").unwrap_or(name));
    let glue = read_text(&file(&files.module))?;
    let wasm_path = file(&files.wasm);
    let wasm = std::fs::read(&wasm_path)
        .map_err(|error| format!("cannot read {}: {error}", wasm_path.display()))?;
    write_atomically(&site.join(CLASSIC_PROGRAM), &classic_program(&glue, &wasm)?)
}

/// The classic script made of `glue` (the program's module) and `wasm`.
pub fn classic_program(glue: &str, wasm: &[u8]) -> Result<String, String> {
    let mut body = String::with_capacity(glue.len());
    let mut exported_init = false;
    for line in glue.lines() {
        let declaration = ["export class ", "export function ", "export const "]
            .iter()
            .find_map(|prefix| line.strip_prefix(prefix).map(|rest| (prefix, rest)));
        if let Some((prefix, rest)) = declaration {
            body.push_str(&prefix["export ".len()..]);
            body.push_str(rest);
        } else if line.trim() == "export { initSync, __wbg_init as default };" {
            exported_init = true;
            continue;
        } else if line.starts_with("export ") || line.starts_with("import ") {
            return Err(format!(
                "the program's glue has a line a classic script cannot hold: {line}"
            ));
        } else {
            body.push_str(
                &line
                    .replace("import.meta.url", "scriptUrl")
                    .replace("import.meta", "({ url: scriptUrl })"),
            );
        }
        body.push('\n');
    }
    if !exported_init {
        return Err(
            "the program's glue exports no __wbg_init, as wasm-bindgen writes it".to_owned(),
        );
    }
    if body.contains("import.meta") || body.to_ascii_lowercase().contains("</script") {
        return Err(
            "the program's glue holds `import.meta` or `</script`, which a classic script \
             inside a page cannot"
                .to_owned(),
        );
    }
    let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
    let gzipped = gzip
        .write_all(wasm)
        .and_then(|()| gzip.finish())
        .map_err(|error| format!("cannot compress the WebAssembly: {error}"))?;
    Ok(format!(
        "// The article viewer's program as a classic script, its WebAssembly inside:\n\
         // for pages opened from disk, where browsers refuse modules and fetch.\n\
         (() => {{\n\
         'use strict';\n\
         // The module's own address, as a module would know it: the script's, or the\n\
         // page's for a script written into the page.\n\
         const scriptUrl = document.currentScript?.src || document.baseURI;\n\
         {body}\
         const gzipped = '{wasm}';\n\
         const start = async () => {{\n\
         \x20 const bytes = Uint8Array.fromBase64\n\
         \x20   ? Uint8Array.fromBase64(gzipped)\n\
         \x20   : Uint8Array.from(atob(gzipped), (character) => character.charCodeAt(0));\n\
         \x20 const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));\n\
         \x20 const module_or_path = await new Response(stream).arrayBuffer();\n\
         \x20 const wasm = await __wbg_init({{ module_or_path }});\n\
         \x20 window.wasmBindings = {{ mount, mountAll }};\n\
         \x20 dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
         }};\n\
         // The program mounts on the viewers it finds: the whole page first.\n\
         if (document.readyState === 'loading') {{\n\
         \x20 addEventListener('DOMContentLoaded', start, {{ once: true }});\n\
         }} else {{\n\
         \x20 start();\n\
         }}\n\
         }})();\n",
        wasm = BASE64.encode(gzipped),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// wasm-bindgen 0.2's glue, cut down to the forms it has.
    const GLUE: &str = "export class ViewerHandle {\n    destroy() {}\n}\n\
        export function mount(element) {\n    return element;\n}\n\
        export function mountAll() {}\n\
        let wasm;\n\
        async function __wbg_init(module_or_path) {\n    \
            if (module_or_path === undefined) {\n        \
                module_or_path = new URL('viewer_bg.wasm', import.meta.url);\n    }\n    \
            const meta = import.meta;\n    \
            return module_or_path;\n}\n\
        function initSync() {}\n\
        export { initSync, __wbg_init as default };\n";

    #[test]
    fn turns_the_module_into_a_classic_script_with_the_webassembly_inside() {
        let script = classic_program(GLUE, &[0, 97, 115, 109]).unwrap();
        assert!(script.contains("\nclass ViewerHandle {\n"));
        assert!(script.contains("\nfunction mount(element) {\n"));
        assert!(script.contains("new URL('viewer_bg.wasm', scriptUrl)"));
        assert!(script.contains("const meta = ({ url: scriptUrl });"));
        assert!(
            script.contains("const scriptUrl = document.currentScript?.src || document.baseURI;")
        );
        let gzipped = script
            .split("const gzipped = '")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap();
        let mut wasm = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&BASE64.decode(gzipped).unwrap()[..]),
            &mut wasm,
        )
        .unwrap();
        assert_eq!(wasm, [0, 97, 115, 109]);
        assert!(!script.contains("export"));
        assert!(!script.contains("import.meta"));
        assert!(script.starts_with("// The article viewer's program"));
        assert!(script.ends_with("})();\n"));
    }

    #[test]
    fn refuses_glue_it_does_not_know() {
        let snippet = format!("import {{ x }} from './snippets/a.js';\n{GLUE}");
        assert_eq!(
            classic_program(&snippet, &[]).unwrap_err(),
            "the program's glue has a line a classic script cannot hold: import { x } from './snippets/a.js';"
        );
        let no_init = GLUE.replace("export { initSync, __wbg_init as default };\n", "");
        assert_eq!(
            classic_program(&no_init, &[]).unwrap_err(),
            "the program's glue exports no __wbg_init, as wasm-bindgen writes it"
        );
        let closing = format!("{GLUE}const tag = '</script>';\n");
        assert!(
            classic_program(&closing, &[])
                .unwrap_err()
                .contains("`</script`")
        );
    }
}
