# L’interfaccia del visualizzatore in italiano. `$document` è `edition` o `article`.

skip-to-article = Vai all’articolo
loading-edition = Caricamento dell’edizione…
loading-article = Caricamento dell’articolo…

headlines-title = In questa edizione
headlines-label = Titoli
headlines-label-titled = Titoli: { $title }
filter-headlines = Filtra i titoli
filter-no-match = Nessun titolo corrisponde a «{ $query }».
filter-count = { $shown } di { $total } titoli
show-more = { $count ->
    [one] Mostra un altro titolo
   *[other] Mostra altri { $count } titoli
    }
show-more-of = Mostra { $count } dei { $total } titoli rimanenti
filter-searching = Ricerca in corso…
filter-too-broad = Troppe parole iniziano con «{ $word }»: continua a scrivere.
headlines-loading = Caricamento di altri titoli…
headlines-unavailable = Non è stato possibile scaricare altri titoli. Controlla la connessione e riprova.

related-news = Notizie correlate
related-news-label = Notizie correlate: { $headline }
article-label = Articolo: { $headline }

not-found-title = Articolo non trovato
not-found-text = Questa edizione non contiene l’articolo «{ $id }». Potrebbe essere stato rimosso, oppure il link potrebbe essere sbagliato. Scegli invece uno dei titoli.
empty-title = Nessun articolo
empty-text = Questa edizione non contiene ancora articoli.

reading-time = { $minutes ->
    [one] Tempo di lettura: { $minutes } minuto
   *[other] Tempo di lettura: { $minutes } minuti
    }
reading-time-range = Tempo di lettura: { $fastest }–{ $slowest } minuti
source = Fonte:
image-unavailable = Immagine non disponibile

reading-settings = Impostazioni di lettura
theme = Tema
theme-auto = Automatico
theme-light = Chiaro
theme-sepia = Seppia
theme-dark = Scuro
text-size = Dimensione del testo
text-smaller = Più piccolo
text-larger = Più grande
text-size-percent = { $percent }%

try-again = Riprova
failure-unreachable = { $document ->
    [article] Non è stato possibile scaricare l’articolo. Controlla la connessione e riprova.
   *[edition] Non è stato possibile scaricare l’edizione. Controlla la connessione e riprova.
    }
failure-no-answer = Il server non ha risposto. Potrebbe essere sovraccarico o non disponibile; riprova tra poco.
failure-not-found = { $document ->
    [article] L’articolo non è stato trovato sul server.
   *[edition] L’edizione non è stata trovata sul server.
    }
failure-refused = { $document ->
    [article] Il server si è rifiutato di inviare l’articolo.
   *[edition] Il server si è rifiutato di inviare l’edizione.
    }
failure-server-error = { $document ->
    [article] Si è verificato un errore sul server durante l’invio dell’articolo. Riprova tra poco.
   *[edition] Si è verificato un errore sul server durante l’invio dell’edizione. Riprova tra poco.
    }
failure-status = { $document ->
    [article] Il server non è riuscito a inviare l’articolo.
   *[edition] Il server non è riuscito a inviare l’edizione.
    }
failure-web-page = { $document ->
    [article] Il server ha inviato una pagina web al posto dell’articolo. L’indirizzo dell’articolo potrebbe essere sbagliato.
   *[edition] Il server ha inviato una pagina web al posto dell’edizione. L’indirizzo dell’edizione potrebbe essere sbagliato.
    }
failure-wrong-type = { $document ->
    [article] Il server ha inviato un file di altro tipo al posto dell’articolo.
   *[edition] Il server ha inviato un file di altro tipo al posto dell’edizione.
    }
failure-too-large = { $document ->
    [article] L’articolo è troppo grande per essere mostrato: il visualizzatore legge articoli fino a { $megabytes } MB.
   *[edition] L’edizione è troppo grande per essere mostrata: il visualizzatore legge edizioni fino a { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] La connessione si è interrotta mentre arrivava l’articolo. Riprova.
   *[edition] La connessione si è interrotta mentre arrivava l’edizione. Riprova.
    }
failure-too-slow = { $document ->
    [article] L’articolo arrivava troppo lentamente. Riprova, magari con una connessione più veloce.
   *[edition] L’edizione arrivava troppo lentamente. Riprova, magari con una connessione più veloce.
    }
failure-empty = { $document ->
    [article] L’articolo è vuoto.
   *[edition] L’edizione è vuota.
    }
failure-not-utf8 = { $document ->
    [article] L’articolo non è salvato come testo UTF-8, quindi non può essere letto.
   *[edition] L’edizione non è salvata come testo UTF-8, quindi non può essere letta.
    }
failure-invalid = { $document ->
    [article] L’articolo contiene un errore, quindi non può essere mostrato.
   *[edition] L’edizione contiene un errore, quindi non può essere mostrata.
    }

crash-sentence = Il visualizzatore di articoli ha smesso di funzionare. Di solito basta ricaricare la pagina.
crash-reload = Ricarica la pagina

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Aperto dal disco, ogni articolo ricarica la pagina e un grande archivio non può mostrare altri titoli né cercarli. Servito, il sito passa da un articolo all’altro senza ricaricare e scarica la metà: esegui { $command } in questa cartella, poi apri { $address }.
