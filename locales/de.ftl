# Die Oberfläche des Artikel-Viewers auf Deutsch. `$document` ist `edition` (die
# Ausgabe) oder `article` (der Artikel).

skip-to-article = Zum Artikel springen
loading-edition = Ausgabe wird geladen …
loading-article = Artikel wird geladen …

headlines-title = In dieser Ausgabe
headlines-label = Schlagzeilen
headlines-label-titled = Schlagzeilen: { $title }
filter-headlines = Schlagzeilen filtern
filter-no-match = Keine Schlagzeile passt zu „{ $query }“.
filter-count = { $shown } von { $total } Schlagzeilen
show-more = { $count ->
    [one] { $count } weitere Schlagzeile zeigen
   *[other] { $count } weitere Schlagzeilen zeigen
    }
show-more-of = { $count } weitere von { $total } Schlagzeilen zeigen
filter-searching = Suche läuft …
filter-too-broad = Zu viele Wörter beginnen mit „{ $word }“: Bitte weiterschreiben.
headlines-loading = Weitere Schlagzeilen werden geladen …
headlines-unavailable = Weitere Schlagzeilen konnten nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.

related-news = Mehr zum Thema
related-news-label = Mehr zum Thema: { $headline }
article-label = Artikel: { $headline }

not-found-title = Artikel nicht gefunden
not-found-text = Diese Ausgabe enthält keinen Artikel „{ $id }“. Vielleicht wurde er entfernt, oder der Link ist falsch geschrieben. Wählen Sie stattdessen eine der Schlagzeilen.
empty-title = Keine Artikel
empty-text = Diese Ausgabe enthält noch keine Artikel.

reading-time = { $minutes ->
    [one] { $minutes } Minute Lesezeit
   *[other] { $minutes } Minuten Lesezeit
    }
reading-time-range = { $fastest }–{ $slowest } Minuten Lesezeit
source = Quelle:
image-unavailable = Bild nicht verfügbar

reading-settings = Leseeinstellungen
theme = Farbschema
theme-auto = Automatisch
theme-light = Hell
theme-sepia = Sepia
theme-dark = Dunkel
text-size = Schriftgröße
text-smaller = Kleiner
text-larger = Größer
text-size-percent = { $percent } %

try-again = Erneut versuchen
failure-unreachable = { $document ->
    [article] Der Artikel konnte nicht heruntergeladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.
   *[edition] Die Ausgabe konnte nicht heruntergeladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.
    }
failure-no-answer = Der Server antwortet nicht. Vielleicht ist er überlastet oder ausgefallen; versuchen Sie es gleich noch einmal.
failure-not-found = { $document ->
    [article] Der Artikel wurde auf dem Server nicht gefunden.
   *[edition] Die Ausgabe wurde auf dem Server nicht gefunden.
    }
failure-refused = { $document ->
    [article] Der Server hat es abgelehnt, den Artikel zu senden.
   *[edition] Der Server hat es abgelehnt, die Ausgabe zu senden.
    }
failure-server-error = { $document ->
    [article] Beim Senden des Artikels ist auf dem Server ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.
   *[edition] Beim Senden der Ausgabe ist auf dem Server ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.
    }
failure-status = { $document ->
    [article] Der Server konnte den Artikel nicht senden.
   *[edition] Der Server konnte die Ausgabe nicht senden.
    }
failure-web-page = { $document ->
    [article] Der Server hat statt des Artikels eine Webseite gesendet. Vielleicht ist die Adresse des Artikels falsch.
   *[edition] Der Server hat statt der Ausgabe eine Webseite gesendet. Vielleicht ist die Adresse der Ausgabe falsch.
    }
failure-wrong-type = { $document ->
    [article] Der Server hat statt des Artikels eine Datei anderer Art gesendet.
   *[edition] Der Server hat statt der Ausgabe eine Datei anderer Art gesendet.
    }
failure-too-large = { $document ->
    [article] Der Artikel ist zu groß für die Anzeige: Angezeigt werden Artikel bis { $megabytes } MB.
   *[edition] Die Ausgabe ist zu groß für die Anzeige: Angezeigt werden Ausgaben bis { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] Die Verbindung brach ab, während der Artikel geladen wurde. Versuchen Sie es erneut.
   *[edition] Die Verbindung brach ab, während die Ausgabe geladen wurde. Versuchen Sie es erneut.
    }
failure-too-slow = { $document ->
    [article] Der Artikel kam zu langsam an. Versuchen Sie es erneut, möglichst mit einer schnelleren Verbindung.
   *[edition] Die Ausgabe kam zu langsam an. Versuchen Sie es erneut, möglichst mit einer schnelleren Verbindung.
    }
failure-empty = { $document ->
    [article] Der Artikel ist leer.
   *[edition] Die Ausgabe ist leer.
    }
failure-not-utf8 = { $document ->
    [article] Der Artikel ist nicht als UTF-8-Text gespeichert und kann deshalb nicht gelesen werden.
   *[edition] Die Ausgabe ist nicht als UTF-8-Text gespeichert und kann deshalb nicht gelesen werden.
    }
failure-invalid = { $document ->
    [article] Der Artikel enthält einen Fehler und kann deshalb nicht angezeigt werden.
   *[edition] Die Ausgabe enthält einen Fehler und kann deshalb nicht angezeigt werden.
    }

crash-sentence = Die Artikelanzeige funktioniert nicht mehr. Meist hilft es, die Seite neu zu laden.
crash-reload = Seite neu laden

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Von der Festplatte geöffnet, lädt jeder Artikel die Seite neu, und ein großes Archiv kann weder weitere Schlagzeilen zeigen noch durchsucht werden. Über einen Server wechselt die Website ohne Neuladen zwischen den Artikeln und lädt nur halb so viel herunter: Führen Sie { $command } in diesem Ordner aus und öffnen Sie dann { $address }.
