import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, Help Scout');

/**
 * Help Scout, new UI first (2026: an ordered list of thread items, the customer's marked
 * .is-customer), the legacy thread markup after it. Public code shows no note marker in the
 * new UI, so notes are recognised only by fallbacks; every other item is a teammate's.
 */
export const helpscout: BuiltIn = {
  urls: ['https://secure.helpscout.net/conversation/2001/77', 'https://secure.helpscout.net/conversation/2002/78?folderId=1'],
  citations: map,
  definition: {
    id: 'helpscout',
    name: 'Help Scout',
    match: { hosts: ['secure.helpscout.net', 'app.helpscout.com'] },
    ticketId: [{ url: '/conversation/{*}/{value:digits}' }, { url: '/conversation/{value:digits}' }],
    conversation: [
      e('ol[aria-label="Thread Items"]', 'thread list, new UI [1]'),
      e('[data-testid="ThreadContainer"]', 'thread container [1]'),
      e('#tkContent', 'legacy content [1: Maxr1998 2024-01]'),
    ],
    message: [e('ol[aria-label="Thread Items"] > li', 'thread items [1]'), e('li > div[id^="thread-"]', 'thread divs [1, zackkatz]')],
    body: [e('section.messageBody', 'legacy message body [1]'), fallback('[data-testid="ThreadBody"]', 'guessed from data-testid naming')],
    author: [
      e('span[data-nocollapse="true"]', 'author [1, partly guessed by its source]'),
      fallback('[data-testid="ThreadAuthor"]', 'guessed'),
    ],
    roles: [
      { role: 'customer', selector: e('.is-customer', "the customer's items [1]") },
      { role: 'internal', selector: fallback('.is-note', 'no public note marker; by analogy with .is-customer') },
      { role: 'customer', selector: fallback('[data-thread-type="customer"]', 'the app data types threads customer/message/note') },
      { role: 'internal', selector: fallback('[data-thread-type="note"]', 'as above') },
    ],
    defaultRole: 'agent',
    subject: [
      { selector: e('[aria-label="Conversation Subject"]', 'subject, new UI [clockify 246011f 2026-03]') },
      { selector: e('#subjectLine', 'legacy subject') },
    ],
    requester: [
      { selector: e('.is-customer span[data-nocollapse="true"]', 'the customer item [1] and its author [1]') },
      { firstAuthor: true },
    ],
    composer: {
      kind: 'slate',
      selector: [
        e('[data-cy="ConvoEditor"] [data-slate-editor]', 'Slate editor in ConvoEditor [1, zackkatz]'),
        e('[data-slate-editor]', 'Slate editor'),
        e('[role="textbox"][contenteditable="true"]', 'editor textbox [1]'),
      ],
    },
  },
};
