import type { Message } from '../engine/types';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Zoho Desk. The ticket's first message is the customer's (the requester opened it); later ones
 * by the same author are too, others are agents'. Public code names no reply editor for Zoho
 * Desk, so Composure does not guess one: suggestions are copied, not inserted.
 * Example URLs: https://desk.zoho.eu/agent/acme/support/tickets/details/5510001
 */
export const SELECTORS = {
  container: '.zd_v2-ticketdetailview-container',
  list: '[data-id="ConversationList"]',
  author: '[data-id="conversationAuthor"]',
  time: '[data-id="commonTime"]',
  content: '[data-id="content"], [data-id="threadContent"], [data-id="threadSummary"]',
  subject: 'h1[data-id="caseSubjectText"]',
  number: '[data-id="caseNum"], .zd_v2-ticketsubject-ticketIdText',
} as const;

const ticketId = (url: URL) => /\/tickets\/details\/(\d+)/.exec(url.pathname)?.[1];

export const zoho: Adapter = {
  id: 'zoho',
  name: 'Zoho Desk',
  matches: (url) => /^desk\.zoho\.(com|eu|in|com\.au)$/.test(url.hostname) && url.pathname.startsWith('/agent/'),
  isTicketView: (url) => ticketId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.list),
  readTicket(doc, url) {
    const list = doc.querySelector(SELECTORS.list);
    if (!list) return { ok: false, problem: 'no-conversation' };
    const items = all(list, SELECTORS.author).map((a) => a.parentElement as Element);
    const requester = text(items[0]?.querySelector(SELECTORS.author));
    const messages: Message[] = items.map((item) => {
      const author = text(item.querySelector(SELECTORS.author));
      return {
        role: author === requester ? 'customer' : 'agent',
        author: author || undefined,
        text: messageText(item.querySelector(SELECTORS.content)),
        time: text(item.querySelector(SELECTORS.time)) || undefined,
      };
    });
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    const subject = doc.querySelector(SELECTORS.subject);
    return {
      ok: true,
      ticket: {
        helpdesk: 'zoho',
        id: ticketId(url),
        subject: attr(subject, 'data-title') || text(subject) || undefined,
        requester: { name: requester || undefined },
        messages,
      },
    };
  },
  composer: () => null,
};
