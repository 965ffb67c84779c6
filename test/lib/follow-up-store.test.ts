import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/engine/follow-ups';
import { dismiss, dueSoon, emptyFollowUps, markLate, owed, parseFollowUps, promiseId, recordTicket } from '../../src/lib/follow-up-store';

const HOUR = 3_600_000;
const T0 = new Date(2026, 11, 3, 9).getTime();
const DAY = '2026-12-03';
const seen = (found: (FollowUp & { id: string })[], ticketId = '101') => ({
  helpdesk: 'zendesk',
  ticketId,
  url: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
  found,
});
const promise = (over: Partial<FollowUp> = {}, text = "I'll update you by 10.") => ({
  id: promiseId('zendesk', '101', text),
  lang: 'en',
  start: 0,
  end: 10,
  message: 1,
  madeAt: T0,
  due: T0 + 2 * HOUR,
  state: 'pending' as const,
  ...over,
});

describe('the follow-up store: where and when, never what', () => {
  it('keeps helpdesk, ticket, URL and times — no text, no evidence offsets', () => {
    const store = recordTicket(emptyFollowUps(), seen([promise()]), T0, DAY);
    const [stored] = Object.values(store.promises);
    expect(Object.keys(stored ?? {}).sort()).toEqual(['due', 'helpdesk', 'madeAt', 'state', 'ticketId', 'url']);
    expect(JSON.stringify(store)).not.toMatch(/update you/);
    expect(promiseId('zendesk', '101', 'secret words')).not.toContain('secret');
  });

  it('counts a promise made once, kept once, late once, per day', () => {
    let store = recordTicket(emptyFollowUps(), seen([promise()]), T0, DAY);
    store = recordTicket(store, seen([promise()]), T0 + HOUR, DAY);
    expect(store.days[DAY]).toEqual([1, 0, 0]);
    store = recordTicket(store, seen([promise({ state: 'kept', answeredAt: T0 + HOUR })]), T0 + HOUR, DAY);
    expect(store.days[DAY]).toEqual([1, 1, 0]);

    let late = recordTicket(emptyFollowUps(), seen([promise()]), T0, DAY);
    late = markLate(late, T0 + 3 * HOUR);
    late = markLate(late, T0 + 4 * HOUR);
    expect(late.days[DAY]).toEqual([1, 0, 1]);
    // Answered after due: the follow-up happened, late; it is not counted late twice.
    late = recordTicket(late, seen([promise({ state: 'kept', answeredAt: T0 + 5 * HOUR })]), T0 + 5 * HOUR, DAY);
    expect(late.days[DAY]).toEqual([1, 0, 1]);
  });

  it('badges what is late or due within the hour, and lists what is owed soonest first', () => {
    const later = promise({ due: T0 + 5 * HOUR }, 'other');
    const store = recordTicket(emptyFollowUps(), seen([later, promise()]), T0, DAY);
    expect(dueSoon(store, T0)).toBe(0);
    expect(dueSoon(store, T0 + 1.5 * HOUR)).toBe(1);
    expect(dueSoon(store, T0 + 4.5 * HOUR)).toBe(2);
    expect(owed(store, T0 + 3 * HOUR).map((p) => [p.due, p.state])).toEqual([
      [T0 + 2 * HOUR, 'late'],
      [T0 + 5 * HOUR, 'pending'],
    ]);
  });

  it("counts on the day it happened: last month's kept promise, read today, is last month's", () => {
    const lastMonth = new Date(2026, 10, 2, 9).getTime();
    const old = promise({ madeAt: lastMonth, due: lastMonth + 2 * HOUR, state: 'kept', answeredAt: lastMonth + HOUR });
    let store = recordTicket(emptyFollowUps(), seen([old]), T0, DAY);
    expect(store.days).toEqual({ '2026-11-02': [1, 1, 0] });
    // Read again: the record is what says it was counted, so nothing is counted twice.
    store = recordTicket(store, seen([old]), T0 + HOUR, DAY);
    expect(store.days).toEqual({ '2026-11-02': [1, 1, 0] });
    // 60 days past due the record goes.
    expect(Object.keys(recordTicket(store, seen([], '999'), lastMonth + 59 * 24 * HOUR, DAY).promises)).toHaveLength(1);
    expect(recordTicket(store, seen([], '999'), lastMonth + 61 * 24 * HOUR, DAY).promises).toEqual({});
  });

  it('stops nagging a week after a promise went unanswered', () => {
    const store = recordTicket(emptyFollowUps(), seen([promise()]), T0, DAY);
    expect(dueSoon(store, T0 + 6 * 24 * HOUR)).toBe(1);
    expect(dueSoon(store, T0 + 8 * 24 * HOUR)).toBe(0);
    expect(owed(store, T0 + 8 * 24 * HOUR)).toEqual([]);
  });

  it('forgets to nag about a promise the agent says needs no follow-up, even when the thread is read again', () => {
    let store = recordTicket(emptyFollowUps(), seen([promise()]), T0, DAY);
    store = dismiss(store, promise().id);
    store = recordTicket(store, seen([promise()]), T0 + 3 * HOUR, DAY);
    expect(owed(store, T0 + 3 * HOUR)).toEqual([]);
    expect(dueSoon(store, T0 + 3 * HOUR)).toBe(0);
  });

  it("drops a ticket's promise the thread no longer holds, and leaves other tickets' alone", () => {
    const other = { ...promise(), id: promiseId('zendesk', '102', 'x') };
    let store = recordTicket(emptyFollowUps(), seen([other], '102'), T0, DAY);
    store = recordTicket(store, seen([promise()]), T0, DAY);
    store = recordTicket(store, seen([]), T0, DAY);
    expect(Object.keys(store.promises)).toEqual([other.id]);
  });

  it('reads a damaged store as an empty one', () => {
    for (const bad of [undefined, null, 'text', { version: 2 }, { version: 1, promises: [], days: {} }])
      expect(parseFollowUps(bad)).toEqual(emptyFollowUps());
  });
});
