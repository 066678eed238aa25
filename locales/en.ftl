# The article viewer's interface in English. See the README, "Languages", on
# how to add a language. `$document` is `edition` or `article`.

skip-to-article = Skip to article
loading-edition = Loading the edition…
loading-article = Loading the article…

headlines-title = In this edition
headlines-label = Headlines
headlines-label-titled = Headlines: { $title }
filter-headlines = Filter headlines
filter-no-match = No headlines match “{ $query }”.
filter-count = { $shown } of { $total } headlines
show-more = { $count ->
    [one] Show { $count } more headline
   *[other] Show { $count } more headlines
    }
show-more-of = Show { $count } more of { $total } headlines
filter-searching = Searching…
filter-too-broad = Too many words begin with “{ $word }”: type more of it.
headlines-loading = Loading more headlines…
headlines-unavailable = More headlines could not be downloaded. Check the connection and try again.

related-news = Related news
related-news-label = Related news: { $headline }
article-label = Article: { $headline }

not-found-title = Article not found
not-found-text = This edition has no article “{ $id }”. It may have been removed, or the link may be mistyped. Pick one of the headlines instead.
empty-title = No articles
empty-text = This edition has no articles yet.

# "5 minute read": the compound keeps "minute" singular.
reading-time = { $minutes } minute read
reading-time-range = { $fastest }–{ $slowest } minute read
source = Source:
image-unavailable = Image unavailable

reading-settings = Reading settings
theme = Theme
theme-auto = Auto
theme-light = Light
theme-sepia = Sepia
theme-dark = Dark
text-size = Text size
text-smaller = Smaller
text-larger = Larger
text-size-percent = { $percent }%

try-again = Try again
failure-unreachable = { $document ->
    [article] The article could not be downloaded. Check the connection and try again.
   *[edition] The edition could not be downloaded. Check the connection and try again.
    }
failure-no-answer = The server did not answer. It may be busy or down; try again in a moment.
failure-not-found = { $document ->
    [article] The article was not found on the server.
   *[edition] The edition was not found on the server.
    }
failure-refused = { $document ->
    [article] The server refused to send the article.
   *[edition] The server refused to send the edition.
    }
failure-server-error = { $document ->
    [article] The server failed while sending the article. Try again in a moment.
   *[edition] The server failed while sending the edition. Try again in a moment.
    }
failure-status = { $document ->
    [article] The server could not send the article.
   *[edition] The server could not send the edition.
    }
failure-web-page = { $document ->
    [article] The server sent a web page instead of the article. The article's address may be wrong.
   *[edition] The server sent a web page instead of the edition. The edition's address may be wrong.
    }
failure-wrong-type = { $document ->
    [article] The server sent a file of another kind instead of the article.
   *[edition] The server sent a file of another kind instead of the edition.
    }
failure-too-large = { $document ->
    [article] The article is too large to show: the viewer reads articles of up to { $megabytes } MB.
   *[edition] The edition is too large to show: the viewer reads editions of up to { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] The connection broke while the article was arriving. Try again.
   *[edition] The connection broke while the edition was arriving. Try again.
    }
failure-too-slow = { $document ->
    [article] The article was arriving too slowly. Try again, perhaps on a faster connection.
   *[edition] The edition was arriving too slowly. Try again, perhaps on a faster connection.
    }
failure-empty = { $document ->
    [article] The article is empty.
   *[edition] The edition is empty.
    }
failure-not-utf8 = { $document ->
    [article] The article is not saved as UTF-8 text, so it cannot be read.
   *[edition] The edition is not saved as UTF-8 text, so it cannot be read.
    }
failure-invalid = { $document ->
    [article] The article has a mistake in it, so it cannot be shown.
   *[edition] The edition has a mistake in it, so it cannot be shown.
    }

crash-sentence = The article viewer stopped working. Reloading the page usually brings it back.
crash-reload = Reload the page

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Opened from disk, each article reloads the page, and a large archive cannot show more headlines or search them. Served, the site moves between articles without reloading and downloads half as much: run { $command } in this folder, then open { $address }.
