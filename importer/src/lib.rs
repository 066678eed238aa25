//! From a scraped plain-text article to a clean [`Article`].
//!
//! Scraped text comes a paragraph a line, with the page's structure lost: the
//! headline may sit between two paragraphs, attribution spam is glued onto a
//! paragraph, page furniture ("Advertisement", "Share this article") stands on
//! lines of its own, and the list of related headlines at the end holds the
//! scraper's error pages. [`import_article`] finds the parts and removes the
//! noise, and records every removal in [`Article::removed`] with its line and
//! rule, so a reader can check each cut.
//!
//! Often the text is the whole page as a browser shows it, menus, teasers,
//! comments and footer included: the line classifier (see `classifier`) tells the
//! article from the page's furniture. A kept line is never rewritten. It never
//! invents what the text does not say: no date, byline or source unless the text
//! has them.
//!
//! The steps, in order:
//! 1. Lines that are noise as a whole go: bare links, page furniture, HTTP error
//!    pages, attribution lines (see `spam`).
//! 2. The list items ("- …") at the end are the related list.
//! 3. Attribution glued to the end of a paragraph is cut off.
//! 4. Photo captions go (see `photo_caption`), and publication stamps, the first
//!    of which may give the publication date (see `published`).
//! 5. Each line is judged article text or page furniture, and the article's
//!    extent found (see `classifier`).
//! 6. The headline is chosen near the article (see `headline` for the scoring)
//!    or taken from [`ImportOptions::headline`]; further copies of it go, and so
//!    do the lines judged furniture.
//! 7. A byline ("By …") among the first lines or right under the headline, and a
//!    dateline ("SEOUL —") opening the first paragraph, are taken out into their
//!    fields; so is a byline that opens the dateline ("By Jane Doe, SEOUL —").
//! 8. The related list is cleaned (see `related`).

mod classifier;
mod closing_about;
mod dateline;
mod feed;
mod headline;
mod html_page;
mod language;
mod photo;
mod photo_caption;
mod published;
mod related;
mod source_text;
mod spam;
mod words;

use std::num::NonZeroU32;
use std::ops::Range;

use thiserror::Error;

use edition::{Article, Block, Body, LanguageTag, Removal, RemovalRule, Slug, Text};
use source_text::{SourceLine, source_lines};

pub use feed::{ImportedFeed, import_feed, is_feed};
pub use html_page::related::MAX_PAGE_RELATED;
pub use html_page::{MAX_PAGE_BYTES, gunzip, import_page, is_gzip, is_html};
pub use published::StampLabel;

/// What the importer cannot, or should not, work out from the text itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The headline, when the text has none that can be found, or another is
    /// wanted. A line of the text equal to it is taken out of the body.
    pub headline: Option<Text>,
    /// The article's language; guessed from the text when not given.
    pub language: Option<LanguageTag>,
    /// The article's id; made from the headline when not given (see [`slug_for`]).
    pub id: Option<Slug>,
}

/// An imported article and how its parts were found.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub article: Article,
    /// Where each part of the article came from, in the order of the text.
    pub findings: Vec<Finding>,
}

/// Where the importer found a part of the article: `--explain` prints these
/// next to the removals.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The line of the source, counted from 1; `None` for what the whole text gave.
    pub line: Option<NonZeroU32>,
    pub part: Part,
    /// The value as the article holds it.
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// The headline chosen by its score among so many candidate lines.
    ChosenHeadline {
        score: f32,
        candidates: usize,
    },
    /// The headline given by the user, found as a line of the text (or not).
    GivenHeadline,
    Byline,
    Dateline,
    /// The publication date, from a stamp line labelled so, among so many stamps;
    /// `time_left_out` when the stamp's time had no certain zone or clock.
    Published {
        label: StampLabel,
        stamps: usize,
        time_left_out: bool,
    },
    /// The language guessed from the text.
    GuessedLanguage,
    /// A field taken from a web page's own metadata (its JSON-LD, Open Graph or
    /// `meta` tags): "headline", "byline", "published", "dek", "section",
    /// "language" or "source".
    FromPage {
        field: &'static str,
    },
    /// A field taken from a feed's item: "headline", "byline", "published",
    /// "dek" or "source".
    FromFeed {
        field: &'static str,
    },
    /// The list of related headlines, with so many items kept.
    RelatedList {
        kept: usize,
    },
    /// The lead photo, the image found at `from` ("og:image", "the article's
    /// first figure", "the item's media:thumbnail" …); `alt_is_caption` when
    /// the source gave the image no alt and its caption stands for one.
    Photo {
        from: &'static str,
        alt_is_caption: bool,
    },
    /// An image found at `from` that is not the photo; the value says why.
    PhotoNotTaken {
        from: &'static str,
    },
    /// The related links of a page's block of them (the value names the
    /// block): so many read, kept, and left out past [`MAX_PAGE_RELATED`].
    RelatedFromPage {
        links: usize,
        kept: usize,
        over_limit: usize,
    },
    /// A related link whose address is not taken (the value says why); its
    /// headline is.
    RelatedLinkNotTaken,
}

