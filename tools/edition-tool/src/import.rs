//! `edition-tool import`: scraped plain-text articles to an edition.

use std::collections::HashSet;
use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::panic::resume_unwind;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use clap::Args;
use edition::{Article, Edition, LanguageTag, Slug, Text, parse_edition};
use importer::{ImportOptions, Imported, Part, StampLabel, import_article};

use crate::overlay::Overlay;
use tool_files::{read_bytes, read_text, write_atomically};

/// Turn scraped plain-text articles into an edition.
///
/// Each FILE holds one article: a paragraph a line, the headline anywhere, the
/// related headlines as "- " lines at the end. The importer finds the headline,
/// byline, dateline, paragraphs and related list, removes attribution spam, page
/// furniture and scraper errors, and records each removal in the article's
/// `removed` list. Nothing is written unless every file imports.
#[derive(Debug, Args)]
pub struct ImportArguments {
    /// Text files to import, one article each; `-` or none reads standard input.
    files: Vec<PathBuf>,
    /// Write the edition to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Merge into this edition: articles replace those with the same id, the rest
    /// stay. The result is written back to it, or to --output when given.
    #[arg(long, value_name = "EDITION")]
    into: Option<PathBuf>,
    /// The edition's title.
    #[arg(long)]
    title: Option<String>,
    /// A JSON file with what the text cannot give: the edition's title and, per
    /// article id, a photo, dek, byline, dateline, date, language or source.
    #[arg(long, value_name = "FILE")]
    overlay: Option<PathBuf>,
    /// The headline, when it cannot be found in the text (one file only).
    #[arg(long)]
    headline: Option<String>,
    /// The article id; made from the headline by default (one file only).
    #[arg(long)]
    id: Option<String>,
    /// The articles' BCP 47 language tag; guessed from the text by default, and
    /// `und` (undetermined) when the guess is unsure.
    #[arg(long)]
    language: Option<String>,
    /// Print where each part was found and every removal, with its line and rule,
    /// to standard error.
    #[arg(long)]
    explain: bool,
}

pub fn run(arguments: &ImportArguments) -> ExitCode {
    match import(arguments) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}

fn import(arguments: &ImportArguments) -> Result<(), Vec<String>> {
    let files = if arguments.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        arguments.files.clone()
    };
    let options = options(arguments, files.len()).map_err(|problem| vec![problem])?;
    let overlay = match &arguments.overlay {
        Some(path) => Some(read_overlay(path).map_err(|problem| vec![problem])?),
        None => None,
    };
    let existing = match &arguments.into {
        Some(path) => {
            let text = read_text(path).map_err(|problem| vec![problem])?;
            let edition = parse_edition(&text)
                .map_err(|error| vec![format!("{}: {error}", path.display())])?;
            Some(edition)
        }
        None => None,
    };

    let mut imported = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    let mut skipped = String::new();
    let mut feed_title = None;
    for (file, result) in files.iter().zip(import_files(&files, &options)) {
        match result {
            Ok(file_import) => {
                for item in &file_import.skipped {
                    skipped.push_str(&format!("{}: {item}; skipped\n", display_name(file)));
                }
                feed_title = feed_title.or(file_import.feed_title);
                imported.extend(
                    file_import
                        .articles
                        .into_iter()
                        .map(|article| (file, article)),
                );
            }
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // A feed's items that are not articles are said, and the rest imported.
    let _ = io::stderr().write_all(skipped.as_bytes());
    give_unique_ids(&mut imported);
    if arguments.explain {
        let mut explanation = String::new();
        for (file, article) in &imported {
            explanation.push_str(&explain(file, article));
        }
        // Written in one go so it never interleaves with an error message.
        let _ = io::stderr().write_all(explanation.as_bytes());
    }

    let mut articles: Vec<Article> = imported
        .into_iter()
        .map(|(_, imported)| imported.article)
        .collect();
    let mut title = existing
        .as_ref()
        .and_then(|edition| edition.title().cloned())
        .or(feed_title);
    let mut language = existing
        .as_ref()
        .and_then(|edition| edition.language().cloned());
    if let Some((path, overlay)) = overlay {
        title = overlay.title.or(title);
        language = overlay.language.or(language);
        for (id, fields) in overlay.articles {
            let Some(article) = articles.iter_mut().find(|article| article.id == id) else {
                return Err(vec![format!(
                    "{}: articles.{id}: no imported article has this id",
                    path.display()
                )]);
            };
            Overlay::apply(fields, article);
        }
    }
    if let Some(given) = &arguments.title {
        title = Some(text_argument("--title", given).map_err(|problem| vec![problem])?);
    }
    if let Some(existing) = existing {
        articles = merge(&existing, articles);
    }
    let edition = Edition::new(title, articles)
        .map_err(|error| vec![error.to_string()])?
        .with_language(language);
    let json = serde_json::to_string_pretty(&edition).expect("an edition serializes") + "\n";

    match arguments.output.as_ref().or(arguments.into.as_ref()) {
        Some(path) => write_atomically(path, &json).map_err(|problem| vec![problem]),
        None => io::stdout()
            .write_all(json.as_bytes())
            .map_err(|error| vec![format!("cannot write to standard output: {error}")]),
    }
}

fn options(arguments: &ImportArguments, file_count: usize) -> Result<ImportOptions, String> {
    if file_count > 1 && (arguments.headline.is_some() || arguments.id.is_some()) {
        return Err("--headline and --id name one article: give them with one file".to_owned());
    }
    Ok(ImportOptions {
        headline: arguments
            .headline
            .as_deref()
            .map(|headline| text_argument("--headline", headline))
            .transpose()?,
        language: arguments
            .language
            .as_deref()
            .map(|language| {
                LanguageTag::try_from(language).map_err(|error| format!("--language: {error}"))
            })
            .transpose()?,
        id: arguments
            .id
            .as_deref()
            .map(|id| Slug::try_from(id).map_err(|error| format!("--id: {error}")))
            .transpose()?,
    })
}

fn text_argument(option: &str, value: &str) -> Result<Text, String> {
    Text::try_from(value).map_err(|error| format!("{option}: {error}"))
}

fn read_overlay(path: &Path) -> Result<(PathBuf, Overlay), String> {
    let text = read_text(path)?;
    let overlay =
        Overlay::parse(&text).map_err(|problem| format!("{}:{problem}", path.display()))?;
    Ok((path.to_owned(), overlay))
}

/// How many files a thread takes at a time: enough to make taking them cheap,
/// few enough that the threads finish together.
const FILES_PER_BATCH: usize = 32;

/// Imports `files` on as many threads as the machine has cores, each taking the
/// next batch of files as it finishes one; the results are in the order of `files`.
fn import_files(files: &[PathBuf], options: &ImportOptions) -> Vec<Result<FileImport, String>> {
    let batches = files.len().div_ceil(FILES_PER_BATCH);
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    // Standard input can be read once: the first `-` gets all of it and any later
    // one gets nothing, which only holds when the files are read one after another.
    let reads_standard_input = files.iter().any(|file| file == Path::new("-"));
    let threads = if reads_standard_input {
        1
    } else {
        cores.min(batches)
    };
    if threads <= 1 {
        return files
            .iter()
            .map(|file| import_file(file, options))
            .collect();
    }

    let next_batch = AtomicUsize::new(0);
    let import_batches = || {
        let mut done = Vec::new();
        loop {
            let batch = next_batch.fetch_add(1, Ordering::Relaxed);
            let Some(batch_files) = files.chunks(FILES_PER_BATCH).nth(batch) else {
                return done;
            };
            let results: Vec<_> = batch_files
                .iter()
                .map(|file| import_file(file, options))
                .collect();
            done.push((batch, results));
        }
    };
    let mut done: Vec<(usize, Vec<Result<FileImport, String>>)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(import_batches)).collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_else(|panic| resume_unwind(panic)))
            .collect()
    });
    done.sort_unstable_by_key(|(batch, _)| *batch);
    done.into_iter().flat_map(|(_, results)| results).collect()
}

