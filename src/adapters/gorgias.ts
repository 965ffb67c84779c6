import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, Gorgias (2026 update, one source)');

/**
 * Gorgias, from one 2026 source: the thread, its message bubbles and the customer's link in
 * the breadcrumbs. No source shows a message's author or the composer: messages by the agent
 * (the name in Composure's settings) are theirs, the rest the customer's; suggestions are copied.
 */
export const gorgias: BuiltIn = {
  urls: ['https://acme.gorgias.com/app/views/1200/88001', 'https://acme.gorgias.com/app/ticket/88002'],
  citations: map,
  definition: {
    id: 'gorgias',
    name: 'Gorgias',
    match: { hosts: ['*.gorgias.com'], paths: ['/app/{*}'] },
    ticketId: [{ url: '/app/ticket/{value:digits}' }, { url: '/app/views/{*}/{value:digits}' }],
    conversation: [e('[aria-label="Ticket thread"]', 'thread [1]')],
    message: [
      e('[class*="MessageBubble--messageBubble"]', 'message bubbles [1]'),
      fallback('.ticket-message-body', '2018 Flow code, origin unknown'),
    ],
    author: [fallback('[class*="MessageBubble--author"]', 'guessed from the MessageBubble-- naming')],
    authorIsRequester: true,
    defaultRole: 'customer',
    requester: [{ selector: e('[aria-label="Breadcrumbs"] a[href*="/customer/"]', "the customer's link [1]") }],
  },
};