/// Why a text cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the text is empty")]
    Empty,
    #[error("no line looks like a headline (a line of 3 to 24 words without final punctuation)")]
    NoHeadline,
    #[error("no paragraph is left for the article's body once the headline is taken out")]
    NoBody,
    #[error("{0}")]
    Unreadable(String),
    #[error("the page or feed is larger than {} MB", MAX_PAGE_BYTES / 1024 / 1024)]
    TooLarge,
}

/// Turns the scraped text `source` into an article (see the module documentation).
pub fn import_article(source: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    import_text(source, options, Furniture::Judge, &LineMarks::default())
}

/// Whether the text may hold page furniture, and who tells it from the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Furniture {
    /// Scraped text: the page's menus, teasers and footer may be in it, for the
    /// line classifier to find.
    Judge,
    /// The article text a main-content extractor already took out of its page.
    AlreadyRemoved,
    /// The article text an extractor took out of its page, with the lines the
    /// page's markup says are not the article's in [`LineMarks::not_article`].
    Marked,
}

/// What a page's markup says of each line of a text made from it, by line
/// number (counted from 1): empty for plain text.
#[derive(Debug, Clone, Default)]
struct LineMarks {
    /// Whether a line is a heading, a quotation or its attribution rather than
    /// a paragraph.
    kinds: Vec<html_page::structure::BlockKind>,
    /// Why a line is not the article's, where the markup says so.
    not_article: Vec<Option<html_page::structure::NotArticle>>,
}

impl LineMarks {
    fn kind(&self, line: u32) -> html_page::structure::BlockKind {
        let index = (line as usize).wrapping_sub(1);
        self.kinds.get(index).copied().unwrap_or_default()
    }

    fn is_not_article(&self, line: u32) -> bool {
        let index = (line as usize).wrapping_sub(1);
        self.not_article.get(index).is_some_and(Option::is_some)
    }
}

