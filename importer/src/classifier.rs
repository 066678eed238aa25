//! Article text or page furniture: a judgement of every line of a scraped page.
//!
//! Scraped text often holds the whole page as a browser shows it: the menu, the
//! headline, the article, the links to other stories, the footer. Phrase lists
//! cannot know every site's furniture, so each line is judged by what it is, in
//! the manner of jusText and boilerpipe (shallow text features, then its
//! neighbours):
//!
//! 1. Each line alone. Article text is long, and full of the language's little
//!    words ("the", "of", "und", "que"): its share of stopwords is high. Furniture
//!    is short (menus, buttons, links to other stories), or names no one and says
//!    nothing: a copyright notice, a consent banner, a call to subscribe,
//!    download or share, a photo credit, a timestamp, an address. Those phrases
//!    count as evidence against a short line only: a long paragraph that
//!    mentions cookies is still a paragraph. The wording of notices ("we use
//!    cookies", "all rights reserved") counts at any length.
//! 2. Its neighbours. Article text comes in runs and furniture in runs, so a
//!    short line takes the side of the text around it: a short quotation or a
//!    subheading between two paragraphs is article text; a short line among menu
//!    entries is furniture. A short line that ends like a sentence stays with
//!    the article it touches, and a short prompt between two paragraphs ("Sign
//!    up for our newsletter") does not part them.
//! 3. The article's extent. The article is the run of lines, from its first
//!    paragraph to its last, where article text outweighs the furniture between;
//!    anything beyond, such as a long comment under the article or a paragraph of
//!    the site's "about us", is furniture too.
//!
//! When no line of the text reads as a paragraph (a short text, or a list of
//! notes), there is no article to tell the furniture from: only what is plainly
//! furniture goes, by its wording or as a run of menu entries.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::words::is_cjk;

/// A line's verdict, and how much it read like article text: 0 (furniture) to
/// 100 (article text), as the removal records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Judgement {
    pub is_article: bool,
    pub score: u8,
    /// Says what furniture says (a credit, a timestamp, an address, a call to
    /// act), whatever its neighbours: never the headline.
    pub has_furniture_wording: bool,
}

/// Lines at least this long (in characters; a CJK character counts three) can
/// be paragraphs on their own.
const PARAGRAPH_CHARACTERS: usize = 120;
/// A whole sentence this long (about a dozen words) is a paragraph too.
const SENTENCE_CHARACTERS: usize = 70;
/// Shorter than this, a line says too little to be judged alone.
const SHORT_CHARACTERS: usize = 60;
/// The share of stopwords above which a long line reads as prose, and the lower
/// share that still reads as prose next to other prose. An English paragraph has
/// about half its words in the stopword list; a headline, a menu or a list of
/// names much fewer.
const PROSE_STOPWORDS: f32 = 0.32;
const NEAR_PROSE_STOPWORDS: f32 = 0.25;
/// Below this many words, a line with furniture's wording is furniture; a
/// longer one ("…the oatmeal cookies it has sold since 1952…") is judged by the
/// text around it.
const FURNITURE_WORDING_WORDS: usize = 20;
/// Fewer words than this, a line of furniture's wording is an interjection.
const INTERJECTION_WORDS: usize = 14;
/// More short lines together than this are a list of links or a menu, not a
/// subheading or a short quotation inside the article.
const MAX_SHORT_RUN: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Article,
    /// Could be article text, if article text is next to it.
    NearArticle,
    Short,
    Furniture,
}

/// What a line is, measured.
#[derive(Debug, Clone, Copy)]
struct Features {
    characters: usize,
    words: usize,
    stopword_share: Option<f32>,
    ends_a_sentence: bool,
    furniture_wording: bool,
    /// Wording only furniture uses, at any length: a consent banner, a wire's
    /// redistribution notice, a call to subscribe.
    notice_wording: bool,
    address: bool,
    /// Says when rather than what: "2 days ago at 07:50 am", "Nov 19, 2019, 10:31 pm".
    timestamp: bool,
    /// A title run into its summary without a space ("…Dearborn StudentA
    /// 24-year-old woman…"): a teaser whose two parts a scraper glued together.
    glued_title: bool,
}

