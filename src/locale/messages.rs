//! Every message the viewer shows or announces, by the id its catalogues give it.
//! A catalogue must have each of these and nothing else (`locale/tests.rs`).

macro_rules! messages {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// A message of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Message {
            $($(#[$doc])* $variant,)*
        }

        impl Message {
            /// Every message, in the order of the catalogues.
            pub const ALL: &[Message] = &[$(Message::$variant,)*];

            /// The message's id in the catalogues.
            pub fn id(self) -> &'static str {
                match self {
                    $(Message::$variant => $id,)*
                }
            }
        }
    };
}

messages! {
    /// The skip link, the first thing on the page.
    SkipToArticle = "skip-to-article",
    LoadingEdition = "loading-edition",
    LoadingArticle = "loading-article",
    /// The heading of the headline list.
    HeadlinesTitle = "headlines-title",
    /// The headline list's landmark.
    HeadlinesLabel = "headlines-label",
    /// `$title`: the edition's.
    HeadlinesLabelTitled = "headlines-label-titled",
    FilterHeadlines = "filter-headlines",
    /// `$query`: the reader's filter text.
    FilterNoMatch = "filter-no-match",
    /// `$shown` of `$total` headlines match the filter.
    FilterCount = "filter-count",
    /// `$count` more headlines to show.
    ShowMore = "show-more",
    /// `$count` more of `$total` hidden headlines.
    ShowMoreOf = "show-more-of",
    /// A paged edition's search index is on its way.
    FilterSearching = "filter-searching",
    /// `$word`: a word of the filter that begins too many terms to search.
    FilterTooBroad = "filter-too-broad",
    /// A paged edition's next headlines are on their way.
    HeadlinesLoading = "headlines-loading",
    /// A paged edition's headlines or search could not be downloaded.
    HeadlinesUnavailable = "headlines-unavailable",
    RelatedNews = "related-news",
    /// `$headline`: the article's.
    RelatedNewsLabel = "related-news-label",
    /// The embedded article column's landmark; `$headline`: the article's.
    ArticleLabel = "article-label",
    NotFoundTitle = "not-found-title",
    /// `$id`: the id the link named.
    NotFoundText = "not-found-text",
    EmptyTitle = "empty-title",
    EmptyText = "empty-text",
    /// `$minutes` for fast and slow readers alike.
    ReadingTime = "reading-time",
    /// From `$fastest` to `$slowest` minutes.
    ReadingTimeRange = "reading-time-range",
    /// Before the name of the article's source.
    Source = "source",
    ImageUnavailable = "image-unavailable",
    ReadingSettings = "reading-settings",
    Theme = "theme",
    ThemeAuto = "theme-auto",
    ThemeLight = "theme-light",
    ThemeSepia = "theme-sepia",
    ThemeDark = "theme-dark",
    TextSize = "text-size",
    TextSmaller = "text-smaller",
    TextLarger = "text-larger",
    /// `$percent` of the reader's default text size.
    TextSizePercent = "text-size-percent",
    TryAgain = "try-again",
    /// The failures below take `$document`: `edition` or `article`.
    FailureUnreachable = "failure-unreachable",
    FailureNoAnswer = "failure-no-answer",
    FailureNotFound = "failure-not-found",
    FailureRefused = "failure-refused",
    FailureServerError = "failure-server-error",
    FailureStatus = "failure-status",
    FailureWebPage = "failure-web-page",
    FailureWrongType = "failure-wrong-type",
    /// Also `$megabytes`: the largest file the viewer reads.
    FailureTooLarge = "failure-too-large",
    FailureInterrupted = "failure-interrupted",
    FailureTooSlow = "failure-too-slow",
    FailureEmpty = "failure-empty",
    FailureNotUtf8 = "failure-not-utf8",
    FailureInvalid = "failure-invalid",
    CrashSentence = "crash-sentence",
    CrashReload = "crash-reload",
    /// A page of the built site opened from disk: what serving its folder
    /// adds. `$command` starts a server, `$address` is where to open the site.
    /// Written by the prerenderer, not the program.
    FromDiskNote = "from-disk-note",
}
