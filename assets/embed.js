// The article viewer for any page. Add this one script:
//   <script type="module" src="https://your.host/viewer/embed.js"></script>
// and, where a viewer should appear:
//   <div data-article-viewer data-src="edition.json"></div>
// Every such element gets a viewer as soon as the WebAssembly is ready. For
// elements added later: import { mount } from '…/embed.js'; mount(element).
//
// The program is imported here rather than named in an import statement, so
// that when it cannot be loaded (offline, a missing file, a changed one) each
// viewer's element says so instead of staying blank.

export let mount;
export let mountAll;

/**
 * The panel's words in each language the viewer speaks (locales/*.ftl), worded
 * as each catalogue words its crash panel and its failures: the sentence, then
 * the button. The program's catalogues cannot help here, for the program is
 * what failed to load. Declared before the import below, which may need it.
 */
const PANEL_WORDS = {
  en: ['The article viewer could not be loaded. Check the connection, then reload the page.', 'Reload the page'],
  fr: ['La visionneuse d’articles n’a pas pu être chargée. Vérifiez la connexion, puis rechargez la page.', 'Recharger la page'],
  de: ['Die Artikelanzeige konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie dann die Seite neu.', 'Seite neu laden'],
  es: ['No se pudo cargar el visor de artículos. Compruebe la conexión y después recargue la página.', 'Recargar la página'],
  it: ['Non è stato possibile caricare il visualizzatore di articoli. Controlla la connessione, poi ricarica la pagina.', 'Ricarica la pagina'],
  pt: ['Não foi possível carregar o leitor de artigos. Verifique a conexão e depois recarregue a página.', 'Recarregar a página'],
  nl: ['De artikellezer kon niet worden geladen. Controleer de verbinding en laad de pagina daarna opnieuw.', 'Pagina opnieuw laden'],
  pl: ['Nie udało się wczytać przeglądarki artykułów. Sprawdź połączenie, a potem wczytaj stronę ponownie.', 'Wczytaj stronę ponownie'],
  ko: ['기사 뷰어를 불러오지 못했습니다. 연결 상태를 확인한 뒤 페이지를 새로고침해 주세요.', '페이지 새로고침'],
  ja: ['記事ビューアーを読み込めませんでした。接続を確認してから、ページを再読み込みしてください。', 'ページを再読み込み'],
  'zh-Hans': ['无法加载文章阅读器。请检查网络连接，然后刷新页面。', '刷新页面'],
  'zh-Hant': ['無法載入文章閱讀器。請檢查網路連線，然後重新整理頁面。', '重新整理頁面'],
  ar: ['تعذّر تحميل عارض المقالات. تحقّق من الاتصال ثم أعد تحميل الصفحة.', 'أعد تحميل الصفحة'],
  he: ['לא ניתן היה לטעון את מציג הכתבות. כדאי לבדוק את החיבור ואז לטעון את הדף מחדש.', 'טעינת הדף מחדש'],
};

try {
  const program = await import('./article-viewer.js');
  await program.default({ module_or_path: new URL('./article-viewer_bg.wasm', import.meta.url) });
  ({ mount, mountAll } = program);
} catch (error) {
  for (const element of document.querySelectorAll('[data-article-viewer]')) {
    element.append(unavailablePanel(element, error));
  }
  throw error;
}

/**
 * The language of `PANEL_WORDS` for a BCP 47 tag, matched as the program
 * matches its catalogues (`Locale::from_tag` in src/locale.rs): by the primary
 * subtag, case aside, `iw` as Hebrew, and Chinese by its script, else by its
 * region. `undefined` for a language without words here.
 */
function panelLanguage(tag) {
  const [primary, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (primary === 'zh') {
    const decisive = rest.find((subtag) => ['hant', 'hans', 'tw', 'hk', 'mo'].includes(subtag));
    return decisive === undefined || decisive === 'hans' ? 'zh-Hans' : 'zh-Hant';
  }
  const language = primary === 'iw' ? 'he' : primary;
  return Object.hasOwn(PANEL_WORDS, language) ? language : undefined;
}

/**
 * The viewer's crash panel, in plain DOM: nothing of the program runs. In the
 * language the viewer would have spoken, as far as the page tells it: the
 * element's `data-locale`, else the page's `lang`, else English (the edition's
 * own language is in the edition, which the program would have read).
 */
function unavailablePanel(element, error) {
  const language =
    [element.dataset.locale, document.documentElement.lang]
      .filter((tag) => tag)
      .map(panelLanguage)
      .find((found) => found) ?? 'en';
  const [sentenceWords, reloadWords] = PANEL_WORDS[language];
  const panel = document.createElement('div');
  panel.className = 'article-viewer crash-panel';
  panel.setAttribute('role', 'alert');
  panel.lang = language;
  panel.dir = language === 'ar' || language === 'he' ? 'rtl' : 'ltr';
  const sentence = document.createElement('p');
  sentence.className = 'crash-panel__sentence';
  sentence.textContent = sentenceWords;
  const detail = document.createElement('p');
  detail.className = 'crash-panel__detail';
  // The browser's own message, for whoever looks after the page: English.
  detail.lang = 'en';
  detail.dir = 'ltr';
  detail.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'crash-panel__reload';
  reload.textContent = reloadWords;
  reload.addEventListener('click', () => location.reload());
  panel.append(sentence, detail, reload);
  return panel;
}
