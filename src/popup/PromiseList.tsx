import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { adapterById } from '../adapters/registry';
import { FOLLOW_UPS_KEY, type StoredPromise, owed, parseFollowUps } from '../lib/follow-up-store';
import { t } from '../lib/i18n';
import { dueText, spanText } from '../ui/FollowUps';

/**
 * The updates the agent promised and has not given yet, soonest first, each a link back to its
 * ticket (its tab when open). Only ids and times are stored, so that is what this shows.
 */
export function PromiseList() {
  const [list, setList] = useState<(StoredPromise & { id: string })[]>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const load = () =>
      void browser.storage.local.get(FOLLOW_UPS_KEY).then((v) => {
        setNow(Date.now());
        setList(owed(parseFollowUps(v[FOLLOW_UPS_KEY]), Date.now()));
      });
    load();
    const changed = (changes: Record<string, unknown>, area: string) => area === 'local' && FOLLOW_UPS_KEY in changes && load();
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  if (!list) return null;
  return (
    <section class="promises" aria-labelledby="composure-promises" data-promises>
      <h2 id="composure-promises">{t('followUpsHeading')}</h2>
      {list.length ? (
        <ul>
          {list.map((p) => (
            <li key={p.id} data-state={p.state} class={p.state}>
              <button
                type="button"
                class="link"
                onClick={() =>
                  void browser.runtime.sendMessage({ type: 'open-ticket', url: p.url }).then(
                    () => window.close(),
                    () => undefined,
                  )
                }
              >
                #{p.ticketId} · {adapterById(p.helpdesk)?.name ?? p.helpdesk}
              </button>
              <span>
                {p.state === 'late'
                  ? t('followUpsLateBy', spanText(now - p.due))
                  : `${t('followUpsDue', dueText(p.due, now))} (${spanText(p.due - now)})`}
              </span>
              <button
                type="button"
                class="link"
                data-dismiss
                aria-label={t('followUpsDismissLabel', `#${p.ticketId}`)}
                onClick={() => void browser.runtime.sendMessage({ type: 'dismiss-follow-up', id: p.id }).catch(() => undefined)}
              >
                {t('followUpsDismiss')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('followUpsNone')}</p>
      )}
    </section>
  );
}
