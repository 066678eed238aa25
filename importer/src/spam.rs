//! Recognising what scrapers add to an article: attribution spam, bare links,
//! page furniture and error pages.
//!
//! Every test here errs on the side of keeping: a line is only taken for noise
//! when it matches a known form as a whole, because losing a real sentence is
//! worse than keeping a little noise.

use edition::RemovalRule;

/// The rule that removes `line` as a whole, if one does.
pub(super) fn whole_line_rule(line: &str) -> Option<RemovalRule> {
    if is_bare_url(line) {
        Some(RemovalRule::BareUrl)
    } else if is_boilerplate(line) {
        Some(RemovalRule::Boilerplate)
    } else if is_http_error(line) {
        Some(RemovalRule::HttpError)
    } else if attribution_start(line) == Some(0) {
        Some(RemovalRule::AttributionSpam)
    } else {
        None
    }
}

/// Phrases that end an attribution, compared without regard to ASCII case. Each
/// must stand right before the URL that ends the line (a `:` between them may be
/// left out): "This news data comes from:http://…", "Read more: https://…".
const ATTRIBUTION_ENDINGS: &[&str] = &[
    "comes from",
    "come from",
    "came from",
    "is from",
    "taken from",
    "reprinted from",
    "republished from",
    "reproduced from",
    "copied from",
    "read more",
    "read more at",
    "read more here",
    "read the full story",
    "read the full story at",
    "read the full article",
    "read the full article at",
    "full story",
    "full article",
    "continue reading",
    "continue reading at",
    "originally published at",
    "originally published on",
    "originally published in",
    "first published at",
    "first published on",
    "first appeared on",
    "appeared first on",
    "source",
    "via",
    "original link",
    "original article",
];

/// An attribution is a short phrase: a sentence of more words that ends in one of
/// the phrases above and a link is taken for content and kept.
const MAX_ATTRIBUTION_WORDS: usize = 8;

/// Where an attribution that ends `line` begins, together with the punctuation
/// that glued it on (", This news data comes from:http://…"); 0 when the whole
/// line is one. `None` when the line does not end in an attribution.
pub(super) fn attribution_start(line: &str) -> Option<usize> {
    let (before_url, _) = split_trailing_url(line)?;
    let lead = before_url.trim_end();
    let lead = lead.strip_suffix([':', '：']).unwrap_or(lead).trim_end();
    let ending = ATTRIBUTION_ENDINGS
        .iter()
        .filter_map(|ending| ends_with_words(lead, ending))
        .min()?;
    let sentence_start = sentence_start(&lead[..ending]);
    let words = lead[sentence_start..].split_whitespace().count();
    if words > MAX_ATTRIBUTION_WORDS {
        return None;
    }
    // Take the glue too (", ", " | ", " - "), but never the sentence's own end.
    let glue_start = line[..sentence_start]
        .trim_end_matches(|character: char| {
            character.is_whitespace()
                || matches!(character, ',' | ';' | '|' | '-' | '–' | '—' | '·')
        })
        .len();
    Some(glue_start)
}

/// Where `ending` starts if `text` ends with it as whole words, ignoring ASCII case.
fn ends_with_words(text: &str, ending: &str) -> Option<usize> {
    let start = text.len().checked_sub(ending.len())?;
    if !text.is_char_boundary(start) || !text[start..].eq_ignore_ascii_case(ending) {
        return None;
    }
    let at_word_start = text[..start]
        .chars()
        .next_back()
        .is_none_or(|before| !before.is_alphanumeric());
    at_word_start.then_some(start)
}

/// Where the sentence that `text` ends with begins: just after the last sentence
/// mark and the closing quotes or brackets that belong to it.
fn sentence_start(text: &str) -> usize {
    let Some((mark, character)) = text
        .char_indices()
        .rev()
        .find(|&(_, character)| matches!(character, '.' | '!' | '?' | '…' | '。' | '！' | '？'))
    else {
        return 0;
    };
    let after_mark = mark + character.len_utf8();
    let closers = text[after_mark..]
        .chars()
        .take_while(|character| matches!(character, '"' | '\'' | '”' | '’' | '»' | ')' | ']'))
        .map(char::len_utf8)
        .sum::<usize>();
    after_mark + closers
}

/// Splits a line that ends with a web address into the text before it and the
/// address. The address may be followed by closing punctuation only.
pub(super) fn split_trailing_url(line: &str) -> Option<(&str, &str)> {
    let follows_a_boundary = |start: usize| {
        line[..start].chars().next_back().is_none_or(|before| {
            before.is_whitespace() || matches!(before, ':' | '：' | '(' | '<' | '[')
        })
    };
    // "http://www.…" holds two prefixes: the address starts at the first.
    let start = ["http://", "https://", "www."]
        .iter()
        .filter_map(|prefix| rfind_ignoring_ascii_case(line, prefix))
        .filter(|&start| follows_a_boundary(start))
        .max()?;
    let url = line[start..].trim_end_matches(['.', ',', ')', ']', '>', '»']);
    let is_one_token = url.len() > "www.".len() && !url.contains(char::is_whitespace);
    is_one_token.then(|| (&line[..start], url))
}

