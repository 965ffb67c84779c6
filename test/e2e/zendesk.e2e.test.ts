import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar } from './chromium';
import { sharedSession } from './session';
import { routeFixture } from './fixtures';

const ORIGIN = 'https://acme.zendesk.com';
const browser = sharedSession();

/** The CKEditor 5 model's text for a ticket, read in the page's own world. */
const editorData = (page: Page, id: string) =>
  page.evaluate((ticket) => (window as unknown as { editors: Record<string, { getData(): string }> }).editors[ticket]?.getData() ?? '', id);

async function open(path = '/agent/tickets/101') {
  await routeFixture(browser().context, ORIGIN, 'test/fixtures/zendesk');
  const page = await browser().context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(() => Object.keys((window as unknown as { editors: object }).editors).length === 2);
  return { page, errors, sidebar: await Sidebar.find(page) };
}

describe('Zendesk Agent Workspace (CKEditor 5)', () => {
  it('reads only the active ticket, with roles: internal notes and quoted history are not the customer', async () => {
    const { sidebar, errors } = await open();
    const text = await sidebar.waitForText('Maya Okafor');
    expect(text).toContain('#101');
    expect(text).toContain('4 messages read');
    expect(text).toMatch(/Repeat contact[\s\S]*third time/);
    expect(text).toMatch(/Wants a refund/);
    expect(text).toMatch(/Threatens to act[\s\S]*dispute the charge/);
    // "furious" and "manager" are in the internal note and the quoted agent reply only.
    expect(text).not.toMatch(/Wants a manager|Angry/);
    // The other mounted ticket (102) is not mixed in.
    expect(text).not.toContain('export');
    expect(errors).toEqual([]);
  });

  it('follows ticket tabs A → B → A with no stale content', async () => {
    const { page, sidebar } = await open();
    await sidebar.waitForText('#101');
    await page.click('[data-test-id="header-tab"][data-entity-id="102"]');
    const b = await sidebar.waitForText('#102');
    expect(b).toContain('Tomás Rivera');
    expect(b).not.toMatch(/Wants a refund|Repeat contact/);
    await page.click('[data-test-id="header-tab"][data-entity-id="101"]');
    expect(await sidebar.waitForText('#101')).toMatch(/Wants a refund/);
  });

  it('inserts into CKEditor exactly once at the cursor, in its model; undo removes it; a second lands after the first', async () => {
    const { page, sidebar } = await open();
    await sidebar.waitForText('Maya Okafor');
    await page.click('[data-ticket-id="101"] .ck-editor__editable');
    await page.keyboard.type('Hi Maya,');
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    await sidebar.click('Insert: ');
    await expect.poll(() => editorData(page, '101')).toBe(`<p>Hi Maya, ${first}</p>`);
    // One undo step removes exactly the insertion.
    await page.evaluate(() =>
      (window as unknown as { editors: Record<string, { execute(c: string): void }> }).editors['101']?.execute('undo'),
    );
    await expect.poll(() => editorData(page, '101')).toBe('<p>Hi Maya,</p>');
    await sidebar.click('Insert: ');
    await expect.poll(() => editorData(page, '101')).toBe(`<p>Hi Maya, ${first}</p>`);
    const second = await sidebar.eval<string>(
      `function () { return [...this.querySelectorAll('.suggestion p')].map((p) => p.textContent).find((t) => t !== ${JSON.stringify(first)}); }`,
    );
    await sidebar.eval(
      `function (text) { [...this.querySelectorAll('.suggestion')].find((s) => s.querySelector('p').textContent === text).querySelector('button.primary').click(); }`,
      second,
    );
    await expect.poll(() => editorData(page, '101')).toBe(`<p>Hi Maya, ${first} ${second}</p>`);
    // The other ticket's editor is untouched.
    expect(await editorData(page, '102')).toBe('');
  });

  it('works from the keyboard: focus the sidebar, insert with Enter, and the draft check follows', async () => {
    const { page, sidebar } = await open();
    await sidebar.waitForText('Start your reply');
    const worker = browser().context.serviceWorkers()[0] ?? (await browser().context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://acme.zendesk.com/*' });
      await chrome.tabs.sendMessage(tab?.id as number, { type: 'focus-sidebar' });
    });
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    await page.keyboard.press('Enter');
    await expect.poll(() => editorData(page, '101')).toBe(`<p>${first}</p>`);
    // The editor's own input events reach the draft check.
    await page.keyboard.type(' I will update you soon.');
    await sidebar.waitForText('promise with no time frame');
  });

  it('says plainly when the page has changed and the conversation cannot be found', async () => {
    await browser().context.unrouteAll();
    await routeFixture(browser().context, ORIGIN, 'test/fixtures/zendesk', (s) =>
      s.replaceAll('omni-log-container', 'omni-log-container-v2'),
    );
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ORIGIN}/agent/tickets/101`);
    const sidebar = await Sidebar.find(page);
    expect(await sidebar.waitForText('could not find the conversation')).toContain('Zendesk');
    expect(errors).toEqual([]);
    // Generic mode: the agent selects the customer's message and Composure coaches on it.
    await sidebar.click('Read this page in generic mode');
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.zd-comment p')].find((p) => p.textContent?.includes('dispute the charge'));
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