fn import_text(
    source: &str,
    options: &ImportOptions,
    furniture: Furniture,
    marks: &LineMarks,
) -> Result<Imported, ImportError> {
    let lines = source_lines(source);
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut removed: Vec<Removal> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();

    let mut content: Vec<SourceLine<'_>> = Vec::with_capacity(lines.len());
    for line in lines {
        match spam::whole_line_rule(line.text) {
            Some(rule) => removed.push(removal(line.number, line.text, rule)),
            None => content.push(line),
        }
    }

    let related_count = content
        .iter()
        .rev()
        .take_while(|line| related::item_text(line.text).is_some())
        .count();
    let items: Vec<SourceLine<'_>> = content
        .split_off(content.len() - related_count)
        .into_iter()
        .map(|line| SourceLine {
            text: related::item_text(line.text).unwrap_or_default(),
            ..line
        })
        .collect();

    for line in &mut content {
        if let Some(start) = spam::attribution_start(line.text) {
            removed.push(removal(
                line.number,
                &line.text[start..],
                RemovalRule::AttributionSpam,
            ));
            line.text = line.text[..start].trim_end();
        }
    }

    removed.extend(photo_caption::take_photo_captions(&mut content));
    let published = published::take_published(&mut content, &mut removed, &mut findings);

    let content_texts: Vec<&str> = content.iter().map(|line| line.text).collect();
    let guessed_language = options.language.is_none().then(|| {
        let all_text: Vec<&str> = content.iter().chain(&items).map(|line| line.text).collect();
        language::guess_language(&all_text.join("\n"))
    });
    let judging_language = match &options.language {
        Some(language) => language.primary(),
        None => guessed_language.unwrap_or("und"),
    };
    let judged = match furniture {
        Furniture::Judge => classifier::judge_lines(&content_texts, judging_language),
        Furniture::AlreadyRemoved => classifier::Judged::everything_article(&content_texts),
        Furniture::Marked => {
            let not_article: Vec<bool> = content
                .iter()
                .map(|line| marks.is_not_article(line.number))
                .collect();
            classifier::Judged::marked(&content_texts, &not_article)
        }
    };
    // A credit or a timestamp can look like a headline; the classifier knows better.
    let candidates: Vec<&str> = content_texts
        .iter()
        .zip(&judged.lines)
        .map(|(line, judgement)| {
            if judgement.has_furniture_wording {
                ""
            } else {
                *line
            }
        })
        .collect();
    let (headline, headline_index) = find_headline(
        &content,
        &candidates,
        judged.article.clone(),
        options,
        &mut findings,
    )?;
    let judgements = judged.lines;
    // A byline, or a dateline on its own line, stays for the step that takes it
    // when it stands where that step looks: near the headline or the top of the
    // article. Elsewhere a byline is a teaser's.
    let byline_zone =
        judged.article.start.saturating_sub(BYLINE_ABOVE_ARTICLE)..judged.article.start + 1;
    let is_byline_of_the_article = |index: usize, line: &str| {
        let near_headline = headline_index.is_some_and(|headline| index == headline + 1);
        let is_dateline_alone =
            dateline::split_dateline(line).is_some_and(|(_, rest)| rest.is_empty());
        (near_headline || index < 3 || byline_zone.contains(&index))
            && (dateline::is_byline(line) || is_dateline_alone)
    };
    let mut body: Vec<SourceLine<'_>> = Vec::with_capacity(content.len());
    let headline_key = related::comparable(&headline);
    for ((index, line), judgement) in content.iter().enumerate().zip(&judgements) {
        if Some(index) == headline_index {
            continue;
        }
        if related::comparable(line.text) == headline_key {
            removed.push(removal(
                line.number,
                line.text,
                RemovalRule::RepeatedHeadline,
            ));
        } else if !judgement.is_article && !is_byline_of_the_article(index, line.text) {
            removed.push(Removal {
                // The page's markup, not a score, judged a page's line.
                score: (furniture == Furniture::Judge).then_some(judgement.score),
                ..removal(line.number, line.text, RemovalRule::PageFurniture)
            });
        } else {
            body.push(*line);
        }
    }

    let body_texts: Vec<&str> = body.iter().map(|line| line.text).collect();
    let about_start = closing_about::closing_about_start(&body_texts);
    for line in body.drain(about_start..) {
        removed.push(removal(line.number, line.text, RemovalRule::PageFurniture));
    }

    let byline = take_byline(&mut body, &content, headline_index);
    if let Some(line) = &byline {
        findings.push(finding(line.number, Part::Byline, line.text));
    }

    let mut byline = byline.map(|line| text(line.text));
    let mut dateline = None;
    if let Some(first) = body.first_mut() {
        let opening = match dateline::split_dateline(first.text) {
            Some((place, rest)) => Some((None, place, rest)),
            // A byline may open the dateline's paragraph: "By Jane Doe, SEOUL — …".
            None if byline.is_none() => dateline::split_byline_dateline(first.text)
                .map(|opening| (Some(opening.byline), opening.place, opening.rest)),
            None => None,
        };
        if let Some((paragraph_byline, place, rest)) = opening {
            if let Some(paragraph_byline) = paragraph_byline {
                findings.push(finding(first.number, Part::Byline, paragraph_byline));
                byline = Some(text(paragraph_byline));
            }
            findings.push(finding(first.number, Part::Dateline, place));
            dateline = Some(text(place));
            first.text = rest;
            if rest.is_empty() {
                body.remove(0);
            }
        }
    }
    let body = Body::try_from(body_blocks(&body, marks)).map_err(|_| ImportError::NoBody)?;

    let mut related = Vec::new();
    for (item, verdict) in items.iter().zip(related::clean_related(&items, &headline)) {
        match verdict {
            Ok(kept) => related.push(kept),
            Err(rule) if item.text.is_empty() => removed.push(Removal {
                // An empty item is recorded by its mark, as the text had it.
                text: text("-"),
                line: line_number(item.number),
                rule,
                score: None,
            }),
            Err(rule) => removed.push(removal(item.number, item.text, rule)),
        }
    }
    if let Some(first) = items.first() {
        findings.push(Finding {
            line: Some(line_number(first.number)),
            part: Part::RelatedList {
                kept: related.len(),
            },
            value: format!("{} items", items.len()),
        });
    }

    let language = match &options.language {
        Some(language) => language.clone(),
        None => {
            let guessed = guessed_language.unwrap_or("und");
            findings.push(Finding {
                line: None,
                part: Part::GuessedLanguage,
                value: guessed.to_owned(),
            });
            LanguageTag::try_from(guessed).expect("the guesses are well-formed tags")
        }
    };

    removed.sort_by_key(|removal| removal.line);
    findings.sort_by_key(|finding| finding.line);
    let article = Article {
        id: options.id.clone().unwrap_or_else(|| slug_for(&headline)),
        headline,
        section: None,
        dek: None,
        byline,
        dateline,
        published,
        language,
        body,
        photo: None,
        related,
        source: None,
        removed,
    };
    Ok(Imported { article, findings })
}

