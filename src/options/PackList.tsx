import type { Pack } from '../engine/pack-schema';
import { pick } from '../engine/localize';
import { formatPack } from '../engine/format';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { download } from './download';

interface Props {
  config: EffectiveConfig;
  drafts: Pack[];
  onToggle(id: string, on: boolean): void;
  onEdit(pack: Pack, isNew: boolean): void;
  onDelete(id: string): void;
}

/** Every pack — bundled, the team's, from policy, drafts — with what a lead needs to judge it. */
export function PackList({ config, drafts, onToggle, onEdit, onDelete }: Props) {
  const lang = [uiLanguage()];
  const locked = config.locked.includes('packs');
  return (
    <div>
      {config.packs.map(({ pack, enabled, forced, origin }) => (
        <div class="pack" key={pack.id} data-pack={pack.id}>
          <input
            type="checkbox"
            id={`pack-${pack.id}`}
            checked={enabled}
            disabled={forced || locked}
            onChange={(e) => onToggle(pack.id, (e.target as HTMLInputElement).checked)}
          />
          <div class="pack-body">
            <label for={`pack-${pack.id}`}>
              <strong>{pick(pack.name, lang).text}</strong>{' '}
              <span class="muted">
                {pack.id} {pack.version} · {t(`origin_${origin}`)}
              </span>
            </label>
            <p>{pick(pack.description, lang).text}</p>
            <p>
              {t('packLanguages')}: {pack.languages.join(', ')} · {t('packSource')}: {pack.source}
              {pack.extends && ` · ${t('packExtends', pack.extends)}`}
            </p>
            {(forced || locked) && <p class="locked">{t('lockedByPolicy')}</p>}
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
      {drafts.map((pack) => (
        <div class="pack" key={`draft-${pack.id}`} data-draft={pack.id}>
          <div class="pack-body">
            <strong>{pick(pack.name, lang).text}</strong>{' '}
            <span class="muted">
              {pack.id} {pack.version} · {t('draft')}
            </span>
            <div class="actions">
              <button type="button" onClick={() => onEdit(pack, false)}>
                {t('edit')}
              </button>
            </div>
          </div>
        </div>
      ))}
      <button type="button" class="primary" onClick={() => onEdit(blankPack(), true)}>
        {t('newPack')}
      </button>
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
