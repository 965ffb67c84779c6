import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

export interface AdapterCase {
  helpdesk: string;
  origin: string;
  fixture: string;
  /** Two tickets: A (an upset customer) and B (a different one). */
  paths: { a: string; b: string };
  expect: {
    a: { header: RegExp; messages: number; shows: RegExp[]; hides: RegExp[] };
    b: { header: RegExp; shows: RegExp[]; hides: RegExp[] };
  };
  /** Moves the app to ticket A or B the way an agent would (a click in the SPA). */
  open(page: Page, which: 'a' | 'b'): Promise<void>;
  /** The reply editor; null where public code does not know it (insertion is then not offered). */
  composer: string | null;
  /** The editor's own model, read in the page's world: what the helpdesk will send. */
  model?(page: Page): Promise<string>;
  undo?(page: Page): Promise<void>;
  /** A selector the adapter relies on, to break for the "page has changed" test. */
  breakSelector: [string, string];
  /**
   * Slate's history merges contiguous text insertions into one undo step. An insertion that
   * continues the agent's typing is treated exactly like typed text: one undo removes both.
   */
  undoMergesWithTyping?: boolean;
  ready?(page: Page): Promise<void>;
}

/** The same browser tests for every adapter: reading, roles, switching, insertion, undo, breakage. */
export function adapterSuite(c: AdapterCase) {
  const browser = sharedSession();

  async function open(rewrite?: (s: string) => string) {
    await routeFixture(browser().context, c.origin, c.fixture, rewrite);
    const page = await browser().context.newPage();
    const errors: string[] = [];
    // Errors thrown or logged in the page; the page's own failed resource loads are not ours
    // (Froala's unlicensed build calls home; the extension makes no requests at all).
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${c.origin}${c.paths.a}`);
    await c.ready?.(page);
    return { page, errors, sidebar: await Sidebar.find(page) };
  }

  describe(`${c.helpdesk} adapter`, () => {
    it('reads the ticket: who said what, internal notes and bots are not the customer', async () => {
      const { sidebar, errors } = await open();
      const text = await sidebar.waitForText(c.expect.a.header);
      expect(text).toContain(`${c.expect.a.messages} messages read`);
      for (const re of c.expect.a.shows) expect(text).toMatch(re);
      for (const re of c.expect.a.hides) expect(text).not.toMatch(re);
      expect(errors).toEqual([]);
    });

    it('follows the agent A → B → A with no stale content', async () => {
      const { page, sidebar } = await open();
      await sidebar.waitForText(c.expect.a.header);
      await c.open(page, 'b');
      const b = await sidebar.waitForText(c.expect.b.header);
      for (const re of c.expect.b.shows) expect(b).toMatch(re);
      for (const re of c.expect.b.hides) expect(b).not.toMatch(re);
      await c.open(page, 'a');
      const a = await sidebar.waitForText(c.expect.a.header);
      for (const re of c.expect.a.shows) expect(a).toMatch(re);
    });

    // Only the test that applies is defined: insertion where the composer is known, copying otherwise.
    if (c.composer !== null)
      it("inserts exactly once at the cursor into the editor's model; undo removes it; a second lands after the first", async () => {
        const { page, sidebar } = await open();
        await sidebar.waitForText(c.expect.a.header);
        await page.click(c.composer as string);
        await page.keyboard.type('Hello,');
        // An agent pauses before picking a suggestion; editors merge edits closer together than
        // ~500 ms into one undo step (ProseMirror's newGroupDelay), which would undo the typing too.
        await page.waitForTimeout(700);
        const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
        await sidebar.click('Insert: ');
        await expect.poll(() => (c.model as NonNullable<AdapterCase['model']>)(page)).toBe(`Hello, ${first}`);
        await (c.undo as NonNullable<AdapterCase['undo']>)(page);
        const kept = c.undoMergesWithTyping ? '' : 'Hello,';
        await expect.poll(() => (c.model as NonNullable<AdapterCase['model']>)(page)).toBe(kept);
        await sidebar.click('Insert: ');
        const start = kept ? `${kept} ` : '';
        await expect.poll(() => (c.model as NonNullable<AdapterCase['model']>)(page)).toBe(`${start}${first}`);
        const second = await sidebar.eval<string>(
          `function () { return [...this.querySelectorAll('.suggestion p')].map((p) => p.textContent).find((t) => t !== ${JSON.stringify(first)}); }`,
        );
        await sidebar.eval(
          "function (text) { [...this.querySelectorAll('.suggestion')].find((s) => s.querySelector('p').textContent === text).querySelector('button.primary').click(); }",
          second,
        );
        await expect.poll(() => (c.model as NonNullable<AdapterCase['model']>)(page)).toBe(`${start}${first} ${second}`);
      });
    else
      it('says the reply box is unknown, and copies suggestions instead', async () => {
        await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: c.origin });
        const { page, sidebar } = await open();
        const text = await sidebar.waitForText(c.expect.a.header);
        expect(text).toContain('The reply box was not found');
        expect(await sidebar.eval<boolean>("function () { return this.querySelector('.suggestion button.primary').disabled; }")).toBe(true);
        const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
        await sidebar.click('Copy: ');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(first);
      });

    it('says plainly when the page has changed, and throws nothing into the console', async () => {
      const [from, to] = c.breakSelector;
      const { sidebar, errors } = await open((s) => s.replaceAll(from, to));
      expect(await sidebar.waitForText('could not find the conversation')).toContain(c.helpdesk);
      expect(errors).toEqual([]);
    });
  });
}
