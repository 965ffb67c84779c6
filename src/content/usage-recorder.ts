import type { UsageEvent, UsageRecord } from '../lib/usage';
import { send } from './messages';

/** Records wait this long and go to the service worker in one message: a busy ticket is a handful of messages a minute. */
const FLUSH_MS = 3_000;

/**
 * Counts how the agent uses the coaching on this page: rule ids and events only, batched. What
 * was shown counts once per ticket (`shownOn` names the ticket, never leaving this page).
 */
export function createUsageRecorder(enabled: () => boolean, signal: AbortSignal) {
  let pending: UsageRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shown = new Set<string>();
  let shownFor = '';

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return;
    const records = pending;
    pending = [];
    void send({ type: 'usage', context: 'live', records }).catch(() => undefined);
  };
  addEventListener('pagehide', flush, { signal });
  signal.addEventListener('abort', flush);

  const record = (rule: string, event: UsageEvent) => {
    if (!enabled()) return;
    pending.push({ rule, event });
    timer ??= setTimeout(flush, FLUSH_MS);
  };
  return {
    record,
    /** Rules the sidebar showed on ticket `ticket`: each counted once per ticket. */
    shownOn(ticket: string, rules: Iterable<string>) {
      if (ticket !== shownFor) {
        shownFor = ticket;
        shown.clear();
      }
      for (const rule of rules) {
        if (shown.has(rule)) continue;
        shown.add(rule);
        record(rule, 'shown');
      }
    },
  };
}
