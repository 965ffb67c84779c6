import type { Pack } from '../engine/pack-schema';
import { validatePack } from '../engine/validate';
import { browser } from './browser';
import { type EffectiveConfig, effectiveConfig } from './config';
import { UI_MESSAGES_KEY, setUiMessages } from './i18n';
import { checkPolicy, checkTeamPacks } from './policy';
import { TEAM_DRAFTS_KEY, TEAM_PACKS_KEY, prefsWarnings, readPolicy, readPrefs } from './storage';

/** The team's packs, re-validated on read: storage is readable (and writable) by any of our pages. */
export async function readTeamPacks(): Promise<{ packs: Pack[]; dropped: number }> {
  return checkTeamPacks((await browser.storage.local.get(TEAM_PACKS_KEY))[TEAM_PACKS_KEY]);
}

/** Packs saved while their examples still fail: kept for the lead, never rolled out. */
export async function readDrafts(): Promise<Pack[]> {
  const stored = (await browser.storage.local.get(TEAM_DRAFTS_KEY))[TEAM_DRAFTS_KEY];
  return (Array.isArray(stored) ? stored : []).flatMap((p): Pack[] => {
    const result = validatePack(p);
    return result.ok ? [result.pack] : [];
  });
}

/** The effective configuration in an extension page (settings, popup), checked here from the sources. */
export async function loadConfig(bundled: Pack[], onLatePolicy?: () => void): Promise<EffectiveConfig> {
  const [prefs, team, policy, ui] = await Promise.all([
    readPrefs(),
    readTeamPacks(),
    readPolicy(onLatePolicy),
    browser.storage.local.get(UI_MESSAGES_KEY),
  ]);
  setUiMessages(ui[UI_MESSAGES_KEY]);
  return prefsWarnings(effectiveConfig(bundled, team.packs, prefs.prefs, checkPolicy(policy)), prefs, team.dropped);
}
