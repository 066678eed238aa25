//! The article's lead photo, chosen among the images a page or a feed states.
//!
//! The format needs an image's size, so that the viewer keeps its space before
//! it arrives, and a text alternative for readers who cannot see it. Neither
//! is invented: an image whose width and height are not both stated is not
//! taken, and the import says so.
//!
//! The text alternative is the image's own (`alt`, `og:image:alt`). Without
//! one, the caption stands for it when there is one, as HTML itself lets a
//! figure's caption stand for the text alternative of its image; the finding
//! says that the alt is the caption. An image with neither is not taken: a
//! generic "Photo" tells a reader who cannot see it nothing, and a description
//! the page does not give would be made up.

use std::num::NonZeroU32;

use edition::{Photo, Text, WebUrl};
use thiserror::Error;

use crate::{Finding, Part};

/// An image as a page or a feed states it, with what is stated of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ImageCandidate {
    /// Where it was found, as `--explain` names it: "og:image", "the item's media:thumbnail".
    pub from: &'static str,
    /// Its address, or why the address is not taken.
    pub src: Result<WebUrl, String>,
    pub width: Option<NonZeroU32>,
    pub height: Option<NonZeroU32>,
    pub alt: Option<Text>,
    pub caption: Option<Text>,
    pub credit: Option<Text>,
}

impl ImageCandidate {
    /// An image found at `from`, with nothing yet stated of it but its address.
    pub(crate) fn new(from: &'static str, src: Result<WebUrl, String>) -> Self {
        Self {
            from,
            src,
            width: None,
            height: None,
            alt: None,
            caption: None,
            credit: None,
        }
    }
}

/// Why an image is not the article's photo.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
enum NotTaken {
    #[error("{0}")]
    Address(String),
    #[error("{src}: {stated_by} does not state its size")]
    NoSize {
        src: WebUrl,
        stated_by: &'static str,
    },
    #[error(
        "{src}: {stated_by} gives it no text alternative (alt) and no caption to stand for one"
    )]
    NoAlt {
        src: WebUrl,
        stated_by: &'static str,
    },
}

/// The first of `candidates`, in the order given, that makes a photo. Each one
/// passed over is recorded in `findings` with the reason, and so is the one
/// taken; `stated_by` names the source in the reasons ("the page", "the feed").
/// An image stated twice (an `og:image` that is also the JSON-LD's image) is
/// one candidate, with what either statement says of it.
pub(crate) fn choose_photo(
    candidates: Vec<ImageCandidate>,
    stated_by: &'static str,
    findings: &mut Vec<Finding>,
) -> Option<Photo> {
    let mut merged: Vec<ImageCandidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        match merged
            .iter_mut()
            .find(|earlier| earlier.src.is_ok() && earlier.src == candidate.src)
        {
            Some(earlier) => {
                earlier.width = earlier.width.or(candidate.width);
                earlier.height = earlier.height.or(candidate.height);
                earlier.alt = earlier.alt.take().or(candidate.alt);
                earlier.caption = earlier.caption.take().or(candidate.caption);
                earlier.credit = earlier.credit.take().or(candidate.credit);
            }
            None => merged.push(candidate),
        }
    }
    for candidate in merged {
        let from = candidate.from;
        match photo_of(candidate, stated_by) {
            Ok((photo, alt_is_caption)) => {
                findings.push(Finding {
                    line: None,
                    part: Part::Photo {
                        from,
                        alt_is_caption,
                    },
                    value: photo.src.to_string(),
                });
                return Some(photo);
            }
            Err(reason) => findings.push(Finding {
                line: None,
                part: Part::PhotoNotTaken { from },
                value: reason.to_string(),
            }),
        }
    }
    None
}