/// What one file gives: one article, or a feed's.
struct FileImport {
    articles: Vec<Imported>,
    /// The feed's title, for the edition's when nothing else names it.
    feed_title: Option<Text>,
    /// A feed's items that could not be made articles, each with the reason.
    skipped: Vec<String>,
}

impl FileImport {
    fn one(article: Imported) -> Self {
        Self {
            articles: vec![article],
            feed_title: None,
            skipped: Vec::new(),
        }
    }
}

/// Imports one file: a feed or a saved web page (each known by its content,
/// gzip-compressed or not), or plain text.
fn import_file(file: &Path, options: &ImportOptions) -> Result<FileImport, String> {
    let name = display_name(file);
    let problem = |error: importer::ImportError| match error {
        importer::ImportError::NoHeadline => {
            format!("{name}: {error}; name it with --headline")
        }
        _ => format!("{name}: {error}"),
    };
    let mut bytes = read_bytes(file)?;
    if importer::is_gzip(&bytes) {
        bytes = importer::gunzip(&bytes).map_err(problem)?;
    }
    if importer::is_feed(&bytes) {
        let feed = importer::import_feed(&bytes, options).map_err(problem)?;
        if feed.articles.is_empty() {
            return Err(format!(
                "{name}: no item of the feed could be made an article{}",
                feed.skipped
                    .iter()
                    .map(|skipped| format!("\n{name}: {skipped}"))
                    .collect::<String>()
            ));
        }
        return Ok(FileImport {
            articles: feed.articles,
            feed_title: feed.title,
            skipped: feed.skipped,
        });
    }
    let imported = if importer::is_html(&bytes) {
        importer::import_page(&bytes, options)
    } else {
        let text = String::from_utf8(bytes).map_err(|error| {
            format!(
                "{name}: not UTF-8 text: the bytes at offset {} are not valid UTF-8",
                error.utf8_error().valid_up_to()
            )
        })?;
        import_article(&text, options)
    };
    imported.map(FileImport::one).map_err(problem)
}

fn display_name(file: &Path) -> String {
    if file == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        file.display().to_string()
    }
}

