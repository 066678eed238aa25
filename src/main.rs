/// Mounts a viewer on every element of the page marked `data-article-viewer`.
fn main() {
    article_viewer::embed::mount_all();
}
