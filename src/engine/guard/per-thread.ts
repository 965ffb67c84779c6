import type { GuardTicket } from './types';

/**
 * What a check derives from the thread alone, derived once per thread. While the agent types,
 * each pause checks a new draft against the same thread, and the analysis passes the same
 * messages array for as long as the thread is unchanged (engine/thread-memo.ts); reading a
 * 100 KB thread again at every pause cost more than the rest of the draft check together.
 */
export function perThread<T>(derive: (ticket: GuardTicket) => T): (ticket: GuardTicket) => T {
  const derived = new WeakMap<GuardTicket['messages'], { about: string; value: T }>();
  return (ticket) => {
    const about = [ticket.id, ticket.subject, ticket.requester?.name, ticket.requester?.email].join('\u0000');
    const known = derived.get(ticket.messages);
    if (known?.about === about) return known.value;
    const value = derive(ticket);
    derived.set(ticket.messages, { about, value });
    return value;
  };
}
