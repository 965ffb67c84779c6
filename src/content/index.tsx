import type { Runtime } from 'webextension-polyfill';
import { generic } from '../adapters/generic';
import { browser } from '../lib/browser';
import { tabMessage } from '../lib/protocol';
import { PAGE_API, type PageApi, pageApi } from '../adapters/page-api';
import { TEACH_REQUEST } from '../lib/page-api';
import { loadTabConfig } from '../lib/storage';
import { PageContext } from './context';
import { mountHost } from './mount';
import { startPageView } from './page-view';
import { chooseAdapter } from './sites';

// Once per isolated world: a second injection (manifest + executeScript, or a registered
// custom-domain script) must not give a second sidebar, observer or listener set.
const GUARD = Symbol.for('composure.content-script');
const world = globalThis as Record<symbol, unknown>;

async function main() {
  const config = await loadTabConfig();
  // A page no adapter knows is read in generic mode when the agent asked to teach Composure it.
  const adapter = (await chooseAdapter(new URL(location.href), config)) ?? (world[TEACH_REQUEST] ? generic : undefined);
  if (!adapter || pageApi()) return;
  const ctx = new PageContext();
  const mounted = mountHost(document);
  const view = startPageView(ctx, adapter, config, mounted);
  const api: PageApi = {
    root: mounted.root,
    host: mounted.host,
    adapter: view.adapter,
    agentName: () => view.config().agentName,
    teaching: false,
  };
  world[PAGE_API] = api;

  const onMessage = ((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const tab = tabMessage(message);
    if (!tab || !ctx.alive()) return;
    if (tab.type === 'toggle-sidebar') view.toggle();
    if (tab.type === 'focus-sidebar') view.focus();
    // Answered at once, with sendResponse: Chrome's content scripts cannot answer with a promise.
    if (tab.type === 'status') sendResponse(view.status());
  }) as unknown as Runtime.OnMessageListener;
  browser.runtime.onMessage.addListener(onMessage);
  const onConnect = (port: Runtime.Port) => view.connectPanel(port);
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onEnd(() => {
    // An orphaned script's runtime is gone: removing listeners from it may throw.
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
    } catch {}
  });
}

if (!world[GUARD] || (world[TEACH_REQUEST] && !pageApi())) {
  world[GUARD] = true;
  void main();
}
