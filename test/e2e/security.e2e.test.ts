import { describe, expect, it } from 'vitest';
import { Sidebar } from './chromium';
import { sharedSession } from './session';

const browser = sharedSession();
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Mallory';
const HOSTILE_TEXT =
  'I want a refund <script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg> <a href="javascript:window.__pwned=4">click</a>';

describe('hostile tickets and the network', () => {
  it('renders markup in a ticket as inert text, in the sidebar and in an inserted reply', async () => {
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Dana Whitfield');
    // The helpdesk shows the customer's text as text (as real ones do); its characters are hostile.
    await page.evaluate(
      ({ name, text }) => {
        (document.querySelector('[data-demo="requester"]') as HTMLElement).textContent = name;
        const bodies = document.querySelectorAll('[data-demo="body"]');
        (bodies[bodies.length - 1] as HTMLElement).textContent = text;
      },
      { name: HOSTILE_NAME, text: HOSTILE_TEXT },
    );
    // The reader keeps the name's letters as plain text (its brackets and quotes are what surrounds a
    // name in a From line); what matters is that nothing of it becomes an element.
    const shown = await sidebar.waitForText('Mallory');
    expect(shown).toMatch(/img src=x onerror=\s*window\.__pwned=1\s*Mallory/);
    expect(shown).toMatch(/Wants a refund/);
    const elements = () =>
      sidebar.eval<number>("function () { return this.querySelectorAll('img, script, svg:not(.mood):not(.glyph), a').length; }");
    expect(await elements()).toBe(0);
    // A name holding markup gives no name: no suggestion greets the customer with any of it.
    const suggestions = await sidebar.eval<string[]>(
      "function () { return [...this.querySelectorAll('.suggestion p')].map((p) => p.textContent); }",
    );
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.filter((t) => /img|onerror|pwned|Mallory/.test(t))).toEqual([]);
    // Markup typed into a suggestion's blank stays a field's text in the sidebar and lands as text in the reply.
    const nodes = () => page.evaluate(() => document.querySelectorAll('img, script, svg').length);
    const before = await nodes();
    await sidebar.eval(`function () {
      const one = [...this.querySelectorAll('.suggestion')].find((s) => s.querySelectorAll('[data-slot]').length === 1);
      one.querySelector('button.primary').click();
    }`);
    await expect.poll(() => sidebar.eval<string>('function () { return this.getRootNode().activeElement?.tagName ?? ""; }')).toBe('INPUT');
    await page.keyboard.type(HOSTILE_NAME);
    await expect
      .poll(() => sidebar.eval<string>('function () { return this.getRootNode().activeElement?.value ?? ""; }'))
      .toBe(HOSTILE_NAME);
    expect(await elements()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('[data-demo="reply"]')).toContain(HOSTILE_NAME);
    expect(await nodes()).toBe(before);
    expect(await elements()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('makes no network request during a whole ticket session', async () => {
    const requests: string[] = [];
    browser().context.on('request', (r) => requests.push(r.url()));
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Dana Whitfield');
    await sidebar.click('Insert: ');
    await page.fill('[data-demo="reply"]', 'Sorry, I will fix it by 3 pm today.');
    await sidebar.waitForText('Ready to send');
    await page.click('[data-ticket-link="4907"]');
    await sidebar.waitForText('#4907');
    const options = await browser().context.newPage();
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    await options.getByRole('heading', { name: 'Composure settings' }).waitFor();
    // Only the helpdesk page's own resources and the extension's own files — nothing else.
    const own = [browser().origin, `chrome-extension://${browser().extensionId}/`];
    expect(requests.filter((url) => !own.some((o) => url.startsWith(o)))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
