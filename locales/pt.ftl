# A interface do leitor em português. `$document` é `edition` ou `article`.

skip-to-article = Ir para o artigo
loading-edition = Carregando a edição…
loading-article = Carregando o artigo…

headlines-title = Nesta edição
headlines-label = Manchetes
headlines-label-titled = Manchetes: { $title }
filter-headlines = Filtrar manchetes
filter-no-match = Nenhuma manchete corresponde a “{ $query }”.
filter-count = { $shown } de { $total } manchetes
show-more = { $count ->
    [one] Mostrar mais { $count } manchete
   *[other] Mostrar mais { $count } manchetes
    }
show-more-of = Mostrar { $count } das { $total } manchetes restantes
filter-searching = Pesquisando…
filter-too-broad = Muitas palavras começam com “{ $word }”: continue digitando.
headlines-loading = Carregando mais manchetes…
headlines-unavailable = Não foi possível baixar mais manchetes. Verifique a conexão e tente novamente.

related-news = Notícias relacionadas
related-news-label = Notícias relacionadas: { $headline }
article-label = Artigo: { $headline }

not-found-title = Artigo não encontrado
not-found-text = Esta edição não tem o artigo “{ $id }”. Ele pode ter sido removido, ou o link pode estar digitado errado. Escolha uma das manchetes.
empty-title = Nenhum artigo
empty-text = Esta edição ainda não tem artigos.

reading-time = { $minutes ->
    [one] Leitura de { $minutes } minuto
   *[other] Leitura de { $minutes } minutos
    }
reading-time-range = Leitura de { $fastest } a { $slowest } minutos
source = Fonte:
image-unavailable = Imagem indisponível

reading-settings = Configurações de leitura
theme = Tema
theme-auto = Automático
theme-light = Claro
theme-sepia = Sépia
theme-dark = Escuro
text-size = Tamanho do texto
text-smaller = Menor
text-larger = Maior
text-size-percent = { $percent }%

try-again = Tentar novamente
failure-unreachable = { $document ->
    [article] Não foi possível baixar o artigo. Verifique a conexão e tente novamente.
   *[edition] Não foi possível baixar a edição. Verifique a conexão e tente novamente.
    }
failure-no-answer = O servidor não respondeu. Ele pode estar sobrecarregado ou fora do ar; tente novamente em instantes.
failure-not-found = { $document ->
    [article] O artigo não foi encontrado no servidor.
   *[edition] A edição não foi encontrada no servidor.
    }
failure-refused = { $document ->
    [article] O servidor se recusou a enviar o artigo.
   *[edition] O servidor se recusou a enviar a edição.
    }
failure-server-error = { $document ->
    [article] O servidor falhou ao enviar o artigo. Tente novamente em instantes.
   *[edition] O servidor falhou ao enviar a edição. Tente novamente em instantes.
    }
failure-status = { $document ->
    [article] O servidor não conseguiu enviar o artigo.
   *[edition] O servidor não conseguiu enviar a edição.
    }
failure-web-page = { $document ->
    [article] O servidor enviou uma página da web em vez do artigo. O endereço do artigo pode estar errado.
   *[edition] O servidor enviou uma página da web em vez da edição. O endereço da edição pode estar errado.
    }
failure-wrong-type = { $document ->
    [article] O servidor enviou um arquivo de outro tipo em vez do artigo.
   *[edition] O servidor enviou um arquivo de outro tipo em vez da edição.
    }
failure-too-large = { $document ->
    [article] O artigo é grande demais para ser exibido: o leitor abre artigos de até { $megabytes } MB.
   *[edition] A edição é grande demais para ser exibida: o leitor abre edições de até { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] A conexão caiu enquanto o artigo chegava. Tente novamente.
   *[edition] A conexão caiu enquanto a edição chegava. Tente novamente.
    }
failure-too-slow = { $document ->
    [article] O artigo estava chegando devagar demais. Tente novamente, de preferência com uma conexão mais rápida.
   *[edition] A edição estava chegando devagar demais. Tente novamente, de preferência com uma conexão mais rápida.
    }
failure-empty = { $document ->
    [article] O artigo está vazio.
   *[edition] A edição está vazia.
    }
failure-not-utf8 = { $document ->
    [article] O artigo não está salvo como texto UTF-8, por isso não pode ser lido.
   *[edition] A edição não está salva como texto UTF-8, por isso não pode ser lida.
    }
failure-invalid = { $document ->
    [article] O artigo contém um erro, por isso não pode ser exibido.
   *[edition] A edição contém um erro, por isso não pode ser exibida.
    }

crash-sentence = O leitor de artigos parou de funcionar. Recarregar a página costuma resolver.
crash-reload = Recarregar a página

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = Aberto a partir do disco, cada artigo recarrega a página, e um grande acervo não pode mostrar mais manchetes nem pesquisá-las. Servido, o site passa de um artigo a outro sem recarregar e baixa a metade: execute { $command } nesta pasta e depois abra { $address }.
