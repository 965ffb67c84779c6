import type { SiteDefinition } from '../engine/site-schema';
import { demo } from './demo';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { jsm } from './jsm';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { type BuiltIn, blankSite, builtInSite, definitionMatches, extendSite, siteAdapter } from './site';
import type { Adapter, DefinitionOrigin, ResolvedSite } from './types';
import { zendesk } from './zendesk';
import { zoho } from './zoho';

/** Every helpdesk Composure knows, in the order they are tried. */
export const BUILT_INS: readonly BuiltIn[] = [
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  gmail,
  jsm,
  hubspot,
  zoho,
  servicenow,
  salesforce,
  front,
  gorgias,
  demo,
];

/** The helpdesks an agent can switch on and off (the demo is not one). */
export const HELPDESKS = BUILT_INS.filter((b) => b.definition.id !== 'demo').map((b) => ({ id: b.definition.id, name: b.definition.name }));

export interface SiteDefinitions {
  team: readonly SiteDefinition[];
  policy: readonly SiteDefinition[];
}

/**
 * The sites Composure reads, from the built-ins and the team's and policy's definitions.
 * A definition extending a built-in without a `match` of its own changes that built-in
 * everywhere; one with a `match` (a custom domain, one tenant) or extending nothing is a site
 * of its own, tried before the built-ins. Policy is applied after the team, so policy wins.
 * Returns the sites and, in plain words, what was ignored.
 */
export function resolveSites(definitions: SiteDefinitions = { team: [], policy: [] }): { sites: ResolvedSite[]; warnings: string[] } {
  const builtIns = new Map(BUILT_INS.map((b) => [b.definition.id, builtInSite(b)]));
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

export function adapterFor(url: URL, sites: readonly ResolvedSite[] = resolveSites().sites): Adapter | undefined {
  const site = sites.find((s) => definitionMatches(s.definition, url));
  return site ? siteAdapter(site) : undefined;
}

/** An adapter by id, for a custom domain the agent turned on ("generic" included). */
export function adapterById(id: string, sites: readonly ResolvedSite[] = resolveSites().sites): Adapter | undefined {
  if (id === generic.id) return generic;
  const site = sites.find((s) => s.definition.id === id);
  return site ? siteAdapter(site) : undefined;
}
