import { gmailHooks } from '../adapters/gmail-hooks';
import { invalidSelectors } from '../adapters/check-selectors';
import { adapterIn, adapterWithId, resolveSitesFrom } from '../adapters/resolve-sites';
import { builtInSite } from '../adapters/site';
import type { Adapter, ResolvedSite } from '../adapters/types';
import { browser } from '../lib/browser';
import type { EffectiveConfig } from '../lib/config';
import { publishedSites } from '../lib/storage';

/**
 * What data cannot say, per built-in (by definition id): code stays in this script, the definitions
 * come from the worker. Only Gmail has any; the definitions themselves are not imported here.
 */
const HOOKS: Record<string, ResolvedSite['hooks'] | undefined> = { gmail: gmailHooks };

/** The built-in helpdesks as the worker published them with the tab's configuration (lib/storage.ts `loadTabConfig`). */
function builtIns(): ResolvedSite[] {
  return publishedSites().map(({ definition, citations }) =>
    builtInSite({
      definition,
      citations: new Map(citations.map(([selector, kind]) => [selector, { kind, note: '' }])),
      hooks: HOOKS[definition.id],
      urls: [],
    }),
  );
}

/**
 * The sites this page can be read with: built-ins changed or added to by the team's and the
 * policy's definitions. A definition whose selectors the browser refuses is left out, and said.
 */
export function usableSites(config: EffectiveConfig): { sites: ResolvedSite[]; warnings: string[] } {
  const warnings: string[] = [];
  const keep = (defs: EffectiveConfig['siteDefinitions']['team']) =>
    defs.filter((def) => {
      const errors = invalidSelectors(def);
      if (errors.length) warnings.push(`Site definition "${def.id}" ignored: ${errors[0]?.message}`);
      return !errors.length;
    });
  const resolved = resolveSitesFrom(builtIns(), { team: keep(config.siteDefinitions.team), policy: keep(config.siteDefinitions.policy) });
  return { sites: resolved.sites, warnings: [...warnings, ...resolved.warnings] };
}

/** The helpdesk by URL; on a custom domain the agent turned on, the one they chose for it. */
export async function chooseAdapter(url: URL, config: EffectiveConfig): Promise<Adapter | undefined> {
  const { sites } = usableSites(config);
  const known = adapterIn(url, sites);
  if (known) return known;
  const stored = (await browser.storage.local.get('customSites')).customSites;
  const site = Array.isArray(stored) ? stored.find((s) => s?.host === url.hostname) : undefined;
  return typeof site?.adapter === 'string' ? adapterWithId(site.adapter, sites) : undefined;
}