/// Every line's verdict, and where the article is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Judged {
    pub lines: Vec<Judgement>,
    /// The lines from the article's first paragraph to its last; every line
    /// when the text has no paragraph to tell the article by.
    pub article: Range<usize>,
}

impl Judged {
    /// Every line article text, as the text of an extractor that has already
    /// removed the page's furniture is; only furniture's wording is noted, so
    /// that a credit or a stamp is never taken for the headline.
    pub fn everything_article(lines: &[&str]) -> Self {
        let lines: Vec<Judgement> = lines
            .iter()
            .map(|line| {
                let lower = line.to_lowercase();
                Judgement {
                    is_article: true,
                    score: 100,
                    has_furniture_wording: has_furniture_wording(&lower)
                        || has_notice_wording(&lower),
                }
            })
            .collect();
        let article = 0..lines.len();
        Self { lines, article }
    }
}

impl Judged {
    /// The lines of an extractor's text, with those its page's markup says are
    /// not the article's (`not_article`, a flag a line) judged furniture, and
    /// the rest article text; furniture's wording is noted as for
    /// [`Judged::everything_article`].
    pub fn marked(lines: &[&str], not_article: &[bool]) -> Self {
        let mut judged = Self::everything_article(lines);
        // The markup does not always set apart the comments, tags or other
        // stories under the article; their heading still says where they begin.
        let mut article_so_far = 0;
        let mut what_follows = lines.len();
        for (index, (line, &not_article)) in lines.iter().zip(not_article).enumerate() {
            if article_so_far >= PARAGRAPH_CHARACTERS * 2 && opens_what_follows_an_article(line) {
                what_follows = index;
                break;
            }
            if !not_article {
                article_so_far += line.chars().count();
            }
        }
        for (index, (judgement, &not_article)) in
            judged.lines.iter_mut().zip(not_article).enumerate()
        {
            if not_article || index >= what_follows {
                judgement.is_article = false;
                judgement.score = 0;
            }
        }
        let first = judged
            .lines
            .iter()
            .position(|judgement| judgement.is_article);
        let last = judged
            .lines
            .iter()
            .rposition(|judgement| judgement.is_article);
        if let (Some(first), Some(last)) = (first, last) {
            judged.article = first..last + 1;
        }
        judged
    }
}

/// Judges every line of `lines`, a scraped text without blank lines, written in
/// `language` (a BCP 47 tag, or `und`).
pub(super) fn judge_lines(lines: &[&str], language: &str) -> Judged {
    let stopwords = stopwords_for(language);
    let features: Vec<Features> = lines.iter().map(|line| measure(line, stopwords)).collect();
    let mut classes: Vec<Class> = features.iter().map(classify).collect();
    // A line the page shows twice is a link or a teaser shown in two lists: an
    // article does not repeat its paragraphs.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        *seen.entry(line).or_default() += 1;
    }
    for ((class, line), features) in classes.iter_mut().zip(lines).zip(&features) {
        // A short line, such as a table's header row, may well come back.
        if seen[line] > 1 && features.words >= 6 {
            *class = Class::Furniture;
        }
    }
    if !classes.contains(&Class::Article) {
        // No paragraph to tell the article by: only what is plainly furniture
        // goes, by its wording or as a menu.
        let short_runs = short_runs(&classes, &features);
        let lines = features
            .iter()
            .zip(short_runs)
            .map(|(features, short_run)| {
                let is_article = !features.says_what_furniture_says() && short_run <= MAX_SHORT_RUN;
                Judgement {
                    is_article,
                    score: score(features, is_article),
                    has_furniture_wording: features.says_what_furniture_says(),
                }
            })
            .collect();
        return Judged {
            lines,
            article: 0..features.len(),
        };
    }
    resolve_by_neighbours(&mut classes, &features);
    let (start, end) = article_extent(&classes, &features, lines);
    let lines = classes
        .iter()
        .zip(&features)
        .enumerate()
        .map(|(index, (class, features))| {
            let is_article = *class == Class::Article && (start..=end).contains(&index);
            Judgement {
                is_article,
                score: score(features, is_article),
                has_furniture_wording: features.says_what_furniture_says(),
            }
        })
        .collect();
    Judged {
        lines,
        article: start..end + 1,
    }
}

