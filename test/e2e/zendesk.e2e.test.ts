import { describe, expect, it } from 'vitest';
import { adapterSuite } from './adapter-suite';
import { serviceWorkerOf } from './chromium';

const { open, browser } = adapterSuite({
  helpdesk: 'Zendesk',
  origin: 'https://acme.zendesk.com',
  fixture: 'test/fixtures/zendesk',
  tickets: {
    // "furious" and "manager" are in the internal note and the quoted agent reply only; ticket
    // 102's pane is mounted too and must not be mixed in.
    a: {
      id: '101',
      path: '/agent/tickets/101',
      requester: 'Maya Okafor',
      shownId: '101',
      messages: 4,
      shows: [/Repeat contact[\s\S]*third time/, /Wants a refund/, /Threatens to act[\s\S]*dispute the charge/],
      hides: [/Wants a manager/, /Angry/, /export/],
    },
    b: {
      id: '102',
      path: '/agent/tickets/102',
      requester: 'Tomás Rivera',
      shownId: '102',
      shows: [/Grateful/],
      hides: [/Wants a refund/, /Repeat contact/],
    },
  },
  composer: true,
  arrival: {
    message: { type: 'end-user', sender: 'Maya Okafor', time: '2026-11-22T10:00:00Z', text: 'I want to speak to your manager right now.' },
    shows: /Wants a manager/,
  },
  older: 2,
  // Agent Workspace renamed: every omni-log hook goes.
  breaks: [['omni-log', 'omni-feed']],
});

/** The CKEditor 5 model's text for a ticket, read in the page's own world. */
const editorText = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { fixture: { editor: { text(): string } } }).fixture.editor.text().trim());

describe('Zendesk, from the keyboard and when the page has changed', () => {
  it('works from the keyboard: focus the sidebar, insert with Enter, and the draft check follows', async () => {
    const { page, sidebar } = await open();
    await sidebar.waitForText('Start your reply');
    const worker = await serviceWorkerOf(browser());
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://acme.zendesk.com/*' });
      await chrome.tabs.sendMessage(tab?.id as number, { type: 'focus-sidebar' });
    });
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page)).toBe(first);
    // The editor's own input events reach the draft check.
    await page.keyboard.type(' I will update you soon.');
    await sidebar.waitForText('promise with no time frame');
  });

  it("offers generic mode when the page has changed: the agent selects the customer's message", async () => {
    const { page, sidebar } = await open({}, (s) => s.replaceAll('omni-log', 'omni-feed'));
    await sidebar.waitForText('could not find the conversation', 15_000);
    await sidebar.click('Read this page in generic mode');
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('[data-ticket-id="101"] .zd-comment p')].find((p) =>
        p.textContent?.includes('dispute the charge'),
      );
      const range = document.createRange();
      range.selectNodeContents(paragraph as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const text = await sidebar.waitForText('Wants a refund');
    expect(text).toMatch(/Threatens to act[\s\S]*dispute the charge/);
    expect(text).toContain('1 messages read');
  });
});
