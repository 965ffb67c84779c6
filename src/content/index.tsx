import browser from 'webextension-polyfill';
import { adapterById, adapterFor } from '../adapters/registry';
import type { Adapter } from '../adapters/types';
import { contextAlive } from './messages';
import { mountHost } from './mount';
import { startPageView } from './page-view';

// Once per isolated world: a second injection (manifest + executeScript, or a registered
// custom-domain script) must not give a second sidebar, observer or listener set.
const GUARD = Symbol.for('composure.content-script');
const world = globalThis as Record<symbol, boolean>;

/** The helpdesk by URL; on a custom domain the agent turned on, the adapter they chose for it. */
async function chooseAdapter(url: URL): Promise<Adapter | undefined> {
  const known = adapterFor(url);
  if (known) return known;
  const sites = (await browser.storage.local.get('customSites')).customSites;
  const site = Array.isArray(sites) ? sites.find((s) => s?.host === url.hostname) : undefined;
  return typeof site?.adapter === 'string' ? adapterById(site.adapter) : undefined;
}

async function main() {
  const adapter = await chooseAdapter(new URL(location.href));
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
  void main();
}
