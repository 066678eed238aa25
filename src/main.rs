/// Mounts a viewer on every element of the page marked `data-article-viewer`,
/// with a panic hook that tells the reader if the program stops.
fn main() {
    article_viewer::crash_panel::install();
    article_viewer::embed::mount_all();
}
