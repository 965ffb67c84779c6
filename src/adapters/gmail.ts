import { gmailHooks, SENDER } from './gmail-hooks';
import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, Gmail');

/** Gmail, used as a shared support inbox; who wrote a message is a hook (gmail-hooks.ts). */
export const gmail: BuiltIn = {
  urls: ['https://mail.google.com/mail/u/0/#inbox/18c1', 'https://mail.google.com/mail/u/1/#label/support/18c2'],
  citations: map,
  hooks: gmailHooks,
  definition: {
    id: 'gmail',
    name: 'Gmail',
    match: { hosts: ['mail.google.com'], paths: ['/mail/{*}'] },
    ticketId: [{ url: '{*}#{*}/{value:alnum}' }],
    conversation: [e('div[role="main"]', 'the thread view (InboxSDK snapshots)')],
    message: [e('[data-message-id]', 'message [2: InboxSDK]'), e('[data-legacy-message-id]', 'message [2: InboxSDK]')],
    body: [e('div.a3s', 'body [6+]'), e('div.ii.gt', 'body [2]')],
    author: [e(SENDER, 'sender with email [2]')],
    time: [e('span.g3[title]', 'date [2]')],
    subject: [{ selector: e('h2.hP', 'subject [1]') }, { selector: e('.ha h2', 'subject [3: InboxSDK, toggl, clockify]') }],
    requester: [{ firstAuthor: true }],
    composer: {
      kind: 'contenteditable',
      selector: [e('.Ap [g_editable="true"]', 'compose body [InboxSDK]'), e('div[role="textbox"][aria-label*="Reply"]', 'reply body [1]')],
    },
  },
};
