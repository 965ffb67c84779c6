import type { SiteDefinition } from '../engine/site-schema';
import { findComposer } from './composer';
import { readSite, scopeOf, ticketIdFromUrl } from './read';
import { hostMatches, matchTemplate, urlTail } from './template';
import type { Adapter, Citation, DefinitionOrigin, ResolvedSite } from './types';

/** An adapter that reads the page as its (resolved) site definition says. */
export function siteAdapter(site: ResolvedSite): Adapter {
  const def = site.definition;
  return {
    id: def.id,
    name: def.name,
    site,
    matches: (url) => definitionMatches(def, url),
    ticketIdFromUrl: (url) => ticketIdFromUrl(def, url),
    read: (doc, url, context) => readSite(def, doc, url, site.hooks, context),
    composer(doc, url) {
      const scope = scopeOf(def, doc, url);
      return scope ? (findComposer(def, scope)?.composer ?? null) : null;
    },
    sendButton: def.send ? (target) => sendButtonOf(def.send ?? [], target) : undefined,
    watchAttributes: def.watchAttributes ?? [],
  };
}

/** The Send button a click landed in (selectors that pierce shadow roots or frames are not tried). */
function sendButtonOf(selectors: readonly string[], target: Element): Element | null {
  for (const css of selectors) {
    if (css.includes('>>>')) continue;
    try {
      const hit = target.closest(css);
      if (hit) return hit;
    } catch {
      // A lead's invalid selector finds nothing; the check on import reports it.
    }
  }
  return null;
}

export function definitionMatches(def: SiteDefinition, url: URL): boolean {
  if (!def.match) return false;
  if (!def.match.hosts.some((h) => hostMatches(h, url.hostname, url.port))) return false;
  return !def.match.paths || def.match.paths.some((p) => matchTemplate(p, urlTail(url), 'url') !== undefined);
}

/** A built-in helpdesk: its definition, where each selector comes from, and its hooks. */
export interface BuiltIn {
  definition: SiteDefinition;
  citations: ReadonlyMap<string, Citation>;
  hooks?: ResolvedSite['hooks'];
  /** URLs of its ticket pages, as the helpdesk writes them: tested to match this helpdesk only. */
  urls: string[];
}

/**
 * Citations for a built-in definition's selectors, kept beside them: `e()` for a selector public
 * code relies on (../shared/reference/helpdesk-dom.md, with how many sources), `fallback()` for
 * one no source knows, tried after the evidenced ones. A test requires one for every selector.
 */
export function citations(section: string) {
  const map = new Map<string, Citation>();
  return {
    map,
    e: (css: string, note: string) => {
      map.set(css, { kind: 'evidence', note: `${section}: ${note}` });
      return css;
    },
    fallback: (css: string, why: string) => {
      map.set(css, { kind: 'fallback', note: why });
      return css;
    },
  };
}

/** A built-in as a resolved site, every field its own. */
export function builtInSite(b: BuiltIn): ResolvedSite {
  const origins = Object.fromEntries(Object.keys(b.definition).map((k) => [k, 'built-in'])) as ResolvedSite['origins'];
  return { definition: b.definition, origins, citations: b.citations, hooks: b.hooks ?? {} };
}

/**
 * A team's or policy's definition applied over what it extends: every field it gives replaces
 * the inherited one (a lead fixes the one selector that broke and keeps the rest).
 */
export function extendSite(base: ResolvedSite, def: SiteDefinition, origin: DefinitionOrigin): ResolvedSite {
  const { extends: _parent, examples: _examples, ...fields } = def;
  const definition = { ...base.definition, ...fields } as SiteDefinition;
  const origins = { ...base.origins };
  for (const key of Object.keys(fields) as (keyof SiteDefinition)[]) origins[key] = origin;
  return { definition, origins, citations: base.citations, hooks: base.hooks };
}

/** The empty site a definition that extends nothing starts from. */
export function blankSite(): ResolvedSite {
  return { definition: { id: 'x', name: 'x' }, origins: {}, citations: new Map(), hooks: {} };
}
