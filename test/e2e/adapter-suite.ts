import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar, contentScriptWorld } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

/** One helpdesk's fixture and what the agent must see on it. The fixture is driven by test/fixtures/shared/kit.js. */
export interface AdapterCase {
  helpdesk: string;
  origin: string;
  fixture: string;
  /** Ticket A (an upset customer) and B (a different one): their ids in the fixture, paths and requesters. */
  tickets: { a: TicketCase; b: TicketCase };
  /** Whether the adapter knows the reply editor; where it does not, suggestions are copied. */
  composer: boolean;
  /**
   * Slate's history merges contiguous text insertions into one undo step. An insertion that
   * continues the agent's typing is treated exactly like typed text: one undo removes both.
   */
  undoMergesWithTyping?: boolean;
  /** A customer message that arrives while ticket A is open (in the fixture's own data form), and what it must raise. */
  arrival: { message: Record<string, unknown>; shows: RegExp };
  /** How many of ticket A's messages to hide behind the app's "load more" in that case. */
  older: number;
  /** Hooks the adapter relies on, renamed to break the page as a redesign would. */
  breaks: [string, string][];
  /** What the sidebar says of messages whose author the page does not mark, on ticket A (nothing, if unset). */
  unmarked?: RegExp;
  /** The fixture app runs in this frame (ServiceNow's form frame). */
  frame?: string;
}

interface TicketCase {
  id: string;
  path: string;
  requester: string;
  /** The ticket id as the sidebar's header shows it. */
  shownId: string;
  messages?: number;
  shows: RegExp[];
  hides: RegExp[];
}

type Options = { delay?: number; composerOnClick?: boolean; older?: number };

/**
 * The behaviour matrix, the same for every adapter, on a fixture that behaves like the real app:
 * the conversation rendered at load, 0.5 s or 3 s after it; a pane replaced wholesale; a
 * ticket switch whose URL changes 800 ms before the DOM; a reply box created on a click; a
 * message arriving; older messages loaded on demand; 50 switches. Every case checks what the
 * agent sees in the sidebar.
 */
