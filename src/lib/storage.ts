import type { Pack } from '../engine/pack-schema';
import type { SiteDefinition } from '../engine/site-schema';
import { browser } from './browser';
import { type CheckedPolicy, type EffectiveConfig, NO_POLICY, type Policy, type Prefs, effectiveConfig, parsePrefs } from './config';
import { UI_MESSAGES_KEY, type UiMessages, setPublishedMessages, setUiMessages } from './i18n';
import { STORAGE_KEYS } from './storage-keys';

export const PREFS_KEY = STORAGE_KEYS.prefs;
export const TEAM_PACKS_KEY = STORAGE_KEYS.teamPacks;
export const TEAM_DRAFTS_KEY = STORAGE_KEYS.teamDrafts;
/** Where prefs went when storage.sync refused them (quota): this computer only, with a warning. */
const LOCAL_PREFS_KEY = STORAGE_KEYS.prefsLocal;

/**
 * What the service worker publishes (background/publish-packs.ts): the bundled packs, the team's
 * packs and the policy, all already checked. The worker's analysis service and our pages read
 * it and merge it with the agent's preferences (`loadPublishedConfig`).
 */
export const PUBLISHED_CONFIG_KEY = STORAGE_KEYS.publishedConfig;
export interface PublishedConfig {
  version: string;
  bundled: Pack[];
  team: Pack[];
  teamDropped: number;
  policy: CheckedPolicy;
  /** The UI strings in the browser's language (i18n.ts `browserMessages`). */
  ui?: UiMessages;
}

/**
 * What a tab reads instead: the effective configuration, merged by the worker (again whenever
 * the packs, the policy or the agent's preferences change), with no packs in it. A tab analyses
 * nothing, so it carries no rules, no validator and no merging, and reads one key at load.
 */
export const TAB_CONFIG_KEY = STORAGE_KEYS.tabConfig;
export interface TabConfig {
  version: string;
  config: EffectiveConfig;
  /** The UI strings in the browser's language (i18n.ts `browserMessages`). */
  ui?: UiMessages;
  /**
   * The sidebar's styles (ui/styles.ts): 2.4 kB gzip that every page would otherwise parse as
   * part of the script; a tab reads them with its configuration, in the same storage read.
   */
  css?: string;
  /** The send-hold confirmation's styles (ui/send-hold.css), likewise. */
  holdCss?: string;
  /**
   * The built-in helpdesks' site definitions (adapters/registry.ts), with whether each selector
   * is evidenced or a fallback: data, 4 kB gzip that every page would otherwise carry for the
   * one helpdesk it is. Their code hooks stay in the script (content/sites.ts).
   */
  sites?: PublishedSite[];
}

/** A built-in site definition as published for tabs. */
export interface PublishedSite {
  definition: SiteDefinition;
  citations: [selector: string, kind: 'evidence' | 'fallback'][];
}

/** The sidebar's styles as the worker published them for tabs (`TabConfig.css`). */
let sidebarCss = '';
export const publishedCss = (): string => sidebarCss;
let holdCss = '';
/** The send-hold confirmation's styles as the worker published them (`TabConfig.holdCss`). */
export const publishedHoldCss = (): string => holdCss;
let builtInSites: PublishedSite[] = [];
/** The built-in sites as the worker published them for tabs (`TabConfig.sites`). */
export const publishedSites = (): readonly PublishedSite[] => builtInSites;

/**
 * Chrome answers the first storage.managed read only once its policy service is up — about 3 s
 * after the browser starts — and in under a millisecond after that. Nothing waits for it: the
 * read waits at most POLICY_WAIT_MS, and a policy that arrives later is applied then.
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
  if (onLate) void policyRead.then((arrived) => Object.keys(arrived).length > 0 && onLate());
  return {};
}

/** The policy changed (storage.onChanged, area "managed"): the next read asks again. */
export function forgetPolicy(): void {
  policyRead = undefined;
}