/// Where the last `needle` (ASCII) in `haystack` starts, ignoring ASCII case; it
/// starts on an ASCII byte, so on a character boundary.
fn rfind_ignoring_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .rposition(|window| {
            window[0].eq_ignore_ascii_case(&needle[0]) && window.eq_ignore_ascii_case(needle)
        })
}

/// A line that is only a web address, perhaps in angle brackets or parentheses.
pub(super) fn is_bare_url(line: &str) -> bool {
    let inner = line
        .trim_start_matches(['<', '(', '['])
        .trim_end_matches(['>', ')', ']']);
    matches!(split_trailing_url(inner), Some(("", _)))
}

/// Page furniture that scrapers keep as lines of their own.
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share this page",
    "share article",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share on whatsapp",
    "share via email",
    "email this article",
    "print this article",
    "print this page",
    "copy link",
    "link copied",
    "follow us",
    "follow us on facebook",
    "follow us on twitter",
    "follow us on x",
    "follow us on instagram",
    "subscribe",
    "subscribe now",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "click here to subscribe",
    "scroll to continue",
    "scroll to continue with content",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "continue reading",
    "continue reading below",
    "read more",
    "related",
    "related articles",
    "related news",
    "related stories",
    "related content",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended for you",
    "most read",
    "skip to content",
    "skip to main content",
    "back to top",
];

/// Social networks and sharing buttons: a line made only of these words ("Facebook",
/// "Twitter WhatsApp Email") is a row of sharing buttons.
const SHARING_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "tumblr",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "messenger",
    "flipboard",
    "weibo",
    "wechat",
    "kakaotalk",
    "email",
    "e-mail",
    "print",
    "share",
    "tweet",
    "copy",
    "link",
];

/// Whether `line` is page furniture on a line of its own.
pub(super) fn is_boilerplate(line: &str) -> bool {
    let trimmed = line.trim_matches(|character: char| {
        character.is_whitespace()
            || matches!(
                character,
                ':' | '.' | '!' | '…' | '|' | '•' | '·' | '-' | '–' | '—' | '»' | '>'
            )
    });
    let mut lowercase = String::new();
    let normalized = ascii_or_lowercase(trimmed, &mut lowercase);
    if normalized.is_empty() {
        return false;
    }
    is_one_of(normalized, BOILERPLATE_LINES)
        || normalized
            .split(|character: char| {
                character.is_whitespace() || matches!(character, '|' | '·' | '•' | '/' | ',')
            })
            .filter(|word| !word.is_empty())
            .all(|word| is_one_of(word, SHARING_WORDS))
}

/// `text` itself when it is ASCII, to be compared ignoring ASCII case, or else
/// lowercased into `lowercase`: most lines are ASCII and need no lowercase copy.
fn ascii_or_lowercase<'a>(text: &'a str, lowercase: &'a mut String) -> &'a str {
    if text.is_ascii() {
        text
    } else {
        *lowercase = text.to_lowercase();
        lowercase
    }
}

/// Whether `text`, ASCII or lowercase, is one of the lowercase `phrases`.
fn is_one_of(text: &str, phrases: &[&str]) -> bool {
    phrases
        .iter()
        .any(|phrase| phrase.eq_ignore_ascii_case(text))
}

/// Reason phrases of HTTP error statuses, and the other words error pages use.
const HTTP_REASONS: &[&str] = &[
    "bad request",
    "unauthorized",
    "payment required",
    "forbidden",
    "not found",
    "page not found",
    "file not found",
    "method not allowed",
    "not acceptable",
    "request timeout",
    "gone",
    "too many requests",
    "internal server error",
    "server error",
    "not implemented",
    "bad gateway",
    "service unavailable",
    "service temporarily unavailable",
    "gateway timeout",
    "gateway time-out",
    "web server is down",
    "connection timed out",
    "origin is unreachable",
    "a timeout occurred",
    "error",
];

/// What scrapers meet instead of a page: access walls and bot checks.
const SCRAPER_ERRORS: &[&str] = &[
    "access denied",
    "access forbidden",
    "just a moment",
    "attention required",
    "checking your browser",
    "checking your browser before accessing",
    "please wait while we verify your browser",
    "enable javascript and cookies to continue",
    "please enable cookies",
    "request blocked",
    "request rejected",
    "the request could not be satisfied",
    "sorry, you have been blocked",
    "you have been blocked",
    "access to this page has been denied",
    "are you a robot",
    "verify you are human",
    "one more step",
    "site not found",
    "this site can't be reached",
    "this page isn't working",
];