export function adapterSuite(c: AdapterCase): { open: typeof open; browser: typeof browser } {
  const browser = sharedSession();
  const { a, b } = c.tickets;
  const header = (t: TicketCase) => new RegExp(`${escapeRegExp(t.requester)}\\s*#${escapeRegExp(t.shownId)}`);

  async function open(options: Options = {}, rewrite?: (s: string) => string) {
    const page = await browser().context.newPage();
    await routeFixture(page, c.origin, c.fixture, rewrite);
    await page.addInitScript((o) => {
      (window as unknown as { FIXTURE_OPTIONS: object }).FIXTURE_OPTIONS = o;
    }, options);
    const errors: string[] = [];
    // Errors thrown or logged in the page; the page's own failed resource loads are not ours
    // (Froala's unlicensed build calls home; the extension makes no requests at all).
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${c.origin}${a.path}`);
    return { page, errors, sidebar: await Sidebar.find(page), app: () => appFrame(page) };
  }

  function appFrame(page: Page): Page | Frame {
    if (!c.frame) return page;
    const frame = page.frame({ name: c.frame });
    if (!frame) throw new Error(`no frame named ${c.frame}`);
    return frame;
  }

  /** Milliseconds since the fixture last rendered (in the page's own clock). */
  const sinceRender = (app: Page | Frame) =>
    app.evaluate(() => performance.now() - (window as unknown as { fixture: { renderedAt: number } }).fixture.renderedAt);
  const fixtureCall = (app: Page | Frame, fn: string, ...args: unknown[]) =>
    app.evaluate(
      ([name, rest]) =>
        (window as unknown as { fixture: Record<string, (...x: unknown[]) => unknown> }).fixture[name as string]?.(...(rest as unknown[])),
      [fn, args] as const,
    );

  describe(`${c.helpdesk} adapter`, () => {
    it('reads the ticket at load: who said what, internal notes and bots are not the customer', async () => {
      const { sidebar, errors } = await open();
      const text = await sidebar.waitForText(header(a));
      if (a.messages) expect(text).toContain(`${a.messages} messages read`);
      for (const re of a.shows) expect(text).toMatch(re);
      for (const re of a.hides) expect(text).not.toMatch(re);
      if (c.unmarked) expect(text).toMatch(c.unmarked);
      else expect(text).not.toContain('does not mark who wrote');
      expect(errors).toEqual([]);
    });

    for (const delay of [500, 3_000])
      it(`reads a conversation rendered ${delay / 1000} s after the page, within 1 s of it appearing`, async () => {
        const { sidebar, app } = await open({ delay });
        // Until then it is reading, never "could not find".
        expect(await sidebar.text()).not.toContain('could not find');
        await sidebar.waitForText(header(a), 10_000, 25);
        expect(await sinceRender(app())).toBeLessThan(1_000);
        expect(await sidebar.text()).toMatch(a.shows[0] as RegExp);
      });

    it('follows a conversation pane the helpdesk replaces wholesale', async () => {
      const { sidebar, app } = await open();
      await sidebar.waitForText(header(a));
      await fixtureCall(app(), 'replacePane');
      await new Promise((r) => setTimeout(r, 300));
      // The new pane is the one watched: a message arriving in it reaches the sidebar.
      await fixtureCall(app(), 'append', c.arrival.message);
      await sidebar.waitForText(c.arrival.shows, 5_000, 25);
      expect(await sinceRender(app())).toBeLessThan(1_000);
    });

    it("switches tickets whose URL changes 800 ms before the DOM: never the previous ticket's signals under the new id", async () => {
      const { sidebar, app } = await open();
      await sidebar.waitForText(header(a));
      await fixtureCall(app(), 'switchTo', b.id, 800);
      const seen: string[] = [];
      const deadline = Date.now() + 10_000;
      let text = '';
      while (Date.now() < deadline && !header(b).test(text)) {
        text = await sidebar.text();
        seen.push(text);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(text).toMatch(header(b));
      // Whenever the sidebar names ticket B, it shows nothing of A: not its requester, not the
      // signals B must not have.
      for (const shown of seen) {
        if (!shown.includes(`#${b.shownId}`)) continue;
        if (a.requester !== b.requester) expect(shown).not.toContain(a.requester);
        for (const re of b.hides) expect(shown).not.toMatch(re);
      }
      for (const re of b.shows) expect(text).toMatch(re);
      for (const re of b.hides) expect(text).not.toMatch(re);
      // And back: A's pane comes back (re-rendered), read afresh.
      await fixtureCall(app(), 'switchTo', a.id, 800);
      expect(await sidebar.waitForText(header(a))).toMatch(a.shows[0] as RegExp);
    });

    it('a customer message arriving while the ticket is open updates the signals within 1 s', async () => {
      const { sidebar, app } = await open();
      const before = await sidebar.waitForText(header(a));
      expect(before).not.toMatch(c.arrival.shows);
      await fixtureCall(app(), 'append', c.arrival.message);
      await sidebar.waitForText(c.arrival.shows, 5_000, 25);
      expect(await sinceRender(app())).toBeLessThan(1_000);
    });

    it('reads older messages the agent loads on demand', async () => {
      const { sidebar, app, page } = await open({ older: c.older });
      const total = a.messages as number;
      await sidebar.waitForText(`${total - c.older} messages read`);
      await app().click('[data-fixture-older]');
      await sidebar.waitForText(`${total} messages read`);
      await page.close();
    });

    if (c.composer) {
      // The helpdesk creates its editor when the agent presses its own Reply button (Freshdesk's
      // Froala, Zendesk's re-mounted CKEditor, Salesforce's email composer…), usually after the
      // coaching appeared. Insert looks the reply box up when it is pressed: no dead moment
      // between the editor appearing and Composure's next read of the page.
      it('Insert pressed by its number key the moment the editor appears lands once; undo removes it', async () => {
        const { sidebar, app } = await open({ composerOnClick: true });
        const text = await sidebar.waitForText(header(a));
        expect(text).toContain('The reply box was not found: Insert copies the suggestion instead.');
        const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
        // At once: the agent presses the suggestion's number key two frames after the editor is in
        // the page — as fast as a person, and on an idle machine before Composure's next read.
        const stale = await sidebar.eval<boolean>(PRESS_WHEN_EDITOR_APPEARS);
        await expect.poll(() => editorText(app())).toBe(first);
        // Whether the sidebar had read the page since the editor appeared depends on the machine's
        // load (its read waits 120 ms for the page to settle): said, not asserted.
        if (!stale) console.info(`${c.helpdesk}: the key came after the sidebar's next read`);
        await editorCall(app(), 'undo');
        await expect.poll(() => editorText(app())).toBe('');
      });

      for (const delay of [0, 500])
        it(`inserts once at the cursor into an editor the helpdesk creates on its Reply button, after a pause (conversation ${delay ? 'rendered late' : 'at load'}); undo removes it`, async () => {
          const { sidebar, app, page } = await open({ composerOnClick: true, delay });
          await sidebar.waitForText(header(a));
          await app().click('[data-fixture-reply]');
          await expect.poll(() => editorReady(app())).toBe(true);
          await new Promise((r) => setTimeout(r, 1_500));
          const { first, kept } = await typeThenInsert(sidebar, app(), page);
          await editorCall(app(), 'undo');
          await expect.poll(() => editorText(app())).toBe(kept);
          // Once, not twice: the text appears a single time before undo, and nowhere after it.
          expect(await editorText(app())).not.toContain(first);
        });

      it("inserts exactly once at the cursor into the editor's model; undo removes it; a second lands after the first", async () => {
        const { sidebar, app, page } = await open();
        await sidebar.waitForText(header(a));
        await expect.poll(() => editorReady(app())).toBe(true);
        const { first, kept } = await typeThenInsert(sidebar, app(), page);
        await editorCall(app(), 'undo');
        await expect.poll(() => editorText(app())).toBe(kept);
        await sidebar.click('Insert: ');
        const start = kept ? `${kept} ` : '';
        await expect.poll(() => editorText(app())).toBe(`${start}${first}`);
        // Another suggestion: one that inserts at once if there is one, else one whose blanks the
        // agent fills first (its form takes the focus; the text lands where the cursor was).
        const fill = 'a replacement this week';
        const other = await sidebar.eval<{ id: string; blanks: number; text: string }>(
          `function (fill) {
            const more = this.querySelector('[data-more-suggestions][aria-expanded="false"]');
            if (more) more.click();
            const others = [...this.querySelectorAll('.suggestion')].filter((s) => s.querySelector('p').textContent !== ${JSON.stringify(first)});
            others.sort((a, b) => a.querySelectorAll('[data-slot]').length - b.querySelectorAll('[data-slot]').length);
            const s = others[0];
            const p = s.querySelector('p').cloneNode(true);
            for (const blank of p.querySelectorAll('[data-slot]')) blank.replaceWith(fill);
            return { id: s.getAttribute('data-suggestion'), blanks: s.querySelectorAll('[data-slot]').length, text: p.textContent };
          }`,
          fill,
        );
        await sidebar.eval(`function () { this.querySelector('[data-suggestion="${other.id}"] button.primary').click(); }`);
        if (other.blanks > 0) {
          await expect
            .poll(() => sidebar.eval<string>('function () { return this.getRootNode().activeElement?.tagName ?? ""; }'))
            .toBe('INPUT');
          for (let i = 0; i < other.blanks; i++) {
            await page.keyboard.type(fill);
            await page.keyboard.press(i < other.blanks - 1 ? 'Tab' : 'Enter');
          }
        }
        const second = other.text;
        await expect.poll(() => editorText(app())).toBe(`${start}${first} ${second}`);
      });
    } else {
      it('says the reply box is unknown; Copy copies, and so does Insert, saying so in one line', async () => {
        await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: c.origin });
        const { page, sidebar } = await open();
        const text = await sidebar.waitForText(header(a));
        expect(text).toContain('The reply box was not found: Insert copies the suggestion instead.');
        // Copy on a suggestion with no blank (one with blanks opens the fill-in form: sidebar.e2e).
        const first = await sidebar.eval<string>(
          "function () { return [...this.querySelectorAll('.suggestion')].find((s) => !s.querySelector('[data-slot]')).querySelector('p').textContent; }",
        );
        await sidebar.eval(
          "function (text) { const s = [...this.querySelectorAll('.suggestion')].find((x) => x.querySelector('p').textContent === text); [...s.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || '').startsWith('Copy')).click(); }",
          first,
        );
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(first);
        await page.evaluate(() => navigator.clipboard.writeText(''));
        // Insert on a suggestion with no blank to fill.
        const second = await sidebar.eval<string>(
          "function () { return [...this.querySelectorAll('.suggestion')].find((s) => !s.querySelector('[data-slot]')).querySelector('p').textContent; }",
        );
        await sidebar.eval(
          "function (text) { [...this.querySelectorAll('.suggestion')].find((s) => s.querySelector('p').textContent === text).querySelector('button.primary').click(); }",
          second,
        );
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(second);
        expect(await sidebar.text()).toContain('No reply box found, so the text was copied: paste it into your reply.');
      });
    }

    it('says plainly what it could not find once the page has been still for 10 s, and throws nothing', async () => {
      const { sidebar, errors } = await open({}, (s) => c.breaks.reduce((out, [from, to]) => out.replaceAll(from, to), s));
      await new Promise((r) => setTimeout(r, 2_000));
      // Within the grace period a page that is still loading is not "broken".
      expect(await sidebar.text()).not.toContain('could not find');
      expect(await sidebar.waitForText('could not find', 15_000)).toContain(c.helpdesk);
      expect(errors).toEqual([]);
    });

    it('keeps one observer and its memory over 50 ticket switches', async () => {
      const { sidebar, app, page } = await open();
      await sidebar.waitForText(header(a));
      const world = await contentScriptWorld(page, c.frame);
      const switchTo = async (t: TicketCase) => {
        await fixtureCall(app(), 'switchTo', t.id, 0);
        await sidebar.waitForText(header(t), 10_000, 20);
      };
      // Warm-up: the engine's and the browser's caches fill over the first switches.
      for (let i = 0; i < 20; i++) await switchTo(i % 2 ? a : b);
      const baseline = await world.heap();
      for (let i = 0; i < 50; i++) await switchTo(i % 2 ? a : b);
      expect(await world.observers()).toBe(1);
      const after = await world.heap();
      expect(after / baseline).toBeLessThan(1.1);
    });
  });
  /** The agent clicks into the editor, types a greeting, pauses, and inserts the first suggestion: it lands once, after the greeting. */
  async function typeThenInsert(sidebar: Sidebar, app: Page | Frame, page: Page): Promise<{ first: string; kept: string }> {
    await clickEditor(app);
    await page.keyboard.type('Hello,');
    // An agent pauses before picking a suggestion; editors merge edits closer together than
    // ~500 ms into one undo step (ProseMirror's newGroupDelay), which would undo the typing too.
    await new Promise((r) => setTimeout(r, 700));
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    await sidebar.click('Insert: ');
    await expect.poll(() => editorText(app)).toBe(`Hello, ${first}`);
    return { first, kept: c.undoMergesWithTyping ? '' : 'Hello,' };
  }

  return { open, browser };
}