/// The photo `candidate` makes, and whether its alt is its caption.
fn photo_of(candidate: ImageCandidate, stated_by: &'static str) -> Result<(Photo, bool), NotTaken> {
    let src = candidate.src.map_err(NotTaken::Address)?;
    let (Some(width), Some(height)) = (candidate.width, candidate.height) else {
        return Err(NotTaken::NoSize { src, stated_by });
    };
    let (alt, alt_is_caption) = match (candidate.alt, &candidate.caption) {
        (Some(alt), _) => (alt, false),
        (None, Some(caption)) => (caption.clone(), true),
        (None, None) => return Err(NotTaken::NoAlt { src, stated_by }),
    };
    let photo = Photo {
        src: src.into(),
        width,
        height,
        alt,
        caption: candidate.caption,
        credit: candidate.credit,
    };
    Ok((photo, alt_is_caption))
}

/// A size in pixels as a page writes it: digits only ("1200", not "1200px",
/// "auto" or "100%"), more than zero.
pub(crate) fn stated_size(written: &str) -> Option<NonZeroU32> {
    let written = written.trim();
    if written.is_empty() || !written.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    written.parse().ok()
}

/// What a page or a feed states as text, as a reader sees it; `None` when empty.
pub(crate) fn stated_text(value: &str) -> Option<Text> {
    let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
    Text::try_from(collapsed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(from: &'static str, src: &str) -> ImageCandidate {
        ImageCandidate::new(from, Ok(WebUrl::try_from(src).unwrap()))
    }

    fn size(value: u32) -> Option<NonZeroU32> {
        NonZeroU32::new(value)
    }

    #[test]
    fn reads_only_sizes_stated_in_pixels() {
        assert_eq!(stated_size(" 1200 "), size(1200));
        for written in ["", "0", "1200px", "auto", "50%", "-3", "1.5", "99999999999"] {
            assert_eq!(stated_size(written), None, "{written}");
        }
    }

    #[test]
    fn takes_no_image_without_a_stated_size_and_says_so() {
        let mut findings = Vec::new();
        let mut no_size = candidate("og:image", "https://news.example/a.jpg");
        no_size.alt = stated_text("A harbour");
        assert_eq!(choose_photo(vec![no_size], "the page", &mut findings), None);
        assert_eq!(findings[0].part, Part::PhotoNotTaken { from: "og:image" });
        assert_eq!(
            findings[0].value,
            "https://news.example/a.jpg: the page does not state its size"
        );
    }

    #[test]
    fn lets_the_caption_stand_for_a_missing_alt_and_says_so() {
        let mut findings = Vec::new();
        let mut figure = candidate("the article's first figure", "https://news.example/b.jpg");
        (figure.width, figure.height) = (size(800), size(600));
        figure.caption = stated_text("The new terminal at dawn.");
        let photo = choose_photo(vec![figure.clone()], "the page", &mut findings).unwrap();
        assert_eq!(&*photo.alt, "The new terminal at dawn.");
        assert_eq!(
            findings[0].part,
            Part::Photo {
                from: "the article's first figure",
                alt_is_caption: true
            }
        );

        figure.caption = None;
        let mut findings = Vec::new();
        assert_eq!(choose_photo(vec![figure], "the page", &mut findings), None);
        assert!(
            findings[0].value.contains("no text alternative"),
            "{findings:?}"
        );
    }

    #[test]
    fn takes_the_first_whole_candidate_with_what_each_statement_of_it_says() {
        let mut og_image = candidate("og:image", "https://news.example/a.jpg");
        og_image.alt = stated_text("Cranes at the port");
        let mut json_ld = candidate("JSON-LD", "https://news.example/a.jpg");
        (json_ld.width, json_ld.height) = (size(1200), size(800));
        let refused = ImageCandidate::new("twitter:image", Err("refused".to_owned()));
        let mut findings = Vec::new();
        let photo =
            choose_photo(vec![refused, og_image, json_ld], "the page", &mut findings).unwrap();
        assert_eq!((photo.width.get(), photo.height.get()), (1200, 800));
        assert_eq!(&*photo.alt, "Cranes at the port");
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].value, "refused");
    }
}
