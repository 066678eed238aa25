//! All of the viewer's network access: one `async fn` per resource.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use edition::{
    Article, Document, Edition, EditionIndex, MAX_EDITION_BYTES, ParseError, Slug,
    parse_article_bytes, parse_edition_bytes, parse_index_bytes,
};
use gloo_net::http::{Request, Response};
use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult};

use crate::locale::{Locale, Strings};

/// How long a server may take to start answering.
pub const ANSWER_TIMEOUT_SECONDS: u32 = 20;

/// How long an edition may take to arrive once the answer has started: 10 MB
/// in a minute is a slow mobile connection.
pub const BODY_TIMEOUT_SECONDS: u32 = 60;

/// Why an edition, the index of a split edition, or one of its articles could
/// not be loaded.
///
/// gloo-net's own error is neither `Clone` nor `PartialEq`, which component props
/// need, so its message is kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The request failed before any answer: no network, no such host, a
    /// refused connection, or a policy of the page that forbids the address.
    #[error("the request for {url} failed: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("{url} did not answer within {seconds} seconds")]
    NoAnswer { url: String, seconds: u32 },
    #[error("{url} answered with HTTP status {status}")]
    Status { url: String, status: u16 },
    /// The server sent something that is not an edition, such as a web page.
    #[error("{url} sent {content_type}, not JSON")]
    WrongType { url: String, content_type: String },
    #[error("{url} {}; the viewer reads {} of at most {}", size(*bytes), plural(*document), megabytes(MAX_EDITION_BYTES))]
    TooLarge {
        url: String,
        document: Document,
        /// The size the server declared; `None` when it declared none and the
        /// download was stopped at the limit.
        bytes: Option<usize>,
    },
    /// The connection broke while the edition was arriving.
    #[error("the connection to {url} broke after {}: {reason}", byte_count(*received))]
    Interrupted {
        url: String,
        received: usize,
        reason: String,
    },
    #[error("{url} sent only {} in {seconds} seconds", byte_count(*received))]
    TooSlow {
        url: String,
        received: usize,
        seconds: u32,
    },
    #[error("{url} is not a valid {document}: {source}")]
    Invalid {
        url: String,
        document: Document,
        #[source]
        source: ParseError,
    },
    #[error("the edition in the page is not valid: {source}")]
    InvalidInline {
        #[source]
        source: ParseError,
    },
}

fn size(bytes: Option<usize>) -> String {
    match bytes {
        Some(bytes) => format!("is {} long", megabytes(bytes)),
        None => format!("sent more than {}", megabytes(MAX_EDITION_BYTES)),
    }
}

fn plural(document: Document) -> &'static str {
    match document {
        Document::Edition => "editions",
        Document::Index => "edition indexes",
        Document::Article => "article files",
        Document::IndexPage => "index pages",
        Document::SearchIndex => "search indexes",
        Document::SearchChunk => "search chunks",
    }
}

fn byte_count(bytes: usize) -> String {
    if bytes == 1 {
        "1 byte".to_owned()
    } else {
        format!("{bytes} bytes")
    }
}

/// `52428800` as `52.4 MB`. In whole numbers: formatting a float to a fixed
/// precision costs the WebAssembly about 5 kB of code, for this one message.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Stops downloads that are no longer wanted, such as an edition replaced by
/// another before it arrived: cancelling aborts their requests at once, and
/// each ends in `None` instead of a result nobody should show. Clones stop the
/// same downloads; one `Cancellation` may serve several.
#[derive(Clone, Default)]
pub struct Cancellation(Rc<Requests>);

#[derive(Default)]
struct Requests {
    cancelled: Cell<bool>,
    /// The controllers of the requests under way. Each request has its own,
    /// because its deadlines abort it too, and only it.
    under_way: RefCell<Vec<AbortController>>,
}

impl Cancellation {
    /// Aborts every download started with this cancellation, and any started later.
    pub fn cancel(&self) {
        self.0.cancelled.set(true);
        for controller in self.0.under_way.take() {
            controller.abort();
        }
    }

    fn is_cancelled(&self) -> bool {
        self.0.cancelled.get()
    }

    /// Keeps `controller` within reach of [`Self::cancel`] until the guard is dropped.
    fn watch(&self, controller: &AbortController) -> Watch<'_> {
        if self.is_cancelled() {
            controller.abort();
        } else {
            self.0.under_way.borrow_mut().push(controller.clone());
        }
        Watch {
            requests: &self.0,
            controller: controller.clone(),
        }
    }
}

/// A request under way, forgotten by its cancellation once done.
struct Watch<'a> {
    requests: &'a Requests,
    controller: AbortController,
}

impl Drop for Watch<'_> {
    fn drop(&mut self) {
        self.requests
            .under_way
            .borrow_mut()
            .retain(|controller| *controller != self.controller);
    }
}

