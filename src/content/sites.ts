import { browser } from '../lib/browser';
import { invalidSelectors } from '../adapters/check-selectors';
import { adapterById, adapterFor, resolveSites } from '../adapters/registry';
import type { Adapter, ResolvedSite } from '../adapters/types';
import type { EffectiveConfig } from '../lib/config';

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
  const resolved = resolveSites({ team: keep(config.siteDefinitions.team), policy: keep(config.siteDefinitions.policy) });
  return { sites: resolved.sites, warnings: [...warnings, ...resolved.warnings] };
}

/** The helpdesk by URL; on a custom domain the agent turned on, the one they chose for it. */
export async function chooseAdapter(url: URL, config: EffectiveConfig): Promise<Adapter | undefined> {
  const { sites } = usableSites(config);
  const known = adapterFor(url, sites);
  if (known) return known;
  const stored = (await browser.storage.local.get('customSites')).customSites;
  const site = Array.isArray(stored) ? stored.find((s) => s?.host === url.hostname) : undefined;
  return typeof site?.adapter === 'string' ? adapterById(site.adapter, sites) : undefined;
}
