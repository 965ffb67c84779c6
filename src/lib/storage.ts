import browser from 'webextension-polyfill';
import type { Pack } from '../engine/pack-schema';
import { validatePack } from '../engine/validate';
import { type EffectiveConfig, type Policy, type Prefs, effectiveConfig, parsePrefs } from './config';

export const PREFS_KEY = 'prefs';
export const TEAM_PACKS_KEY = 'teamPacks';
/** The bundled packs, published by the service worker so content scripts need not bundle them. */
export const BUNDLED_PACKS_KEY = 'bundledPacks';

export interface PublishedPacks {
  version: string;
  packs: unknown[];
}

/** Reads storage.managed; Firefox throws when no policy or schema exists, which means "none". */
export async function readPolicy(): Promise<Policy> {
  try {
    return ((await browser.storage.managed.get(null)) ?? {}) as Policy;
  } catch {
    return {};
  }
}

export async function readPrefs(): Promise<{ prefs: Prefs; corrupt: boolean }> {
  const stored = await browser.storage.sync.get(PREFS_KEY);
  return parsePrefs(stored[PREFS_KEY]);
}

/** The team's packs, re-validated on read: storage is readable (and writable) by any of our pages. */
export async function readTeamPacks(): Promise<{ packs: Pack[]; dropped: number }> {
  const stored = (await browser.storage.local.get(TEAM_PACKS_KEY))[TEAM_PACKS_KEY];
  const list = Array.isArray(stored) ? stored : [];
  const packs = list
    .map((p) => validatePack(p))
    .filter((r) => r.ok)
    .map((r) => (r as { pack: Pack }).pack);
  return { packs, dropped: list.length - packs.length };
}

/**
 * Reads the bundled packs the service worker published. Missing or stale (an update since),
 * the worker is asked to publish them again. They are our own bundle, so they are not re-validated
 * in every tab (that cost ~15–30 ms per page load); compiling them is defensive on its own
 * (malformed phrases are skipped, patterns run on the linear engine). Team and policy packs,
 * which come from people, are always validated.
 */
export async function readPublishedPacks(): Promise<Pack[]> {
  const version = browser.runtime.getManifest().version;
  let published = (await browser.storage.local.get(BUNDLED_PACKS_KEY))[BUNDLED_PACKS_KEY] as PublishedPacks | undefined;
  if (published?.version !== version || !Array.isArray(published.packs)) {
    await browser.runtime.sendMessage({ type: 'publish-packs' });
    published = (await browser.storage.local.get(BUNDLED_PACKS_KEY))[BUNDLED_PACKS_KEY] as PublishedPacks | undefined;
  }
  return (Array.isArray(published?.packs) ? published.packs : []).filter(isPackShaped);
}

function isPackShaped(p: unknown): p is Pack {
  const pack = p as Partial<Pack> | null;
  return typeof pack?.id === 'string' && typeof pack.name === 'object' && (pack.signals === undefined || Array.isArray(pack.signals));
}

/** The effective configuration; extension pages pass the bundled packs they import. */
export async function loadConfig(bundled?: Pack[]): Promise<EffectiveConfig> {
  const [{ prefs, corrupt }, team, policy, packs] = await Promise.all([
    readPrefs(),
    readTeamPacks(),
    readPolicy(),
    bundled ? Promise.resolve(bundled) : readPublishedPacks(),
  ]);
  const config = effectiveConfig(packs, team.packs, prefs, policy);
  if (corrupt) config.warnings.push('Stored settings were unreadable; defaults are in use.');
  if (team.dropped) config.warnings.push(`${team.dropped} stored team pack(s) failed validation and were skipped.`);
  return config;
}

export async function savePrefs(update: (prefs: Prefs) => Prefs): Promise<void> {
  const { prefs } = await readPrefs();
  await browser.storage.sync.set({ [PREFS_KEY]: update(prefs) });
}

/** Calls back whenever anything that shapes the configuration changes, in any area. */
export function onConfigChange(callback: () => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'local' || area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
