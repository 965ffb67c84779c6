import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axePage, axeSidebar } from './axe';
import { Sidebar, setUiLanguage, tabIdOf } from './chromium';
import { sharedSession } from './session';

const browser = sharedSession();
const SHOTS = 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

const extension = (path: string) => `chrome-extension://${browser().extensionId}/${path}`;

/** Text cut off without an ellipsis meant for it: a box whose content is wider than the box. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, label, h1, h2, h3, .chip, a, th, legend')]
      .filter((el) => !el.closest('.sr-only'))
      .filter(
        (el) =>
          el.scrollWidth > el.clientWidth + 1 &&
          getComputedStyle(el).textOverflow !== 'ellipsis' &&
          getComputedStyle(el).overflow !== 'visible',
      )
      .map((el) => el.textContent?.trim().slice(0, 40)),
  );

/** The extension's own pages, at the size each is seen at; the side panel holds the same sidebar. */
const surfaces = (tab: number): [string, string, [number, number]][] => [
  ['side-panel', `src/panel/index.html?tab=${tab}`, [400, 768]],
  ['popup', `src/popup/index.html?tab=${tab}`, [340, 560]],
  ['settings', 'src/options/index.html', [1366, 768]],
  ['practice', 'src/practice/index.html', [1366, 768]],
];

async function openSurface(path: string, width: number, height: number, scheme: 'light' | 'dark' = 'light') {
  const page = await browser().context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height });
  await page.goto(extension(path));
  await page.locator('h1, h2, [role="complementary"]').first().waitFor();
  // The side panel and the popup show the open ticket once the tab answers: "Dana Whitfield".
  if (/panel|popup/.test(path)) await page.getByText('Dana Whitfield').first().waitFor();
  // Then what is still loading (fonts, a section filled from storage) has landed: the fonts are
  // ready and the page has not changed for 100 ms (2 s at most), instead of a fixed 300 ms.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let quiet = setTimeout(finish, 100);
        const cap = setTimeout(finish, 2_000);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(finish, 100);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        function finish() {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(cap);
          done();
        }
      }),
  );
  return page;
}

describe('every surface, as a person sees it: light and dark, English and German', () => {
  afterEach(() => setUiLanguage(browser(), 'en'));
  for (const scheme of ['light', 'dark'] as const)
    for (const lang of ['en', 'de'] as const)
      it(`${scheme}, ${lang}: the sidebar in the page and in the side panel, the popup, the settings and practice pages have no serious or critical axe violations and nothing cut off`, async () => {
        await setUiLanguage(browser(), lang);
        const ticket = await browser().context.newPage();
        await ticket.emulateMedia({ colorScheme: scheme });
        for (const [width, height] of [
          [1366, 768],
          [1920, 1080],
        ] as const) {
          await ticket.setViewportSize({ width, height });
          await ticket.goto(browser().demoUrl);
          const sidebar = await Sidebar.find(ticket);
          await expect.poll(() => sidebar.visibleText()).toContain('Dana Whitfield');
          await ticket.screenshot({ path: `${SHOTS}/sidebar-page-${scheme}-${lang}-${width}.png` });
        }
        const sidebar = await Sidebar.find(ticket);
        expect(await axeSidebar(ticket, sidebar), 'in-page sidebar').toEqual([]);

        for (const [name, path, [width, height]] of surfaces(await tabIdOf(browser(), browser().demoUrl))) {
          const page = await openSurface(path, width, height, scheme);
          await page.screenshot({ path: `${SHOTS}/${name}-${scheme}-${lang}-${width}.png` });
          if (name === 'settings') {
            await page.setViewportSize({ width: 1920, height: 1080 });
            await page.screenshot({ path: `${SHOTS}/${name}-${scheme}-${lang}-1920.png` });
          }
          expect(await axePage(page), name).toEqual([]);
          expect(await clipped(page), name).toEqual([]);
          await page.close();
        }
        await ticket.close();
      });
});

