import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { adapterFor } from '../adapters/registry';
import type { Adapter } from '../adapters/types';
import type { TabStatus } from '../ui/tab-status';
import { pick } from '../engine/localize';
import { loadConfig } from '../lib/checked-storage';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { hasSidePanel, openSidePanel } from '../lib/side-panel';
import { savePrefs } from '../lib/storage';
import { BUNDLED_PACKS } from '../packs';
import { CustomSite } from './CustomSite';
import { PromiseList } from './PromiseList';
import { TeachButton } from './TeachButton';

/**
 * What Composure sees on this tab (helpdesk, ticket, messages read, top signals) and the
 * actions an agent needs here: show or hide the sidebar, move it to the side panel, teach the
 * page, turn Composure off for this helpdesk, the settings.
 */
export function Popup() {
  const [config, setConfig] = useState<EffectiveConfig>();
  const [adapter, setAdapter] = useState<Adapter>();
  const [tab, setTab] = useState<{ url: URL; id?: number; windowId?: number }>();
  const [status, setStatus] = useState<TabStatus | null>();
  const refresh = useCallback((): Promise<void> => loadConfig(BUNDLED_PACKS, () => void refresh()).then(setConfig), []);
  useEffect(() => {
    void refresh();
    // activeTab: the URL of the tab the popup was opened on, and no other. (?tab=<id> names the
    // tab instead, for the popup opened as a page: screenshots and tests.)
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    const current = pinned ? browser.tabs.get(pinned).then((t) => [t]) : browser.tabs.query({ active: true, currentWindow: true });
    void current.then(async ([tab]) => {
      if (!tab?.url) return setStatus(null);
      setTab({ url: new URL(tab.url), id: tab.id, windowId: tab.windowId });
      setAdapter(adapterFor(new URL(tab.url)));
      const answer = tab.id === undefined ? null : await browser.tabs.sendMessage(tab.id, { type: 'status' }).catch(() => null);
      setStatus((answer as TabStatus | null) ?? null);
    });
  }, [refresh]);
  if (!config) return <p class="popup-body">{t('reading')}</p>;
  const lang = [uiLanguage()];
  const enabled = config.packs.filter((p) => p.enabled);
  const methods = enabled.flatMap((p) => p.pack.methods ?? []);
  const method = methods.find((m) => m.id === config.method) ?? methods[0];
  const sitesLocked = config.locked.includes('sites');
  const tell = async (type: 'toggle-sidebar' | 'focus-sidebar') => {
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type }).catch(() => undefined);
    window.close();
  };
  return (
    <>
      <header class="popup-head">
        <img src="/icons/icon-32.png" alt="" />
        <h1>Composure</h1>
      </header>
      <div class="popup-body">
        <section class="sees" aria-label={t('popupSees')} data-sees>
          {status ? (
            <dl>
              <dt>{t('popupHelpdesk')}</dt>
              <dd>{status.helpdesk}</dd>
              {status.state === 'ready' ? (
                <>
                  <dt>{t('popupTicket')}</dt>
                  <dd>
                    {status.ticketId ? `#${status.ticketId}` : '—'}
                    {status.requester ? ` · ${status.requester}` : ''}
                  </dd>
                  <dt>{t('popupRead')}</dt>
                  <dd>{t('messagesRead', String(status.messages ?? 0))}</dd>
                  <dt>{t('popupSignals')}</dt>
                  <dd data-top-signals>
                    {status.signals?.length ? status.signals.map((id) => t(`signal_${id.replace(/-/g, '_')}`)).join(', ') : t('noSignals')}
                  </dd>
                </>
              ) : (
                <>
                  <dt>{t('popupTicket')}</dt>
                  <dd>{status.state === 'off' ? t('offHere') : status.state === 'problem' ? t('popupProblem') : t('reading')}</dd>
                </>
              )}
            </dl>
          ) : (
            <p class="muted">{adapter ? t('popupNotReading') : t('notAHelpdesk')}</p>
          )}
        </section>
        <div class="popup-actions">
          {status && status.placement === 'page' && (
            <button type="button" onClick={() => void tell(status.collapsed ? 'focus-sidebar' : 'toggle-sidebar')}>
              {status.collapsed ? t('expand') : t('collapse')}
            </button>
          )}
          {hasSidePanel() && (
            <button
              type="button"
              onClick={() => {
                // First: opening the side panel is allowed only in answer to this click.
                void openSidePanel(tab?.windowId).then(
                  () => window.close(),
                  () => undefined,
                );
              }}
            >
              {t('openSidePanel')}
            </button>
          )}
          {tab && !config.locked.includes('siteDefinitions') && <TeachButton url={tab.url} tabId={tab.id} known={Boolean(adapter)} />}
        </div>
        {adapter ? (
          <label class="check">
            <input
              type="checkbox"
              checked={config.sites[adapter.id] !== false}
              disabled={sitesLocked}
              onChange={async (e) => {
                const on = (e.target as HTMLInputElement).checked;
                await savePrefs((p) => ({ ...p, sites: { ...p.sites, [adapter.id]: on } }));
                await refresh();
              }}
            />
            <span>
              {t('onForHelpdesk', adapter.name)}
              {sitesLocked && <span class="locked"> {t('lockedByPolicy')}</span>}
            </span>
          </label>
        ) : tab ? (
          <CustomSite url={tab.url} tabId={tab.id} />
        ) : null}
        {config.followUps && <PromiseList />}
        <p class="muted">
          {t('method')}: <strong>{method ? pick(method.name, lang).text : '—'}</strong>
          {config.locked.includes('method') && <span class="locked"> {t('lockedByPolicy')}</span>}
          {' · '}
          {t('packsCount', String(enabled.length))}
        </p>
        <div class="actions">
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/practice/index.html') })}>
            {t('openPractice')}
          </button>
        </div>
      </div>
      <footer class="popup-foot">{t('privacyPromise')}</footer>
    </>
  );
}
