//! `edition-tool`: command-line work on edition files.
//!
//! ```text
//! edition-tool check FILE...   validate editions; one line per problem, exit 1 if any
//! ```

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use edition::parse_edition_bytes;

const USAGE: &str = "usage: edition-tool check FILE...";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.split_first() {
        Some((command, files)) if command == "check" && !files.is_empty() => check(files),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Validates each file with the viewer's own parser and prints every file's
/// problem as `FILE:LINE:COLUMN: PATH: MESSAGE`, the way compilers do, so
/// editors can jump to it.
fn check(files: &[String]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        if let Err(problem) = check_file(Path::new(file)) {
            all_valid = false;
            println!("{problem}");
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn check_file(file: &Path) -> Result<(), String> {
    let name = file.display();
    let bytes = fs::read(file).map_err(|error| format!("{name}: cannot read the file: {error}"))?;
    match parse_edition_bytes(&bytes) {
        Ok(_) => Ok(()),
        Err(problem) => Err(match problem.position() {
            Some((line, column)) => format!("{name}:{line}:{column}: {}", problem.problem()),
            None => format!("{name}: {problem}"),
        }),
    }
}
