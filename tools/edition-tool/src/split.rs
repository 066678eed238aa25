//! `edition-tool split`: an edition to an index of headlines and a file per
//! article, which the viewer loads as the reader opens them.

mod cache_headers;
mod chunk_plan;

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::Args;
use edition::{
    EditionIndex, Headline, MAX_EDITION_BYTES, Paging, SEARCH_INDEX_PATH, SearchManifest,
    StreamError, article_file_path, index_page_json, index_page_path, parse_search_index_bytes,
    stream_edition,
};

use crate::search_postings::SearchPostings;
use cache_headers::headers_files;
use chunk_plan::plan_chunks;

/// Headlines in the index, and in each page file, unless `--page-size` says.
const DEFAULT_PAGE_SIZE: u32 = 50;

/// The folders of a split, each holding files of one kind.
const FOLDERS: [&str; 3] = ["articles", "pages", "search"];

/// Split an edition into an index and a file per article.
///
/// Writes OUTPUT/index.json (the title and every article's id, headline,
/// section, standfirst, date and language) and OUTPUT/articles/ID.json (each
/// article whole). An edition of more articles than a page holds
/// (`--page-size`) gets a paged index: index.json holds the first page of
/// headlines, OUTPUT/pages/N.json each further page, and OUTPUT/search/N.json
/// the chunks of the search index of every headline and standfirst. The
/// edition may be of any size: it is read as a stream, each article written as
/// it is read; each file written must fit the 10 MB the viewer reads in one
/// file. OUTPUT/_headers and OUTPUT/vercel.json tell static hosts how long
/// browsers may keep each file. Point the viewer's `data-index` at the index:
/// it downloads the headlines first and each article when it is opened. OUTPUT
/// is replaced as a whole once everything is written; it must not exist yet,
/// be empty, or hold an earlier split. Files that an earlier split holds
/// unchanged are kept as they are (linked, not written again), so a host that
/// uploads what changed uploads only those.
#[derive(Debug, Args)]
pub struct SplitArguments {
    /// The edition to split; `-` reads standard input.
    edition: PathBuf,
    /// The folder to write.
    #[arg(short, long, value_name = "FOLDER")]
    output: PathBuf,
    /// Headlines in the index and in each page file, for an edition of more.
    #[arg(
        long,
        value_name = "N",
        default_value_t = DEFAULT_PAGE_SIZE,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    page_size: u32,
}

pub fn run(arguments: &SplitArguments) -> ExitCode {
    match split(arguments) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}

/// What a split did to each file, against the earlier split in its folder.
#[derive(Debug, Default, PartialEq)]
struct Tally {
    written: usize,
    unchanged: usize,
    removed: usize,
}