/// Downloads the edition at `url` and validates it; `None` once cancelled.
///
/// The server has [`ANSWER_TIMEOUT_SECONDS`] to answer and then
/// [`BODY_TIMEOUT_SECONDS`] to send the edition; it must send JSON (or, as
/// misconfigured static hosts do, plain text or bytes of no declared type),
/// at most [`MAX_EDITION_BYTES`] of it.
pub async fn fetch_edition(
    url: &str,
    cancellation: &Cancellation,
) -> Option<Result<Edition, LoadError>> {
    let fetched = fetch_document(url, Document::Edition, cancellation).await?;
    Some(fetched.and_then(|(bytes, file_url)| {
        let edition = parse_edition_bytes(&bytes).map_err(invalid(url, Document::Edition))?;
        // Relative URLs in an edition (its photos) are relative to the edition
        // file, wherever the page that shows it lives.
        Ok(edition.with_urls_resolved(|relative| resolve(relative, &file_url)))
    }))
}

/// Downloads the index of a split edition, as [`fetch_edition`] downloads an
/// edition. Also returns the index's address after redirects, which its
/// articles' files are relative to.
pub async fn fetch_index(
    url: &str,
    cancellation: &Cancellation,
) -> Option<Result<(EditionIndex, String), LoadError>> {
    let fetched = fetch_document(url, Document::Index, cancellation).await?;
    Some(fetched.and_then(|(bytes, file_url)| {
        let index = parse_index_bytes(&bytes).map_err(invalid(url, Document::Index))?;
        Ok((index, file_url))
    }))
}

/// Downloads the file at `path` beside the split edition's index at
/// `index_url` (a page of headlines, the search index or one of its chunks):
/// its bytes and its address, for the caller to read as `document`; `None`
/// once cancelled.
pub async fn fetch_beside_index(
    index_url: &str,
    path: &str,
    document: Document,
    cancellation: &Cancellation,
) -> Option<Result<(Vec<u8>, String), LoadError>> {
    let url = resolve(path, index_url).unwrap_or_else(|| path.to_owned());
    fetch_document(&url, document, cancellation).await
}

/// Downloads the article `id` of the split edition whose index is at
/// `index_url`, and checks it against the index; `None` once cancelled.
pub async fn fetch_article(
    index: &EditionIndex,
    index_url: &str,
    id: &Slug,
    cancellation: &Cancellation,
) -> Option<Result<Article, LoadError>> {
    let path = edition::article_file_path(id);
    let url = resolve(&path, index_url).unwrap_or(path);
    let fetched = fetch_document(&url, Document::Article, cancellation).await?;
    Some(fetched.and_then(|(bytes, file_url)| {
        let article =
            parse_article_bytes(&bytes, id, index).map_err(invalid(&url, Document::Article))?;
        Ok(article.with_urls_resolved(|relative| resolve(relative, &file_url)))
    }))
}

/// What a `document` that arrived from `url` but does not read is reported as.
pub(crate) fn invalid(url: &str, document: Document) -> impl FnOnce(ParseError) -> LoadError + '_ {
    move |source| LoadError::Invalid {
        url: url.to_owned(),
        document,
        source,
    }
}

/// `relative` made absolute against `base`, as the browser would.
pub(crate) fn resolve(relative: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(relative, base)
        .ok()
        .map(|absolute| absolute.href())
}

/// The bytes of the file at `url`, within the deadlines and the size limit, and
/// its address after redirects; `None` once cancelled.
async fn fetch_document(
    url: &str,
    document: Document,
    cancellation: &Cancellation,
) -> Option<Result<(Vec<u8>, String), LoadError>> {
    let result = download(url, document, cancellation).await;
    // However the aborted request ended, as a failure or even as a success
    // that came just before the abort, nobody wants it any more.
    (!cancellation.is_cancelled()).then_some(result)
}

async fn download(
    url: &str,
    document: Document,
    cancellation: &Cancellation,
) -> Result<(Vec<u8>, String), LoadError> {
    let unreachable = |reason: String| LoadError::Unreachable {
        url: url.to_owned(),
        reason,
    };
    let controller = AbortController::new().map_err(|error| unreachable(describe(&error)))?;
    let _watch = cancellation.watch(&controller);
    let answer_deadline = Deadline::start(&controller, ANSWER_TIMEOUT_SECONDS);
    let response = Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|error| {
            if answer_deadline.has_passed() {
                LoadError::NoAnswer {
                    url: url.to_owned(),
                    seconds: ANSWER_TIMEOUT_SECONDS,
                }
            } else {
                unreachable(error.to_string())
            }
        })?;
    drop(answer_deadline);
    // Whatever goes wrong from here, the rest of the body is not wanted.
    let result = read_document(url, document, &response, &controller).await;
    if result.is_err() {
        controller.abort();
    }
    Ok((result?, response.url()))
}

async fn read_document(
    url: &str,
    document: Document,
    response: &Response,
    controller: &AbortController,
) -> Result<Vec<u8>, LoadError> {
    // fetch resolves for 404 and 500 too; only `ok()` tells success apart.
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    if let Some(content_type) = headers.get("content-type")
        && !is_json_or_untyped(&content_type)
    {
        return Err(LoadError::WrongType {
            url: url.to_owned(),
            content_type,
        });
    }
    let declared_bytes = headers
        .get("content-length")
        .and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(bytes) = declared_bytes.filter(|&bytes| bytes > MAX_EDITION_BYTES) {
        return Err(LoadError::TooLarge {
            url: url.to_owned(),
            document,
            bytes: Some(bytes),
        });
    }
    let body_deadline = Deadline::start(controller, BODY_TIMEOUT_SECONDS);
    read_body(url, document, response, &body_deadline).await
}

