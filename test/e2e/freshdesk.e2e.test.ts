import { adapterSuite } from './adapter-suite';

type Froala = { froala: { html: { get(): string }; undo: { run(): void } } };

adapterSuite({
  helpdesk: 'Freshdesk',
  origin: 'https://acme.freshdesk.com',
  fixture: 'test/fixtures/freshdesk',
  paths: { a: '/a/tickets/311', b: '/a/tickets/312' },
  expect: {
    // A Greek customer; the legal threat and "manager" are in a private note only.
    a: {
      header: /Eleni Papadopoulou\s*#311/,
      messages: 4,
      shows: [/Angry/, /Repeat contact/, /Wants a refund/, /language: el/],
      hides: [/Threatens to act/, /Wants a manager/],
    },
    b: { header: /Piotr Nowak\s*#312/, shows: [/Grateful/], hides: [/Angry/] },
  },
  open: (page, which) => page.click(`[data-ticket-link="${which === 'a' ? 311 : 312}"]`),
  composer: '.fr-element.fr-view',
  model: (page) =>
    page.evaluate(() => {
      const doc = new DOMParser().parseFromString((window as unknown as Froala).froala.html.get(), 'text/html');
      // The unlicensed Froala build appends a "Powered by Froala Editor" paragraph to its HTML.
      for (const banner of doc.querySelectorAll('[data-f-id="pbf"]')) banner.remove();
      return (doc.body.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    }),
  undo: (page) => page.evaluate(() => (window as unknown as Froala).froala.undo.run()),
  breakSelector: ['conversation-list', 'conversation-stream'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
