//! `edition-tool split`: an edition to an index of headlines and a file per
//! article, which the viewer loads as the reader opens them.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use edition::{EditionIndex, MAX_EDITION_BYTES, article_file_path, parse_large_edition_bytes};

use tool_files::read_bytes;

/// Split an edition into an index and a file per article.
///
/// Writes OUTPUT/index.json (the title and every article's id, headline,
/// section, standfirst, date and language) and OUTPUT/articles/ID.json (each
/// article whole). The edition may be larger than the 10 MB the viewer reads in
/// one file (up to 1 GB); each file written must fit in 10 MB. Point the
/// viewer's `data-index` at the index: it downloads the headlines first and each
/// article when it is opened. OUTPUT is replaced as a whole once everything is
/// written; it must not exist yet, be empty, or hold an earlier split. Files
/// that an earlier split holds unchanged are kept as they are (linked, not
/// written again), so a host that uploads what changed uploads only those.
#[derive(Debug, Args)]
pub struct SplitArguments {
    /// The edition to split; `-` reads standard input.
    edition: PathBuf,
    /// The folder to write.
    #[arg(short, long, value_name = "FOLDER")]
    output: PathBuf,
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
    // The edition may be too large for the viewer: that is what splitting is for.
    let edition = parse_large_edition_bytes(&read_bytes(&arguments.edition)?)
        .map_err(|error| format!("{name}: {error}"))?;
    let index = pretty(&EditionIndex::of(&edition));
    fits_the_viewer("the index", &index)?;
    let articles: Vec<(String, String)> = edition
        .articles()
        .iter()
        .map(|article| {
            let path = article_file_path(&article.id);
            let json = pretty(article.as_ref());
            fits_the_viewer(&path, &json).map(|()| (path, json))
        })
        .collect::<Result<_, _>>()?;
    let output = &arguments.output;
    let previous = existing_output(output)?;
    let parent = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let written = |error: std::io::Error| format!("{}: cannot write: {error}", output.display());
    // Everything goes into a folder beside the output first, so a failure
    // leaves the output as it was.
    let staging = tempfile::Builder::new()
        .prefix(".split-")
        .tempdir_in(parent)
        .map_err(written)?;
    fs::create_dir(staging.path().join("articles")).map_err(written)?;
    let earlier_files = previous.then_some(output.as_path());
    let mut tally = place_all(staging.path(), earlier_files, &articles).map_err(written)?;
    if place(staging.path(), earlier_files, "index.json", &index).map_err(written)? {
        tally.written += 1;
    } else {
        tally.unchanged += 1;
    }
    if previous {
        let kept: HashSet<&str> = articles.iter().map(|(path, _)| path.as_str()).collect();
        tally.removed = fs::read_dir(output.join("articles"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| {
                        let name = format!("articles/{}", entry.file_name().to_string_lossy());
                        !kept.contains(name.as_str())
                    })
                    .count()
            })
            .unwrap_or(0);
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

/// Places every article's file into `staging`, on every core: each thread
/// takes a share of the articles.
fn place_all(
    staging: &Path,
    earlier: Option<&Path>,
    articles: &[(String, String)],
) -> std::io::Result<Tally> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let share = articles.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = articles
            .chunks(share)
            .map(|part| {
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    for (path, json) in part {
                        if place(staging, earlier, path, json)? {
                            tally.written += 1;
                        } else {
                            tally.unchanged += 1;
                        }
                    }
                    Ok::<_, std::io::Error>(tally)
                })
            })
            .collect();
        let mut total = Tally::default();
        for worker in workers {
            let tally = worker
                .join()
                .map_err(|_| std::io::Error::other("a thread of the split stopped"))??;
            total.written += tally.written;
            total.unchanged += tally.unchanged;
        }
        Ok(total)
    })
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
        if file_name != "index.json" && file_name != "articles" {
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
