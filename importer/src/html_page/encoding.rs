//! A saved page's bytes as text, in the character encoding the page says it is
//! in, the way a browser finds it (the HTML standard's "encoding sniffing"): a
//! byte order mark first, then a `<meta charset>` or `http-equiv` declaration in
//! the first 1024 bytes, and UTF-8 when there is neither.
//!
//! The extractor's own `extract_bytes` reads only the declaration and replaces
//! what it cannot decode with U+FFFD: a UTF-16 page comes out as noise and a
//! page whose bytes break its declared encoding as text with holes. Here such a
//! page is refused, naming the encoding and the first bad byte: an edition
//! should hold the article's words, or nothing and a reason.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::ImportError;

/// How far into the page a declaration is looked for, as browsers do.
const DECLARATION_WINDOW: usize = 1024;

/// Where the page's encoding came from, for the message that refuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    ByteOrderMark,
    Declaration,
    Default,
}

/// The page's encoding and where it was found, with the byte order mark's
/// length when it has one.
fn sniff(bytes: &[u8]) -> (&'static Encoding, Source, usize) {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        return (encoding, Source::ByteOrderMark, bom_length);
    }
    match declared_encoding(&bytes[..bytes.len().min(DECLARATION_WINDOW)]) {
        Some(encoding) => (encoding, Source::Declaration, 0),
        None => (UTF_8, Source::Default, 0),
    }
}

/// The encoding a `<meta>` tag declares, `charset="…"` or
/// `content="text/html; charset=…"`, the first one that names an encoding.
/// A page that could declare UTF-16 in ASCII is not UTF-16: the standard reads
/// such a declaration as UTF-8, and `x-user-defined` as windows-1252.
fn declared_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut rest = lower.as_slice();
    while let Some(start) = find(rest, b"<meta") {
        rest = &rest[start + b"<meta".len()..];
        let tag = &rest[..find(rest, b">").unwrap_or(rest.len())];
        let Some(label) = charset_label(tag) else {
            continue;
        };
        if let Some(encoding) = Encoding::for_label(label) {
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else if encoding.name() == "x-user-defined" {
                WINDOWS_1252
            } else {
                encoding
            });
        }
    }
    None
}

/// The label after `charset=` in a tag's attributes, without quotes.
fn charset_label(tag: &[u8]) -> Option<&[u8]> {
    let after = &tag[find(tag, b"charset")? + b"charset".len()..];
    let after = after
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let after = after
        .strip_prefix(b"\"")
        .or_else(|| after.strip_prefix(b"'"))
        .unwrap_or(after);
    let end = after
        .iter()
        .position(|&byte| matches!(byte, b'"' | b'\'' | b';' | b'/') || byte.is_ascii_whitespace())
        .unwrap_or(after.len());
    Some(&after[..end]).filter(|label| !label.is_empty())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// The page as text (see the module documentation). A UTF-8 page is borrowed
/// as it is; any other is decoded into a new string.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    let (encoding, source, bom_length) = sniff(bytes);
    let body = &bytes[bom_length..];
    let bad_byte = |offset: usize| {
        let whence = match source {
            Source::ByteOrderMark => "as its byte order mark says",
            Source::Declaration => "as it declares",
            Source::Default => "the default, as it declares no encoding",
        };
        ImportError::Unreadable(format!(
            "the page is not valid {} ({whence}): the bytes at offset {} cannot be read in it",
            encoding.name(),
            bom_length + offset
        ))
    };
    if encoding == UTF_8 {
        return std::str::from_utf8(body)
            .map(Cow::Borrowed)
            .map_err(|error| bad_byte(error.valid_up_to()));
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len()),
    );
    let mut read = 0;
    loop {
        let (result, consumed) =
            decoder.decode_to_string_without_replacement(&body[read..], &mut text, true);
        read += consumed;
        match result {
            DecoderResult::InputEmpty => return Ok(Cow::Owned(text)),
            DecoderResult::OutputFull => text.reserve(body.len() - read + 16),
            DecoderResult::Malformed(bad_length, after_bad) => {
                return Err(bad_byte(
                    read - usize::from(after_bad) - usize::from(bad_length),
                ));
            }
        }
    }
}

/// The first bytes of the page as UTF-8, for telling a page from other text by
/// its start: a UTF-16 page (known by its byte order mark) decoded, any other as
/// it is, without a UTF-8 byte order mark.
pub(crate) fn start_as_utf8(bytes: &[u8], length: usize) -> Cow<'_, [u8]> {
    match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) if encoding != UTF_8 => {
            let start = &bytes[bom_length..bytes.len().min(bom_length + 2 * length)];
            let (text, _) = encoding.decode_without_bom_handling(start);
            Cow::Owned(text.into_owned().into_bytes())
        }
        Some((_, bom_length)) => Cow::Borrowed(&bytes[bom_length..bytes.len().min(length)]),
        None => Cow::Borrowed(&bytes[..bytes.len().min(length)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_declaration_in_either_form_and_reads_utf_16_declared_in_ascii_as_utf_8() {
        for (head, expected) in [
            (&b"<meta charset=\"windows-1252\">"[..], "windows-1252"),
            (b"<META CHARSET='ISO-8859-1'/>", "windows-1252"),
            (b"<meta charset=shift_jis>", "Shift_JIS"),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                "windows-1251",
            ),
            (b"<meta name=\"x\"><meta charset=\"utf-16\">", "UTF-8"),
            (b"<meta charset=\"x-user-defined\">", "windows-1252"),
        ] {
            assert_eq!(
                declared_encoding(head).map(Encoding::name),
                Some(expected),
                "{}",
                String::from_utf8_lossy(head)
            );
        }
        for head in [
            &b"<meta name=\"description\" content=\"charset\">"[..],
            b"<meta charset=\"no-such-encoding\">",
            b"<p>charset=windows-1252</p>",
        ] {
            assert_eq!(declared_encoding(head), None);
        }
    }

    #[test]
    fn a_byte_order_mark_wins_over_a_declaration() {
        let mut page = vec![0xFF, 0xFE];
        for unit in "<meta charset=\"windows-1252\"><p>café</p>".encode_utf16() {
            page.extend(unit.to_le_bytes());
        }
        assert_eq!(
            decode(&page).unwrap(),
            "<meta charset=\"windows-1252\"><p>café</p>"
        );
    }

    #[test]
    fn says_where_the_first_bad_byte_is() {
        let error = decode(b"<html><p>caf\xe9</p>").unwrap_err();
        assert_eq!(
            error.to_string(),
            "the page is not valid UTF-8 (the default, as it declares no encoding): \
             the bytes at offset 12 cannot be read in it"
        );
        let error = decode(b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b\x82</p>").unwrap_err();
        assert_eq!(
            error.to_string(),
            "the page is not valid Shift_JIS (as it declares): \
             the bytes at offset 31 cannot be read in it"
        );
    }
}
