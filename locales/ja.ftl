# 記事ビューアーの日本語インターフェース。`$document` は `edition`（エディション）か `article`（記事）。

skip-to-article = 記事へ移動
loading-edition = エディションを読み込んでいます…
loading-article = 記事を読み込んでいます…

headlines-title = このエディションの記事
headlines-label = 見出し
headlines-label-titled = 見出し：{ $title }
filter-headlines = 見出しを絞り込む
filter-no-match = 「{ $query }」に一致する見出しはありません。
filter-count = { $total }件中{ $shown }件
show-more = さらに{ $count }件の見出しを表示
show-more-of = 残り{ $total }件のうち{ $count }件を表示
filter-searching = 検索しています…
filter-too-broad = 「{ $word }」で始まる語が多すぎます。続けて入力してください。
headlines-loading = 見出しをさらに読み込んでいます…
headlines-unavailable = 見出しをこれ以上読み込めませんでした。接続を確認して、もう一度お試しください。

related-news = 関連記事
related-news-label = 関連記事：{ $headline }
article-label = 記事：{ $headline }

not-found-title = 記事が見つかりません
not-found-text = このエディションに記事「{ $id }」はありません。削除されたか、リンクが間違っている可能性があります。見出しから記事を選んでください。
empty-title = 記事はありません
empty-text = このエディションにはまだ記事がありません。

reading-time = { $minutes }分で読めます
reading-time-range = { $fastest }〜{ $slowest }分で読めます
source = 出典：
image-unavailable = 画像を表示できません

reading-settings = 表示設定
theme = テーマ
theme-auto = 自動
theme-light = ライト
theme-sepia = セピア
theme-dark = ダーク
text-size = 文字サイズ
text-smaller = 小さく
text-larger = 大きく
text-size-percent = { $percent }%

try-again = 再試行
failure-unreachable = { $document ->
    [article] 記事をダウンロードできませんでした。接続を確認して、もう一度お試しください。
   *[edition] エディションをダウンロードできませんでした。接続を確認して、もう一度お試しください。
    }
failure-no-answer = サーバーから応答がありません。混雑しているか停止している可能性があります。しばらくしてからもう一度お試しください。
failure-not-found = { $document ->
    [article] サーバー上に記事が見つかりませんでした。
   *[edition] サーバー上にエディションが見つかりませんでした。
    }
failure-refused = { $document ->
    [article] サーバーが記事の送信を拒否しました。
   *[edition] サーバーがエディションの送信を拒否しました。
    }
failure-server-error = { $document ->
    [article] 記事の送信中にサーバーでエラーが発生しました。しばらくしてからもう一度お試しください。
   *[edition] エディションの送信中にサーバーでエラーが発生しました。しばらくしてからもう一度お試しください。
    }
failure-status = { $document ->
    [article] サーバーが記事を送信できませんでした。
   *[edition] サーバーがエディションを送信できませんでした。
    }
failure-web-page = { $document ->
    [article] サーバーから記事ではなくウェブページが送られてきました。記事のアドレスが間違っている可能性があります。
   *[edition] サーバーからエディションではなくウェブページが送られてきました。エディションのアドレスが間違っている可能性があります。
    }
failure-wrong-type = { $document ->
    [article] サーバーから記事ではなく別の種類のファイルが送られてきました。
   *[edition] サーバーからエディションではなく別の種類のファイルが送られてきました。
    }
failure-too-large = { $document ->
    [article] 記事が大きすぎるため表示できません。表示できるのは{ $megabytes }MBまでの記事です。
   *[edition] エディションが大きすぎるため表示できません。表示できるのは{ $megabytes }MBまでのエディションです。
    }
failure-interrupted = { $document ->
    [article] 記事の受信中に接続が切れました。もう一度お試しください。
   *[edition] エディションの受信中に接続が切れました。もう一度お試しください。
    }
failure-too-slow = { $document ->
    [article] 記事の受信に時間がかかりすぎています。できれば高速な接続で、もう一度お試しください。
   *[edition] エディションの受信に時間がかかりすぎています。できれば高速な接続で、もう一度お試しください。
    }
failure-empty = { $document ->
    [article] 記事が空です。
   *[edition] エディションが空です。
    }
failure-not-utf8 = { $document ->
    [article] 記事がUTF-8のテキストとして保存されていないため、読み込めません。
   *[edition] エディションがUTF-8のテキストとして保存されていないため、読み込めません。
    }
failure-invalid = { $document ->
    [article] 記事に誤りがあるため表示できません。
   *[edition] エディションに誤りがあるため表示できません。
    }

crash-sentence = 記事ビューアーが動作を停止しました。ページを再読み込みすると、たいてい元に戻ります。
crash-reload = ページを再読み込み

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = ディスクから開くと記事ごとにページを読み込み直し、大きなアーカイブでは見出しの続きの表示も検索もできません。サーバーから配信すると、再読み込みなしで記事を移動でき、ダウンロード量も半分になります。このフォルダーで { $command } を実行し、{ $address } を開いてください。
