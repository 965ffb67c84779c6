import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, HubSpot help desk / inbox');

/**
 * HubSpot help desk and conversations inbox. Each message's From line holds the sender's address
 * in <b>; the contact chicklet holds the contact's name; no source shows a role marker or the
 * contact's address. A From line with the contact's name (or, once known, address) is the
 * customer's, one with the agent's own name the agent's; where none names the contact, the
 * sender who opened the ticket is the contact, and the rest are the team's (the sidebar says so).
 */
export const hubspot: BuiltIn = {
  urls: ['https://app.hubspot.com/help-desk/4471/ticket/7001/thread', 'https://app.hubspot.com/live-messages/4471/inbox/7002'],
  citations: map,
  definition: {
    id: 'hubspot',
    name: 'HubSpot',
    match: { hosts: ['app.hubspot.com'], paths: ['/help-desk/{*}', '/live-messages/{*}'] },
    ticketId: [{ url: '/help-desk/{*}/ticket/{value:digits}' }, { url: '/live-messages/{*}/inbox/{value:digits}' }],
    message: [e('div[class*="CommonMessage__StyledContentColumn"]', 'message column [1: Selenium]')],
    body: [e('[data-test-id="primary-message-body-content"]', 'message body [1]')],
    author: [e('dt[data-message-metadata-type="from"]', 'from, the address in <b> [1]')],
    authorIsRequester: true,
    requesterOpened: true,
    defaultRole: 'agent',
    subject: [{ selector: e('[data-test-id="ticket-header-name-link"] span', 'ticket header [clockify]') }],
    requester: [{ selector: e('[data-selenium-test="contact-chicklet-title-link"]', 'contact [clockify]') }],
    composer: { kind: 'prosemirror', selector: [e('div.ProseMirror[contenteditable="true"]', 'composer [1: Selenium]')] },
  },
};