/** The fixture's reply editor, through the editor library's own API (its model, not the DOM). */
const editorCall = (app: Page | Frame, method: 'text' | 'undo') =>
  app.evaluate((m) => (window as unknown as { fixture: { editor: Record<string, () => string> } }).fixture.editor[m]?.() ?? '', method);
const editorText = async (app: Page | Frame) => String(await editorCall(app, 'text')).trim();
const editorReady = (app: Page | Frame) =>
  app.evaluate(() => (window as unknown as { fixture: { editor: unknown } }).fixture.editor !== null);

async function clickEditor(app: Page | Frame) {
  // The editable element the adapter inserts into, as an agent clicks it (the first one on the page).
  const selector = '[contenteditable="true"], textarea#activity-stream-comments-textarea, iframe[title="Email Body"]';
  const handle = await app.locator(selector).filter({ visible: true }).first().elementHandle();
  if (!handle) throw new Error('no visible editor');
  if ((await handle.evaluate((el) => el.tagName)) === 'IFRAME') {
    const outer = await handle.contentFrame();
    const inner = await (await outer?.waitForSelector('iframe.cke_wysiwyg_frame'))?.contentFrame();
    await (await inner?.waitForSelector('body.cke_editable'))?.click();
  } else await handle.click();
}

/**
 * Run in the page with the sidebar as `this`: focuses the first suggestion's Insert, presses the
 * app's Reply, and two frames after the editor's editable element appears, presses "1" on the sidebar.
 * Resolves whether the sidebar still said then that no reply box was found (it had not read the
 * page since: the old code ignored the key in that moment).
 */