fn measure(line: &str, stopwords: Option<&HashSet<&'static str>>) -> Features {
    let cjk = line.chars().filter(|&character| is_cjk(character)).count();
    let characters = line.chars().count() + 2 * cjk;
    // Lowercased once, with the typographic apostrophe as the lists write it.
    let lower = line.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|character: char| !character.is_alphanumeric() && character != '\'')
        .filter(|word| !word.is_empty())
        .collect();
    let stopword_share = stopwords.map(|stopwords| {
        if cjk > words.len() {
            cjk_stopword_share(line, stopwords)
        } else if words.is_empty() {
            0.0
        } else {
            let hits = words
                .iter()
                .filter(|word| stopwords.contains(*word))
                .count();
            hits as f32 / words.len() as f32
        }
    });
    Features {
        characters,
        words: words.len().max(cjk / 2),
        stopword_share,
        ends_a_sentence: ends_a_sentence(line),
        furniture_wording: has_furniture_wording(&lower),
        notice_wording: has_notice_wording(&lower),
        address: has_address(line),
        timestamp: words.len() <= 12 && is_timestamp(&words),
        glued_title: has_glued_title(line),
    }
}

impl Features {
    fn says_what_furniture_says(&self) -> bool {
        self.furniture_wording || self.notice_wording || self.address || self.timestamp
    }

    /// A short line of furniture's wording: a prompt or a credit the page puts
    /// between paragraphs, which does not part the article around it.
    fn is_interjection(&self) -> bool {
        self.words < INTERJECTION_WORDS && self.says_what_furniture_says()
    }
}

/// The first judgement, of the line alone.
fn classify(features: &Features) -> Class {
    let prose_share = features.stopword_share.unwrap_or(PROSE_STOPWORDS);
    if features.notice_wording && features.words < 60 {
        return Class::Furniture;
    }
    // A whole sentence of ten words or more is judged by its neighbours even
    // with such wording: "Read more about the scheme in the council's guide at …".
    let is_a_sentence = features.ends_a_sentence && features.words >= 10;
    if features.furniture_wording && features.words < FURNITURE_WORDING_WORDS && !is_a_sentence {
        return Class::Furniture;
    }
    if features.glued_title && features.words < 80 {
        return Class::Furniture;
    }
    if (features.address || features.timestamp) && features.words < 12 {
        return Class::Furniture;
    }
    let is_paragraph = features.characters >= PARAGRAPH_CHARACTERS
        || (features.characters >= SENTENCE_CHARACTERS && features.ends_a_sentence);
    if is_paragraph && prose_share >= PROSE_STOPWORDS {
        // Longer text with furniture's words is article text only among article text.
        return if features.furniture_wording {
            Class::NearArticle
        } else {
            Class::Article
        };
    }
    if features.characters < SHORT_CHARACTERS {
        return Class::Short;
    }
    if prose_share >= NEAR_PROSE_STOPWORDS || features.ends_a_sentence {
        Class::NearArticle
    } else {
        Class::Furniture
    }
}

/// For each line, how many short lines that are no sentence stand together
/// with it: a run of them is a menu or a list of links, whatever surrounds it.
fn short_runs(classes: &[Class], features: &[Features]) -> Vec<usize> {
    let mut short_run = vec![0; classes.len()];
    let mut run_start = 0;
    for index in 0..=classes.len() {
        // Furniture already known by its wording ("Sign in", "Privacy policy")
        // belongs to the run as much as the rest of a menu.
        let is_short = index < classes.len()
            && matches!(classes[index], Class::Short | Class::Furniture)
            && features[index].characters < SHORT_CHARACTERS
            && !features[index].ends_a_sentence;
        if !is_short {
            for length in &mut short_run[run_start..index] {
                *length = index - run_start;
            }
            run_start = index + 1;
        }
    }
    short_run
}

