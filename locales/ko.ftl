# 기사 뷰어의 한국어 인터페이스. `$document`는 `edition`(에디션) 또는 `article`(기사).

skip-to-article = 기사로 건너뛰기
loading-edition = 에디션을 불러오는 중…
loading-article = 기사를 불러오는 중…

headlines-title = 이번 에디션
headlines-label = 헤드라인
headlines-label-titled = 헤드라인: { $title }
filter-headlines = 헤드라인 검색
filter-no-match = ‘{ $query }’에 맞는 헤드라인이 없습니다.
filter-count = 헤드라인 { $total }개 중 { $shown }개
show-more = 헤드라인 { $count }개 더 보기
show-more-of = 남은 헤드라인 { $total }개 중 { $count }개 더 보기
filter-searching = 검색 중…
filter-too-broad = ‘{ $word }’(으)로 시작하는 단어가 너무 많습니다. 조금 더 입력하세요.
headlines-loading = 헤드라인을 더 불러오는 중…
headlines-unavailable = 헤드라인을 더 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.

related-news = 관련 기사
related-news-label = 관련 기사: { $headline }
article-label = 기사: { $headline }

not-found-title = 기사를 찾을 수 없습니다
not-found-text = 이 에디션에는 ‘{ $id }’ 기사가 없습니다. 삭제되었거나 링크 주소가 잘못되었을 수 있습니다. 헤드라인 중 하나를 골라 주세요.
empty-title = 기사 없음
empty-text = 이 에디션에는 아직 기사가 없습니다.

reading-time = 읽는 데 { $minutes }분
reading-time-range = 읽는 데 { $fastest }~{ $slowest }분
source = 출처:
image-unavailable = 이미지를 표시할 수 없음

reading-settings = 읽기 설정
theme = 테마
theme-auto = 자동
theme-light = 밝게
theme-sepia = 세피아
theme-dark = 어둡게
text-size = 글자 크기
text-smaller = 작게
text-larger = 크게
text-size-percent = { $percent }%

try-again = 다시 시도
failure-unreachable = { $document ->
    [article] 기사를 내려받지 못했습니다. 연결 상태를 확인하고 다시 시도해 주세요.
   *[edition] 에디션을 내려받지 못했습니다. 연결 상태를 확인하고 다시 시도해 주세요.
    }
failure-no-answer = 서버가 응답하지 않습니다. 서버가 바쁘거나 멈췄을 수 있으니 잠시 후 다시 시도해 주세요.
failure-not-found = { $document ->
    [article] 서버에서 기사를 찾을 수 없습니다.
   *[edition] 서버에서 에디션을 찾을 수 없습니다.
    }
failure-refused = { $document ->
    [article] 서버가 기사 전송을 거부했습니다.
   *[edition] 서버가 에디션 전송을 거부했습니다.
    }
failure-server-error = { $document ->
    [article] 기사를 보내는 중 서버에 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.
   *[edition] 에디션을 보내는 중 서버에 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.
    }
failure-status = { $document ->
    [article] 서버가 기사를 보내지 못했습니다.
   *[edition] 서버가 에디션을 보내지 못했습니다.
    }
failure-web-page = { $document ->
    [article] 서버가 기사 대신 웹 페이지를 보냈습니다. 기사 주소가 잘못되었을 수 있습니다.
   *[edition] 서버가 에디션 대신 웹 페이지를 보냈습니다. 에디션 주소가 잘못되었을 수 있습니다.
    }
failure-wrong-type = { $document ->
    [article] 서버가 기사 대신 다른 종류의 파일을 보냈습니다.
   *[edition] 서버가 에디션 대신 다른 종류의 파일을 보냈습니다.
    }
failure-too-large = { $document ->
    [article] 기사가 너무 커서 표시할 수 없습니다. 최대 { $megabytes }MB까지의 기사만 읽을 수 있습니다.
   *[edition] 에디션이 너무 커서 표시할 수 없습니다. 최대 { $megabytes }MB까지의 에디션만 읽을 수 있습니다.
    }
failure-interrupted = { $document ->
    [article] 기사를 받는 중에 연결이 끊겼습니다. 다시 시도해 주세요.
   *[edition] 에디션을 받는 중에 연결이 끊겼습니다. 다시 시도해 주세요.
    }
failure-too-slow = { $document ->
    [article] 기사를 받는 속도가 너무 느립니다. 가능하면 더 빠른 연결에서 다시 시도해 주세요.
   *[edition] 에디션을 받는 속도가 너무 느립니다. 가능하면 더 빠른 연결에서 다시 시도해 주세요.
    }
failure-empty = { $document ->
    [article] 기사가 비어 있습니다.
   *[edition] 에디션이 비어 있습니다.
    }
failure-not-utf8 = { $document ->
    [article] 기사가 UTF-8 텍스트로 저장되어 있지 않아 읽을 수 없습니다.
   *[edition] 에디션이 UTF-8 텍스트로 저장되어 있지 않아 읽을 수 없습니다.
    }
failure-invalid = { $document ->
    [article] 기사에 오류가 있어 표시할 수 없습니다.
   *[edition] 에디션에 오류가 있어 표시할 수 없습니다.
    }

crash-sentence = 기사 뷰어가 작동을 멈췄습니다. 대개 페이지를 새로고침하면 다시 작동합니다.
crash-reload = 페이지 새로고침

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = 디스크에서 열면 기사마다 페이지를 다시 불러오고, 큰 아카이브는 헤드라인을 더 보여 주거나 검색할 수 없습니다. 서버로 제공하면 다시 불러오지 않고 기사 사이를 이동하며 내려받는 양도 절반으로 줄어듭니다. 이 폴더에서 { $command } 명령을 실행한 뒤 { $address } 주소를 여세요.
