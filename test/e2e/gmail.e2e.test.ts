import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Gmail',
  origin: 'https://mail.google.com',
  fixture: 'test/fixtures/gmail',
  paths: { a: '/mail/u/0/#inbox/18c1', b: '/mail/u/0/#inbox/18c2' },
  expect: {
    // German customer; "wütend" is only in the quoted agent reply, the signature has no words.
    a: {
      header: /Jonas Weber\s*#18c1/,
      messages: 3,
      shows: [/Wants a refund/, /Repeat contact/, /Threatens to act/, /language: de/],
      hides: [/Angry/],
    },
    b: { header: /Ana Costa\s*#18c2/, shows: [/Grateful/], hides: [/Wants a refund/] },
  },
  open: (page, which) => page.click(`[data-thread="${which === 'a' ? '18c1' : '18c2'}"]`),
  composer: 'div[role="textbox"]',
  model: (page) => page.evaluate(() => (document.querySelector('div[role="textbox"]')?.textContent ?? '').replace(/\u00a0/g, ' ').trim()),
  undo: async (page) => {
    await page.focus('div[role="textbox"]');
    await page.keyboard.press('Control+z');
  },
  breakSelector: ['role="main"', 'role="region"'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