fn split(arguments: &SplitArguments) -> Result<(), String> {
    let name = arguments.edition.display();
    let output = &arguments.output;
    let previous = existing_output(output)?;
    let parent = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let written = |error: std::io::Error| format!("{}: cannot write: {error}", output.display());
    // `-o site/edition` into a site not made yet makes it, as `-o FILE` would.
    fs::create_dir_all(parent).map_err(written)?;
    // Everything goes into a folder beside the output first, so a failure
    // leaves the output as it was.
    let staging = tempfile::Builder::new()
        .prefix(".split-")
        .tempdir_in(parent)
        .map_err(written)?;
    fs::create_dir(staging.path().join("articles")).map_err(written)?;
    let earlier_files = previous.then_some(output.as_path());
    // The earlier split's search chunks start where they did, where they still
    // can, and keep their files, so that a change rewrites only the chunks its
    // terms are in.
    let earlier_chunks = earlier_files
        .and_then(|earlier| fs::read(earlier.join(SEARCH_INDEX_PATH)).ok())
        .and_then(|bytes| parse_search_index_bytes(&bytes).ok());
    // The edition may be too large for the viewer, or to hold: that is what
    // splitting is for. Its articles are written as they are read.
    let input: Box<dyn Read> = if arguments.edition == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            fs::File::open(&arguments.edition)
                .map_err(|error| format!("{name}: cannot read the file: {error}"))?,
        )
    };
    let (mut tally, index) = place_streamed(staging.path(), earlier_files, input, &written)
        .map_err(|error| match error {
            StreamError::Edition(problem) => format!("{name}: {problem}"),
            StreamError::Handler(problem) => problem,
        })?;
    let mut place_file = |path: &str, json: &str| {
        fits_the_viewer(path, json)?;
        // Only a paged index has folders of pages and chunks.
        if let Some(folder) = Path::new(path).parent() {
            fs::create_dir_all(staging.path().join(folder)).map_err(written)?;
        }
        if place(staging.path(), earlier_files, path, json).map_err(written)? {
            tally.written += 1;
        } else {
            tally.unchanged += 1;
        }
        Ok(())
    };
    index_files(
        &index,
        arguments.page_size,
        earlier_chunks.as_ref(),
        &mut place_file,
    )?;
    for (path, text) in headers_files() {
        place_file(path, &text)?;
    }
    if previous {
        let kept = split_files(staging.path());
        tally.removed = split_files(output).difference(&kept).count();
    }
    // The earlier split moves aside (into an empty folder that removes itself
    // with what it holds) and comes back if the new one cannot take its place.
    let earlier = if previous {
        let aside = tempfile::Builder::new()
            .prefix(".split-earlier-")
            .tempdir_in(parent)
            .map_err(written)?;
        fs::rename(output, aside.path()).map_err(written)?;
        Some(aside)
    } else {
        None
    };
    let staged = staging.keep();
    if let Err(error) = fs::rename(&staged, output) {
        let _ = fs::remove_dir_all(&staged);
        if let Some(aside) = earlier
            && fs::rename(aside.path(), output).is_err()
        {
            return Err(format!(
                "{}: cannot write: {error}; the earlier split is kept in {}",
                output.display(),
                aside.keep().display()
            ));
        }
        return Err(written(error));
    }
    let Tally {
        written,
        unchanged,
        removed,
    } = tally;
    println!(
        "split: {} files: {written} written, {unchanged} unchanged, {removed} removed",
        written + unchanged
    );
    Ok(())
}

/// Reads the edition from `input` and places each article's file into
/// `staging` as it is read: this thread reads and writes each article as JSON,
/// a thread per core compares it with the earlier split's and writes it.
/// Returns what they did and the edition's index.
fn place_streamed(
    staging: &Path,
    earlier: Option<&Path>,
    input: impl Read,
    written: &(dyn Fn(std::io::Error) -> String + Sync),
) -> Result<(Tally, EditionIndex), StreamError<String>> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let (send, receive) = std::sync::mpsc::sync_channel::<(String, String)>(4 * threads);
    let receive = Mutex::new(receive);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let receive = &receive;
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    loop {
                        let next = receive.lock().map(|receiver| receiver.recv());
                        let Ok(Ok((path, json))) = next else {
                            return Ok(tally);
                        };
                        if place(staging, earlier, &path, &json).map_err(written)? {
                            tally.written += 1;
                        } else {
                            tally.unchanged += 1;
                        }
                    }
                })
            })
            .collect();
        let streamed = stream_edition(input, |article| {
            let path = article_file_path(&article.id);
            let json = pretty(&article);
            fits_the_viewer(&path, &json)?;
            // Every writer has stopped: one of them says why below.
            send.send((path, json))
                .map_err(|_| "the split stopped writing".to_owned())
        });
        drop(send);
        let mut total = Tally::default();
        let mut problem = None;
        for worker in workers {
            match worker.join() {
                Ok(Ok(tally)) => {
                    total.written += tally.written;
                    total.unchanged += tally.unchanged;
                }
                Ok(Err(error)) => problem = problem.or(Some(error)),
                Err(_) => problem = problem.or(Some("a thread of the split stopped".to_owned())),
            }
        }
        if let Some(problem) = problem {
            return Err(StreamError::Handler(problem));
        }
        Ok((total, streamed?))
    })
}

