import type { Pack } from '../engine/pack-schema';
import type { SiteDefinition } from '../engine/site-schema';
import { readTeamPacks } from './checked-storage';
import { savePrefs, saveTeamPacks } from './storage';

/** Where a definition taught on a page waits (storage.session) for the lead to confirm it here. */
export const PROPOSED_SITE_KEY = 'proposedSite';

/** The team pack that holds the site definitions taught on pages (and imported on their own). */
export const TEAM_SITES_PACK = 'team-sites';

function sitesPack(sites: SiteDefinition[], version: string): Pack {
  return {
    schemaVersion: 1,
    id: TEAM_SITES_PACK,
    name: { en: 'Helpdesk pages (taught)', de: 'Helpdesk-Seiten (angelernt)' },
    description: {
      en: 'How Composure reads our helpdesk pages: taught on the page by pointing at a message, or imported.',
      de: 'Wie Composure unsere Helpdesk-Seiten liest: auf der Seite angelernt oder importiert.',
    },
    version,
    source: 'Taught in the page (Composure "Teach Composure this page")',
    languages: ['en'],
    // On wherever it is imported: a lead who shares how to read the helpdesk means it to be used.
    defaultEnabled: true,
    sites,
  };
}

const bump = (version: string) => {
  const [major = 1, minor = 0, patch = 0] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
};

/** Adds (or replaces, by id) site definitions in the team's sites pack, and switches it on for this agent. */
export async function saveTeamSites(definitions: SiteDefinition[]): Promise<Pack> {
  const team = (await readTeamPacks()).packs;
  const current = team.find((p) => p.id === TEAM_SITES_PACK);
  const ids = new Set(definitions.map((d) => d.id));
  const sites = [...(current?.sites ?? []).filter((s) => !ids.has(s.id)), ...definitions];
  const pack = sitesPack(sites, current ? bump(current.version) : '1.0.0');
  await saveTeamPacks([...team.filter((p) => p.id !== TEAM_SITES_PACK), pack]);
  await savePrefs((p) => ({ ...p, packs: { ...p.packs, [TEAM_SITES_PACK]: true } }));
  return pack;
}

/** Removes a site definition from the team's sites pack. */
export async function removeTeamSite(id: string): Promise<void> {
  const team = (await readTeamPacks()).packs;
  const current = team.find((p) => p.id === TEAM_SITES_PACK);
  if (!current) return;
  const pack = sitesPack(
    (current.sites ?? []).filter((s) => s.id !== id),
    bump(current.version),
  );
  await saveTeamPacks([...team.filter((p) => p.id !== TEAM_SITES_PACK), pack]);
}
