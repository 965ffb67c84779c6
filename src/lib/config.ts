import type { Pack } from '../engine/pack-schema';
import type { SiteDefinition } from '../engine/site-schema';
import type { WorkingTime } from '../engine/working-calendar';

/** The agent's and lead's choices, kept in storage.sync (small, versioned). */
export interface Prefs {
  version: 1;
  /** Packs switched on or off by hand; a pack not listed follows its defaultEnabled. */
  packs: Record<string, boolean>;
  method?: string;
  agentName?: string;
  /** Per-helpdesk on/off, by adapter id. Missing = on. */
  sites: Record<string, boolean>;
  uiLanguage?: string;
  /** Where the sidebar shows: docked in the page, or in the browser's side panel. Missing = page. */
  placement?: Placement;
  /** Count locally how often each rule fires and is used (no text). Missing = on. */
  usageCounts?: boolean;
  /** Notice the promises in sent replies and show when they are due. Missing = on. */
  followUps?: boolean;
  /** A desktop notification 15 minutes before a promise is due. Missing = off (opt-in). */
  followUpReminders?: boolean;
  /** Hold the helpdesk's Send once when a public reply has a send-guard finding. Missing = off. */
  holdSend?: boolean;
  /** The team's working days and hours, for "within 2 business days", "end of business", "first thing". Missing = standard. */
  workingTime?: WorkingTime;
}

/** Working days (0 Sunday … 6 Saturday) and hours (minutes after midnight). */
/** The team's working days and hours, as the deadline reader counts them. */
export type { WorkingTime };

export type Placement = 'page' | 'browser';

export const DEFAULT_PREFS: Prefs = { version: 1, packs: {}, sites: {} };

/** Enterprise policy (storage.managed); see README "Rolling out". */
export interface Policy {
  enabledPacks?: string[];
  disabledPacks?: string[];
  customPacks?: unknown;
  method?: string;
  lockSettings?: boolean | string[];
  /** Site definitions for the whole team: a JSON string of a list (as exported). */
  siteDefinitions?: unknown;
  /** "page" or "browser": where every agent's sidebar shows. */
  placement?: unknown;
  /** false: no usage counts are kept on this machine. */
  usageCounts?: unknown;
  /** false: Composure does not track the promises agents make. */
  followUps?: unknown;
  /** true or false: whether Send is held once for a reply with a send-guard finding, for every agent. */
  holdSend?: unknown;
  /** The team's working time: {"days": [1,2,3,4,5], "start": "09:00", "end": "17:00"} (an object or its JSON). */
  workingTime?: unknown;
}

export type PackOrigin = 'bundled' | 'team' | 'policy';

export interface EffectiveConfig {
  packs: { pack: Pack; origin: PackOrigin; enabled: boolean; forced: boolean }[];
  enabled: string[];
  method?: string;
  agentName?: string;
  uiLanguage?: string;
  placement: Placement;
  /** Whether usage is counted on this machine (the agent's choice, or policy's "false"). */
  usageCounts: boolean;
  /** Whether promises in sent replies are tracked (the agent's choice, or policy's "false"). */
  followUps: boolean;
  followUpReminders: boolean;
  /** Whether Send is held once, with a confirmation, for a public reply the send guard flags. */
  holdSend: boolean;
  /**
   * The team's working days and hours, policy's else the settings' (checked where they are read,
   * lib/working-time.ts: the content script carries no checker); none set: Monday–Friday 09:00–17:00.
   */
  workingTime?: WorkingTime;
  sites: Record<string, boolean>;
  /** Settings the policy locks: 'packs', 'method', 'sites', 'agentName'. */
  locked: string[];
  /** What the policy held that was ignored, in plain words. */
  warnings: string[];
  /** How to read helpdesk pages, beyond the built-ins: from enabled team packs, and from policy. */
  siteDefinitions: { team: SiteDefinition[]; policy: SiteDefinition[] };
}

/** Enterprise policy after checking: what it forces, in plain data, and what it held that was ignored. */
export interface CheckedPolicy {
  enabledPacks: string[];
  disabledPacks: string[];
  packs: Pack[];
  sites: SiteDefinition[];
  method?: string;
  placement?: Placement;
  /** false when the policy turns usage counts off. */
  usageCounts?: false;
  /** false when the policy turns follow-up tracking off. */
  followUps?: false;
  /** The team's choice for holding Send, where the policy makes it. */
  holdSend?: boolean;
  workingTime?: WorkingTime;
  locked: string[];
  warnings: string[];
}

export const NO_POLICY: CheckedPolicy = { enabledPacks: [], disabledPacks: [], packs: [], sites: [], locked: [], warnings: [] };

/**
 * The one function that turns bundled packs, the team's packs, the agent's preferences and
 * the (checked) policy into the configuration every runtime uses. Policy wins. Checking the
 * policy is lib/policy.ts's work, done in the service worker and the settings pages: this
 * function only merges, so the content script carries no validator.
 */
