import { adapterSuite } from './adapter-suite';

type PM = { pm: { text(): string; undo(): void } };

adapterSuite({
  helpdesk: 'HubSpot',
  origin: 'https://app.hubspot.com',
  fixture: 'test/fixtures/hubspot',
  paths: { a: '/help-desk/4471/ticket/7001/thread', b: '/help-desk/4471/ticket/7002/thread' },
  expect: {
    a: { header: /Lucía Fernández\s*#7001/, messages: 3, shows: [/Wants to cancel/, /Wants a refund/], hides: [/Grateful/] },
    b: { header: /Hiro Tanaka\s*#7002/, shows: [/Grateful/], hides: [/Wants to cancel/] },
  },
  open: (page, which) => page.click(`[data-ticket-link="${which === 'a' ? 7001 : 7002}"]`),
  composer: 'div.ProseMirror',
  model: (page) => page.evaluate(() => (window as unknown as PM).pm.text()),
  undo: (page) => page.evaluate(() => (window as unknown as PM).pm.undo()),
  // HubSpot's app shell loses both hooks in a redesign.
  breakSelector: ['data-test-id="thread-message-list"', 'data-testid="thread-list-v2"'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
