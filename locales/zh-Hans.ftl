# 文章阅读器的简体中文界面。`$document` 为 `edition`（本期内容）或 `article`（文章）。

skip-to-article = 跳到正文
loading-edition = 正在加载本期内容…
loading-article = 正在加载文章…

headlines-title = 本期内容
headlines-label = 标题列表
headlines-label-titled = 标题列表：{ $title }
filter-headlines = 筛选标题
filter-no-match = 没有与“{ $query }”匹配的标题。
filter-count = { $total }条标题中有{ $shown }条匹配
show-more = 再显示{ $count }条标题
show-more-of = 再显示{ $count }条（还有{ $total }条未显示）
filter-searching = 正在搜索…
filter-too-broad = 以“{ $word }”开头的词太多，请继续输入。
headlines-loading = 正在加载更多标题…
headlines-unavailable = 无法下载更多标题。请检查网络连接后重试。

related-news = 相关新闻
related-news-label = 相关新闻：{ $headline }
article-label = 文章：{ $headline }

not-found-title = 未找到文章
not-found-text = 本期没有“{ $id }”这篇文章。它可能已被删除，或链接有误。请从标题中另选一篇。
empty-title = 暂无文章
empty-text = 本期还没有文章。

reading-time = 阅读约需{ $minutes }分钟
reading-time-range = 阅读约需{ $fastest }–{ $slowest }分钟
source = 来源：
image-unavailable = 图片无法显示

reading-settings = 阅读设置
theme = 主题
theme-auto = 自动
theme-light = 浅色
theme-sepia = 米黄
theme-dark = 深色
text-size = 字号
text-smaller = 缩小
text-larger = 放大
text-size-percent = { $percent }%

try-again = 重试
failure-unreachable = { $document ->
    [article] 无法下载文章。请检查网络连接后重试。
   *[edition] 无法下载本期内容。请检查网络连接后重试。
    }
failure-no-answer = 服务器没有响应，可能过于繁忙或已停止服务。请稍后重试。
failure-not-found = { $document ->
    [article] 服务器上找不到这篇文章。
   *[edition] 服务器上找不到本期内容。
    }
failure-refused = { $document ->
    [article] 服务器拒绝发送这篇文章。
   *[edition] 服务器拒绝发送本期内容。
    }
failure-server-error = { $document ->
    [article] 服务器在发送文章时出错。请稍后重试。
   *[edition] 服务器在发送本期内容时出错。请稍后重试。
    }
failure-status = { $document ->
    [article] 服务器无法发送这篇文章。
   *[edition] 服务器无法发送本期内容。
    }
failure-web-page = { $document ->
    [article] 服务器发来的是网页，而不是文章。文章的地址可能有误。
   *[edition] 服务器发来的是网页，而不是本期内容。本期内容的地址可能有误。
    }
failure-wrong-type = { $document ->
    [article] 服务器发来的是其他类型的文件，而不是文章。
   *[edition] 服务器发来的是其他类型的文件，而不是本期内容。
    }
failure-too-large = { $document ->
    [article] 文章太大，无法显示：阅读器只能打开不超过{ $megabytes } MB的文章。
   *[edition] 本期内容太大，无法显示：阅读器只能打开不超过{ $megabytes } MB的内容。
    }
failure-interrupted = { $document ->
    [article] 接收文章时连接中断。请重试。
   *[edition] 接收本期内容时连接中断。请重试。
    }
failure-too-slow = { $document ->
    [article] 文章传输太慢。请重试，最好换用更快的网络。
   *[edition] 本期内容传输太慢。请重试，最好换用更快的网络。
    }
failure-empty = { $document ->
    [article] 这篇文章是空的。
   *[edition] 本期内容是空的。
    }
failure-not-utf8 = { $document ->
    [article] 文章没有以 UTF-8 文本保存，因此无法读取。
   *[edition] 本期内容没有以 UTF-8 文本保存，因此无法读取。
    }
failure-invalid = { $document ->
    [article] 文章中有错误，因此无法显示。
   *[edition] 本期内容中有错误，因此无法显示。
    }

crash-sentence = 文章阅读器已停止工作。通常刷新页面即可恢复。
crash-reload = 刷新页面

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = 从磁盘打开时，每篇文章都会重新加载页面，大型存档也无法显示更多标题或进行搜索。通过服务器访问时，网站在文章之间切换无需重新加载，下载量也只有一半：在此文件夹中运行 { $command }，然后打开 { $address }。
