//! `edition-tool check`: every problem of every edition file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use std::collections::{BTreeMap, HashMap};

use edition::{
    EditionIndex, Headline, Paging, ParseError, Problem, SEARCH_INDEX_PATH, Slug,
    article_file_path, check_edition_bytes, index_page_path, parse_article_bytes,
    parse_index_bytes, parse_index_page_bytes, parse_search_chunk_bytes, parse_search_index_bytes,
};

use tool_files::read_bytes;

use crate::search_postings::SearchPostings;

/// Validate edition files with the viewer's own rules.
///
/// Prints every problem as FILE:LINE:COLUMN: FIELD: MESSAGE, the way compilers do,
/// and exits with status 1 when there is one. The index of a split edition
/// (`edition-tool split`) is checked with every article file it names, and a
/// paged index with every page file and search chunk too, whose terms must be
/// those of the edition's headlines; in those files, the first problem of each
/// is printed.
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

/// The index's problem, or else the first problem of each article file (and
/// of each page file and search chunk of a paged index).
fn check_split_edition(index_file: &Path, bytes: &[u8]) -> Vec<(PathBuf, Problem)> {
    let index: EditionIndex = match parse_index_bytes(bytes) {
        Ok(index) => index,
        Err(error) => return vec![(index_file.to_owned(), problem(error))],
    };
    let folder = index_file.parent().unwrap_or(Path::new("."));
    match index.pages() {
        Some(&paging) => check_paged_edition(folder, &index, paging),
        None => check_articles(folder, index.headlines().iter().map(AsRef::as_ref), &index),
    }
}

/// The first problem of each article file of `headlines`, checked against
/// `index`.
fn check_articles<'a>(
    folder: &Path,
    headlines: impl IntoIterator<Item = &'a Headline>,
    index: &EditionIndex,
) -> Vec<(PathBuf, Problem)> {
    let mut problems = Vec::new();
    for headline in headlines {
        let file = folder.join(article_file_path(&headline.id));
        let checked = read_file(&file).and_then(|bytes| {
            parse_article_bytes(&bytes, &headline.id, index)
                .map(drop)
                .map_err(problem)
        });
        if let Err(problem) = checked {
            problems.push((file, problem));
        }
    }
    problems
}

/// The first problem of each page file, article file and search chunk of a
/// paged index. The links between articles and the search index's terms are
/// checked against the whole edition, once every page has been read.
fn check_paged_edition(
    folder: &Path,
    index: &EditionIndex,
    paging: Paging,
) -> Vec<(PathBuf, Problem)> {
    let mut problems = Vec::new();
    let mut headlines: Vec<Headline> = index
        .headlines()
        .iter()
        .map(|headline| Headline::clone(headline))
        .collect();
    // The page (from 1) and the place on it of each id read so far.
    let mut place_of_id: HashMap<Slug, (usize, usize)> = headlines
        .iter()
        .enumerate()
        .map(|(place, headline)| (headline.id.clone(), (1, place)))
        .collect();
    let mut every_page_read = true;
    for number in 2..=paging.page_count() {
        let file = folder.join(index_page_path(number));
        let page = read_file(&file)
            .and_then(|bytes| parse_index_page_bytes(&bytes, number, index).map_err(problem));
        let page = match page {
            Ok(page) => page,
            Err(problem) => {
                problems.push((file, problem));
                every_page_read = false;
                continue;
            }
        };
        for (place, headline) in page.iter().enumerate() {
            if let Some((first_page, first_place)) =
                place_of_id.insert(headline.id.clone(), (number, place))
            {
                problems.push((
                    file.clone(),
                    Problem {
                        path: format!("headlines[{place}].id"),
                        message: format!(
                            "\"{}\" is the id of headline {first_place} of page {first_page} too; \
                             ids are unique across the pages",
                            headline.id
                        ),
                        position: None,
                    },
                ));
                every_page_read = false;
                break;
            }
        }
        headlines.extend(page.iter().map(|headline| Headline::clone(headline)));
    }
    // With every headline read, the articles' related items must name one of
    // them; without, only what each file holds can be checked.
    let whole = every_page_read
        .then(|| EditionIndex::new(None, headlines.clone()).ok())
        .flatten();
    problems.extend(check_articles(
        folder,
        &headlines,
        whole.as_ref().unwrap_or(index),
    ));
    let manifest_file = folder.join(SEARCH_INDEX_PATH);
    let manifest = match read_file(&manifest_file)
        .and_then(|bytes| parse_search_index_bytes(&bytes).map_err(problem))
    {
        Ok(manifest) => manifest,
        Err(problem) => {
            problems.push((manifest_file, problem));
            return problems;
        }
    };
    let expected = whole.as_ref().map(|whole| {
        SearchPostings::of(whole.headlines().iter().map(AsRef::as_ref)).chunks(&manifest)
    });
    for number in 0..manifest.len() {
        let file = folder.join(manifest.file_path(number));
        let checked = read_file(&file)
            .and_then(|bytes| {
                parse_search_chunk_bytes(&bytes, number, &manifest, index).map_err(problem)
            })
            .and_then(|chunk| match &expected {
                Some(expected) => same_terms(chunk.terms(), expected[number].terms()),
                None => Ok(()),
            });
        if let Err(problem) = checked {
            problems.push((file, problem));
        }
    }
    problems
}

