import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, Front (2026 update, one source)');

/**
 * Front, from one 2026 source: messages are [role="article"], with styled-component name
 * prefixes that survive deploys. No public source shows who wrote a message or the composer:
 * the agent's own messages are recognised by the name in Composure's settings, the rest are
 * read as the customer's (the sidebar says how many), and suggestions are copied.
 */
export const front: BuiltIn = {
  urls: ['https://app.frontapp.com/open/cnv_5f3k2a', 'https://app.frontapp.com/open/cnv_7b9q1z'],
  citations: map,
  definition: {
    id: 'front',
    name: 'Front',
    match: { hosts: ['app.frontapp.com'] },
    ticketId: [{ url: '/open/cnv_{value:alnum}' }, { url: '{*}/cnv_{value:alnum}' }],
    message: [
      e('[class*="messageViewerBase__StyledMessageDiv"]', 'message, styled-component prefix [1]'),
      e('[role="article"]', 'messages [1]'),
      e('[data-testid^="viewer-"]', 'stable viewer hooks [1]'),
    ],
    body: [e('[class*="messageHtml__StyledHtmlDiv"]', 'message HTML [1]')],
    subject: [{ selector: e('[data-searchable-subject="true"] span', 'subject [1]') }],
    defaultRole: 'customer',
  },
};
