import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, Zoho Desk (2026 update)');

/**
 * Zoho Desk. Ticket containers stay mounted, so the one whose id the URL names is read. Each
 * [data-id="ConversationList"] is one conversation item (not the list); notes keep their text
 * in [data-id="content"], threads in [data-id="threadContent"]. The requester opened the
 * ticket: the first item's author. No public code names the reply editor, so Composure does
 * not guess one: suggestions are copied.
 */
export const zoho: BuiltIn = {
  urls: [
    'https://desk.zoho.eu/agent/acme/support/tickets/details/5510001',
    'https://desk.zoho.com/agent/acme/sales/tickets/details/5510002',
  ],
  citations: map,
  definition: {
    id: 'zoho',
    name: 'Zoho Desk',
    match: { hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au'], paths: ['/agent/{*}'] },
    ticketId: [{ url: '{*}/tickets/details/{value:digits}' }],
    scope: [
      e('.zd_v2-ticketdetailview-container[data-id="subTab_{id}"]', "the ticket's own container [1]"),
      e('.zd_v2-ticketdetailview-container', 'detail view container [2]'),
    ],
    message: [e('[data-id="ConversationList"]', 'one conversation item each [1]')],
    body: [
      e('[data-id="threadContent"]', 'thread text [1]'),
      e('[data-id="content"]', 'note text [1]'),
      e('[data-id="threadSummary"]', 'summary [1]'),
    ],
    author: [e('[data-id="conversationAuthor"]', 'author [1]')],
    time: [e('[data-id="commonTime"]', 'time [1]')],
    roles: [{ role: 'internal', selector: e('[data-id="content"]', 'notes keep their text here [1]') }],
    authorIsRequester: true,
    defaultRole: 'agent',
    subject: [
      { selector: e('h1[data-id="caseSubjectText"]', 'subject, full text in data-title [4+]'), attribute: 'data-title' },
      { selector: e('h1[data-id="caseSubjectText"]', 'subject [4+]') },
    ],
    requester: [{ firstAuthor: true }],
  },
};
