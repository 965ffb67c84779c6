import type { SiteDefinition } from '../engine/site-schema';
import { generic } from './generic';
import { blankSite, definitionMatches, extendSite, siteAdapter } from './site';
import type { Adapter, DefinitionOrigin, ResolvedSite } from './types';

export interface SiteDefinitions {
  team: readonly SiteDefinition[];
  policy: readonly SiteDefinition[];
}

/**
 * The sites Composure reads, from the built-ins and the team's and policy's definitions.
 * A definition extending a built-in without a `match` of its own changes that built-in
 * everywhere; one with a `match` (a custom domain, one tenant) or extending nothing is a site
 * of its own, tried before the built-ins. Policy is applied after the team, so policy wins.
 * Returns the sites and, in plain words, what was ignored. The built-ins are given: the settings
 * import them (registry.ts), a tab has them from the worker (content/sites.ts).
 */
export function resolveSitesFrom(
  builtInSites: readonly ResolvedSite[],
  definitions: SiteDefinitions = { team: [], policy: [] },
): { sites: ResolvedSite[]; warnings: string[] } {
  const builtIns = new Map(builtInSites.map((b) => [b.definition.id, b]));
  const own: ResolvedSite[] = [];
  const warnings: string[] = [];
  const apply = (defs: readonly SiteDefinition[], origin: DefinitionOrigin) => {
    for (const def of defs) {
      const base = def.extends ? builtIns.get(def.extends) : undefined;
      if (def.extends && !base) {
        warnings.push(`Site definition "${def.id}" extends "${def.extends}", which is not a built-in helpdesk; ignored.`);
      } else if (base && !def.match) {
        builtIns.set(base.definition.id, extendSite(base, { ...def, id: base.definition.id, name: base.definition.name }, origin));
      } else {
        own.unshift(extendSite(base ?? blankSite(), def, origin));
      }
    }
  };
  apply(definitions.team, 'team');
  apply(definitions.policy, 'policy');
  return { sites: [...own, ...builtIns.values()], warnings };
}

export function adapterIn(url: URL, sites: readonly ResolvedSite[]): Adapter | undefined {
  const site = sites.find((s) => definitionMatches(s.definition, url));
  return site ? siteAdapter(site) : undefined;
}

/** An adapter by id, for a custom domain the agent turned on ("generic" included). */
export function adapterWithId(id: string, sites: readonly ResolvedSite[]): Adapter | undefined {
  if (id === generic.id) return generic;
  const site = sites.find((s) => s.definition.id === id);
  return site ? siteAdapter(site) : undefined;
}
