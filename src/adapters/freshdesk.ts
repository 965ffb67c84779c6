import type { Message } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Freshdesk (Mint agent UI). Public code marks private notes (data-album="note_…") but has no
 * marker for agent replies, so a message is the customer's when its sender is the requester,
 * internal when it is a note, and the agent's otherwise.
 * Example URLs: https://acme.freshdesk.com/a/tickets/311  https://acme.freshdesk.com/a/tickets/312
 */
export const SELECTORS = {
  list: '.conversation-list, [data-test-id="conversation-list"]',
  item: '[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]',
  sender: '.sender-info [data-test-id="user-name"]',
  body: '[data-test-conversation="conversation-text"], [data-test-id="conversation-content-wrapper"], .text-content-wrapper, .ticket_note',
  subject: '.ticket-subject-heading, .sentiment-ticket-heading',
  requester: '.requester-wrap [data-test-id="user-name"]',
  composer: '.fr-element.fr-view[contenteditable="true"], .redactor-editor[contenteditable="true"]',
} as const;

const ticketId = (url: URL) => /^\/a\/tickets\/(\d+)/.exec(url.pathname)?.[1];

export const freshdesk: Adapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: (url) => url.hostname.endsWith('.freshdesk.com') && url.pathname.startsWith('/a/'),
  isTicketView: (url) => ticketId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.list),
  readTicket(doc, url) {
    const list = doc.querySelector(SELECTORS.list);
    if (!list) return { ok: false, problem: 'no-conversation' };
    const requester = text(doc.querySelector(SELECTORS.requester));
    const messages: Message[] = all(list, SELECTORS.item).map((item) => {
      const author = text(item.querySelector(SELECTORS.sender));
      const note = (attr(item, 'data-album') ?? '').startsWith('note_');
      return {
        role: note ? 'internal' : author && author === requester ? 'customer' : 'agent',
        author: author || undefined,
        text: messageText(item.querySelector(SELECTORS.body) ?? item),
      };
    });
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    return {
      ok: true,
      ticket: {
        helpdesk: 'freshdesk',
        id: ticketId(url),
        subject: text(doc.querySelector(SELECTORS.subject)) || undefined,
        requester: { name: requester || undefined },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
