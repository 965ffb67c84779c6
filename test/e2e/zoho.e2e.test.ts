import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Zoho Desk',
  origin: 'https://desk.zoho.eu',
  fixture: 'test/fixtures/zoho',
  paths: { a: '/agent/acme/support/tickets/details/5510001', b: '/agent/acme/support/tickets/details/5510002' },
  expect: {
    a: {
      header: /Marek Kováč\s*#5510001/,
      messages: 3,
      shows: [/Angry/, /Repeat contact/, /Wants a refund/, /language: sk/],
      hides: [/Grateful/],
    },
    b: { header: /Eva Horváth\s*#5510002/, shows: [/Grateful/], hides: [/Angry/] },
  },
  open: (page, which) => page.click(`[data-ticket-link="${which === 'a' ? 5510001 : 5510002}"]`),
  composer: null,
  breakSelector: ['data-id="ConversationList"', 'data-id="ConversationListV2"'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