/// Whether a search chunk holds the terms the headlines make, or where it
/// first differs.
fn same_terms(
    found: &BTreeMap<String, Vec<u32>>,
    expected: &BTreeMap<String, Vec<u32>>,
) -> Result<(), Problem> {
    let stale = |path: String, difference: String| Problem {
        path,
        message: format!(
            "the search chunk does not match the headlines: {difference}; split the edition again"
        ),
        position: None,
    };
    // The first term, in order, that the two do not hold alike.
    let Some(term) = found
        .keys()
        .chain(expected.keys())
        .filter(|term| found.get(*term) != expected.get(*term))
        .min()
    else {
        return Ok(());
    };
    Err(match (found.get(term), expected.get(term)) {
        (_, None) => stale(
            format!("terms.{term}"),
            "no headline holds this term".to_owned(),
        ),
        (None, Some(positions)) => stale(
            "terms".to_owned(),
            format!("it lacks {term:?}, which the articles at positions {positions:?} hold"),
        ),
        (Some(found_positions), Some(positions)) => stale(
            format!("terms.{term}"),
            format!(
                "it lists the articles at positions {found_positions:?}, the headlines {positions:?}"
            ),
        ),
    })
}

/// The bytes of a file, or why they cannot be read.
fn read_file(file: &Path) -> Result<Vec<u8>, Problem> {
    read_bytes(file).map_err(|message| Problem {
        path: String::new(),
        message: message
            .strip_prefix(&format!("{}: ", file.display()))
            .unwrap_or(&message)
            .to_owned(),
        position: None,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(entries: &[(&str, &[u32])]) -> BTreeMap<String, Vec<u32>> {
        entries
            .iter()
            .map(|(term, positions)| ((*term).to_owned(), positions.to_vec()))
            .collect()
    }

    fn difference(found: &[(&str, &[u32])], expected: &[(&str, &[u32])]) -> Option<String> {
        same_terms(&terms(found), &terms(expected))
            .err()
            .map(|problem| format!("{}: {}", problem.path, problem.message))
    }

    #[test]
    fn names_the_first_term_a_chunk_holds_otherwise_than_the_headlines() {
        let expected: &[(&str, &[u32])] = &[("kiwi", &[1, 4]), ("lime", &[2])];
        assert_eq!(difference(expected, expected), None);
        assert_eq!(
            difference(
                &[("kiwi", &[1, 4]), ("lime", &[2]), ("mango", &[0])],
                expected
            )
            .unwrap(),
            "terms.mango: the search chunk does not match the headlines: no headline holds this \
             term; split the edition again"
        );
        assert_eq!(
            difference(&[("lime", &[2])], expected).unwrap(),
            "terms: the search chunk does not match the headlines: it lacks \"kiwi\", which the \
             articles at positions [1, 4] hold; split the edition again"
        );
        assert_eq!(
            difference(&[("kiwi", &[1]), ("lime", &[3])], expected).unwrap(),
            "terms.kiwi: the search chunk does not match the headlines: it lists the articles at \
             positions [1], the headlines [1, 4]; split the edition again"
        );
    }
}
