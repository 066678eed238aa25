# 文章閱讀器的繁體中文介面，用詞依臺灣習慣。`$document` 為 `edition`（本期內容）或 `article`（文章）。

skip-to-article = 跳到正文
loading-edition = 正在載入本期內容…
loading-article = 正在載入文章…

headlines-title = 本期內容
headlines-label = 標題列表
headlines-label-titled = 標題列表：{ $title }
filter-headlines = 篩選標題
filter-no-match = 沒有與「{ $query }」相符的標題。
filter-count = { $total }則標題中有{ $shown }則相符
show-more = 再顯示{ $count }則標題
show-more-of = 再顯示{ $count }則（尚有{ $total }則未顯示）
filter-searching = 正在搜尋…
filter-too-broad = 以「{ $word }」開頭的詞太多，請繼續輸入。
headlines-loading = 正在載入更多標題…
headlines-unavailable = 無法下載更多標題。請檢查網路連線後重試。

related-news = 相關新聞
related-news-label = 相關新聞：{ $headline }
article-label = 文章：{ $headline }

not-found-title = 找不到文章
not-found-text = 本期沒有「{ $id }」這篇文章。它可能已被刪除，或連結有誤。請從標題中另選一篇。
empty-title = 尚無文章
empty-text = 本期還沒有文章。

reading-time = 閱讀約需{ $minutes }分鐘
reading-time-range = 閱讀約需{ $fastest }–{ $slowest }分鐘
source = 來源：
image-unavailable = 圖片無法顯示

reading-settings = 閱讀設定
theme = 主題
theme-auto = 自動
theme-light = 淺色
theme-sepia = 米黃
theme-dark = 深色
text-size = 文字大小
text-smaller = 縮小
text-larger = 放大
text-size-percent = { $percent }%

try-again = 重試
failure-unreachable = { $document ->
    [article] 無法下載文章。請檢查網路連線後重試。
   *[edition] 無法下載本期內容。請檢查網路連線後重試。
    }
failure-no-answer = 伺服器沒有回應，可能過於忙碌或已停止服務。請稍後再試。
failure-not-found = { $document ->
    [article] 伺服器上找不到這篇文章。
   *[edition] 伺服器上找不到本期內容。
    }
failure-refused = { $document ->
    [article] 伺服器拒絕傳送這篇文章。
   *[edition] 伺服器拒絕傳送本期內容。
    }
failure-server-error = { $document ->
    [article] 伺服器傳送文章時發生錯誤。請稍後再試。
   *[edition] 伺服器傳送本期內容時發生錯誤。請稍後再試。
    }
failure-status = { $document ->
    [article] 伺服器無法傳送這篇文章。
   *[edition] 伺服器無法傳送本期內容。
    }
failure-web-page = { $document ->
    [article] 伺服器傳來的是網頁，而不是文章。文章的網址可能有誤。
   *[edition] 伺服器傳來的是網頁，而不是本期內容。本期內容的網址可能有誤。
    }
failure-wrong-type = { $document ->
    [article] 伺服器傳來的是其他類型的檔案，而不是文章。
   *[edition] 伺服器傳來的是其他類型的檔案，而不是本期內容。
    }
failure-too-large = { $document ->
    [article] 文章太大，無法顯示：閱讀器只能開啟不超過 { $megabytes } MB 的文章。
   *[edition] 本期內容太大，無法顯示：閱讀器只能開啟不超過 { $megabytes } MB 的內容。
    }
failure-interrupted = { $document ->
    [article] 接收文章時連線中斷。請重試。
   *[edition] 接收本期內容時連線中斷。請重試。
    }
failure-too-slow = { $document ->
    [article] 文章傳輸太慢。請重試，最好改用速度較快的網路。
   *[edition] 本期內容傳輸太慢。請重試，最好改用速度較快的網路。
    }
failure-empty = { $document ->
    [article] 這篇文章是空的。
   *[edition] 本期內容是空的。
    }
failure-not-utf8 = { $document ->
    [article] 文章不是以 UTF-8 文字儲存，因此無法讀取。
   *[edition] 本期內容不是以 UTF-8 文字儲存，因此無法讀取。
    }
failure-invalid = { $document ->
    [article] 文章中有錯誤，因此無法顯示。
   *[edition] 本期內容中有錯誤，因此無法顯示。
    }

crash-sentence = 文章閱讀器已停止運作。通常重新整理頁面即可恢復。
crash-reload = 重新整理頁面

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = 從磁碟開啟時，每篇文章都會重新載入頁面，大型典藏也無法顯示更多標題或進行搜尋。透過伺服器瀏覽時，網站在文章之間切換不必重新載入，下載量也只有一半：在此資料夾中執行 { $command }，然後開啟 { $address }。
