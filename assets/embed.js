// The article viewer for any page. Add this one script:
//   <script type="module" src="https://your.host/viewer/embed.js"></script>
// and, where a viewer should appear:
//   <div data-article-viewer data-src="edition.json"></div>
// Every such element gets a viewer as soon as the WebAssembly is ready. For
// elements added later: import { mount } from '…/embed.js'; mount(element).
import init, { mount, mountAll } from './article-viewer.js';

await init({ module_or_path: new URL('./article-viewer_bg.wasm', import.meta.url) });

export { mount, mountAll };
