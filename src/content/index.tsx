import browser from 'webextension-polyfill';
import { adapterFor } from '../adapters/registry';
import { contextAlive } from './messages';
import { mountHost } from './mount';
import { startPageView } from './page-view';

// Once per isolated world: a second injection (manifest + executeScript, or a registered
// custom-domain script) must not give a second sidebar, observer or listener set.
const GUARD = Symbol.for('composure.content-script');
const world = globalThis as Record<symbol, boolean>;

function main() {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  const controller = new AbortController();
  const mounted = mountHost(document);
  const view = startPageView(adapter, mounted, controller.signal);

  const onMessage = (message: unknown) => {
    if (!contextAlive()) return;
    const type = (message as { type?: string })?.type;
    if (type === 'toggle-sidebar') view.toggle();
    if (type === 'focus-sidebar') view.focus();
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

if (!world[GUARD]) {
  world[GUARD] = true;
  main();
}
