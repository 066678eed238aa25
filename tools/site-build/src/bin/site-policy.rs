//! `site-policy [SITE_DIR]`: seals a built site with its Content-Security-Policy
//! (see `site_build::site_policy`). `SITE_DIR` defaults to `$TRUNK_STAGING_DIR`,
//! so that a Trunk `post_build` hook can run it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(folder) = site_build::site_folder(std::env::args_os()) else {
        eprintln!("usage: site-policy SITE_DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    match site_build::site_policy::seal(&folder) {
        Ok(policy) => {
            println!("site-policy: {policy}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("site-policy: {}: {problem}", folder.display());
            ExitCode::FAILURE
        }
    }
}
