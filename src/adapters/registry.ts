import { demo } from './demo';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { jsm } from './jsm';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { type SiteDefinitions, adapterIn, adapterWithId, resolveSitesFrom } from './resolve-sites';
import { type BuiltIn, builtInSite } from './site';
import type { Adapter, ResolvedSite } from './types';
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

export type { SiteDefinitions };

/** The sites Composure reads: the built-ins with the team's and policy's definitions applied (resolve-sites.ts). */
export function resolveSites(definitions?: SiteDefinitions): { sites: ResolvedSite[]; warnings: string[] } {
  return resolveSitesFrom(BUILT_INS.map(builtInSite), definitions);
}

export function adapterFor(url: URL, sites: readonly ResolvedSite[] = resolveSites().sites): Adapter | undefined {
  return adapterIn(url, sites);
}

/** An adapter by id, for a custom domain the agent turned on ("generic" included). */
export function adapterById(id: string, sites: readonly ResolvedSite[] = resolveSites().sites): Adapter | undefined {
  return adapterWithId(id, sites);
}
