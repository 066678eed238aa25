# De interface van de artikellezer in het Nederlands. `$document` is `edition`
# (de editie) of `article` (het artikel).

skip-to-article = Naar het artikel
loading-edition = Editie laden…
loading-article = Artikel laden…

headlines-title = In deze editie
headlines-label = Koppen
headlines-label-titled = Koppen: { $title }
filter-headlines = Koppen filteren
filter-no-match = Geen koppen gevonden voor ‘{ $query }’.
filter-count = { $shown } van { $total } koppen
show-more = { $count ->
    [one] Nog { $count } kop tonen
   *[other] Nog { $count } koppen tonen
    }
show-more-of = Nog { $count } van de { $total } koppen tonen
filter-searching = Zoeken…
filter-too-broad = Te veel woorden beginnen met ‘{ $word }’: typ verder.
headlines-loading = Meer koppen laden…
headlines-unavailable = Meer koppen konden niet worden gedownload. Controleer de verbinding en probeer het opnieuw.

related-news = Lees ook
related-news-label = Lees ook: { $headline }
article-label = Artikel: { $headline }

not-found-title = Artikel niet gevonden
not-found-text = Deze editie heeft geen artikel ‘{ $id }’. Misschien is het verwijderd, of is de link verkeerd getypt. Kies een van de koppen.
empty-title = Geen artikelen
empty-text = Deze editie heeft nog geen artikelen.

reading-time = { $minutes ->
    [one] { $minutes } minuut leestijd
   *[other] { $minutes } minuten leestijd
    }
reading-time-range = { $fastest }–{ $slowest } minuten leestijd
source = Bron:
image-unavailable = Afbeelding niet beschikbaar

reading-settings = Leesinstellingen
theme = Thema
theme-auto = Automatisch
theme-light = Licht
theme-sepia = Sepia
theme-dark = Donker
text-size = Tekstgrootte
text-smaller = Kleiner
text-larger = Groter
text-size-percent = { $percent }%

try-again = Opnieuw proberen
failure-unreachable = { $document ->
    [article] Het artikel kon niet worden gedownload. Controleer de verbinding en probeer het opnieuw.
   *[edition] De editie kon niet worden gedownload. Controleer de verbinding en probeer het opnieuw.
    }
failure-no-answer = De server geeft geen antwoord. Misschien is hij overbelast of onbereikbaar; probeer het zo opnieuw.
failure-not-found = { $document ->
    [article] Het artikel staat niet op de server.
   *[edition] De editie staat niet op de server.
    }
failure-refused = { $document ->
    [article] De server weigerde het artikel te versturen.
   *[edition] De server weigerde de editie te versturen.
    }
failure-server-error = { $document ->
    [article] Er ging op de server iets mis bij het versturen van het artikel. Probeer het zo opnieuw.
   *[edition] Er ging op de server iets mis bij het versturen van de editie. Probeer het zo opnieuw.
    }
failure-status = { $document ->
    [article] De server kon het artikel niet versturen.
   *[edition] De server kon de editie niet versturen.
    }
failure-web-page = { $document ->
    [article] De server stuurde een webpagina in plaats van het artikel. Misschien klopt het adres van het artikel niet.
   *[edition] De server stuurde een webpagina in plaats van de editie. Misschien klopt het adres van de editie niet.
    }
failure-wrong-type = { $document ->
    [article] De server stuurde een ander soort bestand in plaats van het artikel.
   *[edition] De server stuurde een ander soort bestand in plaats van de editie.
    }
failure-too-large = { $document ->
    [article] Het artikel is te groot om te tonen: de lezer opent artikelen tot { $megabytes } MB.
   *[edition] De editie is te groot om te tonen: de lezer opent edities tot { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] De verbinding werd verbroken terwijl het artikel binnenkwam. Probeer het opnieuw.
   *[edition] De verbinding werd verbroken terwijl de editie binnenkwam. Probeer het opnieuw.
    }
failure-too-slow = { $document ->
    [article] Het artikel kwam te langzaam binnen. Probeer het opnieuw, liefst met een snellere verbinding.
   *[edition] De editie kwam te langzaam binnen. Probeer het opnieuw, liefst met een snellere verbinding.
    }
failure-empty = { $document ->
    [article] Het artikel is leeg.
   *[edition] De editie is leeg.
    }
failure-not-utf8 = { $document ->
    [article] Het artikel is niet als UTF-8-tekst opgeslagen en kan daarom niet worden gelezen.
   *[edition] De editie is niet als UTF-8-tekst opgeslagen en kan daarom niet worden gelezen.
    }
failure-invalid = { $document ->
    [article] Het artikel bevat een fout en kan daarom niet worden getoond.
   *[edition] De editie bevat een fout en kan daarom niet worden getoond.
    }

crash-sentence = De artikellezer werkt niet meer. Meestal helpt het om de pagina opnieuw te laden.
crash-reload = Pagina opnieuw laden

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Vanaf schijf geopend laadt elk artikel de pagina opnieuw, en kan een groot archief geen verdere koppen tonen of doorzoeken. Via een server gaat de site zonder herladen van artikel naar artikel en downloadt hij de helft: voer { $command } uit in deze map en open daarna { $address }.
