//! `prerender [SITE_DIR]`: writes the viewer's first render of every article
//! into a built site (see `site_build::prerender`). `SITE_DIR` defaults to
//! `$TRUNK_STAGING_DIR`, so that a Trunk `post_build` hook can run it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(site) = site_build::site_folder(std::env::args_os()) else {
        eprintln!("usage: prerender SITE_DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    match site_build::prerender::prerender(&site) {
        Ok(count) => {
            println!("prerender: wrote {count} pages into {}", site.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