export function effectiveConfig(bundled: Pack[], team: Pack[], prefs: Prefs, policy: CheckedPolicy = NO_POLICY): EffectiveConfig {
  const warnings = [...policy.warnings];
  const byId = new Map<string, { pack: Pack; origin: PackOrigin }>();
  for (const pack of bundled) byId.set(pack.id, { pack, origin: 'bundled' });
  // A team pack never replaces a bundled one of the same id (the settings page refuses such ids).
  for (const pack of team) if (!byId.has(pack.id)) byId.set(pack.id, { pack, origin: 'team' });
  for (const pack of policy.packs) byId.set(pack.id, { pack, origin: 'policy' });

  const forcedOn = new Set(policy.enabledPacks);
  const forcedOff = new Set(policy.disabledPacks);
  for (const id of [...forcedOn, ...forcedOff])
    if (!byId.has(id)) warnings.push(`Policy names pack "${id}", which is not installed; ignored.`);
  const locked = policy.locked;
  const packsLocked = locked.includes('packs');

  const packs = [...byId.values()].map(({ pack, origin }) => {
    const forced = forcedOn.has(pack.id) || forcedOff.has(pack.id) || (origin === 'policy' && packsLocked);
    const chosen = packsLocked ? undefined : prefs.packs[pack.id];
    const enabled = forcedOff.has(pack.id)
      ? false
      : forcedOn.has(pack.id) || origin === 'policy'
        ? true
        : (chosen ?? pack.defaultEnabled ?? false);
    return { pack, origin, enabled, forced };
  });
  const method = policy.method ?? prefs.method;
  const sitesOf = (origin: PackOrigin) => packs.filter((p) => p.enabled && p.origin === origin).flatMap((p) => p.pack.sites ?? []);
  const siteDefinitions = {
    // A lock on site definitions leaves the team's out: only the policy's and the built-ins apply.
    team: locked.includes('siteDefinitions') ? [] : sitesOf('team'),
    policy: [...sitesOf('policy'), ...policy.sites],
  };
  return {
    packs,
    enabled: packs.filter((p) => p.enabled).map((p) => p.pack.id),
    method,
    agentName: locked.includes('agentName') ? undefined : prefs.agentName,
    uiLanguage: locked.includes('uiLanguage') ? undefined : prefs.uiLanguage,
    placement: policy.placement ?? prefs.placement ?? 'page',
    usageCounts: policy.usageCounts === false ? false : prefs.usageCounts !== false,
    followUps: policy.followUps === false ? false : prefs.followUps !== false,
    followUpReminders: policy.followUps !== false && prefs.followUpReminders === true,
    holdSend: policy.holdSend ?? prefs.holdSend === true,
    workingTime: policy.workingTime ?? prefs.workingTime,
    sites: locked.includes('sites') ? {} : prefs.sites,
    // A setting the policy sets is locked too (lib/policy.ts counts it in).
    locked,
    warnings,
    siteDefinitions,
  };
}

/**
 * Stored preferences of older versions, brought up to the current one. Version 0 (before
 * numbering) kept the enabled packs as a list and the agent's name under "name".
 */
export function migratePrefs(value: Record<string, unknown>): Record<string, unknown> {
  if (value.version === undefined || value.version === 0) {
    const { enabledPacks, name, ...rest } = value as { enabledPacks?: unknown; name?: unknown; agentName?: unknown; packs?: object };
    const packs = Array.isArray(enabledPacks)
      ? Object.fromEntries(enabledPacks.filter((id) => typeof id === 'string').map((id) => [id, true]))
      : {};
    return { ...rest, version: 1, packs: { ...packs, ...(rest.packs ?? {}) }, agentName: rest.agentName ?? name };
  }
  return value;
}

/** Reads stored prefs defensively: a corrupt value falls back to defaults, never throws. */
export function parsePrefs(value: unknown): { prefs: Prefs; corrupt: boolean } {
  if (value === undefined) return { prefs: DEFAULT_PREFS, corrupt: false };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { prefs: DEFAULT_PREFS, corrupt: true };
  const v = migratePrefs(value as Record<string, unknown>) as Partial<Prefs>;
  const record = (x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter(([, b]) => typeof b === 'boolean')) : {};
  return {
    prefs: {
      version: 1,
      packs: record(v.packs),
      sites: record(v.sites),
      method: typeof v.method === 'string' ? v.method : undefined,
      agentName: typeof v.agentName === 'string' ? v.agentName.slice(0, 100) : undefined,
      uiLanguage: typeof v.uiLanguage === 'string' ? v.uiLanguage : undefined,
      placement: v.placement === 'browser' || v.placement === 'page' ? v.placement : undefined,
      usageCounts: typeof v.usageCounts === 'boolean' ? v.usageCounts : undefined,
      followUps: typeof v.followUps === 'boolean' ? v.followUps : undefined,
      followUpReminders: typeof v.followUpReminders === 'boolean' ? v.followUpReminders : undefined,
      holdSend: typeof v.holdSend === 'boolean' ? v.holdSend : undefined,
      workingTime: v.workingTime,
    },
    corrupt: false,
  };
}