/// Short and near-article lines take the side of their neighbours.
fn resolve_by_neighbours(classes: &mut [Class], features: &[Features]) {
    let first_pass = classes.to_vec();
    let short_run = short_runs(&first_pass, features);
    // The nearest line on one side that is article text or furniture, as
    // `classes` judge it.
    let nearest = |classes: &[Class], from: usize, step: isize| -> Option<Class> {
        let mut index = from as isize + step;
        while index >= 0 && (index as usize) < classes.len() {
            match classes[index as usize] {
                Class::Short | Class::NearArticle => {}
                Class::Furniture if features[index as usize].is_interjection() => {}
                class => return Some(class),
            }
            index += step;
        }
        None
    };
    // First the prose too short to stand alone, by the paragraphs around it.
    for index in 0..classes.len() {
        if first_pass[index] == Class::NearArticle {
            let next_to_article = nearest(&first_pass, index, -1) == Some(Class::Article)
                || nearest(&first_pass, index, 1) == Some(Class::Article);
            classes[index] = if next_to_article {
                Class::Article
            } else {
                Class::Furniture
            };
        }
    }
    // Then the short lines, by the prose around them.
    let resolved_prose = classes.to_vec();
    for index in 0..classes.len() {
        if first_pass[index] != Class::Short {
            continue;
        }
        let article_before = nearest(&resolved_prose, index, -1) == Some(Class::Article);
        let article_after = nearest(&resolved_prose, index, 1) == Some(Class::Article);
        let ends_a_sentence = features[index].ends_a_sentence;
        classes[index] = if short_run[index] > MAX_SHORT_RUN {
            Class::Furniture
        } else if (article_before && article_after)
            || ((article_before || article_after) && ends_a_sentence)
        {
            Class::Article
        } else {
            Class::Furniture
        };
    }
}

/// The first and last line of the article: the run whose article text most
/// outweighs the furniture inside it, each line weighed by its length, ending
/// where the comments or the links to other stories begin.
fn article_extent(classes: &[Class], features: &[Features], lines: &[&str]) -> (usize, usize) {
    let mut best = (0, 0, f32::MIN);
    let mut start = 0;
    let mut sum = 0.0;
    let mut article_so_far = 0;
    for (index, (class, features)) in classes.iter().zip(features).enumerate() {
        if article_so_far >= PARAGRAPH_CHARACTERS * 2 && opens_what_follows_an_article(lines[index])
        {
            break;
        }
        let length = features.characters as f32;
        let value = match class {
            Class::Article => length,
            Class::NearArticle => 0.0,
            Class::Short if features.ends_a_sentence => 0.0,
            Class::Short => -SHORT_LINE_COST,
            Class::Furniture if features.is_interjection() => -SHORT_LINE_COST,
            // A long caption or notice costs no more than a few menu entries.
            Class::Furniture => {
                -1.5 * length.clamp(SHORT_LINE_COST * 2.0, PARAGRAPH_CHARACTERS as f32)
            }
        };
        if sum <= 0.0 {
            start = index;
            sum = 0.0;
        }
        sum += value;
        if *class == Class::Article && start <= index {
            article_so_far += features.characters;
        }
        // Lines that cost nothing (a closing one-sentence paragraph) extend it.
        if sum > best.2 || (sum == best.2 && start == best.0 && value == 0.0) {
            best = (start, index, sum);
        }
    }
    (best.0, best.1)
}

/// What a short line costs the article around it: a subheading or two does not
/// split an article, a menu does.
const SHORT_LINE_COST: f32 = 20.0;

