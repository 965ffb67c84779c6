import type { Message, Role } from '../engine/types';
import { all, attr, text } from './dom';
import { textareaComposer } from './insert';
import type { Adapter } from './types';

/**
 * The bundled demo helpdesk (demo/index.html, served by `npm start`).
 * Example URLs: http://127.0.0.1:4173/composure-demo/  http://localhost:4173/composure-demo/?ticket=2
 */
export const SELECTORS = {
  conversation: '[data-demo="conversation"]',
  message: '[data-demo="message"]',
  body: '[data-demo="body"]',
  author: '[data-demo="author"]',
  time: 'time[datetime]',
  subject: '[data-demo="subject"]',
  ticketId: '[data-demo="ticket-id"]',
  requester: '[data-demo="requester"]',
  composer: 'textarea[data-demo="reply"]',
} as const;

const ROLES: Record<string, Role> = { customer: 'customer', agent: 'agent', note: 'internal', system: 'system' };

export const demo: Adapter = {
  id: 'demo',
  name: 'Composure demo',
  matches: (url) => ['127.0.0.1', 'localhost'].includes(url.hostname) && url.pathname.startsWith('/composure-demo/'),
  isTicketView: (url) => url.pathname.startsWith('/composure-demo/'),
  observeRoot: (doc) => doc.querySelector(SELECTORS.conversation),
  readTicket(doc) {
    const conversation = doc.querySelector(SELECTORS.conversation);
    if (!conversation) return { ok: false, problem: 'no-conversation' };
    const messages: Message[] = all(conversation, SELECTORS.message).map((el) => ({
      role: ROLES[attr(el, 'data-role') ?? ''] ?? 'system',
      author: text(el.querySelector(SELECTORS.author)) || undefined,
      text: text(el.querySelector(SELECTORS.body)),
      time: attr(el.querySelector(SELECTORS.time), 'datetime'),
    }));
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    const requester = doc.querySelector(SELECTORS.requester);
    return {
      ok: true,
      ticket: {
        helpdesk: 'demo',
        id: text(doc.querySelector(SELECTORS.ticketId)).replace(/^#/, '') || undefined,
        subject: text(doc.querySelector(SELECTORS.subject)) || undefined,
        requester: { name: text(requester) || undefined, email: attr(requester, 'data-email') },
        messages,
      },
    };
  },
  composer(doc) {
    const el = doc.querySelector<HTMLTextAreaElement>(SELECTORS.composer);
    return el ? textareaComposer(el) : null;
  },
};
