import { STORAGE_KEYS } from './storage-keys';
import { dayOf as localDay } from './usage';

const dayOf = (at: number) => localDay(new Date(at));
import { type FollowUpState, stateAt } from '../engine/follow-up-state';
import type { FollowUp } from '../engine/follow-ups';

/**
 * The promises remembered across tickets, so the toolbar can remind an agent of a ticket that
 * is not open. Per promise only where and when: helpdesk, ticket id, the ticket's URL, when it
 * was made, when it is due, when an agent next wrote, its state. Never text, never names: the
 * words that made it are read again from the thread whenever the ticket is open.
 */
export const FOLLOW_UPS_KEY = STORAGE_KEYS.followUps;
/**
 * A promise a week past due with no reply leaves the badge and the popup: the ticket was most
 * likely settled another way (the customer wrote "never mind, it works"), and a badge that nags
 * about it forever is one an agent learns to ignore.
 */
const LATE_FOR = 7 * 24 * 3_600_000;
/**
 * Records stay 60 days past due, kept or not: on a page that shows no message times, the record
 * is what remembers when a promise was first read — without it, reopening an old ticket would
 * date its promise (and count it) anew.
 */
const KEEP_FOR = 60 * 24 * 3_600_000;
const MAX_PROMISES = 500;
const DAYS_KEPT = 60;

export interface StoredPromise {
  helpdesk: string;
  ticketId: string;
  url: string;
  madeAt: number;
  due: number;
  answeredAt?: number;
  state: FollowUpState;
  /** A reminder was shown for it. */
  reminded?: boolean;
  /** The agent said it needs no follow-up (settled another way): no badge, no reminder, not listed. */
  dismissed?: boolean;
}

export interface FollowUpStore {
  version: 1;
  promises: Record<string, StoredPromise>;
  /** Per local day: promises made, kept (an agent wrote again before due), late (due passed first). */
  days: Record<string, [number, number, number]>;
}

export const emptyFollowUps = (): FollowUpStore => ({ version: 1, promises: {}, days: {} });

/** A stored value read defensively: anything not shaped like a store starts a new one. */
export function parseFollowUps(value: unknown): FollowUpStore {
  const v = value as Partial<FollowUpStore> | undefined;
  const record = (x: unknown) => Boolean(x) && typeof x === 'object' && !Array.isArray(x);
  if (v?.version !== 1 || !record(v.promises) || !record(v.days)) return emptyFollowUps();
  return v as FollowUpStore;
}

/** The promise's key: helpdesk, ticket and a hash of the promising message (not its text). */
export function promiseId(helpdesk: string, ticketId: string, messageText: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageText.length; i++) hash = Math.imul(hash ^ messageText.charCodeAt(i), 0x01000193);
  return `${helpdesk}:${ticketId}:${(hash >>> 0).toString(36)}`;
}

export interface SeenTicket {
  helpdesk: string;
  ticketId: string;
  url: string;
  /** The thread's promises, with the id each is stored under. */
  found: (FollowUp & { id: string })[];
}

/**
 * The store after a ticket was read: its promises as the thread says, anything of that
 * ticket the thread no longer holds dropped, counts for promises new, kept and late.
 */
export function recordTicket(store: FollowUpStore, seen: SeenTicket, now: number, today: string): FollowUpStore {
  const next: FollowUpStore = structuredClone(store);
  const prefix = `${seen.helpdesk}:${seen.ticketId}:`;
  const current = new Set(seen.found.map((f) => f.id));
  for (const id of Object.keys(next.promises)) if (id.startsWith(prefix) && !current.has(id)) delete next.promises[id];
  for (const f of seen.found) {
    const before = next.promises[f.id];
    const state = stateAt(f, now);
    next.promises[f.id] = {
      helpdesk: seen.helpdesk,
      ticketId: seen.ticketId,
      url: seen.url,
      madeAt: f.madeAt,
      due: f.due,
      ...(f.answeredAt !== undefined ? { answeredAt: f.answeredAt } : {}),
      state,
      ...(before?.reminded ? { reminded: true } : {}),
      ...(before?.dismissed ? { dismissed: true } : {}),
    };
    if (!before) count(next, dayOf(f.madeAt), 0);
    const was = before ? stateAt(before, now) : 'pending';
    const answered = f.answeredAt ?? now;
    if (was !== state) {
      if (state === 'kept' && answered <= f.due) count(next, dayOf(answered), 1);
      if (state === 'late' || (state === 'kept' && was === 'pending' && answered > f.due)) count(next, dayOf(f.due), 2);
    }
  }
  return prune(next, now, today);
}

/** The store with promises that went late since last looked at counted, and their state saved. */
export function markLate(store: FollowUpStore, now: number): FollowUpStore {
  const late = Object.entries(store.promises).filter(([, p]) => p.state === 'pending' && now > p.due);
  if (!late.length) return store;
  const next: FollowUpStore = structuredClone(store);
  for (const [id, p] of late) {
    (next.promises[id] as StoredPromise).state = 'late';
    count(next, dayOf(p.due), 2);
  }
  return next;
}

/** The promises an agent still owes, soonest first (none more than a week late). */
export function owed(store: FollowUpStore, now: number): (StoredPromise & { id: string })[] {
  return Object.entries(store.promises)
    .map(([id, p]) => ({ ...p, id, state: stateAt(p, now) }))
    .filter((p) => p.state !== 'kept' && !p.dismissed && now - p.due <= LATE_FOR)
    .sort((a, b) => a.due - b.due);
}

/** The store with promise `id` marked as needing no follow-up. */
export function dismiss(store: FollowUpStore, id: string): FollowUpStore {
  const p = store.promises[id];
  return p ? { ...store, promises: { ...store.promises, [id]: { ...p, dismissed: true } } } : store;
}

/** The toolbar badge's number: promises late or due within the hour. */
export function dueSoon(store: FollowUpStore, now: number): number {
  return owed(store, now).filter((p) => p.due <= now + 3_600_000).length;
}

function count(store: FollowUpStore, day: string, at: 0 | 1 | 2) {
  const counts = store.days[day] ?? [0, 0, 0];
  counts[at] += 1;
  store.days[day] = counts;
}

/** Records go 60 days past due; at most MAX_PROMISES stay (the oldest due go first); 60 days of counts. */
function prune(store: FollowUpStore, now: number, today: string): FollowUpStore {
  for (const [id, p] of Object.entries(store.promises)) if (now - p.due > KEEP_FOR) delete store.promises[id];
  const ids = Object.entries(store.promises).sort(([, a], [, b]) => b.due - a.due);
  for (const [id] of ids.slice(MAX_PROMISES)) delete store.promises[id];
  const cutoff = new Date(`${today}T12:00:00`);
  cutoff.setDate(cutoff.getDate() - DAYS_KEPT);
  for (const day of Object.keys(store.days)) if (new Date(`${day}T12:00:00`) < cutoff) delete store.days[day];
  return store;
}
