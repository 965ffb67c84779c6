import { stateAt } from '../engine/follow-up-state';
import type { FollowUpView } from '../engine/follow-ups';
import type { Ticket } from '../engine/types';
import { t, uiLanguage } from '../lib/i18n';

/** "12:00 today", "tomorrow 10:00", "Fri 11 Dec, 10:00", in the UI language. */
export function dueText(due: number, now: number, lang = uiLanguage()): string {
  const at = new Date(due);
  const time = at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  const days = Math.round((startOfDay(at) - startOfDay(new Date(now))) / 86_400_000);
  if (days === 0) return t('followUpToday', time);
  if (days === 1) return t('followUpTomorrow', time);
  if (days === -1) return t('followUpYesterday', time);
  return at.toLocaleString(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "40 min", "2 h 5 min", "3 days", in the UI language's own units. */
export function spanText(ms: number, lang = uiLanguage()): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const unit = (n: number, u: string) => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${unit(h, 'hour')} ${unit(m, 'minute')}` : unit(h, 'hour');
  }
  return unit(Math.round(minutes / 1440), 'day');
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * The agent's promises on this ticket, at the top: due when, how long left (or how late), and
 * the words that made the promise. A kept one says so once the agent has written again.
 */
export function FollowUps({
  followUps,
  ticket,
  onDismiss,
  now = Date.now(),
}: {
  followUps: FollowUpView[];
  ticket: Ticket;
  onDismiss?: (id: string) => void;
  now?: number;
}) {
  if (!followUps.length) return null;
  // The latest promise first: the one the customer is waiting on.
  const shown = [...followUps].reverse().slice(0, 2);
  return (
    <section class="follow-ups" aria-label={t('followUpSection')}>
      <ul>
        {shown.map((f) => {
          const state = stateAt(f, now);
          const words = ticket.messages[f.message]?.text.slice(f.start, f.end);
          const line =
            state === 'pending'
              ? t('followUpPending', [dueText(f.due, now), spanText(f.due - now)])
              : state === 'late'
                ? t('followUpLate', [dueText(f.due, now), spanText(now - f.due)])
                : t((f.answeredAt ?? now) <= f.due ? 'followUpKept' : 'followUpKeptLate', dueText(f.due, now));
          return (
            <li key={`${f.message}:${f.due}`} class={`follow-up ${state}`} data-state={state}>
              <strong>{line}</strong>
              {words && state !== 'kept' && <q class="evidence">{words}</q>}
              {onDismiss && f.id && state !== 'kept' && (
                <button type="button" class="link" onClick={() => onDismiss(f.id as string)}>
                  {t('followUpsDismiss')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
