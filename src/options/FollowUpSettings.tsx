import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EffectiveConfig, Prefs, WorkingTime } from '../lib/config';
import { FOLLOW_UPS_KEY, type FollowUpStore, parseFollowUps } from '../lib/follow-up-store';
import { t, uiLanguage } from '../lib/i18n';
import { dayOf } from '../lib/usage';
import { STANDARD_WORKING_TIME, workingTimeOf } from '../lib/working-time';

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
      <WorkingTimeSetting
        time={workingTimeOf(config.workingTime) ?? STANDARD_WORKING_TIME}
        locked={config.locked.includes('workingTime')}
        save={save}
      />
      {store && <p class="muted">{t('followUpsCounts', [String(made), String(kept), String(late)])}</p>}
    </div>
  );
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The team's working days and hours: what "2 business days", "end of business" and "first thing" count in. */
function WorkingTimeSetting({
  time,
  locked,
  save,
}: {
  time: WorkingTime;
  locked: boolean;
  save: (update: (prefs: Prefs) => Prefs) => Promise<void>;
}) {
  // Monday first, named in the UI language (5 January 2025 was a Sunday).
  const days = [1, 2, 3, 4, 5, 6, 0].map((d) => ({
    d,
    name: new Date(Date.UTC(2025, 0, 5 + (d || 7))).toLocaleDateString(uiLanguage(), { weekday: 'short', timeZone: 'UTC' }),
  }));
  // Each change applies to the stored working time, not to the one this render shows: a second
  // change made before the first has come back must not undo it. A change that would leave no
  // working day, or an end before the start, is not saved.
  const change = (next: (current: WorkingTime) => Partial<WorkingTime>) =>
    void save((p) => {
      const current = workingTimeOf(p.workingTime) ?? time;
      const checked = workingTimeOf({ ...current, ...next(current) });
      return checked ? { ...p, workingTime: checked } : p;
    });
  const minutes = (value: string) => {
    const [h, m] = value.split(':').map(Number);
    return (h ?? 0) * 60 + (m ?? 0);
  };
  return (
    <fieldset class="working-time" data-working-time disabled={locked}>
      <legend>{t('followUpWorkingTime')}</legend>
      {days.map(({ d, name }) => (
        <label class="check" key={d}>
          <input
            type="checkbox"
            data-working-day={d}
            checked={time.days.includes(d)}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              change((current) => ({ days: on ? [...current.days.filter((x) => x !== d), d] : current.days.filter((x) => x !== d) }));
            }}
          />
          <span>{name}</span>
        </label>
      ))}
      <label>
        {t('followUpWorkStart')}{' '}
        <input
          type="time"
          data-working-start
          value={hhmm(time.start)}
          onChange={(e) => {
            const start = minutes((e.target as HTMLInputElement).value);
            change(() => ({ start }));
          }}
        />
      </label>
      <label>
        {t('followUpWorkEnd')}{' '}
        <input
          type="time"
          data-working-end
          value={hhmm(time.end)}
          onChange={(e) => {
            const end = minutes((e.target as HTMLInputElement).value);
            change(() => ({ end }));
          }}
        />
      </label>
    </fieldset>
  );
}
