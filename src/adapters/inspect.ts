import type { SiteDefinition } from '../engine/site-schema';
import type { ReportPart, SiteReport } from '../engine/site-report';
import { definitionSelectors } from '../engine/site-fields';
import type { Role } from '../engine/types';
import { findComposer } from './composer';
import { hasMatch, queryAll } from './query';
import { scopeOf } from './read';
import type { Adapter } from './types';

export { type ReportPart, type SiteReport, reportText } from '../engine/site-report';

const PER_MESSAGE = /^(body|author|time|exclude|roles)/;

export function inspectSite(adapter: Adapter, doc: Document, url: URL, agentName?: string, warnings: string[] = []): SiteReport {
  const reading = adapter.read(doc, url, { agentName });
  const messages: Record<Role, number> = { customer: 0, agent: 0, internal: 0, system: 0 };
  if (reading.ok) for (const m of reading.ticket.messages) messages[m.role]++;
  const base = {
    helpdesk: adapter.name,
    host: url.host,
    outcome: reading.ok ? 'read' : reading.problem,
    messages,
    unmarked: (reading.ok && reading.unmarked?.count) || 0,
    olderHidden: reading.ok && reading.olderHidden,
    warnings,
  };
  const site = adapter.site;
  if (!site) {
    const composer = adapter.composer(doc, url);
    return { ...base, definition: 'generic mode', composer: { found: composer !== null, kind: composer?.kind }, parts: [] };
  }
  const def = site.definition;
  const scope = scopeOf(def, doc, url) ?? doc;
  const items = reading.ok ? messageElements(def, reading.root) : [];
  const parts = definitionSelectors(def).map(({ path, selector }): ReportPart => {
    const field = path.split(/[[.]/)[0] as keyof SiteDefinition;
    const css = selector.replaceAll('{id}', adapter.ticketIdFromUrl(url) ?? '');
    const count = PER_MESSAGE.test(path)
      ? items.filter((item) => hasMatch(item, css)).length
      : queryAll(path.startsWith('scope') ? doc : scope, css).length;
    return { path, selector, count, origin: site.origins[field] ?? 'built-in', citation: site.citations.get(selector)?.kind };
  });
  const composer = findComposer(def, scope);
  return {
    ...base,
    definition: `${def.id} (${[...new Set(Object.values(site.origins))].join(' + ')})`,
    composer: {
      found: composer !== null,
      kind: composer?.composer.kind,
      selector: composer ? def.composer?.selector[composer.index] : undefined,
    },
    parts,
  };
}

function messageElements(def: SiteDefinition, root: Element): Element[] {
  for (const selector of def.message ?? []) {
    const found = queryAll(root, selector);
    if (found.length) return found;
  }
  return [];
}

/** The report as plain text for the clipboard: what a bug report or a message to the lead needs. */