/// Whether `text` is an HTTP status line ("404 Not Found", "HTTP/1.1 503 Service
/// Unavailable", "Error 403") or the title of a scraper's error page ("Access
/// Denied", "Just a moment...", "Attention Required! | Cloudflare"), and nothing else.
pub(super) fn is_http_error(text: &str) -> bool {
    let lowercase;
    let normalized = if text.is_ascii() {
        text
    } else {
        lowercase = text.to_lowercase().replace(['’', '‘'], "'");
        &lowercase
    };
    let normalized = normalized.trim().trim_end_matches(['.', '!', '…']);
    // An error page's title often carries the name of the site or service after a bar.
    let title = match normalized.split_once(" | ") {
        Some((title, site)) if site.split_whitespace().count() <= 3 => title,
        _ => normalized,
    };
    let title = title.trim().trim_end_matches(['.', '!', '…']);
    is_status_line(title) || is_one_of(title, SCRAPER_ERRORS) || is_one_of(title, HTTP_REASONS)
}

/// Whether `text`, ASCII or lowercase, is an HTTP status line.
fn is_status_line(text: &str) -> bool {
    let text = ["http/1.0 ", "http/1.1 ", "http/2 ", "http error ", "error "]
        .iter()
        .find_map(|prefix| strip_prefix_ignoring_ascii_case(text, prefix))
        .unwrap_or(text);
    let Some(code) = text.get(..3) else {
        return false;
    };
    let is_error_code = code
        .parse::<u16>()
        .is_ok_and(|code| (400..600).contains(&code));
    let reason = text[3..].trim_start_matches([' ', ':', '-', '–']);
    is_error_code
        && (text.len() == 3 || text[3..].starts_with([' ', ':']))
        && (reason.is_empty() || is_one_of(reason, HTTP_REASONS))
}

/// `text` without `prefix` (ASCII), ignoring ASCII case.
fn strip_prefix_ignoring_ascii_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_attribution_glued_to_a_paragraph_with_its_glue() {
        let line = "burying his face in the leader’s chest., This news data comes from:http://bvhilqy.yamato-syokunin.com";
        let start = attribution_start(line).unwrap();
        assert_eq!(&line[..start], "burying his face in the leader’s chest.");
        assert_eq!(
            &line[start..],
            ", This news data comes from:http://bvhilqy.yamato-syokunin.com"
        );
    }

    #[test]
    fn finds_attribution_after_a_closing_quote() {
        let line = "“We will rebuild,” she said.” Reprinted from: https://example.com/a";
        let start = attribution_start(line).unwrap();
        assert_eq!(&line[..start], "“We will rebuild,” she said.”");
    }

    #[test]
    fn takes_whole_lines_of_attribution() {
        for line in [
            "Read more: https://example.com/story",
            "This news data comes from:http://example.com",
            "Source: www.example.com",
            "This article was originally published on https://example.com/a.",
        ] {
            assert_eq!(attribution_start(line), Some(0), "{line}");
            assert_eq!(
                whole_line_rule(line),
                Some(RemovalRule::AttributionSpam),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_sentences_that_end_in_a_link() {
        for line in [
            "The full report is on the agency’s website at https://example.org/report",
            "The ministry published the figures on its website: https://gov.example/figures",
            "Officials said the data they used in the study of the region came from: https://example.org",
            "Read more about it in the annual review of the institute, https://example.org",
            "The sources are listed here: https://example.org/sources",
        ] {
            assert_eq!(attribution_start(line), None, "{line}");
            assert_eq!(whole_line_rule(line), None, "{line}");
        }
    }

    #[test]
    fn recognises_bare_urls() {
        for line in [
            "https://example.com/a?b=c",
            "http://www.example.com/a",
            "<http://example.com>",
            "www.example.com/story",
        ] {
            assert!(is_bare_url(line), "{line}");
        }
        for line in [
            "See https://example.com",
            "https://example.com and more",
            "www.",
        ] {
            assert!(!is_bare_url(line), "{line}");
        }
    }

    #[test]
    fn recognises_page_furniture() {
        for line in [
            "Advertisement",
            "ADVERTISEMENT",
            "Share this article:",
            "Facebook",
            "X",
            "Facebook | Twitter | WhatsApp",
            "Share Tweet Email",
            "— Story continues below advertisement —",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "Facebook said on Tuesday it would appeal.",
            "Share prices fell",
            "X marks the spot",
            "---",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn recognises_http_and_scraper_errors() {
        for line in [
            "500 Internal Server Error",
            "404 Not Found",
            "503 Service Unavailable",
            "HTTP/1.1 502 Bad Gateway",
            "Error 403",
            "403",
            "Access Denied",
            "Just a moment...",
            "Just a moment…",
            "Attention Required! | Cloudflare",
            "Not Found",
            "Sorry, you have been blocked",
        ] {
            assert!(is_http_error(line), "{line}");
        }
        for line in [
            "404 Not Found: the lost art of maps",
            "500 people gathered in the square",
            "Access denied to journalists at the border",
            "Just a moment of silence",
            "Error-prone software blamed for outage",
            "300 Multiple Choices",
        ] {
            assert!(!is_http_error(line), "{line}");
        }
    }
}
