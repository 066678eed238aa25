//! What a scraper kept instead of a related headline: an HTTP status line, a bot
//! wall or challenge page, an access-denied or service-unavailable page, in any
//! of their many wordings.
//!
//! They are recognised by their shape, not by a list of their titles: an error
//! page's title is made only of the words such pages use (below), with a status
//! code, an error number or at least one of those words, and is short. A real
//! headline that uses the same words says something else too ("Access denied to
//! Gaza aid convoys, UN says", "Forbidden City reopens after renovation"), and one
//! word outside the vocabulary is enough to keep an item.

use crate::words::length_in_words;

/// Words of HTTP status lines and server error pages.
const STATUS_WORDS: &[&str] = &[
    "error",
    "http",
    "https",
    "status",
    "code",
    "not",
    "found",
    "file",
    "directory",
    "page",
    "bad",
    "request",
    "gateway",
    "internal",
    "server",
    "service",
    "unauthorized",
    "forbidden",
    "timeout",
    "time",
    "timed",
    "out",
    "gone",
    "method",
    "allowed",
    "moved",
    "invalid",
    "response",
    "origin",
    "unreachable",
    "down",
    "web",
    "connection",
    "refused",
    "occurred",
    "failed",
    "nginx",
    "apache",
    "varnish",
    "cache",
    "cloudflare",
    "openresty",
    "backend",
    "fetch",
];

/// Words of access walls: "Access Denied", "Request unsuccessful. Incapsula incident
/// ID", "You have been blocked".
const ACCESS_WORDS: &[&str] = &[
    "access",
    "denied",
    "blocked",
    "permission",
    "restricted",
    "rejected",
    "unsuccessful",
    "incident",
    "id",
    "ray",
    "incapsula",
    "security",
    "firewall",
    "sorry",
    "limit",
    "exceeded",
    "rate",
    "too",
    "many",
    "requests",
];

/// Words of bot checks and challenge pages: "Just a moment...", "Checking your
/// browser before accessing", "Please verify you are a human", "Pardon Our
/// Interruption", "Enable JavaScript and cookies to continue".
const VERIFICATION_WORDS: &[&str] = &[
    "just",
    "moment",
    "checking",
    "check",
    "browser",
    "verify",
    "verifying",
    "verification",
    "human",
    "robot",
    "captcha",
    "challenge",
    "javascript",
    "cookies",
    "enable",
    "continue",
    "wait",
    "pardon",
    "interruption",
    "attention",
    "required",
    "ddos",
    "protection",
    "bot",
    "automated",
    "unusual",
    "traffic",
    "detected",
    "step",
    "one",
    "more",
    "accessing",
    "redirecting",
];

/// Words of pages that say the site is away: "Service Unavailable", "Temporarily
/// unavailable", "Site under maintenance".
const AVAILABILITY_WORDS: &[&str] = &[
    "unavailable",
    "temporarily",
    "currently",
    "maintenance",
    "site",
    "website",
    "offline",
    "back",
    "soon",
    "scheduled",
];

/// Short words that error pages' sentences are built with; they alone make no
/// error page.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "to", "this", "that", "your", "you", "are", "is", "has", "have", "been",
    "be", "we", "we'll", "we're", "our", "or", "and", "of", "before", "while", "please", "it",
    "can't", "cannot", "could", "don't", "do", "under", "with",
];

/// An error page's title is short; a longer item is a sentence, and kept.
const MAX_ERROR_PAGE_WORDS: usize = 12;

/// A site's name after a bar or dash ("Attention Required! | Cloudflare", "Just a
/// moment... - Example News") has at most this many words.
const MAX_SITE_NAME_WORDS: usize = 3;

/// Whether `item` is a scraper's error page rather than a headline.
pub(super) fn is_error_page(item: &str) -> bool {
    let lower = item.to_lowercase().replace(['’', '‘'], "'");
    is_error_title(&lower) || without_site_name(&lower).is_some_and(is_error_title)
}

/// Whether `item` is too short to be a headline: a single word ("Loading...",
/// "undefined", "Home"), or nothing but marks. In Chinese and Japanese, written
/// without spaces, two characters are a word.
pub(super) fn is_one_word(item: &str) -> bool {
    length_in_words(item) < 2.0
}

