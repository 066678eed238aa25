use article_viewer::{App, AppProps};

/// Where the viewer looks for its edition when the page names none.
const DEFAULT_EDITION: &str = "edition.json";

/// Mounts a viewer on every element marked `data-article-viewer`, each reading
/// the edition its `data-src` names.
fn main() {
    article_viewer::crash_panel::install();
    for root in article_viewer::viewer_roots() {
        let src = root
            .get_attribute("data-src")
            .unwrap_or_else(|| DEFAULT_EDITION.to_owned());
        yew::Renderer::<App>::with_root_and_props(root, AppProps { src: src.into() }).render();
    }
}