/// The heading of what pages put under an article: its comments, or more
/// stories.
fn opens_what_follows_an_article(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    if lower.chars().count() > 60 {
        return false;
    }
    let lower = lower.trim_matches(|character: char| !character.is_alphanumeric());
    let without_count =
        lower.trim_start_matches(|character: char| character.is_ascii_digit() || character == ' ');
    const HEADINGS: &[&str] = &[
        "comments",
        "comment",
        "responses",
        "replies",
        "reader comments",
        "discussion",
        "leave a comment",
        "post a comment",
        "add a comment",
        "join the conversation",
        "join the discussion",
        "read all comments",
        "show comments",
        "view comments",
        "related",
        "related articles",
        "related stories",
        "related posts",
        "related news",
        "more stories",
        "more from",
        "more news",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "read next",
        "most popular",
        "most read",
        "trending",
        "trending now",
        "latest news",
        "top stories",
        "more on this story",
        "further reading",
        "tags",
        "tagged",
        "etiquetas",
        "schlagwörter",
    ];
    let counted = without_count.len() < lower.len();
    HEADINGS.contains(&without_count.trim_end_matches(|character: char| {
        character.is_ascii_digit() || matches!(character, ' ' | '(' | ')')
    })) || (counted
        && [
            "responses to ",
            "thoughts on ",
            "comments on ",
            "replies to ",
        ]
        .iter()
        .any(|opening| without_count.starts_with(opening)))
        || ["tags:", "tagged:", "tagged with", "etiquetas:"]
            .iter()
            .any(|opening| lower.starts_with(opening))
        || [
            "share your thoughts",
            "what do you think",
            "tell us what you think",
            "have your say",
            "you may also be interested",
            "you might also be interested",
            // WordPress runs its form's "Cancel reply" link into the heading.
            "leave a reply",
        ]
        .iter()
        .any(|prompt| lower.starts_with(prompt))
        || lower.ends_with(" says")
        || lower.ends_with(" wrote")
}

/// How much the line read like article text, for the record: its stopword share
/// and length, and the verdict.
fn score(features: &Features, is_article: bool) -> u8 {
    let length = (features.characters as f32 / PARAGRAPH_CHARACTERS as f32).min(1.0);
    let prose = features
        .stopword_share
        .map_or(0.5, |share| (share / (2.0 * PROSE_STOPWORDS)).min(1.0));
    let evidence = 0.5 * length + 0.5 * prose;
    let evidence = if features.furniture_wording || features.address {
        evidence * 0.5
    } else {
        evidence
    };
    // The verdict decides which half of the scale the score is in.
    let value = if is_article {
        50.0 + 50.0 * evidence
    } else {
        50.0 * evidence
    };
    value.round().clamp(0.0, 100.0) as u8
}

fn ends_a_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', '»', '」', '』', ')', ']'])
        .chars()
        .next_back()
        .is_some_and(|last| matches!(last, '.' | '!' | '?' | '…' | '。' | '！' | '？'))
}

/// Whether the words are a date or a time and little else: a month's name or a
/// clock time, with numbers, or "… ago".
fn is_timestamp(words: &[&str]) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ];
    const TIME_WORDS: &[&str] = &[
        "am", "pm", "ago", "gmt", "utc", "est", "edt", "pst", "pdt", "cet",
    ];
    // "5", "2019", and the "32m" and "5h" of "32m ago".
    let is_number = |word: &&str| {
        let digits = word.trim_end_matches(['m', 'h', 'd', 's']);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    let numbers = words.iter().filter(|word| is_number(word)).count();
    let dated = words
        .iter()
        .any(|word| MONTHS.contains(word) || TIME_WORDS.contains(word));
    numbers >= 1 && dated && numbers * 2 + 2 >= words.len()
}

/// Whether a title runs on into its summary without a space: a word turns to
/// a capital after five lowercase letters or more ("SteakhouseA",
/// "DetroitOfficially"), and the words before it are a title, most of them
/// capitalised. Names written in one word ("PolitiFact", "LinkedIn") stand in
/// sentences, not at the end of a title.
fn has_glued_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let glued = words.iter().position(|word| {
        // Hashtags, handles and addresses are written in one word on purpose.
        if word.starts_with(['#', '@']) || word.contains('.') {
            return false;
        }
        let mut lowercase_run = 0;
        for character in word.chars() {
            if character.is_lowercase() {
                lowercase_run += 1;
            } else if character.is_uppercase() && lowercase_run >= 5 {
                return true;
            } else {
                lowercase_run = 0;
            }
        }
        false
    });
    let Some(glued) = glued else {
        return false;
    };
    let title = &words[..=glued];
    let capitalised = title
        .iter()
        .filter(|word| {
            word.chars()
                .next()
                .is_some_and(|first| !first.is_lowercase())
        })
        .count();
    title.len() >= 3 && capitalised * 3 >= title.len() * 2
}

/// A URL or an e-mail address in the line.
fn has_address(line: &str) -> bool {
    line.split_whitespace().any(|word| {
        let word = word.trim_matches(|character: char| !character.is_alphanumeric());
        word.starts_with("http://")
            || word.starts_with("https://")
            || word.starts_with("www.")
            || (word.contains('@')
                && word
                    .rsplit('@')
                    .next()
                    .is_some_and(|host| host.contains('.')))
    })
}

