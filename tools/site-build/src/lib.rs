//! The site build: what turns Trunk's output into the static site.
//!
//! Trunk's `post_build` hook runs two programs on its staging folder, in order:
//! `prerender` writes a page per article with the viewer already rendered in it
//! ([`prerender`]), then `site-policy` seals every page with its
//! Content-Security-Policy ([`site_policy`]). Both read the page with [`html`].
//! A development build (`trunk serve`, `TRUNK_PROFILE=debug`) skips the
//! prerenderer, and the policy moves Trunk's live-reload script into a file of
//! the site ([`live_reload`]). `bundle` makes one edition into a single HTML
//! file from the built site ([`bundle`]).

pub mod bundle;
pub mod classic_program;
pub mod html;
pub mod inline_styles;
pub mod live_reload;
pub mod prerender;
pub mod program_loader;
pub mod site_policy;
pub mod split_site;

use std::ffi::OsString;
use std::path::PathBuf;

/// The built site's folder: the program's first argument, or else
/// `$TRUNK_STAGING_DIR`, so that a Trunk hook can run the program as it is.
pub fn site_folder(mut arguments: impl Iterator<Item = OsString>) -> Option<PathBuf> {
    arguments
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
}