const PRESS_WHEN_EDITOR_APPEARS = `async function () {
  const EDITABLE = '[contenteditable="true"], textarea#activity-stream-comments-textarea, body.cke_editable';
  const docs = (doc) => [doc, ...[...doc.querySelectorAll('iframe')].flatMap((f) => { try { return f.contentDocument ? docs(f.contentDocument) : []; } catch { return []; } })];
  // CKEditor 4 puts its editable in the page some frames before it takes its first undo snapshot
  // (at instanceReady: 140 ms later at 8x CPU throttling); whatever is typed before then, by a
  // person or by Composure, becomes part of that snapshot and no undo takes it out. Its editable
  // counts once the editor says it is ready; other editors' undo is set up when they appear.
  const ready = (el) => {
    const ck = el.ownerDocument.defaultView?.parent?.CKEDITOR;
    return !el.matches('body.cke_editable') || Object.values(ck?.instances ?? {}).some((e) => e.status === 'ready' && e.editable()?.$ === el);
  };
  const editable = () => docs(document).some((d) => [...d.querySelectorAll(EDITABLE)].some((el) => el.getClientRects().length > 0 && ready(el)));
  const app = docs(document).find((d) => d.querySelector('[data-fixture-reply]'));
  const button = this.querySelector('.suggestion button.primary');
  button.focus();
  return await new Promise((resolve) => {
    let done = false;
    const press = () => {
      if (done || !editable()) return done;
      done = true;
      observer.disconnect();
      // Two frames: as fast as a person, and no faster (editors finish setting up their undo in
      // the frame after they appear); Composure reads the page 120 ms after it last changed.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const stale = this.querySelector('[data-problem]') !== null;
          button.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, composed: true, cancelable: true }));
          resolve(stale);
        }),
      );
      return true;
    };
    const observer = new MutationObserver(press);
    for (const d of docs(document)) observer.observe(d, { childList: true, subtree: true, attributes: true });
    app.querySelector('[data-fixture-reply]').click();
    // An editor in a frame that loads later (CKEditor 4) shows up on a later frame.
    const poll = () => press() || requestAnimationFrame(poll);
    poll();
  });
}`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