/// Phrases of notices and calls to act that article text does not use.
fn has_notice_wording(lower: &str) -> bool {
    const PHRASES: &[&str] = &[
        "we use cookies",
        "use of cookies",
        "cookie policy",
        "cookie settings",
        "accept all",
        "manage preferences",
        "all rights reserved",
        "may not be published, broadcast",
        "rewritten or redistributed",
        "subscribe to our",
        "sign up for our",
        "sign up to our",
        "download our app",
        "follow us on",
        "turn on notifications",
        // The same in the other languages of the language guess.
        "wir verwenden cookies",
        "alle rechte vorbehalten",
        "nous utilisons des cookies",
        "tous droits réservés",
        "abonnez-vous",
        "utilizamos cookies",
        "todos los derechos reservados",
        "utilizziamo i cookie",
        "tutti i diritti riservati",
        "todos os direitos reservados",
        "wij gebruiken cookies",
        "alle rechten voorbehouden",
        "무단 전재",
        "무단전재",
        "재배포 금지",
        "無断転載",
        "版权所有",
    ];
    static SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
    contains_any(&SEARCH, PHRASES, lower)
}

/// Wording that furniture uses and article text rarely does on a short line:
/// calls to act, legal and consent notices, photo credits, timestamps.
fn has_furniture_wording(lower: &str) -> bool {
    const PHRASES: &[&str] = &[
        // Calls to act.
        "subscribe",
        "sign up",
        "sign in",
        "log in",
        "newsletter",
        "download our app",
        "download the app",
        "get the app",
        "app store",
        "google play",
        "in your inbox",
        "follow us",
        "click here",
        "share this",
        "share on",
        "read more:",
        "read next",
        "see also",
        "more from",
        "recommended for you",
        "comments are closed",
        "join the conversation",
        "leave a comment",
        "advertisement",
        "sponsored",
        "related articles",
        "related stories",
        "most popular",
        "most read",
        "trending now",
        // Legal and consent.
        "copyright",
        "©",
        "all rights reserved",
        "cookie",
        "privacy policy",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "may not be published, broadcast",
        "without permission",
        // Photo credits.
        "photo:",
        "photograph:",
        "image:",
        "credit:",
        "getty images",
        "ap photo",
        "/reuters",
        "/afp",
        "file photo",
        // Timestamps.
        "updated:",
        "related:",
        "related coverage",
        // Calls to act, teasers and stamps in the other languages of the guess.
        "artikel teilen",
        "foto:",
        "bild:",
        "photo :",
        "publié le",
        "publicado el",
        "pubblicato il",
        "publicado em",
        "gepubliceerd op",
        "anzeige",
        "mehr zum thema",
        "lesen sie auch",
        "aktualisiert",
        "folgen sie uns",
        "abonnieren",
        "partager",
        "publicité",
        "lire aussi",
        "mis à jour",
        "suivez-nous",
        "compartir en",
        "publicidad",
        "lea también",
        "lee también",
        "síguenos",
        "suscríbete",
        "condividi",
        "pubblicità",
        "leggi anche",
        "seguici",
        "iscriviti",
        "compartilhe",
        "publicidade",
        "leia também",
        "siga-nos",
        "baixe o app",
        "baixe o nosso",
        "descarga nuestra app",
        "scarica l'app",
        "laden sie unsere app",
        "téléchargez notre application",
        "download onze app",
        "deel dit",
        "advertentie",
        "lees ook",
        "volg ons",
        "구독",
        "공유하기",
        "광고",
        "관련기사",
        "관련 기사",
        "シェア",
        "広告",
        "関連記事",
        "分享",
        "广告",
        "相关文章",
        "published:",
        "last updated",
        "minutes ago",
        "hours ago",
        "min read",
    ];
    static SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
    contains_any(&SEARCH, PHRASES, lower) || is_hashtag_line(lower)
}

