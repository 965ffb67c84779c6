import type { Page } from 'playwright-core';
import { adapterSuite } from './adapter-suite';

type PM = { pm: { text(): string; undo(): void } };

adapterSuite({
  helpdesk: 'Intercom',
  origin: 'https://app.intercom.com',
  fixture: 'test/fixtures/intercom',
  paths: { a: '/a/inbox/acme/inbox/conversation/9001', b: '/a/inbox/acme/inbox/conversation/9002' },
  expect: {
    // Fin's "sorry" is a bot's, the chargeback is in a note: neither is the customer's.
    a: { header: /Maya Okafor\s*#9001/, messages: 6, shows: [/Wants a refund/, /Angry|Complaint/], hides: [/Threatens to act/] },
    b: { header: /Lukas Bauer\s*#9002/, shows: [/Wants to cancel/, /language: de/], hides: [/Wants a refund/] },
  },
  open: (page: Page, which) => page.click(`[data-conversation-link="${which === 'a' ? 9001 : 9002}"]`),
  composer: '[data-conversation-reply-composer] .ProseMirror',
  model: (page) => page.evaluate(() => (window as unknown as PM).pm.text()),
  undo: (page) => page.evaluate(() => (window as unknown as PM).pm.undo()),
  breakSelector: ['conversation-stream-scroll-container', 'conversation-stream-v3'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
