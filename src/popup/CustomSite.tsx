import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { HELPDESKS } from '../adapters/registry';
import { t } from '../lib/i18n';

interface Site {
  host: string;
  adapter: string;
}

/**
 * For a page that is not a helpdesk Composure knows: turn it on for this domain (a team's own
 * Zendesk at support.acme.example), with the helpdesk it runs, or generic mode. The host
 * permission is requested here, in the agent's click; the service worker registers the script.
 */
export function CustomSite({ url, tabId }: { url: URL; tabId?: number }) {
  const [sites, setSites] = useState<Site[]>([]);
  const [adapter, setAdapter] = useState('generic');
  const [error, setError] = useState('');
  const refresh = useCallback(
    () => browser.storage.local.get('customSites').then((s) => setSites(Array.isArray(s.customSites) ? s.customSites : [])),
    [],
  );
  useEffect(() => void refresh(), [refresh]);
  if (url.protocol !== 'https:') return <p class="muted">{t('notAHelpdesk')}</p>;
  const current = sites.find((s) => s.host === url.hostname);
  const send = async (message: object) => {
    const result = (await browser.runtime.sendMessage(message)) as { ok: boolean; error?: string };
    if (!result?.ok) setError(result?.error ?? 'failed');
    await refresh();
    if (result?.ok && tabId !== undefined) await browser.tabs.reload(tabId);
  };
  if (current) {
    const name = HELPDESKS.find((a) => a.id === current.adapter)?.name ?? t('genericMode');
    return (
      <div>
        <p>{t('onForSite', [url.hostname, name])}</p>
        <button type="button" onClick={() => void send({ type: 'remove-site', host: url.hostname })}>
          {t('turnOffForSite')}
        </button>
      </div>
    );
  }
  return (
    <div>
      <p class="muted">{t('notAHelpdesk')}</p>
      <label>
        {t('siteRuns')}{' '}
        <select value={adapter} onChange={(e) => setAdapter((e.target as HTMLSelectElement).value)}>
          <option value="generic">{t('genericMode')}</option>
          {HELPDESKS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        onClick={async () => {
          setError('');
          const granted = await browser.permissions.request({ origins: [`https://${url.hostname}/*`] });
          if (!granted) return setError(t('permissionDenied'));
          await send({ type: 'add-site', host: url.hostname, adapter });
        }}
      >
        {t('turnOnForSite', url.hostname)}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