/// Articles of one import whose headlines make the same id get `-2`, `-3` … in
/// the order of the files, so every article of the run is kept.
fn give_unique_ids(imported: &mut [(&PathBuf, Imported)]) {
    let mut taken: HashSet<Slug> = HashSet::with_capacity(imported.len());
    for (_, imported) in imported.iter_mut() {
        let id = &mut imported.article.id;
        if !taken.insert(id.clone()) {
            let unique = (2..)
                .map(|number| {
                    let suffix = format!("-{number}");
                    let base = &id[..id.len().min(128 - suffix.len())];
                    Slug::try_from(format!("{}{suffix}", base.trim_end_matches('-')))
                        .expect("a slug with a number after it is a slug")
                })
                .find(|candidate| !taken.contains(candidate))
                .expect("some number is free");
            taken.insert(unique.clone());
            *id = unique;
        }
    }
}

/// The existing edition's articles with each imported one in place of the article
/// with its id, and the new ones after them.
fn merge(existing: &Edition, imported: Vec<Article>) -> Vec<Article> {
    let mut articles: Vec<Article> = existing
        .articles()
        .iter()
        .map(|article| (**article).clone())
        .collect();
    for article in imported {
        match articles.iter_mut().find(|old| old.id == article.id) {
            Some(old) => *old = article,
            None => articles.push(article),
        }
    }
    articles
}

/// `FILE:LINE: what` lines, in the order of the text: where each part was found and
/// what was removed by which rule.
fn explain(file: &Path, imported: &Imported) -> String {
    let name = display_name(file);
    let article = &imported.article;
    let mut lines: Vec<(u32, String)> = Vec::new();
    for finding in &imported.findings {
        let line = finding.line.map_or(0, |line| line.get());
        let what = match finding.part {
            Part::ChosenHeadline { score, candidates } => format!(
                "headline (score {score:.2}, best of {candidates} candidate line{}): {}",
                if candidates == 1 { "" } else { "s" },
                finding.value
            ),
            Part::GivenHeadline => match finding.line {
                Some(_) => format!(
                    "headline (as given, taken out of the body): {}",
                    finding.value
                ),
                None => format!(
                    "headline (as given, not a line of the text): {}",
                    finding.value
                ),
            },
            Part::Byline => format!("byline: {}", finding.value),
            Part::FromPage { field } => {
                format!("{field} (from the page's metadata): {}", finding.value)
            }
            Part::FromFeed { field } => format!("{field} (from the feed): {}", finding.value),
            Part::Dateline => format!("dateline: {}", finding.value),
            Part::Published {
                label,
                stamps,
                time_left_out,
            } => {
                let stamp = match label {
                    StampLabel::Published => "the first \"Published\" stamp",
                    StampLabel::Unlabelled => "the first stamp without a label",
                    StampLabel::Updated => "the first \"Updated\" stamp",
                };
                let among = match (stamps, label) {
                    (1, _) => String::new(),
                    (_, StampLabel::Published) => {
                        format!(", of {stamps} stamps: \"Published\" wins over \"Updated\"")
                    }
                    _ => format!(", of {stamps} stamps: none says \"Published\""),
                };
                let time = if time_left_out {
                    "; its time is left out, as its zone or clock is not certain"
                } else {
                    ""
                };
                format!("published: {} (from {stamp}{among}{time})", finding.value)
            }
            Part::GuessedLanguage => format!("language: {} (guessed from the text)", finding.value),
            Part::RelatedList { kept } => {
                format!("related list: {}, {kept} kept", finding.value)
            }
            Part::Photo {
                from,
                alt_is_caption,
            } => {
                let alt = if alt_is_caption {
                    "; its alt is its caption, as no alt is given"
                } else {
                    ""
                };
                format!("photo (from {from}{alt}): {}", finding.value)
            }
            Part::PhotoNotTaken { from } => {
                format!("photo not taken ({from}): {}", finding.value)
            }
            Part::RelatedFromPage {
                links,
                kept,
                over_limit,
            } => {
                let left_out = if over_limit > 0 {
                    format!(
                        ", {over_limit} left out past the first {}",
                        importer::MAX_PAGE_RELATED
                    )
                } else {
                    String::new()
                };
                format!(
                    "related list (from {}): {links} links, {kept} kept{left_out}",
                    finding.value
                )
            }
            Part::RelatedLinkNotTaken => {
                format!("related link's address not taken: {}", finding.value)
            }
        };
        lines.push((line, what));
    }
    for removal in &article.removed {
        let rule = match removal.score {
            Some(score) => format!("{}, read as article text {score}/100", removal.rule),
            None => removal.rule.to_string(),
        };
        lines.push((
            removal.line.get(),
            format!("removed ({rule}): {}", removal.text),
        ));
    }
    lines.sort_by_key(|(line, _)| *line);
    let mut explanation = format!(
        "{name}: article {} ({} paragraphs, {} related, {} removals)\n",
        article.id,
        article.body.len(),
        article.related.len(),
        article.removed.len()
    );
    for (line, what) in lines {
        if line == 0 {
            explanation.push_str(&format!("{name}: {what}\n"));
        } else {
            explanation.push_str(&format!("{name}:{line}: {what}\n"));
        }
    }
    explanation
}
