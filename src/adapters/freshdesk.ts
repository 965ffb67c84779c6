import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, Freshdesk 2026 update');

/**
 * Freshdesk (2026 agent UI). Every conversation item carries data-album="note_…", replies too,
 * so notes are told by `.ticket-details__privatenote` (without the To/Cc block an emailed reply
 * from outside has) or by their status text; the requester's items by `.ticket-details__requestor`
 * or the requester's name. No public source knows a list container: the items' common parent is
 * observed. Older messages sit behind "load more" and are not assumed present. The subject and
 * the contact card moved into shadow roots; the title still reads "[#311] Subject : Company".
 */
export const freshdesk: BuiltIn = {
  urls: ['https://acme.freshdesk.com/a/tickets/311', 'https://acme.freshdesk.com/a/tickets/312'],
  citations: map,
  definition: {
    id: 'freshdesk',
    name: 'Freshdesk',
    match: { hosts: ['*.freshdesk.com'], paths: ['/a/{*}'] },
    ticketId: [{ url: '/a/tickets/{value:digits}' }, { title: '[#{value:digits}] {*}' }],
    subject: [
      { title: '[#{*}] {value} : {*}' },
      {
        selector: fallback(
          'ticket-details >>> .ticket-subject-heading',
          "the subject moved into ticket-details' shadow root; the heading class inside it is the older one",
        ),
      },
      { selector: e('.ticket-subject-heading', 'subject heading [5+: toggl, clockify old]') },
      { selector: e('.sentiment-ticket-heading', 'clockify 2026 [1]') },
    ],
    requester: [
      {
        selector: e(
          '[data-test-id="ticket-description"] .sender-info [data-test-id="user-name"]',
          "the description is the requester's [2]",
        ),
      },
      {
        selector: e(
          'fw-unified-mfe--contact-info >>> [data-test-id="user-name"]',
          'contact card in an open shadow root (2026), user-name [1-2]',
        ),
      },
      { selector: e('.requester-wrap [data-test-id="user-name"]', 'requester block [1-2]') },
    ],
    message: [
      e('.ticket-details__item', 'one item per message [6]'),
      e('[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]', 'description and conversation wrappers [3]'),
    ],
    exclude: [e('.rich-editor', 'the composer is itself an item, .ticket-details__item.rich-editor')],
    body: [
      e('[data-test-conversation="conversation-text"]', 'conversation text [3]'),
      e('[data-test-id="conversation-content-wrapper"]', 'content wrapper [5]'),
      e('.ticket_note', '.ticket_note[data-note-id] [5/3]'),
    ],
    author: [e('.sender-info [data-test-id="user-name"]', 'header sender [3]')],
    time: [e('[data-test-id="time-info"]', 'time with aria-label [2]')],
    roles: [
      {
        role: 'internal',
        selector: e('.ticket-details__privatenote:not(:has(.emails-info))', 'private note class [5]; emailed replies carry .emails-info'),
      },
      { role: 'internal', selector: e('span[data-test-id="conversation-status"]', 'status text [3]'), text: 'private note' },
      { role: 'customer', selector: e('.ticket-details__requestor', "requester's items [2]") },
      { role: 'customer', selector: e('[data-test-id="ticket-description"]', 'the description (class requestor-wrap) [1-2]') },
    ],
    authorIsRequester: true,
    defaultRole: 'agent',
    composer: {
      kind: 'froala',
      selector: [
        e('.fr-element.fr-view[contenteditable="true"]', 'Froala editable [4]'),
        e('[data-test-id="active-editor"]', 'active editor [1, playwright]'),
        e('.redactor-editor', 'older Redactor [1]'),
      ],
    },
    send: [e('.ticket-editor__footer .reply-btn-wrapper button', 'reply bar: the footer of .ticket-editor [1]')],
    olderHidden: [e('button[data-test-button="load-more"]', '"+11 conversations" [2]')],
  },
};
