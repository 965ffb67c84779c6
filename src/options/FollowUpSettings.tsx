import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EffectiveConfig, Prefs } from '../lib/config';
import { FOLLOW_UPS_KEY, type FollowUpStore, parseFollowUps } from '../lib/follow-up-store';
import { t } from '../lib/i18n';
import { dayOf } from '../lib/usage';

/**
 * Follow-ups on or off, the opt-in desktop reminder (which asks the browser for notifications
 * only then), and the last 30 days' promises made, kept and late — numbers only.
 */
export function FollowUpSettings({ config, save }: { config: EffectiveConfig; save: (update: (prefs: Prefs) => Prefs) => Promise<void> }) {
  const [store, setStore] = useState<FollowUpStore>();
  useEffect(() => {
    void browser.storage.local.get(FOLLOW_UPS_KEY).then((v) => setStore(parseFollowUps(v[FOLLOW_UPS_KEY])));
  }, []);
  const locked = config.locked.includes('followUps');
  const since = dayOf(new Date(Date.now() - 29 * 86_400_000));
  const [made, kept, late] = Object.entries(store?.days ?? {})
    .filter(([day]) => day >= since)
    .reduce((sum, [, c]) => [sum[0] + c[0], sum[1] + c[1], sum[2] + c[2]], [0, 0, 0]);
  return (
    <div class="follow-up-settings">
      {locked && <p class="muted">{t('followUpsLocked')}</p>}
      <label class="check">
        <input
          type="checkbox"
          data-follow-ups
          checked={config.followUps}
          disabled={locked}
          onChange={async (e) => {
            const on = (e.target as HTMLInputElement).checked;
            await save((p) => ({ ...p, followUps: on }));
          }}
        />
        <span>{t('followUpsSetting')}</span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-follow-up-reminders
          checked={config.followUpReminders}
          disabled={locked || !config.followUps}
          onChange={async (e) => {
            const box = e.target as HTMLInputElement;
            // Asked for here, in answer to the click, and only by agents who want reminders.
            const on = box.checked && (await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false));
            box.checked = on;
            await save((p) => ({ ...p, followUpReminders: on }));
          }}
        />
        <span>{t('followUpRemindersSetting')}</span>
      </label>
      {store && <p class="muted">{t('followUpsCounts', [String(made), String(kept), String(late)])}</p>}
    </div>
  );
}
