# La interfaz del visor en español. `$document` es `edition` o `article`.

skip-to-article = Ir al artículo
loading-edition = Cargando la edición…
loading-article = Cargando el artículo…

headlines-title = En esta edición
headlines-label = Titulares
headlines-label-titled = Titulares: { $title }
filter-headlines = Filtrar titulares
filter-no-match = Ningún titular coincide con «{ $query }».
filter-count = { $shown } de { $total } titulares
show-more = { $count ->
    [one] Mostrar { $count } titular más
   *[other] Mostrar { $count } titulares más
    }
show-more-of = Mostrar { $count } de los { $total } titulares restantes
filter-searching = Buscando…
filter-too-broad = Demasiadas palabras empiezan por «{ $word }»: siga escribiendo.
headlines-loading = Cargando más titulares…
headlines-unavailable = No se pudieron descargar más titulares. Compruebe la conexión y vuelva a intentarlo.

related-news = Noticias relacionadas
related-news-label = Noticias relacionadas: { $headline }
article-label = Artículo: { $headline }

not-found-title = Artículo no encontrado
not-found-text = Esta edición no tiene ningún artículo «{ $id }». Puede que se haya retirado o que el enlace esté mal escrito. Elija uno de los titulares.
empty-title = No hay artículos
empty-text = Esta edición aún no tiene artículos.

reading-time = { $minutes ->
    [one] Lectura de { $minutes } minuto
   *[other] Lectura de { $minutes } minutos
    }
reading-time-range = Lectura de { $fastest } a { $slowest } minutos
source = Fuente:
image-unavailable = Imagen no disponible

reading-settings = Ajustes de lectura
theme = Tema
theme-auto = Automático
theme-light = Claro
theme-sepia = Sepia
theme-dark = Oscuro
text-size = Tamaño del texto
text-smaller = Más pequeño
text-larger = Más grande
text-size-percent = { $percent } %

try-again = Volver a intentarlo
failure-unreachable = { $document ->
    [article] No se pudo descargar el artículo. Compruebe la conexión y vuelva a intentarlo.
   *[edition] No se pudo descargar la edición. Compruebe la conexión y vuelva a intentarlo.
    }
failure-no-answer = El servidor no respondió. Puede que esté saturado o caído; vuelva a intentarlo en un momento.
failure-not-found = { $document ->
    [article] El artículo no está en el servidor.
   *[edition] La edición no está en el servidor.
    }
failure-refused = { $document ->
    [article] El servidor se negó a enviar el artículo.
   *[edition] El servidor se negó a enviar la edición.
    }
failure-server-error = { $document ->
    [article] El servidor falló al enviar el artículo. Vuelva a intentarlo en un momento.
   *[edition] El servidor falló al enviar la edición. Vuelva a intentarlo en un momento.
    }
failure-status = { $document ->
    [article] El servidor no pudo enviar el artículo.
   *[edition] El servidor no pudo enviar la edición.
    }
failure-web-page = { $document ->
    [article] El servidor envió una página web en lugar del artículo. Puede que la dirección del artículo sea incorrecta.
   *[edition] El servidor envió una página web en lugar de la edición. Puede que la dirección de la edición sea incorrecta.
    }
failure-wrong-type = { $document ->
    [article] El servidor envió un archivo de otro tipo en lugar del artículo.
   *[edition] El servidor envió un archivo de otro tipo en lugar de la edición.
    }
failure-too-large = { $document ->
    [article] El artículo es demasiado grande para mostrarlo: el visor lee artículos de hasta { $megabytes } MB.
   *[edition] La edición es demasiado grande para mostrarla: el visor lee ediciones de hasta { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] La conexión se cortó mientras llegaba el artículo. Vuelva a intentarlo.
   *[edition] La conexión se cortó mientras llegaba la edición. Vuelva a intentarlo.
    }
failure-too-slow = { $document ->
    [article] El artículo llegaba demasiado despacio. Vuelva a intentarlo, a ser posible con una conexión más rápida.
   *[edition] La edición llegaba demasiado despacio. Vuelva a intentarlo, a ser posible con una conexión más rápida.
    }
failure-empty = { $document ->
    [article] El artículo está vacío.
   *[edition] La edición está vacía.
    }
failure-not-utf8 = { $document ->
    [article] El artículo no está guardado como texto UTF-8, así que no se puede leer.
   *[edition] La edición no está guardada como texto UTF-8, así que no se puede leer.
    }
failure-invalid = { $document ->
    [article] El artículo contiene un error, así que no se puede mostrar.
   *[edition] La edición contiene un error, así que no se puede mostrar.
    }

crash-sentence = El visor de artículos ha dejado de funcionar. Normalmente se arregla al recargar la página.
crash-reload = Recargar la página

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Abierto desde el disco, cada artículo vuelve a cargar la página, y una hemeroteca grande no puede mostrar más titulares ni buscarlos. Servido, el sitio pasa de un artículo a otro sin recargar y descarga la mitad: ejecute { $command } en esta carpeta y luego abra { $address }.
