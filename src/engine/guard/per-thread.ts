import type { GuardTicket } from './types';

/**
 * What a check derives from the thread alone, derived once per thread. While the agent types,
 * each pause checks a new draft against the same thread, and the analysis passes the same
 * messages array for as long as the thread is unchanged (engine/thread-memo.ts); reading a
 * 100 KB thread again at every pause cost more than the rest of the draft check together.
 * Only the last thread is kept: a note's 8-word runs take several times its text, and the
 * service remembers up to 48 tickets; the agent types in one at a time.
 */
export function perThread<T>(derive: (ticket: GuardTicket) => T): (ticket: GuardTicket) => T {
  let last: { messages: GuardTicket['messages']; about: string; value: T } | undefined;
  return (ticket) => {
    const about = [ticket.id, ticket.subject, ticket.requester?.name, ticket.requester?.email].join('\u0000');
    if (last?.messages === ticket.messages && last.about === about) return last.value;
    last = { messages: ticket.messages, about, value: derive(ticket) };
    return last.value;
  };
}
