import * as v from 'valibot';
import type { Pack } from '../engine/pack-schema';
import type { SiteDefinition } from '../engine/site-schema';
import { validatePack, validateSiteDefinition } from '../engine/validate';
import type { CheckedPolicy, Policy } from './config';
import { workingTimeOf } from './working-time';

const LOCKABLE = [
  'packs',
  'method',
  'sites',
  'agentName',
  'uiLanguage',
  'siteDefinitions',
  'placement',
  'usageCounts',
  'followUps',
  'workingTime',
  'holdSend',
];

/**
 * Checks the enterprise policy: every pack and site definition it pushes through the same
 * validation as an import, every other value for its type. Firefox does not check policy
 * against managed_schema.json, so this is the only check there. What is ignored is said, in
 * plain words, in the settings page.
 */
export function checkPolicy(policy: Policy = {}): CheckedPolicy {
  const warnings: string[] = [];
  const enabledPacks = stringList(policy.enabledPacks, 'enabledPacks', warnings);
  const disabledPacks = stringList(policy.disabledPacks, 'disabledPacks', warnings);
  const packs = jsonList(policy.customPacks, 'customPacks', warnings).flatMap((item, i): Pack[] => {
    const result = validatePack(item);
    if (result.ok) return [result.pack];
    warnings.push(
      `Policy pack #${i + 1} ignored: ${result.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`,
    );
    return [];
  });
  const sites = jsonList(policy.siteDefinitions, 'siteDefinitions', warnings).flatMap((item, i): SiteDefinition[] => {
    const result = validateSiteDefinition(item);
    if (result.ok) return [result.site];
    warnings.push(`Policy site definition #${i + 1} ignored: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return [];
  });
  const method = valid(v.optional(v.string()), policy.method, 'Policy "method" must be a method id; ignored.', warnings, undefined);
  const placement = placementOf(policy.placement, warnings);
  const usageCounts = falseOnly('usageCounts', policy.usageCounts, warnings);
  const followUps = falseOnly('followUps', policy.followUps, warnings);
  const workingTime = workingTimeFrom(policy.workingTime, warnings);
  const holdSend = valid(
    v.optional(v.boolean()),
    policy.holdSend,
    'Policy "holdSend" must be true or false; ignored.',
    warnings,
    undefined,
  );
  // A setting the policy sets is a setting the agent cannot change (here, so the page carries no such rule).
  const locked = [
    ...new Set([
      ...lockedSettings(policy.lockSettings, warnings),
      ...(method !== undefined ? ['method'] : []),
      ...(placement !== undefined ? ['placement'] : []),
      ...(usageCounts === false ? ['usageCounts'] : []),
      ...(followUps === false ? ['followUps'] : []),
      ...(workingTime ? ['workingTime'] : []),
      ...(holdSend !== undefined ? ['holdSend'] : []),
    ]),
  ];
  return { enabledPacks, disabledPacks, packs, sites, method, placement, usageCounts, followUps, workingTime, holdSend, locked, warnings };
}

/** The team's working time: an object or its JSON string; anything else is said and ignored. */
function workingTimeFrom(value: unknown, warnings: string[]) {
  if (value === undefined) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string')
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
  const time = workingTimeOf(parsed);
  if (!time) warnings.push('Policy "workingTime" must be {"days": [1,2,3,4,5], "start": "09:00", "end": "17:00"}; ignored.');
  return time;
}

/** The team's stored packs, each validated again: storage can be written by any of our pages. */
export function checkTeamPacks(stored: unknown): { packs: Pack[]; dropped: number } {
  const list = Array.isArray(stored) ? stored : [];
  const packs = list.flatMap((p): Pack[] => {
    const result = validatePack(p);
    return result.ok ? [result.pack] : [];
  });
  return { packs, dropped: list.length - packs.length };
}

/** A JSON string of a list (as policy editors write it), a list, or one object. */
function jsonList(value: unknown, key: string, warnings: string[]): unknown[] {
  if (value === undefined) return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      warnings.push(`Policy "${key}" is not valid JSON; ignored.`);
      return [];
    }
  }
  return Array.isArray(list) ? list : [list];
}

/** The value when it fits the schema; otherwise the warning is noted and `fallback` is used. */
function valid<S extends v.GenericSchema>(schema: S, value: unknown, warning: string, warnings: string[], fallback: v.InferOutput<S>) {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  warnings.push(warning);
  return fallback;
}

const StringList = v.optional(v.array(v.string()), []);

function stringList(value: unknown, key: string, warnings: string[]): string[] {
  return valid(StringList, value, `Policy "${key}" must be a list of pack ids; ignored.`, warnings, []);
}

// Chrome's policy schema cannot say "true or a list", so its admins write ["all"].
const Locked = v.optional(v.union([v.boolean(), v.array(v.string())]), false);

function lockedSettings(value: unknown, warnings: string[]): string[] {
  const locked = valid(Locked, value, 'Policy "lockSettings" must be true or a list of setting names; ignored.', warnings, false);
  if (locked === true || (Array.isArray(locked) && locked.includes('all'))) return [...LOCKABLE];
  if (!locked) return [];
  const unknown = locked.filter((name) => !LOCKABLE.includes(name));
  if (unknown.length) warnings.push(`Policy "lockSettings" names unknown settings: ${unknown.join(', ')}.`);
  return locked.filter((name) => LOCKABLE.includes(name));
}

const Placement = v.optional(v.picklist(['page', 'browser']));

function placementOf(value: unknown, warnings: string[]): 'page' | 'browser' | undefined {
  return valid(Placement, value, 'Policy "placement" must be "page" or "browser"; ignored.', warnings, undefined);
}

// A switch a policy can only turn off: false, or nothing (true is the default already).
const FalseOnly = v.pipe(
  v.optional(v.boolean()),
  v.transform((on) => (on === false ? false : undefined)),
);

function falseOnly(name: string, value: unknown, warnings: string[]): false | undefined {
  return valid(FalseOnly, value, `Policy "${name}" must be true or false; ignored.`, warnings, undefined);
}
