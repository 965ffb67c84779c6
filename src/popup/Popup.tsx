import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { adapterFor } from '../adapters/registry';
import type { Adapter } from '../adapters/types';
import { pick } from '../engine/localize';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { loadConfig } from '../lib/checked-storage';
import { savePrefs } from '../lib/storage';
import { BUNDLED_PACKS } from '../packs';
import { CustomSite } from './CustomSite';
import { TeachButton } from './TeachButton';

/** At a glance: Composure on or off for this helpdesk, the active method and packs, the settings. */
export function Popup() {
  const [config, setConfig] = useState<EffectiveConfig>();
  const [adapter, setAdapter] = useState<Adapter>();
  const [tab, setTab] = useState<{ url: URL; id?: number }>();
  const refresh = useCallback((): Promise<void> => loadConfig(BUNDLED_PACKS, () => void refresh()).then(setConfig), []);
  useEffect(() => {
    void refresh();
    // activeTab: the URL of the tab the popup was opened on, and no other.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (!tab?.url) return;
      setTab({ url: new URL(tab.url), id: tab.id });
      setAdapter(adapterFor(new URL(tab.url)));
    });
  }, [refresh]);
  if (!config) return <p>{t('reading')}</p>;
  const lang = [uiLanguage()];
  const enabled = config.packs.filter((p) => p.enabled);
  const methods = enabled.flatMap((p) => p.pack.methods ?? []);
  const method = methods.find((m) => m.id === config.method) ?? methods[0];
  const sitesLocked = config.locked.includes('sites');
  return (
    <>
      <h1>Composure</h1>
      {adapter ? (
        <label>
          <input
            type="checkbox"
            checked={config.sites[adapter.id] !== false}
            disabled={sitesLocked}
            onChange={async (e) => {
              const on = (e.target as HTMLInputElement).checked;
              await savePrefs((p) => ({ ...p, sites: { ...p.sites, [adapter.id]: on } }));
              await refresh();
            }}
          />{' '}
          {t('onForHelpdesk', adapter.name)}
          {sitesLocked && <span class="locked"> {t('lockedByPolicy')}</span>}
        </label>
      ) : tab ? (
        <CustomSite url={tab.url} tabId={tab.id} />
      ) : (
        <p class="muted">{t('notAHelpdesk')}</p>
      )}
      <p>
        {t('method')}: <strong>{method ? pick(method.name, lang).text : '—'}</strong>
        {config.locked.includes('method') && <span class="locked"> {t('lockedByPolicy')}</span>}
      </p>
      <p>
        {t('packsSection')}: {enabled.map((p) => pick(p.pack.name, lang).text).join(', ')}
      </p>
      {tab && !config.locked.includes('siteDefinitions') && <TeachButton url={tab.url} tabId={tab.id} known={Boolean(adapter)} />}
      <p class="muted">{t('privacyPromise')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </>
  );
}