/// The body's blocks: a paragraph a line, or the heading or quotation the
/// page's markup made it; a quotation's attribution goes with the quotation
/// just before it.
fn body_blocks(lines: &[SourceLine<'_>], marks: &LineMarks) -> Vec<Block> {
    use html_page::structure::BlockKind;
    let mut blocks: Vec<Block> = Vec::with_capacity(lines.len());
    for line in lines {
        let line_text = text(line.text);
        match (marks.kind(line.number), blocks.last_mut()) {
            (
                BlockKind::QuoteAttribution,
                Some(Block::Quote {
                    attribution: attribution @ None,
                    ..
                }),
            ) => {
                // The viewer sets the dash before an attribution itself.
                let name = line.text.trim_start_matches(['—', '–', '―', '-', ' ']);
                *attribution = Some(if name.is_empty() {
                    line_text
                } else {
                    text(name)
                });
            }
            (BlockKind::Quote, _) => blocks.push(Block::Quote {
                text: line_text,
                attribution: None,
            }),
            (BlockKind::Heading, _) => blocks.push(Block::Heading { text: line_text }),
            (BlockKind::Paragraph | BlockKind::QuoteAttribution, _) => {
                blocks.push(Block::Paragraph { text: line_text });
            }
        }
    }
    blocks
}

/// How many lines above the article's first paragraph a byline is kept for
/// the byline step, past the date, the share buttons and the photo credit.
const BYLINE_ABOVE_ARTICLE: usize = 6;

/// How many lines above the article's first paragraph the headline is looked
/// for first: a page puts its headline just above the article, with a byline,
/// a date or a photo credit between.
const HEADLINE_ABOVE_ARTICLE: usize = 12;

/// The headline, and the index of its line in `content` when it is one. It is
/// looked for near the article first, then in the whole text.
fn find_headline(
    content: &[SourceLine<'_>],
    candidates: &[&str],
    article: Range<usize>,
    options: &ImportOptions,
    findings: &mut Vec<Finding>,
) -> Result<(Text, Option<usize>), ImportError> {
    if let Some(given) = &options.headline {
        let key = related::comparable(given);
        let index = content
            .iter()
            .position(|line| related::comparable(line.text) == key);
        findings.push(Finding {
            line: index.map(|index| line_number(content[index].number)),
            part: Part::GivenHeadline,
            value: given.to_string(),
        });
        return Ok((given.clone(), index));
    }
    let near = article.start.saturating_sub(HEADLINE_ABOVE_ARTICLE)..article.end;
    let choice = headline::choose_headline(&candidates[near.clone()])
        .map(|choice| headline::Choice {
            index: choice.index + near.start,
            ..choice
        })
        .or_else(|| headline::choose_headline(candidates))
        .ok_or(ImportError::NoHeadline)?;
    let line = content[choice.index];
    findings.push(finding(
        line.number,
        Part::ChosenHeadline {
            score: choice.score,
            candidates: choice.candidates,
        },
        line.text,
    ));
    Ok((text(line.text), Some(choice.index)))
}

/// Takes the byline out of `body`: it is among the first three lines of the text,
/// or the first line of the body under the headline (what was removed between,
/// such as a second copy of the headline or a stamp, aside).
fn take_byline<'a>(
    body: &mut Vec<SourceLine<'a>>,
    content: &[SourceLine<'a>],
    headline_index: Option<usize>,
) -> Option<SourceLine<'a>> {
    let headline_number = headline_index.map(|index| content[index].number);
    let under_headline = headline_number
        .and_then(|headline| body.iter().find(|line| line.number > headline))
        .map(|line| line.number);
    let position = body.iter().position(|line| {
        let is_near_the_top = content.iter().take(3).any(|top| top.number == line.number);
        let is_under_headline = under_headline == Some(line.number);
        (is_near_the_top || is_under_headline) && dateline::is_byline(line.text)
    })?;
    Some(body.remove(position))
}

/// The article id made from its headline: lowercase ASCII letters and digits,
/// every other run of characters a single hyphen; apostrophes and the separators
/// inside numbers ("2,000", "3.5") are dropped, accented Latin letters lose their
/// accents, and the id is cut at a word boundary to 128 characters. A headline
/// written mostly in other scripts (한국어, 日本語) gets `article-` and a hash of the
/// headline instead, so the same headline always gets the same id.
pub fn slug_for(headline: &str) -> Slug {
    let characters: Vec<char> = headline.chars().collect();
    let mut slug = String::with_capacity(headline.len());
    let mut kept = 0;
    for (index, &character) in characters.iter().enumerate() {
        let between_digits = index > 0
            && characters[index - 1].is_ascii_digit()
            && characters.get(index + 1).is_some_and(char::is_ascii_digit);
        if matches!(character, '\'' | '’' | 'ʼ')
            || (between_digits && matches!(character, ',' | '.'))
        {
            continue;
        }
        match ascii_letters(character) {
            Some(letters) => {
                kept += 1;
                slug.push_str(letters);
            }
            None if character.is_ascii_alphanumeric() => {
                kept += 1;
                slug.push(character.to_ascii_lowercase());
            }
            None if !slug.is_empty() && !slug.ends_with('-') => slug.push('-'),
            None => {}
        }
    }
    let mut slug = slug.trim_end_matches('-').to_owned();
    if slug.len() > 128 {
        let cut = slug[..=128].rfind('-').unwrap_or(128);
        slug.truncate(cut);
    }
    let alphanumeric = characters.iter().filter(|c| c.is_alphanumeric()).count();
    if slug.is_empty() || kept * 2 < alphanumeric {
        slug = format!("article-{:08x}", fnv1a(headline));
    }
    Slug::try_from(slug).expect("the slug is made of a-z, digits and single hyphens")
}

/// Accented Latin letters as the ASCII letters they are written with in a URL.
fn ascii_letters(character: char) -> Option<&'static str> {
    Some(match character.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// FNV-1a, 32 bits: a short, stable hash with no dependency.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

fn text(value: &str) -> Text {
    Text::try_from(value).expect("lines are trimmed and not empty")
}

fn line_number(number: u32) -> NonZeroU32 {
    NonZeroU32::new(number).expect("lines are counted from 1")
}

fn removal(line: u32, cut: &str, rule: RemovalRule) -> Removal {
    Removal {
        text: text(cut),
        line: line_number(line),
        rule,
        score: None,
    }
}

fn finding(line: u32, part: Part, value: &str) -> Finding {
    Finding {
        line: Some(line_number(line)),
        part,
        value: value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_headings_and_quotes_of_the_lines_marked_so() {
        use html_page::structure::BlockKind;
        let source =
            "Headline here\nA paragraph.\nA heading\nQuoted words.\nThe speaker\nThe speaker again";
        let lines = source_lines(source);
        let marks = LineMarks {
            kinds: vec![
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Quote,
                BlockKind::QuoteAttribution,
                BlockKind::QuoteAttribution,
            ],
            not_article: Vec::new(),
        };
        assert_eq!(
            body_blocks(&lines[1..], &marks),
            [
                Block::Paragraph {
                    text: text("A paragraph.")
                },
                Block::Heading {
                    text: text("A heading")
                },
                Block::Quote {
                    text: text("Quoted words."),
                    attribution: Some(text("The speaker")),
                },
                // A second attribution has no quotation of its own left.
                Block::Paragraph {
                    text: text("The speaker again")
                },
            ]
        );
    }

    fn import(source: &str) -> Article {
        import_article(source, &ImportOptions::default())
            .unwrap()
            .article
    }

    fn paragraphs(article: &Article) -> Vec<&str> {
        article
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph { text } => &**text,
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn makes_slugs_from_headlines() {
        for (headline, slug) in [
            (
                "2,000 North Korean troops killed in Russia deployment: Seoul spy agency",
                "2000-north-korean-troops-killed-in-russia-deployment-seoul-spy-agency",
            ),
            (
                "Seoul’s spy agency says 3.5 % more",
                "seouls-spy-agency-says-35-more",
            ),
            ("Straße in München gesperrt", "strasse-in-munchen-gesperrt"),
            ("“Quoted” — and dashed…", "quoted-and-dashed"),
        ] {
            assert_eq!(&*slug_for(headline), slug, "{headline}");
        }
        let korean = slug_for("북한군 2천명 사망");
        assert!(korean.starts_with("article-"), "{korean}");
        assert_eq!(korean, slug_for("북한군 2천명 사망"));
        assert_ne!(korean, slug_for("북한군 사망"));
        assert!(slug_for(&"word ".repeat(60)).len() <= 128);
    }

    #[test]
    fn takes_byline_and_dateline_into_their_fields() {
        let article = import(
            "Heavy rain floods Nairobi as river bursts its banks\n\
             By Jane Doe\n\
             NAIROBI, Kenya — Heavy rain flooded Nairobi on Monday as the river burst its banks.\n\
             Officials said the river rose two metres.\n",
        );
        assert_eq!(article.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(article.dateline.as_deref(), Some("NAIROBI, Kenya"));
        assert_eq!(
            paragraphs(&article)[0],
            "Heavy rain flooded Nairobi on Monday as the river burst its banks."
        );
    }

    #[test]
    fn records_every_removal_with_line_and_rule() {
        let article = import(
            "Heavy rain floods Nairobi as river bursts its banks\n\
             Advertisement\n\
             Heavy rain flooded Nairobi on Monday as the river burst its banks. Read more: https://spam.example\n\
             https://spam.example/bare\n\
             Heavy rain floods Nairobi as river bursts its banks\n\
             - A related story\n\
             - 404 Not Found\n",
        );
        let removed: Vec<(u32, &str, &str)> = article
            .removed
            .iter()
            .map(|removal| (removal.line.get(), &*removal.text, removal.rule.id()))
            .collect();
        assert_eq!(
            removed,
            [
                (2, "Advertisement", "boilerplate"),
                (3, "Read more: https://spam.example", "attribution-spam"),
                (4, "https://spam.example/bare", "bare-url"),
                (
                    5,
                    "Heavy rain floods Nairobi as river bursts its banks",
                    "repeated-headline"
                ),
                (7, "404 Not Found", "http-error-in-related"),
            ]
        );
        assert_eq!(
            paragraphs(&article),
            ["Heavy rain flooded Nairobi on Monday as the river burst its banks."]
        );
    }

    #[test]
    fn uses_a_given_headline_and_takes_its_line_out() {
        let options = ImportOptions {
            headline: Some(text("The council met")),
            language: Some(LanguageTag::try_from("en-GB").unwrap()),
            id: Some(Slug::try_from("council").unwrap()),
        };
        let imported = import_article(
            "The council met.\nIt decided nothing, members said.\n",
            &options,
        )
        .unwrap();
        let article = imported.article;
        assert_eq!(&*article.headline, "The council met");
        assert_eq!(&*article.id, "council");
        assert_eq!(&*article.language, "en-GB");
        assert_eq!(paragraphs(&article), ["It decided nothing, members said."]);
    }

    #[test]
    fn refuses_empty_text_and_text_without_headline_or_body() {
        let options = ImportOptions::default();
        assert_eq!(
            import_article(" \n\u{feff}", &options),
            Err(ImportError::Empty)
        );
        assert_eq!(
            import_article("\u{feff} \r\n\t", &options),
            Err(ImportError::Empty)
        );
        assert_eq!(
            import_article("The council met.\nIt decided nothing.", &options),
            Err(ImportError::NoHeadline)
        );
        assert_eq!(
            import_article(
                "Council meets in Nairobi on Monday\nAdvertisement\n- A story",
                &options
            ),
            Err(ImportError::NoBody)
        );
    }
}
