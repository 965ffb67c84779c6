import type { Pack } from '../engine/pack-schema';
import { pick } from '../engine/localize';
import { formatPack } from '../engine/format';
import { useState } from 'preact/hooks';
import type { EffectiveConfig, PackOrigin } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { download } from './download';

interface Props {
  config: EffectiveConfig;
  drafts: Pack[];
  onToggle(id: string, on: boolean): void;
  onEdit(pack: Pack, isNew: boolean): void;
  onDelete(id: string): void;
}

/** Every pack — bundled, the team's, from policy, drafts — found by words, language and origin, grouped by where it comes from. */
export function PackList({ config, drafts, onToggle, onEdit, onDelete }: Props) {
  const lang = [uiLanguage()];
  const locked = config.locked.includes('packs');
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [origin, setOrigin] = useState<'' | PackOrigin>('');
  const languages = [...new Set(config.packs.flatMap((p) => p.pack.languages))].sort();
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (pack: Pack) => {
    if (language && !pack.languages.includes(language)) return false;
    const haystack = [pack.id, pick(pack.name, lang).text, pick(pack.description, lang).text, pack.source].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  };
  const shown = config.packs.filter((p) => (!origin || p.origin === origin) && matches(p.pack));
  const shownDrafts = origin ? [] : drafts.filter(matches);
  const groups: PackOrigin[] = ['policy', 'team', 'bundled'];
  return (
    <div>
      <search class="toolbar">
        <input
          type="search"
          value={query}
          placeholder={t('packSearch')}
          aria-label={t('packSearch')}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <select aria-label={t('packLanguages')} value={language} onChange={(e) => setLanguage((e.target as HTMLSelectElement).value)}>
          <option value="">{t('allLanguages')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        <select
          aria-label={t('packOrigin')}
          value={origin}
          onChange={(e) => setOrigin((e.target as HTMLSelectElement).value as '' | PackOrigin)}
        >
          <option value="">{t('allOrigins')}</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {t(`origin_${g}`)}
            </option>
          ))}
        </select>
        <button type="button" class="primary" onClick={() => onEdit(blankPack(), true)}>
          {t('newPack')}
        </button>
      </search>
      <p class="muted" aria-live="polite">
        {t('packsShown', [String(shown.length + shownDrafts.length), String(config.packs.length + drafts.length)])}
      </p>
      {groups.map((g) => {
        const list = shown.filter((p) => p.origin === g);
        if (!list.length) return null;
        return (
          <div key={g} data-group={g}>
            <div class="group-head">
              {t(`origin_${g}`)} <span>· {list.length}</span>
            </div>
            {list.map(({ pack, enabled, forced, origin }) => (
              <div class="pack" key={pack.id} data-pack={pack.id}>
                <input
                  type="checkbox"
                  id={`pack-${pack.id}`}
                  checked={enabled}
                  disabled={forced || locked}
                  onChange={(e) => onToggle(pack.id, (e.target as HTMLInputElement).checked)}
                />
                <div class="pack-body">
                  <div class="pack-title">
                    <label for={`pack-${pack.id}`}>
                      <strong>{pick(pack.name, lang).text}</strong>
                    </label>
                    <span class="chip">
                      {pack.id} {pack.version}
                    </span>
                    {pack.languages.map((l) => (
                      <span class="chip" key={l}>
                        {l}
                      </span>
                    ))}
                    {(forced || locked) && <span class="chip on">{t('lockedByPolicy')}</span>}
                  </div>
                  <p>{pick(pack.description, lang).text}</p>
                  <p>
                    {t('packSource')}: {pack.source}
                    {pack.extends && ` · ${t('packExtends', pack.extends)}`}
                  </p>
                  <div class="actions">
                    <button type="button" onClick={() => onEdit(duplicate(pack), true)}>
                      {t('duplicate')}
                    </button>
                    {origin === 'team' && (
                      <button type="button" onClick={() => onEdit(pack, false)}>
                        {t('edit')}
                      </button>
                    )}
                    <button type="button" onClick={() => download(`${pack.id}-${pack.version}.json`, formatPack(pack))}>
                      {t('export')}
                    </button>
                    {origin === 'team' && (
                      <button type="button" onClick={() => onDelete(pack.id)}>
                        {t('delete')}
                      </button>
                    )}
                  </div>
                </div>
              </div>
            ))}
          </div>
        );
      })}
      {shownDrafts.length > 0 && (
        <div data-group="drafts">
          <div class="group-head">
            {t('draft')} <span>· {shownDrafts.length}</span>
          </div>
          {shownDrafts.map((pack) => (
            <div class="pack" key={`draft-${pack.id}`} data-draft={pack.id}>
              <div class="pack-body">
                <div class="pack-title">
                  <strong>{pick(pack.name, lang).text}</strong>
                  <span class="chip">
                    {pack.id} {pack.version}
                  </span>
                </div>
                <div class="actions">
                  <button type="button" onClick={() => onEdit(pack, false)}>
                    {t('edit')}
                  </button>
                </div>
              </div>
            </div>
          ))}
        </div>
      )}
      {!shown.length && !shownDrafts.length && <p class="empty">{t('noPacksMatch')}</p>}
    </div>
  );
}

/** A team's copy of a pack: it extends the original, so the original's updates still arrive. */
function duplicate(pack: Pack): Pack {
  return {
    schemaVersion: 1,
    id: `${pack.id}-team`.slice(0, 63),
    name: Object.fromEntries(Object.entries(pack.name).map(([k, v]) => [k, `${v} (team)`])),
    description: pack.description,
    version: '1.0.0',
    source: pack.source,
    languages: pack.languages,
    extends: pack.id,
    defaultEnabled: false,
    examples: [],
  };
}

function blankPack(): Pack {
  return {
    schemaVersion: 1,
    id: 'team-pack',
    name: { en: 'Our team pack' },
    description: { en: 'How our team talks to customers.' },
    version: '1.0.0',
    source: 'Team handbook',
    languages: ['en'],
    signals: [],
    suggestions: [],
    draftChecks: [],
    examples: [],
  };
}
