import { browser } from './browser';
import type { Pack } from '../engine/pack-schema';
import { validatePack } from '../engine/validate';
import { type EffectiveConfig, type Policy, type Prefs, effectiveConfig, parsePrefs } from './config';
import { UI_MESSAGES_KEY, setUiMessages } from './i18n';

export const PREFS_KEY = 'prefs';
export const TEAM_PACKS_KEY = 'teamPacks';
/** The bundled packs, published by the service worker so content scripts need not bundle them. */
export const BUNDLED_PACKS_KEY = 'bundledPacks';

export interface PublishedPacks {
  version: string;
  packs: unknown[];
}

/**
 * Chrome answers the first storage.managed read only once its policy service is up — about 3 s
 * after the browser starts — and in under a millisecond after that. Coaching must not wait for
 * it: the read waits at most POLICY_WAIT_MS, and a policy that arrives later is applied then.
 */
const POLICY_WAIT_MS = 50;
let policyRead: Promise<Policy> | undefined;

/** Reads storage.managed; Firefox throws when no policy or schema exists, which means "none". */
export async function readPolicy(onLate?: () => void): Promise<Policy> {
  policyRead ??= Promise.resolve(browser.storage.managed.get(null)).then(
    (value) => (value ?? {}) as Policy,
    () => ({}),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), POLICY_WAIT_MS);
  });
  const policy = await Promise.race([policyRead, late]);
  clearTimeout(timer);
  if (policy !== undefined) return policy;
  // A policy that turns out to be empty changes nothing: no recompile, no repaint.
  if (onLate) void policyRead.then((late) => Object.keys(late).length > 0 && onLate());
  return {};
}

/** Where prefs went when storage.sync refused them (quota): this computer only, with a warning. */
const LOCAL_PREFS_KEY = 'prefsLocal';
export const TEAM_DRAFTS_KEY = 'teamDrafts';

export async function readPrefs(): Promise<{ prefs: Prefs; corrupt: boolean; local: boolean }> {
  const [synced, local] = await Promise.all([browser.storage.sync.get(PREFS_KEY), browser.storage.local.get(LOCAL_PREFS_KEY)]);
  if (local[LOCAL_PREFS_KEY] !== undefined) return { ...parsePrefs(local[LOCAL_PREFS_KEY]), local: true };
  return { ...parsePrefs(synced[PREFS_KEY]), local: false };
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

/** Packs saved while their examples still fail: kept for the lead, never rolled out. */
export async function readDrafts(): Promise<Pack[]> {
  const stored = (await browser.storage.local.get(TEAM_DRAFTS_KEY))[TEAM_DRAFTS_KEY];
  return (Array.isArray(stored) ? stored : [])
    .map((p) => validatePack(p))
    .filter((r) => r.ok)
    .map((r) => (r as { pack: Pack }).pack);
}

export class StorageFull extends Error {}
const isQuota = (e: unknown) => /quota/i.test(String((e as Error)?.message ?? e));

/** Saves the whole list at once: a pack is never half-written, and a full disk loses nothing stored. */
export async function saveTeamPacks(packs: Pack[], drafts?: Pack[]): Promise<void> {
  try {
    await browser.storage.local.set({ [TEAM_PACKS_KEY]: packs, ...(drafts ? { [TEAM_DRAFTS_KEY]: drafts } : {}) });
  } catch (e) {
    if (isQuota(e))
      throw new StorageFull("The browser's storage for Composure is full; nothing was changed. Remove a pack or a draft and try again.");
    throw e;
  }
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
export async function loadConfig(bundled?: Pack[], onLatePolicy?: () => void): Promise<EffectiveConfig> {
  const [{ prefs, corrupt, local }, team, policy, packs, ui] = await Promise.all([
    readPrefs(),
    readTeamPacks(),
    readPolicy(onLatePolicy),
    bundled ? Promise.resolve(bundled) : readPublishedPacks(),
    browser.storage.local.get(UI_MESSAGES_KEY),
  ]);
  setUiMessages(ui[UI_MESSAGES_KEY]);
  const config = effectiveConfig(packs, team.packs, prefs, policy);
  if (corrupt) config.warnings.push('Stored settings were unreadable; defaults are in use.');
  if (local) config.warnings.push('Your settings are too large to sync between your browsers; they are kept on this computer.');
  if (team.dropped) config.warnings.push(`${team.dropped} stored team pack(s) failed validation and were skipped.`);
  return config;
}

/**
 * Saves preferences to storage.sync (8 KB per item, 100 KB in all, 120 writes a minute). If
 * sync refuses them (quota), they are kept in storage.local instead and the settings page says so:
 * nothing the agent chose is lost.
 */
export async function savePrefs(update: (prefs: Prefs) => Prefs): Promise<void> {
  const { prefs, local } = await readPrefs();
  const next = update(prefs);
  if (!local) {
    try {
      await browser.storage.sync.set({ [PREFS_KEY]: next });
      return;
    } catch (e) {
      if (!isQuota(e)) throw e;
    }
  }
  await browser.storage.local.set({ [LOCAL_PREFS_KEY]: next });
}

/** The storage keys that shape the configuration; others (panel width, feedback counts) do not. */
const CONFIG_KEYS = new Set([PREFS_KEY, LOCAL_PREFS_KEY, TEAM_PACKS_KEY, BUNDLED_PACKS_KEY, UI_MESSAGES_KEY]);

/** Calls back whenever anything that shapes the configuration changes: prefs, packs, policy. */
export function onConfigChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') policyRead = undefined; // the policy changed: read it afresh
    if (area === 'managed' || Object.keys(changes).some((key) => CONFIG_KEYS.has(key))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