/// Whether `text` contains any of `phrases`, in one pass over the text rather
/// than one per phrase: every line of every imported page is searched for a
/// hundred and more of them.
fn contains_any(search: &OnceLock<AhoCorasick>, phrases: &[&str], text: &str) -> bool {
    search
        .get_or_init(|| AhoCorasick::new(phrases).expect("the phrases are short literals"))
        .is_match(text)
}

/// Mostly hashtags: "#Millbridge #History #Bells".
fn is_hashtag_line(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let hashtags = words.iter().filter(|word| word.starts_with('#')).count();
    hashtags >= 2 && hashtags * 2 > words.len()
}

/// The share of a text without spaces that stopwords cover, by longest match.
fn cjk_stopword_share(line: &str, stopwords: &HashSet<&'static str>) -> f32 {
    let characters: Vec<char> = line
        .chars()
        .filter(|character| !character.is_whitespace())
        .collect();
    if characters.is_empty() {
        return 0.0;
    }
    let mut covered = 0;
    let mut index = 0;
    while index < characters.len() {
        let longest = (1..=4.min(characters.len() - index)).rev().find(|&length| {
            let candidate: String = characters[index..index + length].iter().collect();
            stopwords.contains(candidate.as_str())
        });
        match longest {
            Some(length) => {
                covered += length;
                index += length;
            }
            None => index += 1,
        }
    }
    covered as f32 / characters.len() as f32
}

