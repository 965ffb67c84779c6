import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, Salesforce Service Cloud (2026 update)');

/**
 * Salesforce Service Cloud, Lightning console. Many console tabs stay mounted: the active one is
 * read. The case feed is Aura markup in the normal DOM; an e-mail's visible body is an iframe,
 * so its text is read from the `value` attribute of emailui-rich-text-output instead (collapsed
 * items have neither, and fall back to their whole text). Notes are marked "Internal" in their
 * preamble; the case's contact is the customer. The e-mail composer is CKEditor 4, two
 * same-origin frames deep.
 */
export const salesforce: BuiltIn = {
  urls: [
    'https://acme.lightning.force.com/lightning/r/Case/5001x00000AbCdE/view',
    'https://acme.lightning.force.com/lightning/r/Case/5001x00000FgHiJ/view',
  ],
  citations: map,
  definition: {
    id: 'salesforce',
    name: 'Salesforce',
    match: { hosts: ['*.lightning.force.com'], paths: ['/lightning/{*}'] },
    ticketId: [{ url: '/lightning/r/Case/{value:alnum}' }],
    scope: [
      e('div.viewport[aria-hidden="false"] section.tabContent.active.oneConsoleTab', 'the active console tab [2026]'),
      e('div.split-right > .tabContent.active.oneConsoleTab', 'active console tab [1: UNiXSF]'),
      e('.windowViewMode-normal', 'toggl scopes here: many views stay in the DOM'),
    ],
    message: [e('article.cuf-feedItem', 'feed items [4+]'), e('.cuf-feedElement', 'feed elements [4+]')],
    body: [
      {
        selector: e('div.emailMessageBody > emailui-rich-text-output', 'e-mail body, read from its value attribute [4]'),
        attribute: 'value',
      },
      e('.cuf-feedBodyText.forceChatterFeedBodyText > .feedBodyInner', 'posts [3]'),
    ],
    author: [e('.preamble_left', 'sender [2]')],
    time: [e('.preamble_right', 'time [2]')],
    roles: [{ role: 'internal', selector: e('.preamble_custom-preamble', '"Internal" [2]'), text: 'internal' }],
    authorIsRequester: true,
    defaultRole: 'agent',
    subject: [{ selector: e('[field-label="Subject"] [name="outputField"]', 'subject field [1: UNiXSF]') }],
    requester: [{ selector: e('[field-label="Contact Name"] [name="outputField"] a', 'contact [1: UNiXSF]') }],
    composer: {
      kind: 'contenteditable',
      selector: [e('iframe[title="Email Body"] >>> iframe.cke_wysiwyg_frame >>> body.cke_editable', 'CKEditor 4, two frames deep [3]')],
    },
  },
};
