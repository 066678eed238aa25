//! `bundle EDITION -o FILE [--site DIR]`: writes EDITION as one self-contained
//! HTML file (see `site_build::bundle`), made from the built site in DIR
//! (default `dist`, as `./x build` leaves it).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: bundle EDITION -o FILE [--site DIR]";

fn main() -> ExitCode {
    let mut edition = None;
    let mut output = None;
    let mut site = PathBuf::from("dist");
    let mut arguments = std::env::args_os().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.to_str() {
            Some("-o" | "--output") => output = arguments.next().map(PathBuf::from),
            Some("--site") => match arguments.next() {
                Some(folder) => site = PathBuf::from(folder),
                None => return usage(),
            },
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if edition.is_none() => edition = Some(PathBuf::from(argument)),
            _ => return usage(),
        }
    }
    let (Some(edition), Some(output)) = (edition, output) else {
        return usage();
    };
    let written = site_build::bundle::bundle(&site, &edition)
        .and_then(|html| tool_files::write_atomically(&output, &html).map(|()| html.len()));
    match written {
        Ok(bytes) => {
            println!("bundle: wrote {} ({bytes} bytes)", output.display());
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("bundle: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
