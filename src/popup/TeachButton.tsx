import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';

/**
 * "Teach Composure this page" for the tab the popup was opened on. Where Composure already runs,
 * the teach script joins it; on a page it does not know, the site's permission is asked for in
 * this click, Composure is turned on there, and teaching starts.
 */
export function TeachButton({ url, tabId, known }: { url: URL; tabId?: number; known: boolean }) {
  const [error, setError] = useState('');
  if (tabId === undefined || url.protocol !== 'https:') return null;
  const teach = async () => {
    setError('');
    if (!known) {
      const granted = await browser.permissions.request({ origins: [`https://${url.hostname}/*`] });
      if (!granted) return setError(t('permissionDenied'));
    }
    const answer = (await browser.runtime.sendMessage(
      known ? { type: 'start-teach', tabId } : { type: 'teach-site', tabId, host: url.hostname },
    )) as {
      ok: boolean;
      error?: string;
    };
    if (!answer?.ok) return setError(answer?.error ?? 'failed');
    window.close();
  };
  return (
    <div>
      <button type="button" onClick={() => void teach()}>
        {t('teachTitle')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
