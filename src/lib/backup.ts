import type { Pack } from '../engine/pack-schema';
import { type PackError, validatePack } from '../engine/validate';
import { type Prefs, parsePrefs } from './config';

export const BACKUP_FORMAT = 'composure-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  prefs: Prefs;
  teamPacks: Pack[];
  drafts: Pack[];
}

export function makeBackup(prefs: Prefs, teamPacks: Pack[], drafts: Pack[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), prefs, teamPacks, drafts };
}

/** Checks a backup whole before anything is restored: every pack must validate. */
export function readBackup(value: unknown): { ok: true; backup: Backup } | { ok: false; errors: PackError[] } {
  const v = value as Partial<Backup> | null;
  if (!v || v.format !== BACKUP_FORMAT)
    return { ok: false, errors: [{ path: 'format', message: `is not a Composure backup (expected "${BACKUP_FORMAT}")` }] };
  const errors: PackError[] = [];
  const packs = (list: unknown, name: string): Pack[] =>
    (Array.isArray(list) ? list : []).flatMap((p, i) => {
      const result = validatePack(p);
      if (result.ok) return [result.pack];
      errors.push(...result.errors.map((e) => ({ path: `${name}[${i}].${e.path}`, message: e.message })));
      return [];
    });
  const teamPacks = packs(v.teamPacks, 'teamPacks');
  const drafts = packs(v.drafts, 'drafts');
  const { prefs, corrupt } = parsePrefs(v.prefs);
  if (corrupt) errors.push({ path: 'prefs', message: 'are not readable settings' });
  return errors.length
    ? { ok: false, errors }
    : { ok: true, backup: { format: BACKUP_FORMAT, version: 1, exportedAt: String(v.exportedAt ?? ''), prefs, teamPacks, drafts } };
}
