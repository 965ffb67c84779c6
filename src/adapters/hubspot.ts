import type { Message } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * HubSpot help desk and conversations inbox. A message from the ticket's contact is the
 * customer's; public code has no marker for internal comments, so every other one is an agent's.
 * Example URLs: https://app.hubspot.com/help-desk/4471/ticket/7001/thread
 *               https://app.hubspot.com/live-messages/4471/inbox/7002
 */
export const SELECTORS = {
  list: '[data-test-id="thread-message-list"]',
  message: 'div[class*="CommonMessage__StyledContentColumn"]',
  from: 'dt[data-message-metadata-type="from"]',
  body: '[data-test-id="primary-message-body-content"]',
  title: '[data-test-id="ticket-header-name-link"] span',
  contact: '[data-selenium-test="contact-chicklet-title-link"]',
  composer: 'div.ProseMirror[contenteditable="true"]',
} as const;

const ticketId = (url: URL) => /\/(?:ticket|inbox)\/(\d+)/.exec(url.pathname)?.[1];

export const hubspot: Adapter = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: (url) => url.hostname === 'app.hubspot.com' && /^\/(help-desk|live-messages)\//.test(url.pathname),
  isTicketView: (url) => ticketId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.list),
  readTicket(doc, url) {
    const list = doc.querySelector(SELECTORS.list);
    if (!list) return { ok: false, problem: 'no-conversation' };
    const contact = text(doc.querySelector(SELECTORS.contact));
    const messages: Message[] = all(list, SELECTORS.message).map((m) => {
      const from = text(m.querySelector(SELECTORS.from));
      return {
        role: contact && from === contact ? 'customer' : 'agent',
        author: from || undefined,
        text: messageText(m.querySelector(SELECTORS.body) ?? m),
      };
    });
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    return {
      ok: true,
      ticket: {
        helpdesk: 'hubspot',
        id: ticketId(url),
        subject: text(doc.querySelector(SELECTORS.title)) || undefined,
        requester: { name: contact || undefined },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
