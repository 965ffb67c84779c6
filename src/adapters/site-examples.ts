import type { SiteDefinition } from '../engine/site-schema';
import { findComposer } from './composer';
import { readSite, scopeOf } from './read';
import { resolveSites } from './registry';

export interface SiteExampleFailure {
  site: string;
  example: number;
  message: string;
}

/**
 * Runs a site definition's examples: each small page is parsed (never attached to a live
 * document, so nothing in it runs or loads), read with the definition — over the built-in it
 * extends — and compared with the expected reading. `parse` is the DOM at hand: DOMParser in
 * the settings page, happy-dom in `npm run packs:check`.
 */
export function runSiteExamples(def: SiteDefinition, parse: (html: string) => Document): SiteExampleFailure[] {
  const failures: SiteExampleFailure[] = [];
  const { sites } = resolveSites({ team: [def], policy: [] });
  const site = sites.find((s) => s.definition.id === (def.extends && !def.match ? def.extends : def.id));
  if (!site) return [{ site: def.id, example: 0, message: `extends "${def.extends}", which is not a built-in helpdesk` }];
  (def.examples ?? []).forEach((example, i) => {
    const fail = (message: string) => failures.push({ site: def.id, example: i, message });
    const doc = parse(example.html);
    if (example.title !== undefined) doc.title = example.title;
    const url = new URL(example.url);
    const reading = readSite(site.definition, doc, url, site.hooks);
    const { expect } = example;
    if (!reading.ok) {
      if (expect.messages?.length) fail(`expected ${expect.messages.length} messages, read none (${reading.problem})`);
      return;
    }
    const read = reading.ticket.messages;
    if (expect.messages) {
      if (read.length !== expect.messages.length) fail(`expected ${expect.messages.length} messages, read ${read.length}`);
      expect.messages.forEach((m, k) => {
        const got = read[k];
        if (got && got.role !== m.role) fail(`message ${k + 1}: expected role ${m.role}, read ${got.role}`);
        if (got && m.text !== undefined && !got.text.includes(m.text)) fail(`message ${k + 1}: expected text containing "${m.text}"`);
      });
    }
    for (const field of ['ticketId', 'subject'] as const) {
      const want = expect[field];
      const got = field === 'ticketId' ? reading.ticket.id : reading.ticket.subject;
      if (want !== undefined && got !== want) fail(`expected ${field} "${want}", read "${got ?? ''}"`);
    }
    if (expect.requester !== undefined && reading.ticket.requester?.name !== expect.requester)
      fail(`expected requester "${expect.requester}", read "${reading.ticket.requester?.name ?? ''}"`);
    if (expect.composer !== undefined) {
      const found = site.definition.composer ? findComposer(site.definition, scopeOf(site.definition, doc, url) ?? doc) !== null : false;
      if (found !== expect.composer) fail(expect.composer ? 'expected the reply box to be found' : 'expected no reply box');
    }
  });
  return failures;
}
