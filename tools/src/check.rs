//! `edition-tool check`: every problem of every edition file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use edition::check_edition_bytes;

use crate::files::read_bytes;

/// Validate edition files with the viewer's own rules.
///
/// Prints every problem as FILE:LINE:COLUMN: FIELD: MESSAGE, the way compilers do,
/// and exits with status 1 when there is one.
#[derive(Debug, Args)]
pub struct CheckArguments {
    /// The edition files to check.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub fn run(arguments: &CheckArguments) -> ExitCode {
    let mut all_valid = true;
    for file in &arguments.files {
        let name = file.display();
        let bytes = match read_bytes(file) {
            Ok(bytes) => bytes,
            Err(problem) => {
                all_valid = false;
                println!("{problem}");
                continue;
            }
        };
        for problem in check_edition_bytes(&bytes) {
            all_valid = false;
            match (problem.path.is_empty(), problem.position) {
                (true, Some((line, column))) => {
                    println!("{name}:{line}:{column}: {}", problem.message)
                }
                (false, Some((line, column))) => {
                    println!(
                        "{name}:{line}:{column}: {}: {}",
                        problem.path, problem.message
                    )
                }
                (true, None) => println!("{name}: {}", problem.message),
                (false, None) => println!("{name}: {}: {}", problem.path, problem.message),
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
