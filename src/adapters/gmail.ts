import type { Message } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Gmail, used as a shared support inbox. The agent is the signed-in account (its address is in
 * the page title); every other sender is the customer.
 * Example URLs: https://mail.google.com/mail/u/0/#inbox/18c1  https://mail.google.com/mail/u/1/#label/support/18c2
 */
export const SELECTORS = {
  thread: 'div[role="main"]',
  message: '[data-message-id]',
  sender: 'span.gD[email], h3.iw span[email]',
  body: 'div.a3s',
  date: 'span.g3[title]',
  subject: 'h2.hP, .ha h2',
  composer: 'div[role="textbox"][g_editable="true"], .Ap [g_editable="true"], div[role="textbox"][aria-label*="Reply"]',
} as const;

const threadId = (url: URL) => /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9]{4,})$/.exec(url.hash)?.[1];

/** "Inbox - support@acme.example - Gmail" → support@acme.example */
const accountEmail = (doc: Document) => /\s-\s(\S+@\S+)\s-\s/.exec(doc.title)?.[1]?.toLowerCase();

export const gmail: Adapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  isTicketView: (url) => threadId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.thread),
  readTicket(doc, url) {
    const thread = doc.querySelector(SELECTORS.thread);
    const items = thread ? all(thread, SELECTORS.message) : [];
    if (!thread || !items.length) return { ok: false, problem: thread ? 'no-messages' : 'no-conversation' };
    const me = accountEmail(doc);
    const messages: Message[] = items.map((item) => {
      const sender = item.querySelector(SELECTORS.sender);
      const email = attr(sender, 'email')?.toLowerCase();
      return {
        role: email && email === me ? 'agent' : 'customer',
        author: attr(sender, 'name') ?? (text(sender) || undefined),
        text: messageText(item.querySelector(SELECTORS.body)),
        time: attr(item.querySelector(SELECTORS.date), 'title'),
      };
    });
    const customer = items.map((i) => i.querySelector(SELECTORS.sender)).find((s) => attr(s, 'email')?.toLowerCase() !== me);
    return {
      ok: true,
      ticket: {
        helpdesk: 'gmail',
        id: threadId(url),
        subject: text(doc.querySelector(SELECTORS.subject)) || undefined,
        requester: { name: attr(customer, 'name') ?? (text(customer) || undefined), email: attr(customer, 'email') },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
