import { attr } from './dom';
import type { SiteHooks } from './read';

export const SENDER = 'span.gD[email], h3.iw span[email]';

/** "Inbox - support@acme.example - Gmail" → support@acme.example */
const accountEmail = (doc: Document) => /\s-\s(\S+@\S+)\s-\s/.exec(doc.title)?.[1]?.toLowerCase();

/**
 * Gmail, used as a shared support inbox. The agent is the signed-in account (its address is in
 * the page title); every other sender is the customer — a rule data cannot say, so it is a hook.
 * Apart from the definition (gmail.ts) so a tab, which gets the definition from the worker, carries only this.
 */
export const gmailHooks: SiteHooks = {
  role(item, doc) {
    const email = attr(item.querySelector(SENDER), 'email')?.toLowerCase();
    return email && email === accountEmail(doc) ? 'agent' : 'customer';
  },
};
