# L’interface de la visionneuse en français. `$document` vaut `edition` ou `article`.

skip-to-article = Aller à l’article
loading-edition = Chargement de l’édition…
loading-article = Chargement de l’article…

headlines-title = Dans cette édition
headlines-label = Titres
headlines-label-titled = Titres : { $title }
filter-headlines = Filtrer les titres
filter-no-match = Aucun titre ne correspond à « { $query } ».
filter-count = { $shown ->
    [one] { $shown } titre sur { $total }
   *[other] { $shown } titres sur { $total }
    }
show-more = { $count ->
    [one] Afficher { $count } titre de plus
   *[other] Afficher { $count } titres de plus
    }
show-more-of = Afficher { $count } des { $total } titres restants
filter-searching = Recherche…
filter-too-broad = Trop de mots commencent par « { $word } » : tapez la suite.
headlines-loading = Chargement d’autres titres…
headlines-unavailable = Impossible de télécharger d’autres titres. Vérifiez la connexion et réessayez.

related-news = Sur le même sujet
related-news-label = Sur le même sujet : { $headline }
article-label = Article : { $headline }

not-found-title = Article introuvable
not-found-text = Cette édition ne contient pas d’article « { $id } ». Il a peut-être été retiré, ou le lien est mal saisi. Choisissez plutôt l’un des titres.
empty-title = Aucun article
empty-text = Cette édition ne contient encore aucun article.

reading-time = { $minutes ->
    [one] { $minutes } minute de lecture
   *[other] { $minutes } minutes de lecture
    }
reading-time-range = { $fastest } à { $slowest } minutes de lecture
source = Source :
image-unavailable = Image indisponible

reading-settings = Réglages de lecture
theme = Thème
theme-auto = Auto
theme-light = Clair
theme-sepia = Sépia
theme-dark = Sombre
text-size = Taille du texte
text-smaller = Plus petit
text-larger = Plus grand
text-size-percent = { $percent } %

try-again = Réessayer
failure-unreachable = { $document ->
    [article] L’article n’a pas pu être téléchargé. Vérifiez la connexion et réessayez.
   *[edition] L’édition n’a pas pu être téléchargée. Vérifiez la connexion et réessayez.
    }
failure-no-answer = Le serveur n’a pas répondu. Il est peut-être surchargé ou hors service ; réessayez dans un instant.
failure-not-found = { $document ->
    [article] L’article est introuvable sur le serveur.
   *[edition] L’édition est introuvable sur le serveur.
    }
failure-refused = { $document ->
    [article] Le serveur a refusé d’envoyer l’article.
   *[edition] Le serveur a refusé d’envoyer l’édition.
    }
failure-server-error = { $document ->
    [article] Le serveur a rencontré une erreur en envoyant l’article. Réessayez dans un instant.
   *[edition] Le serveur a rencontré une erreur en envoyant l’édition. Réessayez dans un instant.
    }
failure-status = { $document ->
    [article] Le serveur n’a pas pu envoyer l’article.
   *[edition] Le serveur n’a pas pu envoyer l’édition.
    }
failure-web-page = { $document ->
    [article] Le serveur a envoyé une page web au lieu de l’article. L’adresse de l’article est peut-être erronée.
   *[edition] Le serveur a envoyé une page web au lieu de l’édition. L’adresse de l’édition est peut-être erronée.
    }
failure-wrong-type = { $document ->
    [article] Le serveur a envoyé un fichier d’un autre type au lieu de l’article.
   *[edition] Le serveur a envoyé un fichier d’un autre type au lieu de l’édition.
    }
failure-too-large = { $document ->
    [article] L’article est trop volumineux pour être affiché : la visionneuse lit les articles jusqu’à { $megabytes } Mo.
   *[edition] L’édition est trop volumineuse pour être affichée : la visionneuse lit les éditions jusqu’à { $megabytes } Mo.
    }
failure-interrupted = { $document ->
    [article] La connexion a été coupée pendant l’arrivée de l’article. Réessayez.
   *[edition] La connexion a été coupée pendant l’arrivée de l’édition. Réessayez.
    }
failure-too-slow = { $document ->
    [article] L’article arrivait trop lentement. Réessayez, si possible avec une connexion plus rapide.
   *[edition] L’édition arrivait trop lentement. Réessayez, si possible avec une connexion plus rapide.
    }
failure-empty = { $document ->
    [article] L’article est vide.
   *[edition] L’édition est vide.
    }
failure-not-utf8 = { $document ->
    [article] L’article n’est pas enregistré en texte UTF-8 : il ne peut pas être lu.
   *[edition] L’édition n’est pas enregistrée en texte UTF-8 : elle ne peut pas être lue.
    }
failure-invalid = { $document ->
    [article] L’article contient une erreur : il ne peut pas être affiché.
   *[edition] L’édition contient une erreur : elle ne peut pas être affichée.
    }

crash-sentence = La visionneuse d’articles a cessé de fonctionner. Recharger la page suffit généralement à la relancer.
crash-reload = Recharger la page

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Ouvert depuis le disque, chaque article recharge la page, et une grande archive ne peut ni afficher d’autres titres ni les rechercher. Servi, le site passe d’un article à l’autre sans rechargement et télécharge moitié moins : lancez { $command } dans ce dossier, puis ouvrez { $address }.
