import { browser } from '../lib/browser';
import { loadConfig } from '../lib/storage';
import { contextAlive } from './messages';
import { mountHost } from './mount';
import { startPageView } from './page-view';
import { chooseAdapter } from './sites';

// Once per isolated world: a second injection (manifest + executeScript, or a registered
// custom-domain script) must not give a second sidebar, observer or listener set.
const GUARD = Symbol.for('composure.content-script');
const world = globalThis as Record<symbol, boolean>;

async function main() {
  // A policy Chrome delivers late (its policy service starts seconds after the browser) is applied then.
  let onLatePolicy = () => {};
  const config = await loadConfig(undefined, () => onLatePolicy());
  const adapter = await chooseAdapter(new URL(location.href), config);
  if (!adapter) return;
  const controller = new AbortController();
  const mounted = mountHost(document);
  const view = startPageView(adapter, config, mounted, controller.signal);
  onLatePolicy = () => view.reloadConfig();

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
  void main();
}
