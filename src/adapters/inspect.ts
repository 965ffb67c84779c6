import type { SiteDefinition } from '../engine/site-schema';
import { definitionSelectors } from '../engine/site-selectors';
import type { Role } from '../engine/types';
import { findComposer } from './composer';
import { hasMatch, queryAll } from './query';
import { scopeOf } from './read';
import type { Adapter, DefinitionOrigin } from './types';

/**
 * "What Composure sees on this page": every selector of the definition in use, found or not and
 * how often, the messages read by role, the reply box, and where each part of the definition
 * came from. Selectors and counts only — never a word of the ticket — so it can be pasted into
 * a bug report or sent to the team lead as it is.
 */
export interface SiteReport {
  helpdesk: string;
  definition: string;
  host: string;
  outcome: string;
  messages: Record<Role, number>;
  unmarked: number;
  olderHidden: boolean;
  composer: { found: boolean; kind?: string; selector?: string };
  parts: ReportPart[];
  warnings: string[];
}

export interface ReportPart {
  /** The definition's field, e.g. "conversation", "roles[2].selector". */
  path: string;
  selector: string;
  /** Elements found: in the page for page-wide parts, in how many messages for message parts. */
  count: number;
  origin: DefinitionOrigin;
  citation?: 'evidence' | 'fallback';
}

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
    unmarked: reading.ok ? reading.unmarked : 0,
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
export function reportText(r: SiteReport): string {
  const lines = [
    'Composure — what it sees on this page',
    `helpdesk: ${r.helpdesk}; definition: ${r.definition}; host: ${r.host}`,
    `outcome: ${r.outcome}; messages: ${Object.entries(r.messages)
      .map(([role, n]) => `${role} ${n}`)
      .join(', ')}${r.unmarked ? `; authors not marked: ${r.unmarked}` : ''}${r.olderHidden ? '; older messages not loaded' : ''}`,
    `reply box: ${r.composer.found ? `found (${r.composer.kind}) by ${r.composer.selector ?? 'the last field used'}` : 'not found'}`,
    '',
    ...r.parts.map(
      (p) =>
        `${p.count ? '✓' : '✗'} ${String(p.count).padStart(3)}  ${p.path}  ${p.selector}  [${p.origin}${p.citation ? `, ${p.citation}` : ''}]`,
    ),
    ...r.warnings.map((w) => `! ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}
