//! `edition-tool check`: every problem of every edition file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use edition::{
    EditionIndex, ParseError, Problem, article_file_path, check_edition_bytes, parse_article_bytes,
    parse_index_bytes,
};

use tool_files::read_bytes;

/// Validate edition files with the viewer's own rules.
///
/// Prints every problem as FILE:LINE:COLUMN: FIELD: MESSAGE, the way compilers do,
/// and exits with status 1 when there is one. The index of a split edition
/// (`edition-tool split`) is checked with every article file it names; in those
/// files, the first problem of each is printed.
#[derive(Debug, Args)]
pub struct CheckArguments {
    /// The edition files (or split editions' index files) to check.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub fn run(arguments: &CheckArguments) -> ExitCode {
    let mut all_valid = true;
    for file in &arguments.files {
        let bytes = match read_bytes(file) {
            Ok(bytes) => bytes,
            Err(problem) => {
                all_valid = false;
                println!("{problem}");
                continue;
            }
        };
        let problems = if is_index(&bytes) {
            check_split_edition(file, &bytes)
        } else {
            check_edition_bytes(&bytes)
                .into_iter()
                .map(|problem| (file.clone(), problem))
                .collect()
        };
        for (file, problem) in problems {
            all_valid = false;
            print_problem(&file, &problem);
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_problem(file: &Path, problem: &Problem) {
    let name = file.display();
    match (problem.path.is_empty(), problem.position) {
        (true, Some((line, column))) => println!("{name}:{line}:{column}: {}", problem.message),
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

/// Whether the file is a split edition's index: an object with headlines and
/// no articles. Anything else is checked as an edition, whose messages say
/// best what is wrong with a file that is neither.
fn is_index(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(serde_json::Value::Object(fields)) => {
            fields.contains_key("headlines") && !fields.contains_key("articles")
        }
        _ => false,
    }
}

/// The index's problem, or else the first problem of each article file.
fn check_split_edition(index_file: &Path, bytes: &[u8]) -> Vec<(PathBuf, Problem)> {
    let index: EditionIndex = match parse_index_bytes(bytes) {
        Ok(index) => index,
        Err(error) => return vec![(index_file.to_owned(), problem(error))],
    };
    let folder = index_file.parent().unwrap_or(Path::new("."));
    let mut problems = Vec::new();
    for headline in index.headlines() {
        let file = folder.join(article_file_path(&headline.id));
        let checked = read_bytes(&file)
            .map_err(|message| Problem {
                path: String::new(),
                message: message
                    .strip_prefix(&format!("{}: ", file.display()))
                    .unwrap_or(&message)
                    .to_owned(),
                position: None,
            })
            .and_then(|bytes| {
                parse_article_bytes(&bytes, &headline.id, &index)
                    .map(drop)
                    .map_err(problem)
            });
        if let Err(problem) = checked {
            problems.push((file, problem));
        }
    }
    problems
}

fn problem(error: ParseError) -> Problem {
    let (path, message) = match &error {
        ParseError::Invalid { path, message, .. } => (path.clone(), message.clone()),
        ParseError::Inconsistent(inconsistency) => {
            let path = inconsistency.path();
            let message = inconsistency.to_string();
            let message = message
                .strip_prefix(&format!("{path}: "))
                .unwrap_or(&message)
                .to_owned();
            (path, message)
        }
        _ => (String::new(), error.problem()),
    };
    Problem {
        path,
        message,
        position: error.position(),
    }
}
