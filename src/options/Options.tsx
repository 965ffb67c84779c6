import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { BUNDLED_PACKS } from '../packs';
import { loadConfig, savePrefs } from '../lib/storage';
import { pick } from '../engine/localize';

/** The team lead's and agent's settings. Changes reach open tickets live via storage.onChanged. */
export function Options() {
  const [config, setConfig] = useState<EffectiveConfig>();
  const [saved, setSaved] = useState('');
  const refresh = useCallback(() => loadConfig(BUNDLED_PACKS).then(setConfig), []);
  useEffect(() => void refresh(), [refresh]);
  if (!config) return <p>{t('reading')}</p>;
  const lang = [uiLanguage()];
  const methods = config.packs.filter((p) => p.enabled).flatMap((p) => p.pack.methods ?? []);
  // Show the change at once, then store it; storage.onChanged carries it to open tickets.
  const save = async (update: Parameters<typeof savePrefs>[0], optimistic?: (c: EffectiveConfig) => EffectiveConfig) => {
    if (optimistic) setConfig(optimistic(config));
    await savePrefs(update);
    await refresh();
    setSaved(t('saved'));
  };
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {config.warnings.map((w) => (
        <p class="warning" role="alert" key={w}>
          {w}
        </p>
      ))}
      <h2>{t('agentSection')}</h2>
      <label>
        {t('agentName')}{' '}
        <input
          type="text"
          name="agentName"
          value={config.agentName ?? ''}
          disabled={config.locked.includes('agentName')}
          onChange={(e) => save((p) => ({ ...p, agentName: (e.target as HTMLInputElement).value.trim() || undefined }))}
        />
      </label>
      <label>
        {t('method')}{' '}
        <select
          name="method"
          value={config.method ?? methods[0]?.id}
          disabled={config.locked.includes('method')}
          onChange={(e) => {
            const method = (e.target as HTMLSelectElement).value;
            void save(
              (p) => ({ ...p, method }),
              (c) => ({ ...c, method }),
            );
          }}
        >
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {pick(m.name, lang).text}
            </option>
          ))}
        </select>
        {config.locked.includes('method') && <span class="locked"> {t('lockedByPolicy')}</span>}
      </label>
      <h2>{t('packsSection')}</h2>
      {config.packs.map(({ pack, enabled, forced, origin }) => (
        <div class="pack" key={pack.id}>
          <input
            type="checkbox"
            id={`pack-${pack.id}`}
            checked={enabled}
            disabled={forced || config.locked.includes('packs')}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              void save(
                (p) => ({ ...p, packs: { ...p.packs, [pack.id]: on } }),
                (c) => ({ ...c, packs: c.packs.map((x) => (x.pack.id === pack.id ? { ...x, enabled: on } : x)) }),
              );
            }}
          />
          <div>
            <label for={`pack-${pack.id}`}>
              <strong>{pick(pack.name, lang).text}</strong>{' '}
              <span class="muted">
                {pack.version} · {t(`origin_${origin}`)}
              </span>
            </label>
            <p>{pick(pack.description, lang).text}</p>
            <p>
              {t('packLanguages')}: {pack.languages.join(', ')} · {t('packSource')}: {pack.source}
            </p>
            {forced && <p class="locked">{t('lockedByPolicy')}</p>}
          </div>
        </div>
      ))}
      <p role="status" class="muted">
        {saved}
      </p>
    </>
  );
}
