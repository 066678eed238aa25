//! `split-site BUILT_DIR SITE_DIR`: a prerendered site for the split edition in
//! `SITE_DIR/edition/` (see `site_build::split_site`), from the viewer built
//! in `BUILT_DIR` (`dist/`). `./x site` runs it after `edition-tool split`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [built, site] = arguments.as_slice() else {
        eprintln!("usage: split-site BUILT_DIR SITE_DIR");
        return ExitCode::from(2);
    };
    let started = std::time::Instant::now();
    match site_build::split_site::build(built, site) {
        Ok(tally) => {
            let site_build::split_site::Tally {
                written,
                unchanged,
                removed,
            } = tally;
            println!(
                "site: {} files: {written} written, {unchanged} unchanged, {removed} removed ({:.1} s)",
                written + unchanged,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("split-site: {message}");
            ExitCode::FAILURE
        }
    }
}
