# Interfejs przeglądarki artykułów po polsku. `$document` to `edition` (wydanie)
# albo `article` (artykuł). Liczby mają formy one (1), few (2–4, 22–24…) i many
# (0, 5–21…); other jest dla ułamków.

skip-to-article = Przejdź do artykułu
loading-edition = Wczytywanie wydania…
loading-article = Wczytywanie artykułu…

headlines-title = W tym wydaniu
headlines-label = Nagłówki
headlines-label-titled = Nagłówki: { $title }
filter-headlines = Filtruj nagłówki
filter-no-match = Żaden nagłówek nie pasuje do „{ $query }”.
filter-count = { $shown } z { $total } nagłówków
show-more = { $count ->
    [one] Pokaż jeszcze { $count } nagłówek
    [few] Pokaż jeszcze { $count } nagłówki
    [many] Pokaż jeszcze { $count } nagłówków
   *[other] Pokaż jeszcze { $count } nagłówka
    }
show-more-of = Pokaż { $count } z { $total } pozostałych nagłówków
filter-searching = Wyszukiwanie…
filter-too-broad = Zbyt wiele słów zaczyna się od „{ $word }”: wpisz więcej liter.
headlines-loading = Wczytywanie kolejnych nagłówków…
headlines-unavailable = Nie udało się pobrać kolejnych nagłówków. Sprawdź połączenie i spróbuj ponownie.

related-news = Czytaj także
related-news-label = Czytaj także: { $headline }
article-label = Artykuł: { $headline }

not-found-title = Nie znaleziono artykułu
not-found-text = W tym wydaniu nie ma artykułu „{ $id }”. Mógł zostać usunięty albo link zawiera literówkę. Wybierz jeden z nagłówków.
empty-title = Brak artykułów
empty-text = To wydanie nie ma jeszcze artykułów.

reading-time = { $minutes ->
    [one] { $minutes } minuta czytania
    [few] { $minutes } minuty czytania
    [many] { $minutes } minut czytania
   *[other] { $minutes } minuty czytania
    }
# Zakres odmienia się jak jego górna granica: „2–3 minuty”, „4–5 minut”.
reading-time-range = { $slowest ->
    [one] { $fastest }–{ $slowest } minuta czytania
    [few] { $fastest }–{ $slowest } minuty czytania
    [many] { $fastest }–{ $slowest } minut czytania
   *[other] { $fastest }–{ $slowest } minuty czytania
    }
source = Źródło:
image-unavailable = Obraz niedostępny

reading-settings = Ustawienia czytania
theme = Motyw
theme-auto = Automatyczny
theme-light = Jasny
theme-sepia = Sepia
theme-dark = Ciemny
text-size = Rozmiar tekstu
text-smaller = Mniejszy
text-larger = Większy
text-size-percent = { $percent }%

try-again = Spróbuj ponownie
failure-unreachable = { $document ->
    [article] Nie udało się pobrać artykułu. Sprawdź połączenie i spróbuj ponownie.
   *[edition] Nie udało się pobrać wydania. Sprawdź połączenie i spróbuj ponownie.
    }
failure-no-answer = Serwer nie odpowiada. Może być przeciążony lub niedostępny; spróbuj ponownie za chwilę.
failure-not-found = { $document ->
    [article] Nie znaleziono artykułu na serwerze.
   *[edition] Nie znaleziono wydania na serwerze.
    }
failure-refused = { $document ->
    [article] Serwer odmówił wysłania artykułu.
   *[edition] Serwer odmówił wysłania wydania.
    }
failure-server-error = { $document ->
    [article] Podczas wysyłania artykułu wystąpił błąd serwera. Spróbuj ponownie za chwilę.
   *[edition] Podczas wysyłania wydania wystąpił błąd serwera. Spróbuj ponownie za chwilę.
    }
failure-status = { $document ->
    [article] Serwer nie mógł wysłać artykułu.
   *[edition] Serwer nie mógł wysłać wydania.
    }
failure-web-page = { $document ->
    [article] Serwer wysłał stronę internetową zamiast artykułu. Adres artykułu może być błędny.
   *[edition] Serwer wysłał stronę internetową zamiast wydania. Adres wydania może być błędny.
    }
failure-wrong-type = { $document ->
    [article] Serwer wysłał plik innego rodzaju zamiast artykułu.
   *[edition] Serwer wysłał plik innego rodzaju zamiast wydania.
    }
failure-too-large = { $document ->
    [article] Artykuł jest zbyt duży, by go wyświetlić: przeglądarka otwiera artykuły do { $megabytes } MB.
   *[edition] Wydanie jest zbyt duże, by je wyświetlić: przeglądarka otwiera wydania do { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] Połączenie zostało przerwane podczas pobierania artykułu. Spróbuj ponownie.
   *[edition] Połączenie zostało przerwane podczas pobierania wydania. Spróbuj ponownie.
    }
failure-too-slow = { $document ->
    [article] Artykuł pobierał się zbyt wolno. Spróbuj ponownie, najlepiej przy szybszym połączeniu.
   *[edition] Wydanie pobierało się zbyt wolno. Spróbuj ponownie, najlepiej przy szybszym połączeniu.
    }
failure-empty = { $document ->
    [article] Artykuł jest pusty.
   *[edition] Wydanie jest puste.
    }
failure-not-utf8 = { $document ->
    [article] Artykuł nie jest zapisany jako tekst UTF-8, więc nie da się go odczytać.
   *[edition] Wydanie nie jest zapisane jako tekst UTF-8, więc nie da się go odczytać.
    }
failure-invalid = { $document ->
    [article] Artykuł zawiera błąd, więc nie można go wyświetlić.
   *[edition] Wydanie zawiera błąd, więc nie można go wyświetlić.
    }

crash-sentence = Przeglądarka artykułów przestała działać. Zwykle pomaga ponowne wczytanie strony.
crash-reload = Wczytaj stronę ponownie

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Otwarta z dysku strona przeładowuje się przy każdym artykule, a dużego archiwum nie da się przewijać dalej ani przeszukiwać. Udostępniona przez serwer przechodzi między artykułami bez przeładowania i pobiera o połowę mniej: uruchom { $command } w tym folderze, a potem otwórz { $address }.