/** Letters only each language's strings have: the page is really shown in it. */
const LETTERS = { el: /[\u0370-\u03ff]/, sk: /[čďľňšťž]/i, zh_CN: /[\u4e00-\u9fff]/, no: /[æøå]/i };

describe('the other four UI languages: Greek, Slovak, Chinese and Norwegian strings fit too', () => {
  afterEach(() => setUiLanguage(browser(), 'en'));
  for (const lang of ['el', 'sk', 'zh_CN', 'no'] as const)
    it(`${lang}: nothing cut off in the side panel's sidebar, the popup, the settings and practice pages`, async () => {
      await setUiLanguage(browser(), lang);
      const ticket = await browser().context.newPage();
      await ticket.goto(browser().demoUrl);
      await expect.poll(async () => (await Sidebar.find(ticket)).visibleText()).toContain('Dana Whitfield');
      for (const [name, path, [width, height]] of surfaces(await tabIdOf(browser(), browser().demoUrl))) {
        const page = await openSurface(path, width, height);
        await page.screenshot({ path: `${SHOTS}/${name}-light-${lang}-${width}.png` });
        expect(await page.evaluate(() => document.body.innerText), `${name} is in ${lang}`).toMatch(LETTERS[lang]);
        expect(await clipped(page), `${name} in ${lang}`).toEqual([]);
        await page.close();
      }
      await ticket.close();
    });
});

describe('keyboard only', () => {
  it('settings: find a pack by typing, switch it with Space, and hear it saved', async () => {
    const page = await browser().context.newPage();
    await page.goto(extension('src/options/index.html'));
    const search = page.getByRole('searchbox', { name: 'Search packs' });
    await search.waitFor();
    await search.focus();
    await page.keyboard.type('asap');
    await expect.poll(() => page.locator('[data-pack]').count()).toBe(1);
    const box = page.getByRole('checkbox', { name: /ASAP method/ });
    const before = await box.isChecked();
    // From the search box: language filter, origin filter, New pack, then the pack's checkbox.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pack-asap-method');
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(!before);
    await expect.poll(() => page.locator('[data-saved]').innerText()).toContain('Saved');
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(before);
  });

  it('practice: write, insert a suggestion with its number key, send, and read the answer, without a mouse', async () => {
    const page = await browser().context.newPage();
    await page.goto(extension('src/practice/index.html?scenario=refund-demand&lang=en'));
    const editor = page.locator('[data-practice-reply]');
    await editor.waitFor();
    await editor.focus();
    await page.keyboard.type("I'm sorry the blender broke so soon.");
    // Into the sidebar with Tab until a suggestion's Insert has focus; its number key inserts it.
    const coach = page.getByRole('complementary', { name: 'Composure' });
    await coach.locator('[data-suggestion] button.primary').first().focus();
    const first = coach.locator('[data-suggestion]').first();
    const shown = await first.locator('p').innerText();
    const blanks = await first.locator('p [data-slot]').count();
    await page.keyboard.press('1');
    // A suggestion with blanks opens its fields, the first one focused: typed, Tab to the next, Enter inserts.
    const words = ['a replacement blender', 'today'];
    for (let i = 0; i < blanks; i++) {
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-slot-form]'))).toBe(true);
      await page.keyboard.type(words[i] ?? 'something');
      await page.keyboard.press(i < blanks - 1 ? 'Tab' : 'Enter');
    }
    // What was shown before any blank is in the reply, and the agent's words where the blank was, never its label.
    await expect.poll(() => editor.innerText()).toContain(shown.slice(0, 20));
    if (blanks) expect(await editor.innerText()).toContain(words[0]);
    await page.locator('[data-practice-send]').focus();
    await page.keyboard.press('Enter');
    // The scripted customer takes 700 ms to "type"; the default 1 s poll leaves a loaded machine too little room.
    await expect.poll(() => page.locator('[data-mood]').count(), { timeout: 5_000 }).toBe(1);
  });
});
