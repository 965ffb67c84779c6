import { expect, it } from 'vitest';
import { adapterSuite } from './adapter-suite';
import { serviceWorkerOf } from './chromium';

const { open, browser } = adapterSuite({
  helpdesk: 'Freshdesk',
  origin: 'https://acme.freshdesk.com',
  fixture: 'test/fixtures/freshdesk',
  tickets: {
    // A Greek customer; the legal threat and "manager" are in a private note only (its wrapper
    // has data-album="note_…" like every other one).
    a: {
      id: '311',
      path: '/a/tickets/311',
      requester: 'Eleni Papadopoulou',
      shownId: '311',
      messages: 4,
      shows: [/Angry/, /Repeat contact/, /Wants a refund/, /language: el/],
      hides: [/Threatens to act/, /Wants a manager/],
    },
    b: { id: '312', path: '/a/tickets/312', requester: 'Piotr Nowak', shownId: '312', shows: [/Grateful/], hides: [/Angry/] },
  },
  composer: true,
  arrival: {
    message: { kind: 'requester', from: 'Eleni Papadopoulou', text: 'Please let me speak to your manager.' },
    shows: /Wants a manager/,
  },
  older: 2,
  breaks: [
    ['ticket-details__item', 'ticket-details__entry'],
    ['conversation-wrapper', 'conversation-card'],
    ['ticket-description', 'ticket-summary'],
  ],
});

// The send guard holds Freshdesk's own Send (the reply bar's footer button) once, where the team
// turned it on: a reply with a card number in it is not sent on Enter or Escape, only on "Send
// anyway"; a clean reply goes at once.
it('holds Send once for a reply with a card number: Enter and Escape never send, "Send anyway" does', async () => {
  const worker = await serviceWorkerOf(browser());
  await worker.evaluate(() => chrome.storage.sync.set({ prefs: { version: 1, packs: {}, sites: {}, holdSend: true } }));
  try {
    const { page, sidebar, app } = await open();
    await sidebar.waitForText(/Eleni Papadopoulou\s*#311/);
    const sent = () => page.evaluate(() => (window as unknown as { FIXTURE_SENT?: number }).FIXTURE_SENT ?? 0);
    const held = () => page.evaluate(() => document.querySelector('composure-send-hold') !== null);
    const send = async () => {
      await app().click('[data-fixture-send]');
      await expect.poll(held).toBe(true);
    };
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Hello Eleni, the refund went to the card 4111 1111 1111 1111 today.');
    await sidebar.waitForText(/A payment card number/);

    await send();
    await page.keyboard.press('Enter');
    await expect.poll(held).toBe(false);
    await send();
    await page.keyboard.press('Escape');
    await expect.poll(held).toBe(false);
    // Focus on "Send anyway", and Enter still does not send.
    await send();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(held).toBe(false);
    expect(await sent()).toBe(0);

    await send();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(sent).toBe(1);
    expect(await held()).toBe(false);

    // Without the card number, Send goes through at once.
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Hello Eleni, the refund went out today.');
    // Once the sidebar says the reply is ready to send, as the agent sees it: a typing pause on
    // the way ("Hello Ele…") may be checked first, and its findings would rightly hold Send.
    await expect
      .poll(async () => {
        const text = await sidebar.text();
        return (
          !/A payment card number/.test(text) &&
          (await sidebar.eval<boolean>("function () { return !!this.querySelector('[data-ready]'); }"))
        );
      })
      .toBe(true);
    await app().click('[data-fixture-send]');
    await expect.poll(sent).toBe(2);
    expect(await held()).toBe(false);
  } finally {
    await worker.evaluate(() => chrome.storage.sync.remove('prefs'));
  }
});
