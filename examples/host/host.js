// The host page's own script: it listens to what the viewers report and offers
// to remove the first one. The end-to-end tests read window.viewerEvents.
window.viewerEvents = [];
const log = document.getElementById('event-log');

for (const name of ['ready', 'article-change', 'error']) {
  document.addEventListener(name, (event) => {
    const viewer = event.target.closest('[data-article-viewer]');
    if (!viewer) return;
    const entry = { viewer: viewer.id, type: name, detail: event.detail };
    window.viewerEvents.push(entry);
    const item = document.createElement('li');
    item.textContent = `${viewer.id}: ${name} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

document.getElementById('remove-wire').addEventListener('click', () => {
  document.getElementById('wire').articleViewer?.destroy();
});
