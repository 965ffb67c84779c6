import * as v from 'valibot';
import type { PackError } from './pack-error';
import { PackSchema, type Pack } from './pack-schema';
import { compileMatcherPatterns } from './compile';
import { type SiteDefinition, SiteDefinitionSchema } from './site-schema';

export type { PackError } from './pack-error';

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(pack)';
}

/**
 * Validates a pack in full — schema, then every phrase and pattern — and returns every
 * error with its JSON path in plain words. A pack is accepted whole or not at all.
 */
export function validatePack(input: unknown): PackResult {
  const parsed = v.safeParse(PackSchema, input, { abortPipeEarly: false });
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, 50).map((i) => ({ path: pathOf(i), message: plain(i) })) };
  }
  const errors = compileMatcherPatterns(parsed.output);
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.output };
}

/** Validates one site definition (as pushed by policy or taught on a page), errors by JSON path. */
export function validateSiteDefinition(input: unknown): { ok: true; site: SiteDefinition } | { ok: false; errors: PackError[] } {
  const parsed = v.safeParse(SiteDefinitionSchema, input, { abortPipeEarly: false });
  if (parsed.success) return { ok: true, site: parsed.output };
  return { ok: false, errors: parsed.issues.slice(0, 20).map((i) => ({ path: pathOf(i), message: plain(i) })) };
}

function plain(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.type === 'object' && issue.expected?.startsWith('never')) return 'is not a field a pack can have';
  return issue.message;
}

export function formatErrors(errors: PackError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