/// JSON by its media type, or one of the types a misconfigured static host
/// gives a `.json` file: those are parsed, and the parser judges the content.
/// Anything else (an HTML error page above all) is not an edition.
fn is_json_or_untyped(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "" | "application/json" | "text/json" | "text/plain" | "application/octet-stream"
    ) || essence.ends_with("+json")
}

/// Reads the body chunk by chunk, so that a body over the limit is stopped
/// at the limit and a broken connection is told apart from a slow one.
async fn read_body(
    url: &str,
    document: Document,
    response: &Response,
    deadline: &Deadline,
) -> Result<Vec<u8>, LoadError> {
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    // The chunks stay in JavaScript's memory until the last has come, then are
    // copied once into a buffer of the exact size. Growing one buffer as they
    // came would double it over and over, and the WebAssembly's memory, which
    // never shrinks, would keep the largest size it ever reached.
    let mut chunks: Vec<Uint8Array> = Vec::new();
    let mut received = 0;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|error| {
            if deadline.has_passed() {
                LoadError::TooSlow {
                    url: url.to_owned(),
                    received,
                    seconds: BODY_TIMEOUT_SECONDS,
                }
            } else {
                LoadError::Interrupted {
                    url: url.to_owned(),
                    received,
                    reason: describe(&error),
                }
            }
        })?;
        let chunk: ReadableStreamReadResult = chunk.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let chunk: Uint8Array = chunk.get_value().unchecked_into();
        received += chunk.length() as usize;
        if received > MAX_EDITION_BYTES {
            return Err(LoadError::TooLarge {
                url: url.to_owned(),
                document,
                bytes: None,
            });
        }
        chunks.push(chunk);
    }
    let mut bytes = vec![0; received];
    let mut start = 0;
    for chunk in chunks {
        let end = start + chunk.length() as usize;
        chunk.copy_to(&mut bytes[start..end]);
        start = end;
    }
    Ok(bytes)
}

/// Aborts the request when its time is up, and remembers that it did, so that
/// the abort can be reported as a timeout. Dropping it cancels the timer.
struct Deadline {
    passed: Rc<Cell<bool>>,
    _timer: Timeout,
}

impl Deadline {
    fn start(controller: &AbortController, seconds: u32) -> Self {
        let passed = Rc::new(Cell::new(false));
        let timer = Timeout::new(seconds * 1000, {
            let passed = passed.clone();
            let controller = controller.clone();
            move || {
                passed.set(true);
                controller.abort();
            }
        });
        Self {
            passed,
            _timer: timer,
        }
    }

    fn has_passed(&self) -> bool {
        self.passed.get()
    }
}

/// A thrown JavaScript value as text: `TypeError: network error`.
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", error.name(), error.message()),
        None => error
            .as_string()
            .unwrap_or_else(|| "an unknown error".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_megabytes_to_one_decimal_rounded() {
        assert_eq!(megabytes(MAX_EDITION_BYTES), "10.0 MB");
        assert_eq!(megabytes(52_428_800), "52.4 MB");
        assert_eq!(megabytes(1_049_999), "1.0 MB");
        assert_eq!(megabytes(1_050_000), "1.1 MB");
        assert_eq!(megabytes(0), "0.0 MB");
    }
}

/// Why a language's catalogue could not be had; the viewer then speaks English.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogueError {
    #[error("the request for {url} failed: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("{url} answered with HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("{url} is not a catalogue the viewer reads: {source}")]
    Invalid {
        url: String,
        #[source]
        source: crate::locale::FluentError,
    },
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type ImportMeta;
    /// The program's own `import.meta`: its `url` is the address of the
    /// viewer's files, wherever the page that embeds them is.
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

/// Downloads the catalogue of `locale`, `locales/<tag>.ftl` beside the
/// viewer's own files, and reads it.
pub async fn fetch_catalogue(locale: Locale) -> Result<Strings, CatalogueError> {
    let path = format!("locales/{}.ftl", locale.tag());
    let url = IMPORT_META
        .with(|meta| resolve(&path, &meta.url()))
        .unwrap_or(path);
    let response =
        Request::get(&url)
            .send()
            .await
            .map_err(|error| CatalogueError::Unreachable {
                url: url.clone(),
                reason: error.to_string(),
            })?;
    if !response.ok() {
        return Err(CatalogueError::Status {
            url,
            status: response.status(),
        });
    }
    let text = response
        .text()
        .await
        .map_err(|error| CatalogueError::Unreachable {
            url: url.clone(),
            reason: error.to_string(),
        })?;
    Strings::from_catalogue(locale, &text).map_err(|source| CatalogueError::Invalid { url, source })
}
