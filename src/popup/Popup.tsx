import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { pick } from '../engine/localize';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { BUNDLED_PACKS } from '../packs';
import { loadConfig } from '../lib/storage';

/** At a glance: the active method and packs, and the way to the settings. */
export function Popup() {
  const [config, setConfig] = useState<EffectiveConfig>();
  useEffect(() => void loadConfig(BUNDLED_PACKS).then(setConfig), []);
  if (!config) return <p>{t('reading')}</p>;
  const lang = [uiLanguage()];
  const enabled = config.packs.filter((p) => p.enabled);
  const method =
    enabled.flatMap((p) => p.pack.methods ?? []).find((m) => m.id === config.method) ?? enabled.flatMap((p) => p.pack.methods ?? [])[0];
  return (
    <>
      <h1>Composure</h1>
      <p>
        {t('method')}: <strong>{method ? pick(method.name, lang).text : '—'}</strong>
      </p>
      <p>
        {t('packsSection')}: {enabled.map((p) => pick(p.pack.name, lang).text).join(', ')}
      </p>
      <p class="muted">{t('privacyPromise')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </>
  );
}
