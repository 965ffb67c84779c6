import { adapterSuite } from './adapter-suite';

type SlateFixture = { slate: { text(): string; undo(): void } };

adapterSuite({
  helpdesk: 'Help Scout',
  origin: 'https://secure.helpscout.net',
  fixture: 'test/fixtures/helpscout',
  paths: { a: '/conversation/2001/77', b: '/conversation/2002/78' },
  expect: {
    // Norwegian customer; "advokat" and "rasende" are only in the internal note.
    a: {
      header: /Sofie Hansen\s*#77/,
      messages: 4,
      shows: [/Repeat contact/, /Wants a manager/, /language: no/],
      hides: [/Threatens to act/, /Angry/],
    },
    b: { header: /Ben Carter\s*#78/, shows: [/Grateful/], hides: [/Wants a manager/] },
  },
  open: (page, which) => page.click(`[data-conversation-link="${which === 'a' ? 2001 : 2002}"]`),
  composer: '[data-slate-editor]',
  model: (page) => page.evaluate(() => (window as unknown as SlateFixture).slate.text().trim()),
  undo: (page) => page.evaluate(() => (window as unknown as SlateFixture).slate.undo()),
  undoMergesWithTyping: true,
  breakSelector: ['id="tkContent"', 'id="tkContentV2"'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