/// Hands `place_file` the index's files: index.json alone for an edition of
/// at most `page_size` articles; for more, index.json with the first page of
/// headlines, a file for each further page, and the search index's chunks,
/// cut where the earlier split's were (`earlier_chunks`) as far as they still fit.
fn index_files(
    index: &EditionIndex,
    page_size: u32,
    earlier_chunks: Option<&SearchManifest>,
    place_file: &mut dyn FnMut(&str, &str) -> Result<(), String>,
) -> Result<(), String> {
    let headlines = index.headlines();
    if headlines.len() <= page_size as usize {
        return place_file("index.json", &pretty(index));
    }
    let paging = Paging {
        size: page_size,
        headlines: u32::try_from(headlines.len()).map_err(|_| {
            format!(
                "the edition has {} articles; a paged index holds at most {}",
                headlines.len(),
                u32::MAX
            )
        })?,
    };
    let postings = SearchPostings::of(headlines.iter().map(AsRef::as_ref));
    let starts = plan_chunks(
        &postings.entry_sizes(),
        earlier_chunks.map(SearchManifest::starts),
    );
    let manifest =
        SearchManifest::new(starts).map_err(|problem| format!("the search index: {problem}"))?;
    let manifest = match earlier_chunks {
        Some(earlier) => manifest.keeping_files_of(earlier),
        None => manifest,
    };
    let page = |number: usize| -> Vec<Headline> {
        headlines[paging.first_position(number)..][..paging.page_length(number)]
            .iter()
            .map(|headline| Headline::clone(headline))
            .collect()
    };
    let first_page = EditionIndex::new(index.title().cloned(), page(1))
        .and_then(|first| first.with_language(index.language().cloned()).paged(paging))
        .map_err(|problem| format!("the index: {problem}"))?;
    place_file("index.json", &pretty(&first_page))?;
    place_file(SEARCH_INDEX_PATH, &pretty(&manifest))?;
    for number in 2..=paging.page_count() {
        place_file(
            &index_page_path(number),
            &index_page_json(number, &page(number)),
        )?;
    }
    for (number, chunk) in postings.chunks(&manifest).iter().enumerate() {
        place_file(&manifest.file_path(number), &chunk.to_json())?;
    }
    Ok(())
}

/// The paths of the files a split folder holds, from the folder: its own
/// files, and those of its folders of articles, pages and search chunks.
fn split_files(folder: &Path) -> HashSet<String> {
    let names = |folder: &Path| -> Vec<String> {
        fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut files: HashSet<String> = names(folder).into_iter().collect();
    for inner in FOLDERS {
        files.extend(
            names(&folder.join(inner))
                .into_iter()
                .map(|name| format!("{inner}/{name}")),
        );
    }
    files
}

/// Puts `json` at `path` in `staging`; returns whether it was written. A file
/// that the earlier split holds with the same bytes is linked instead, so it
/// keeps its date (copied where the file system cannot link).
fn place(staging: &Path, earlier: Option<&Path>, path: &str, json: &str) -> std::io::Result<bool> {
    let target = staging.join(path);
    if let Some(earlier) = earlier {
        let existing = earlier.join(path);
        if fs::read(&existing).is_ok_and(|bytes| bytes == json.as_bytes()) {
            if fs::hard_link(&existing, &target).is_err() {
                fs::copy(&existing, &target)?;
            }
            return Ok(false);
        }
    }
    fs::write(target, json)?;
    Ok(true)
}

/// A file the viewer would refuse is not written at all.
fn fits_the_viewer(name: &str, json: &str) -> Result<(), String> {
    if json.len() > MAX_EDITION_BYTES {
        return Err(format!(
            "{name} would be {} bytes long, and the viewer reads files of at most {MAX_EDITION_BYTES} bytes; \
             nothing was written",
            json.len()
        ));
    }
    Ok(())
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("edition data serializes") + "\n"
}

/// Whether `output` holds something to replace: nothing (`false`), an empty
/// folder or an earlier split (`true`). Anything else is refused, so a typo
/// cannot delete someone's folder.
fn existing_output(output: &Path) -> Result<bool, String> {
    let name = output.display();
    let entries = match fs::read_dir(output) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(format!("{name}: cannot read the folder: {error}")),
    };
    for entry in entries {
        let entry = entry.map_err(|error| format!("{name}: cannot read the folder: {error}"))?;
        let file_name = entry.file_name();
        let known = file_name == "index.json"
            || FOLDERS.iter().any(|folder| file_name == *folder)
            || headers_files().iter().any(|(file, _)| file_name == *file);
        if !known {
            return Err(format!(
                "{name}: the folder holds {}, which is not part of a split edition; \
                 choose a new or empty folder",
                file_name.to_string_lossy()
            ));
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_file_the_viewer_would_refuse() {
        assert_eq!(fits_the_viewer("the index", "{}"), Ok(()));
        let long = " ".repeat(MAX_EDITION_BYTES + 1);
        assert_eq!(
            fits_the_viewer("the index", &long),
            Err(
                "the index would be 10000001 bytes long, and the viewer reads files of at most \
                 10000000 bytes; nothing was written"
                    .to_owned()
            )
        );
    }
}
