import { render } from 'preact';
import { findComposer } from '../adapters/composer';
import { readSite, scopeOf } from '../adapters/read';
import { blankSite, builtInSite, extendSite } from '../adapters/site';
import { BUILT_INS } from '../adapters/registry';
import type { ResolvedSite } from '../adapters/types';
import type { SiteDefinition } from '../engine/site-schema';
import { browser } from '../lib/browser';
import { pageApi } from '../adapters/page-api';
import { type Derived, type Samples, deriveDefinition } from './derive';
import { TEACH_CSS, Teach } from './Teach';

/**
 * The teach script: injected by the service worker into a page that already runs Composure,
 * when the agent asks to teach it the page (sidebar, popup, settings). It never runs otherwise,
 * so none of this weighs on the content script every agent loads.
 */
function start() {
  const api = pageApi();
  if (!api || api.teaching) return;
  api.teaching = true;
  const url = new URL(location.href);
  const adapter = api.adapter();
  // A built-in helpdesk (its definition, as the team has it now) is fixed; anything else is described anew.
  const builtIn = BUILT_INS.find((b) => b.definition.id === adapter.id);
  const baseSite: ResolvedSite | undefined = builtIn ? (adapter.site ?? builtInSite(builtIn)) : undefined;

  const container = document.createElement('div');
  const style = document.createElement('style');
  style.textContent = TEACH_CSS;
  api.root.append(style, container);

  const close = () => {
    render(null, container);
    container.remove();
    style.remove();
    api.teaching = false;
    browser.storage.onChanged.removeListener(onSaved);
  };
  // Once the lead saved it in the settings page, the page is read with it: the panel's work is done.
  const onSaved = (changes: Record<string, unknown>) => {
    if ('teamPacks' in changes) close();
  };
  browser.storage.onChanged.addListener(onSaved);

  const derive = (samples: Samples) => {
    const scope = baseSite ? scopeOf(baseSite.definition, document, url) : null;
    const derived = deriveDefinition(samples, {
      url,
      top: document,
      extends: baseSite ? { id: baseSite.definition.id, name: baseSite.definition.name, scope: scope as Element | null } : undefined,
    });
    const site = extendSite(baseSite ?? blankSite(), derived.definition, 'team');
    const reading = readSite(site.definition, document, url, site.hooks, { agentName: api.agentName() });
    const composer = findComposer(site.definition, scopeOf(site.definition, document, url) ?? document);
    return {
      derived,
      preview: {
        messages: reading.ok ? reading.ticket.messages.map((m) => ({ role: m.role, text: m.text })) : [],
        composer: composer?.composer.kind,
        problem: reading.ok ? undefined : reading.problem,
      },
    };
  };

  const save = async (derived: Derived, preview: { messages: { role: string }[]; composer?: string }) => {
    const counts = { customer: 0, agent: 0, internal: 0, system: 0 } as Record<string, number>;
    for (const m of preview.messages) counts[m.role] = (counts[m.role] ?? 0) + 1;
    const answer = (await browser.runtime.sendMessage({
      type: 'propose-site',
      host: url.host,
      definition: derived.definition satisfies SiteDefinition,
      summary: { ...counts, composer: preview.composer ?? null },
    })) as { ok: boolean; error?: string };
    return answer?.ok ? undefined : (answer?.error ?? 'failed');
  };

  render(<Teach host={api.host} derive={derive} save={save} close={close} />, container);
}

start();
