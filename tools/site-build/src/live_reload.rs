//! Trunk's live reload under `trunk serve`, allowed by the site's policy as a
//! file of the site rather than as an inline script.
//!
//! `trunk serve` injects its reload script into every page inline, and rewrites
//! it for every request (it writes in the host the request named), so no hash
//! can allow it. Instead the policy moves it into [`FILE`], beside the pages,
//! which `script-src 'self'` allows, and which finds the host and base path
//! itself when it runs. Its WebSocket goes to the page's own host and port,
//! which `connect-src 'self'` allows. `trunk build` never injects the script,
//! so a release build has neither the file nor a reference to it.

/// The reload script's file, beside the pages.
pub const FILE: &str = "trunk-live-reload.js";

/// What only Trunk's reload script holds: the placeholder for the host, which
/// the development server fills in per request.
const ADDRESS: &str = "'{{__TRUNK_ADDRESS__}}'";
/// The placeholder for the path of Trunk's WebSocket, also filled in per request.
const WS_BASE: &str = "'{{__TRUNK_WS_BASE__}}'";
/// The one line of the script that writes HTML from a string (the icon of its
/// "Build failure" overlay), which the policy's Trusted Types refuse.
const ICON: &str = "icon.innerHTML = '";

/// Whether an inline script's text is Trunk's reload script.
pub fn is_reload_script(text: &str) -> bool {
    text.contains(ADDRESS)
}

/// The reload script as a file: the host and path are the page's own (the
/// file sits at the site's root, which is where Trunk serves its WebSocket),
/// and the overlay shows no icon rather than break on Trusted Types.
pub fn as_file(script: &str) -> Result<String, String> {
    if !script.contains(WS_BASE) {
        return Err(
            "Trunk's live-reload script no longer has the placeholders this version knows"
                .to_owned(),
        );
    }
    let mut file = script.replace(ADDRESS, "window.location.host").replace(
        WS_BASE,
        "new URL('./', document.currentScript.src).pathname",
    );
    if let Some(start) = file.find(ICON) {
        let length = file[start + ICON.len()..]
            .find("';")
            .map_or(file.len() - start, |end| ICON.len() + end + 2);
        file.replace_range(start..start + length, "");
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = "const address = '{{__TRUNK_ADDRESS__}}';\nconst base = '{{__TRUNK_WS_BASE__}}';\nicon.innerHTML = '<svg></svg>';\nthis._title.prepend(icon);\n";

    #[test]
    fn knows_trunks_reload_script_by_its_address_placeholder() {
        assert!(is_reload_script(SCRIPT));
        assert!(!is_reload_script("import init from './viewer.js';"));
    }

    #[test]
    fn finds_the_host_and_path_from_the_page_and_writes_no_html() {
        assert_eq!(
            as_file(SCRIPT).unwrap(),
            "const address = window.location.host;\nconst base = new URL('./', document.currentScript.src).pathname;\n\nthis._title.prepend(icon);\n"
        );
    }

    #[test]
    fn refuses_a_script_it_does_not_know() {
        assert!(as_file("const address = '{{__TRUNK_ADDRESS__}}';").is_err());
    }
}
