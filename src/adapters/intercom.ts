import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, Intercom inbox');

/**
 * Intercom inbox (Ember). Parts carry their kind in data-part-group-category; the class names
 * that also say it were renamed in 2026 (inbox2__ → inbox-2__), so both spellings are tried
 * after the data attribute.
 */
export const intercom: BuiltIn = {
  urls: [
    'https://app.intercom.com/a/inbox/acme/inbox/conversation/9001',
    'https://app.intercom.com/a/inbox/acme/inbox/shared/all/conversation/9002',
  ],
  citations: map,
  definition: {
    id: 'intercom',
    name: 'Intercom',
    match: { hosts: ['app.intercom.com'], paths: ['/a/{*}'] },
    ticketId: [{ url: '{*}/conversation/{value:digits}' }],
    conversation: [e('[data-testid="conversation-stream-scroll-container"]', 'stream scroll container [1]')],
    message: [
      e('[data-part-group-id]', 'part groups [1+]'),
      e('[data-intercom-target="conversation-stream-content-part"]', 'content parts [1]'),
      e('[data-part-id]', 'parts [1+]'),
    ],
    body: [e('.intercom-interblocks', 'part body [1]')],
    author: [
      fallback('[data-part-author]', 'no public source names the author element'),
      fallback('.inbox-2__part-author', 'guessed from the inbox-2__ naming'),
    ],
    roles: [
      { role: 'customer', selector: e('[data-part-group-category="1"]', '1 = customer [1]') },
      { role: 'agent', selector: e('[data-part-group-category="3"]', '3 = teammate [1]') },
      { role: 'internal', selector: e('[data-part-group-category="4"]', '4 = note [1, Selenium]') },
      { role: 'system', selector: e('[data-part-group-category="5"]', '5 = bot [1]') },
      { role: 'system', selector: e('[data-part-group-category="20"]', '20 = system [1]') },
      { role: 'internal', selector: e('.inbox-2__note-part', '2026 rename of inbox2__note-part') },
      { role: 'internal', selector: e('.inbox2__note-part', 'note part [1]') },
      { role: 'customer', selector: e('.inbox-2__user-email-part', '2026 rename of inbox2__user-email-part') },
      { role: 'customer', selector: e('.inbox2__user-email-part', 'user e-mail part [1]') },
      { role: 'agent', selector: e('.inbox-2__admin-email-part', '2026 rename of inbox2__admin-email-part') },
      { role: 'agent', selector: e('.inbox2__admin-email-part', 'admin e-mail part [1]') },
    ],
    defaultRole: 'system',
    requester: [{ selector: e('[data-inbox-conversation-header-title]', 'conversation title [2: clockify fc4269c]') }],
    composer: {
      kind: 'prosemirror',
      selector: [
        e('[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]', 'reply composer [2]'),
        e('.embercom-prosemirror-composer-editor', 'composer editor [2]'),
      ],
    },
  },
};