export async function readPrefs(): Promise<{ prefs: Prefs; corrupt: boolean; local: boolean }> {
  const [synced, local] = await Promise.all([browser.storage.sync.get(PREFS_KEY), browser.storage.local.get(LOCAL_PREFS_KEY)]);
  if (local[LOCAL_PREFS_KEY] !== undefined) return { ...parsePrefs(local[LOCAL_PREFS_KEY]), local: true };
  return { ...parsePrefs(synced[PREFS_KEY]), local: false };
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

/** Warnings about where the preferences came from, for the settings page. */
export function prefsWarnings(config: EffectiveConfig, read: { corrupt: boolean; local: boolean }, teamDropped: number): EffectiveConfig {
  if (read.corrupt) config.warnings.push('Stored settings were unreadable; defaults are in use.');
  if (read.local) config.warnings.push('Your settings are too large to sync between your browsers; they are kept on this computer.');
  if (teamDropped) config.warnings.push(`${teamDropped} stored team pack(s) failed validation and were skipped.`);
  return config;
}

/**
 * The effective configuration in the service worker and the side panel: the checked packs and
 * policy the worker published, merged with the agent's preferences. Missing or from an older
 * version (an update since), it is published again (`republish`: the worker itself does it).
 */
export async function loadPublishedConfig(
  republish: () => Promise<unknown> = () => browser.runtime.sendMessage({ type: 'publish-packs' }),
): Promise<EffectiveConfig> {
  const version = browser.runtime.getManifest().version;
  const read = () => browser.storage.local.get([PUBLISHED_CONFIG_KEY, UI_MESSAGES_KEY]);
  const [prefs, first] = await Promise.all([readPrefs(), read()]);
  let stored = first;
  if ((stored[PUBLISHED_CONFIG_KEY] as PublishedConfig | undefined)?.version !== version) {
    await republish();
    stored = await read();
  }
  setUiMessages(stored[UI_MESSAGES_KEY]);
  const published = stored[PUBLISHED_CONFIG_KEY] as PublishedConfig | undefined;
  setPublishedMessages(published?.ui);
  const list = (v: unknown) => (Array.isArray(v) ? (v as Pack[]).filter(isPackShaped) : []);
  const config = effectiveConfig(list(published?.bundled), list(published?.team), prefs.prefs, { ...NO_POLICY, ...published?.policy });
  return prefsWarnings(config, prefs, published?.teamDropped ?? 0);
}

/**
 * The effective configuration in a tab, as the worker merged it. Missing or from an older version
 * (an update since), the worker is asked to publish again; if it cannot, the defaults apply.
 */
export async function loadTabConfig(): Promise<EffectiveConfig> {
  const version = browser.runtime.getManifest().version;
  const read = () => browser.storage.local.get([TAB_CONFIG_KEY, UI_MESSAGES_KEY]);
  let stored = await read();
  if ((stored[TAB_CONFIG_KEY] as TabConfig | undefined)?.version !== version) {
    await browser.runtime.sendMessage({ type: 'publish-packs' }).catch(() => undefined);
    stored = await read();
  }
  setUiMessages(stored[UI_MESSAGES_KEY]);
  const tab = stored[TAB_CONFIG_KEY] as TabConfig | undefined;
  setPublishedMessages(tab?.ui);
  sidebarCss = typeof tab?.css === 'string' ? tab.css : sidebarCss;
  holdCss = typeof tab?.holdCss === 'string' ? tab.holdCss : holdCss;
  builtInSites = Array.isArray(tab?.sites) ? tab.sites : builtInSites;
  // Not published (the worker could not answer): what a fresh install's defaults come to, with
  // no packs (a tab has none) and nothing of the merging code carried into every page.
  return tab?.config ?? UNPUBLISHED;
}

const UNPUBLISHED: EffectiveConfig = {
  packs: [],
  enabled: [],
  placement: 'page',
  usageCounts: true,
  followUps: true,
  followUpReminders: false,
  holdSend: false,
  sites: {},
  locked: [],
  warnings: [],
  siteDefinitions: { team: [], policy: [] },
};

/** Just enough of a pack's shape to compile it safely; compiling skips anything malformed within. */
function isPackShaped(p: unknown): p is Pack {
  const pack = p as Partial<Pack> | null;
  return typeof pack?.id === 'string' && typeof pack.name === 'object' && (pack.signals === undefined || Array.isArray(pack.signals));
}

/**
 * Saves preferences to storage.sync (8 KB per item, 100 KB in all, 120 writes a minute). If
 * sync refuses them (quota), they are kept in storage.local instead and the settings page says so:
 * nothing the agent chose is lost.
 */
export function savePrefs(update: (prefs: Prefs) => Prefs): Promise<void> {
  // One save at a time: each reads what the one before wrote. Two changes made in quick
  // succession (two days ticked, then an hour typed) would otherwise both read the same old
  // settings, and the second write would lose the first.
  const saved = lastSave.then(() => writePrefs(update));
  lastSave = saved.catch(() => undefined);
  return saved;
}

let lastSave: Promise<unknown> = Promise.resolve();

async function writePrefs(update: (prefs: Prefs) => Prefs): Promise<void> {
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

/**
 * Calls back whenever anything that shapes the configuration changes. Tabs watch what the worker
 * publishes for them (it publishes again on preference, team-pack and policy changes) and the
 * chosen UI language; the worker's readers watch the preferences and what it publishes; extension
 * pages, which check for themselves, watch the sources too.
 */
export function onConfigChange(callback: () => void, signal: AbortSignal, sources: 'published' | 'tab' | 'sources' = 'published'): void {
  const keys = new Set(
    sources === 'tab'
      ? [TAB_CONFIG_KEY, UI_MESSAGES_KEY]
      : [PREFS_KEY, LOCAL_PREFS_KEY, UI_MESSAGES_KEY, sources === 'published' ? PUBLISHED_CONFIG_KEY : TEAM_PACKS_KEY],
  );
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') forgetPolicy();
    if ((area === 'managed' && sources === 'sources') || Object.keys(changes).some((key) => keys.has(key))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
