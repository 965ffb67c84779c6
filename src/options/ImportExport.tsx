import { useState } from 'preact/hooks';
import type { Pack } from '../engine/pack-schema';
import { invalidSelectors } from '../adapters/check-selectors';
import type { SiteDefinition } from '../engine/site-schema';
import { unsendableTexts } from '../engine/sendable';
import { type PackError, validatePack, validateSiteDefinition } from '../engine/validate';
import { type Backup, makeBackup, readBackup } from '../lib/backup';
import { t } from '../lib/i18n';
import { readDrafts, readTeamPacks } from '../lib/checked-storage';
import { readPrefs, savePrefs, saveTeamPacks } from '../lib/storage';
import { saveTeamSites } from '../lib/team-sites';
import { download } from './download';
import { parsePackFile } from './parse-file';

type Pending =
  | { kind: 'packs'; packs: Pack[]; changes: string[] }
  | { kind: 'restore'; backup: Backup }
  | { kind: 'sites'; sites: SiteDefinition[] };

/** A file of site definitions (one, or a list) rather than packs: no schemaVersion, a match or an extends. */
const isSiteFile = (v: unknown) => {
  const first = (Array.isArray(v) ? v[0] : v) as Record<string, unknown> | undefined;
  return Boolean(first && typeof first === 'object' && !('schemaVersion' in first) && ('match' in first || 'extends' in first));
};

/**
 * Pack files in (JSON or YAML) and out, and a backup of everything. An import is checked whole
 * first: one bad pack and nothing is applied. Replacing an installed pack shows the version
 * change and waits for a yes.
 */
export function ImportExport({ bundledIds, onChanged }: { bundledIds: string[]; onChanged(): void }) {
  const [errors, setErrors] = useState<PackError[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [status, setStatus] = useState('');

  const onFile = async (file: File) => {
    setErrors([]);
    setPending(undefined);
    setStatus('');
    const parsed = parsePackFile(file.name, await file.text());
    if (!parsed.ok) return setErrors([{ path: file.name, message: parsed.error }]);
    if ((parsed.value as { format?: string })?.format === 'composure-backup') {
      const backup = readBackup(parsed.value);
      return backup.ok ? setPending({ kind: 'restore', backup: backup.backup }) : setErrors(backup.errors);
    }
    const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const found: PackError[] = [];
    if (isSiteFile(parsed.value)) {
      const sites: SiteDefinition[] = [];
      list.forEach((item, i) => {
        const result = validateSiteDefinition(item);
        const where = list.length > 1 ? `site #${i + 1}.` : '';
        const errors = result.ok ? invalidSelectors(result.site) : result.errors;
        if (errors.length) found.push(...errors.map((e) => ({ path: `${where}${e.path}`, message: e.message })));
        else if (result.ok) sites.push(result.site);
      });
      return found.length ? setErrors(found) : apply({ kind: 'sites', sites });
    }
    const packs: Pack[] = [];
    list.forEach((item, i) => {
      const result = validatePack(item);
      const where = list.length > 1 ? `pack #${i + 1}.` : '';
      if (!result.ok) found.push(...result.errors.map((e) => ({ path: `${where}${e.path}`, message: e.message })));
      else if (bundledIds.includes(result.pack.id)) found.push({ path: `${where}id`, message: t('importBundledId', result.pack.id) });
      else {
        // The browser's own CSS parser checks a pack's site selectors too.
        const selectors = (result.pack.sites ?? []).flatMap((site) => invalidSelectors(site));
        // What goes into a reply is held to the bundled packs' rules (npm run packs:check).
        const unsendable = unsendableTexts(result.pack).map((u) => ({
          path: `${where}${u.where} ${u.id} (${u.lang})`,
          message: `states ${u.what}: "${u.words}"`,
        }));
        if (selectors.length || unsendable.length)
          found.push(...selectors.map((e) => ({ path: `${where}${e.path}`, message: e.message })), ...unsendable);
        else packs.push(result.pack);
      }
    });
    if (found.length) return setErrors(found);
    const installed = (await readTeamPacks()).packs;
    const changes = packs.flatMap((p) => {
      const old = installed.find((x) => x.id === p.id);
      return old ? [`${p.id}: ${old.version} → ${p.version}`] : [];
    });
    if (changes.length) return setPending({ kind: 'packs', packs, changes });
    await apply({ kind: 'packs', packs, changes });
  };

  const apply = async (what: Pending) => {
    try {
      if (what.kind === 'sites') {
        await saveTeamSites(what.sites);
        setStatus(t('importedSites', what.sites.map((s) => s.id).join(', ')));
      } else if (what.kind === 'packs') {
        const ids = new Set(what.packs.map((p) => p.id));
        const current = (await readTeamPacks()).packs.filter((p) => !ids.has(p.id));
        await saveTeamPacks([...current, ...what.packs]);
        setStatus(t('imported', what.packs.map((p) => `${p.id} ${p.version}`).join(', ')));
      } else {
        await saveTeamPacks(what.backup.teamPacks, what.backup.drafts);
        await savePrefs(() => what.backup.prefs);
        setStatus(t('restored', String(what.backup.teamPacks.length)));
      }
      setPending(undefined);
      onChanged();
    } catch (e) {
      setErrors([{ path: '', message: (e as Error).message }]);
    }
  };

  const backup = async () => {
    const [{ prefs }, team, drafts] = await Promise.all([readPrefs(), readTeamPacks(), readDrafts()]);
    const data = makeBackup(prefs, team.packs, drafts);
    download(`composure-backup-${data.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(data, null, 2)}\n`);
  };

  return (
    <div class="import-export">
      <label>
        {t('importLabel')}{' '}
        <input
          type="file"
          accept=".json,.yaml,.yml,application/json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void onFile(file);
            (e.target as HTMLInputElement).value = '';
          }}
        />
      </label>
      <button type="button" onClick={() => void backup()}>
        {t('backupAll')}
      </button>
      {errors.length > 0 && (
        <div class="warning" role="alert" data-import-errors>
          <p>{t('importRejected')}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.path}${e.message}`}>
                {e.path && <code>{e.path}</code>}
                {e.path && ': '}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div class="confirm" role="alertdialog" aria-label={t('confirmImport')}>
          <p>
            {pending.kind === 'packs'
              ? t('replaceVersions', pending.changes.join('; '))
              : pending.kind === 'restore'
                ? t('confirmRestore', [String(pending.backup.teamPacks.length), pending.backup.exportedAt])
                : ''}
          </p>
          <button type="button" class="primary" onClick={() => void apply(pending)}>
            {t('confirmImport')}
          </button>{' '}
          <button type="button" onClick={() => setPending(undefined)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {status && (
        <p role="status" data-import-status>
          {status}
        </p>
      )}
    </div>
  );
}
