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

try {
  const program = await import('./article-viewer.js');
  await program.default({ module_or_path: new URL('./article-viewer_bg.wasm', import.meta.url) });
  ({ mount, mountAll } = program);
} catch (error) {
  for (const element of document.querySelectorAll('[data-article-viewer]')) {
    element.append(unavailablePanel(error));
  }
  throw error;
}

/** The viewer's crash panel, in plain DOM: nothing of the program runs. */
function unavailablePanel(error) {
  const panel = document.createElement('div');
  panel.className = 'article-viewer crash-panel';
  panel.setAttribute('role', 'alert');
  const sentence = document.createElement('p');
  sentence.className = 'crash-panel__sentence';
  sentence.textContent =
    'The article viewer could not be loaded. Check the connection, then reload the page.';
  const detail = document.createElement('p');
  detail.className = 'crash-panel__detail';
  detail.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'crash-panel__reload';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => location.reload());
  panel.append(sentence, detail, reload);
  return panel;
}