/// The title before a trailing site name, if there is one.
fn without_site_name(title: &str) -> Option<&str> {
    [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .filter_map(|separator| title.rsplit_once(separator))
        .filter(|(_, site)| site.split_whitespace().count() <= MAX_SITE_NAME_WORDS)
        .map(|(title, _)| title)
        .max_by_key(|title| title.len())
}

fn is_error_title(title: &str) -> bool {
    let mut words = 0;
    let mut has_status_code = false;
    let mut has_error_word = false;
    let mut previous = "";
    for token in tokens(title) {
        words += 1;
        if token.bytes().all(|byte| byte.is_ascii_digit()) {
            // "404", "HTTP Error 503"; other numbers ("Error 1020", "incident ID
            // 0-12345", "HTTP/1.1") only count after an error's words.
            has_status_code |= is_error_status(token) || previous == "error";
        } else if token.chars().any(|character| character.is_ascii_digit()) {
            // An incident or ray id: "8f2a9c1b".
        } else if is_error_word(token) {
            has_error_word = true;
        } else if !FUNCTION_WORDS.contains(&token) {
            return false;
        }
        previous = token;
    }
    words <= MAX_ERROR_PAGE_WORDS && (has_status_code || has_error_word)
}

/// The words of `title`, a web address left out ("Checking your browser before
/// accessing example.com"): lowercase runs of letters, digits and apostrophes.
fn tokens(title: &str) -> impl Iterator<Item = &str> {
    title
        .split_whitespace()
        .filter(|word| !is_domain(word))
        .flat_map(|word| {
            word.split(|character: char| !(character.is_alphanumeric() || character == '\''))
        })
        .map(|token| token.trim_matches('\''))
        .filter(|token| !token.is_empty())
}

/// "example.com", "www.example.co.uk": letters and dots, ending in a top-level
/// domain of two or more letters.
fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',', '!', '?', ')']);
    word.rsplit_once('.').is_some_and(|(name, top_level)| {
        !name.is_empty()
            && top_level.len() >= 2
            && top_level
                .chars()
                .all(|character| character.is_ascii_alphabetic())
            && name
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '.' | '-'))
    })
}

/// A client or server error status: 400 to 599.
fn is_error_status(token: &str) -> bool {
    token.len() == 3
        && token
            .parse::<u16>()
            .is_ok_and(|code| (400..600).contains(&code))
}

fn is_error_word(token: &str) -> bool {
    [
        STATUS_WORDS,
        ACCESS_WORDS,
        VERIFICATION_WORDS,
        AVAILABILITY_WORDS,
    ]
    .iter()
    .any(|words| words.contains(&token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_http_status_lines_in_any_wording() {
        for item in [
            "404",
            "503",
            "Error 404",
            "Error 403",
            "404 Not Found",
            "404 - File or directory not found.",
            "HTTP Error 503",
            "HTTP/1.1 502 Bad Gateway",
            "503 Service Temporarily Unavailable",
            "500 Internal Server Error",
            "Status code: 502 Bad Gateway",
            "Error 1020: Access denied",
            "Error 54113 Varnish cache server",
            "Error 522: Connection timed out",
            "504 Gateway Time-out",
            "403 Forbidden",
            "403 ERROR",
            "Not Found",
            "nginx/1.18.0",
            "502 Bad Gateway | nginx",
        ] {
            assert!(is_error_page(item), "{item}");
        }
    }

    #[test]
    fn recognises_bot_walls_and_challenge_pages() {
        for item in [
            "Just a moment...",
            "Just a moment…",
            "Checking your browser before accessing example.com",
            "Checking your browser before accessing",
            "Please verify you are a human",
            "Are you a robot?",
            "Pardon Our Interruption",
            "Enable JavaScript and cookies to continue",
            "Request unsuccessful. Incapsula incident ID: 0-12345",
            "Access to this page has been denied",
            "You have been blocked",
            "Sorry, you have been blocked",
            "Attention Required! | Cloudflare",
            "One more step",
            "Please wait while we verify your browser",
            "Just a moment... - Example News",
        ] {
            assert!(is_error_page(item), "{item}");
        }
    }

    #[test]
    fn recognises_access_denied_and_unavailable_pages() {
        for item in [
            "Access Denied",
            "ACCESS DENIED",
            "Forbidden",
            "Service Unavailable",
            "Temporarily unavailable",
            "Site under maintenance",
            "Website currently under scheduled maintenance",
            "We'll be back soon",
            "Too Many Requests",
            "Rate limit exceeded",
            "Access denied | example.com",
        ] {
            assert!(is_error_page(item), "{item}");
        }
    }

    #[test]
    fn keeps_headlines_that_use_error_words() {
        for item in [
            "Access denied to Gaza aid convoys, UN says",
            "Access denied to journalists at the border",
            "Error-prone robots delay Amazon warehouse plans",
            "Forbidden City reopens after renovation",
            "Service unavailable for 2 million as storm hits grid",
            "404 Not Found: the lost art of maps",
            "500 people gathered in the square",
            "Just a moment of silence",
            "300 Multiple Choices",
            "Human error blamed for train crash",
            "Are you a robot? Inside the captcha industry",
            "Temporarily unavailable: why drug shortages persist",
            "Banks face too many requests for loans",
            "Site under maintenance as hackers strike council",
            "You have been warned",
            "Robot vacuum maker goes bust",
            "Checking in: a week at the border",
            "Rate limit on mortgages exceeded, regulator finds",
            "Server farms strain the grid in Virginia",
            "Blocked canal reopens to shipping",
        ] {
            assert!(!is_error_page(item), "{item}");
        }
    }

    #[test]
    fn finds_items_of_one_word() {
        for item in ["Loading...", "undefined", "Home", "…", "北京", "404"] {
            assert!(is_one_word(item), "{item}");
        }
        for item in ["Banks raise rates", "Brexit talks", "朝鲜士兵在俄罗斯阵亡"] {
            assert!(!is_one_word(item), "{item}");
        }
    }
}