/// The stopwords of the twelve languages the language guess knows, from the
/// stopwords-iso lists (crate `stop-words`), each built into a set once.
fn stopwords_for(language: &str) -> Option<&'static HashSet<&'static str>> {
    const LANGUAGES: [&str; 12] = [
        "en", "de", "fr", "es", "it", "pt", "nl", "ko", "ja", "zh", "el", "th",
    ];
    static SETS: [OnceLock<HashSet<&'static str>>; 12] = [const { OnceLock::new() }; 12];
    let primary = language.split('-').next().unwrap_or_default();
    let index = LANGUAGES
        .iter()
        .position(|code| code.eq_ignore_ascii_case(primary))?;
    Some(SETS[index].get_or_init(|| {
        stop_words::lookup(LANGUAGES[index])
            .unwrap_or_default()
            .iter()
            .copied()
            .collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPHS: [&str; 3] = [
        "The council of the harbour town voted on Thursday to rebuild the pier that a winter storm tore apart in January, after months of argument about its cost.",
        "The new pier will be longer than the old one, the council said, so that the ferry can berth at low tide, which it could not do before the storm.",
        "Fishing crews have used a neighbouring village's jetty since the storm, adding an hour to each of their trips and, they say, a good deal to their costs.",
    ];

    /// The lines of `lines` judged article text.
    fn kept<'a>(lines: &[&'a str]) -> Vec<&'a str> {
        let judged = judge_lines(lines, "en");
        lines
            .iter()
            .zip(&judged.lines)
            .filter(|(_, judgement)| judgement.is_article)
            .map(|(line, _)| *line)
            .collect()
    }

    #[test]
    fn keeps_the_article_and_drops_the_menu_and_footer_around_it() {
        let mut lines = vec!["Home", "World", "Politics", "Business", "Sport", "Opinion"];
        lines.push("Harbour town votes to rebuild its pier");
        lines.extend(PARAGRAPHS);
        lines.extend([
            "About us",
            "Contact",
            "Privacy policy",
            "© 2025 Harbour Gazette",
        ]);
        assert_eq!(kept(&lines), PARAGRAPHS);
    }

    #[test]
    fn keeps_short_quotations_and_subheadings_between_paragraphs() {
        let lines = [
            PARAGRAPHS[0],
            "“We will rebuild,” she said.",
            PARAGRAPHS[1],
            "A longer pier",
            PARAGRAPHS[2],
        ];
        assert_eq!(kept(&lines), lines);
    }

    #[test]
    fn keeps_every_line_of_a_text_without_a_paragraph() {
        let lines = ["The council met", "It decided nothing", "Members went home"];
        let judged = judge_lines(&lines, "en");
        assert!(judged.lines.iter().all(|judgement| judgement.is_article));
        assert_eq!(judged.article, 0..3);
    }

    #[test]
    fn ends_the_article_where_its_comments_begin() {
        let mut lines = PARAGRAPHS.to_vec();
        lines.extend([
            "34 responses to “Harbour town votes to rebuild its pier”",
            "harbourfan says:",
            "It is about time somebody did something about that pier, which has been an eyesore for as long as anybody in this town can remember.",
        ]);
        assert_eq!(kept(&lines), PARAGRAPHS);
    }

    #[test]
    fn ends_a_marked_article_where_its_tags_or_comments_begin() {
        for heading in [
            "Tags",
            "Tags: harbour, ferries",
            "Leave a comment",
            "Leave a Reply Cancel reply",
            "You may also be interested in...",
        ] {
            let mut lines = PARAGRAPHS.to_vec();
            lines.extend([heading, "harbour, pier, council, ferry"]);
            let judged = Judged::marked(&lines, &[false; 5]);
            let kept: Vec<&str> = lines
                .iter()
                .zip(&judged.lines)
                .filter(|(_, judgement)| judgement.is_article)
                .map(|(line, _)| *line)
                .collect();
            assert_eq!(kept, PARAGRAPHS, "{heading}");
            assert_eq!(judged.article, 0..3);
        }
    }

    #[test]
    fn judges_furniture_wording_only_on_short_lines() {
        let consent = "We use cookies to improve your experience. Accept all";
        let long_with_cookies = "The bakery on the harbour front, which has sold the same oatmeal cookies since 1952, will close for the summer while the pier is rebuilt.";
        let lines = [PARAGRAPHS[0], consent, long_with_cookies, PARAGRAPHS[1]];
        assert_eq!(
            kept(&lines),
            [PARAGRAPHS[0], long_with_cookies, PARAGRAPHS[1]]
        );
    }

    #[test]
    fn keeps_a_sentence_that_ends_in_an_address() {
        let with_url = "The full plans for the new pier, with drawings of every stage of the work, are on the council's website at https://council.example/pier.";
        let lines = [PARAGRAPHS[0], with_url, PARAGRAPHS[1]];
        assert_eq!(kept(&lines), lines);
    }

    #[test]
    fn takes_a_line_the_page_shows_twice_for_a_link() {
        let teaser = "Ferry timetable to change in spring as the harbour works begin";
        let lines = [teaser, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], teaser];
        assert_eq!(kept(&lines), PARAGRAPHS);
    }

    #[test]
    fn finds_titles_glued_to_their_summaries() {
        assert!(has_glued_title(
            "Customers Leave Without Paying At Troy SteakhouseA party of six left"
        ));
        assert!(!has_glued_title(
            "Share it on LinkedIn or read the PolitiFact report"
        ));
        assert!(!has_glued_title(
            "Follow the #NigerianSenatePlenary hashtag"
        ));
    }

    #[test]
    fn recognises_timestamps() {
        let is_stamp = |line: &str| {
            let lower = line.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .collect();
            is_timestamp(&words)
        };
        for stamp in [
            "November 19, 2019 at 7:02 am",
            "32m ago",
            "2 days ago at 07:50 am",
        ] {
            assert!(is_stamp(stamp), "{stamp}");
        }
        for line in ["May the best team win", "The 2019 season ended in May"] {
            assert!(!is_stamp(line), "{line}");
        }
    }

    #[test]
    fn has_stopwords_for_every_language_the_guess_knows() {
        for language in [
            "en", "de", "fr", "es", "it", "pt", "nl", "ko", "ja", "zh", "el", "th",
        ] {
            let stopwords = stopwords_for(language).expect(language);
            assert!(stopwords.len() > 20, "{language}: {}", stopwords.len());
        }
        assert!(stopwords_for("und").is_none());
        assert!(stopwords_for("en-GB").is_some());
    }

    #[test]
    fn scores_article_text_above_furniture() {
        let lines = ["Home", PARAGRAPHS[0], PARAGRAPHS[1], "Privacy policy"];
        let judged = judge_lines(&lines, "en");
        let scores: Vec<u8> = judged
            .lines
            .iter()
            .map(|judgement| judgement.score)
            .collect();
        assert!(scores[1] > 50 && scores[2] > 50, "{scores:?}");
        assert!(scores[0] < 50 && scores[3] < 50, "{scores:?}");
    }
}
