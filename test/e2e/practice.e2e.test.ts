import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

const browser = sharedSession();

const practice = (query: string) => `chrome-extension://${browser().extensionId}/src/practice/index.html${query}`;

/** Types a reply into the practice page's editor (Quill) and sends it; waits for the customer's answer. */
async function reply(page: Page, text: string) {
  const answers = await page.locator('[data-mood]').count();
  await page.click('[data-practice-reply]');
  await page.keyboard.type(text);
  await page.click('[data-practice-send]');
  await expect.poll(() => page.locator('[data-mood]').count()).toBe(answers + 1);
  return page.locator('[data-mood]').last().getAttribute('data-mood');
}

async function usage(page: Page) {
  return page.evaluate(
    async () =>
      (await chrome.storage.local.get('usage')).usage as { days: Record<string, Record<string, Record<string, number[]>>> } | undefined,
  );
}

const sum = (store: Awaited<ReturnType<typeof usage>>, context: string, rule: string, event: number) =>
  Object.values(store?.days ?? {}).reduce((n, day) => n + (day[context]?.[rule]?.[event] ?? 0), 0);

describe('practice on scripted customers', () => {
  const cases = {
    en: {
      angryAnswer: 'Not even an apology?',
      bad: ['Please restart your router.', 'We will look into it.'],
      empathy: " I'm so sorry, I understand how frustrating this is.",
      followUp: 'I have booked a technician and I will update you by Friday at 12:00.',
      missed: /Missed: Hear, Empathize and apologise/,
    },
    de: {
      angryAnswer: 'Nicht mal eine Entschuldigung?',
      bad: ['Bitte starten Sie den Router neu.', 'Wir kümmern uns darum.'],
      empathy: ' Es tut mir leid, ich verstehe, wie ärgerlich das ist.',
      followUp: 'Ich habe einen Techniker gebucht und ich melde mich bis Freitag um 12 Uhr bei Ihnen.',
      missed: /Missed: Hear, Empathize and apologise/,
    },
  } as const;

  for (const [lang, c] of Object.entries(cases))
    it(`plays the angry repeat contact in ${lang}: no apology escalates and the debrief names what was missed; a good reply resolves`, async () => {
      const page = await browser().context.newPage();
      await page.goto(practice(`?scenario=angry-repeat-contact&lang=${lang}`));
      // The same sidebar coaches: the customer's signals, in the practice page.
      const coach = page.getByRole('complementary', { name: 'Composure' });
      await expect.poll(() => coach.innerText()).toMatch(/Repeat contact/);

      expect(await reply(page, c.bad[0])).toBe('angrier');
      expect(await page.locator('[data-practice-thread]').innerText()).toContain(c.angryAnswer);
      expect(await reply(page, c.bad[1])).toBe('angrier');
      const debrief = page.locator('[data-debrief]');
      expect(await debrief.getAttribute('data-outcome')).toBe('escalated');
      const text = await debrief.innerText();
      expect(text).toMatch(c.missed);
      // What the documents recommend for it, with each rule's source.
      expect(text).toMatch(/What the documents recommend[\s\S]*help-method\/empathize-then-apologise · seeds\/001/);

      // Again, well: the first suggestion inserted from the sidebar, then the agent's own words.
      await page.locator('[data-debrief] button.primary').click();
      await page.click('[data-practice-reply]');
      const first = await coach.locator('[data-suggestion] p').first().innerText();
      await coach.locator('[data-suggestion] button.primary').first().click();
      await page.keyboard.type(c.empathy);
      expect(await page.locator('[data-practice-reply]').innerText()).toContain(first.slice(0, 30));
      await page.click('[data-practice-send]');
      await expect.poll(() => page.locator('[data-mood]').last().getAttribute('data-mood')).toBe('calmer');
      expect(await reply(page, c.followUp)).toBe('calmer');
      expect(await page.locator('[data-debrief]').getAttribute('data-outcome')).toBe('resolved');
      expect(await page.locator('[data-debrief] [data-used]').first().innerText()).not.toMatch(/: —$/);
      // Counted as practice, not as live tickets.
      await expect
        .poll(async () => Object.values((await usage(page))?.days ?? {}).some((d) => Object.keys(d.practice ?? {}).length > 0))
        .toBe(true);
      expect(Object.values((await usage(page))?.days ?? {}).some((d) => d.live)).toBe(false);
      await page.close();
    });

  it("runs a scenario from the team's imported pack", async () => {
    const options = await browser().context.newPage();
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    const pack = {
      schemaVersion: 1,
      id: 'acme-practice',
      name: { en: 'Acme practice' },
      description: { en: 'Our own scenarios.' },
      version: '1.0.0',
      source: 'Acme handbook §7',
      languages: ['en'],
      scenarios: [
        {
          id: 'late-invoice',
          title: { en: 'The invoice that never came' },
          brief: { en: 'Apologise and say when the invoice will arrive.' },
          source: 'Acme handbook §7',
          customer: { name: 'Ola Nordmann' },
          subject: { en: 'Invoice missing' },
          thread: [{ role: 'customer', text: { en: 'I still have not received my invoice and nobody answers. This is unacceptable.' } }],
          turns: [
            {
              responses: [
                { when: { avoided: ['no-apology-to-upset-customer'] }, mood: 'calmer', say: { en: 'Thanks. When will it arrive?' } },
                { mood: 'angrier', say: { en: 'Is anyone even reading this?' } },
              ],
            },
            {
              responses: [
                {
                  when: { steps: ['provide'], avoided: ['promise-without-time'] },
                  mood: 'calmer',
                  say: { en: 'Perfect.' },
                  end: 'resolved',
                },
                { mood: 'angrier', say: { en: 'I give up.' }, end: 'escalated' },
              ],
            },
          ],
        },
      ],
    };
    await options.setInputFiles('input[type=file]', {
      name: 'acme.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect.poll(() => options.locator('[data-pack="acme-practice"]').count()).toBe(1);
    // Imported packs start switched off: the agent (or the lead's policy) switches it on.
    await options.getByRole('checkbox', { name: /Acme practice/ }).check();
    await expect.poll(() => options.locator('[data-saved]').innerText()).toContain('Saved');

    const page = await browser().context.newPage();
    await page.goto(practice('?scenario=late-invoice'));
    await expect.poll(() => page.locator('[data-scenario="late-invoice"]').count()).toBe(1);
    expect(await page.locator('[data-practice-thread]').innerText()).toContain('I still have not received my invoice');
    expect(await reply(page, "I'm sorry, that should not have happened.")).toBe('calmer');
    expect(await reply(page, 'It is on its way and I will confirm by 16:00 today that you have it.')).toBe('calmer');
    expect(await page.locator('[data-debrief]').getAttribute('data-outcome')).toBe('resolved');
  });
});

describe('scenarios in the pack editor', () => {
  it('a lead writes one with the form, tries it in the test bench, and it lands in the pack as JSON', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    await page.getByRole('button', { name: 'New pack' }).click();
    await page.getByRole('combobox', { name: 'Add' }).selectOption('scenario');
    await page.getByRole('textbox', { name: 'Title' }).fill('Parcel lost twice');
    await page.getByRole('textbox', { name: "Customer's name" }).fill('Kari Holm');
    await page
      .getByRole('textbox', { name: "The customer's first message" })
      .fill('My parcel is lost again and nobody answers. I am furious.');
    await page.getByRole('button', { name: 'Add to the pack' }).last().click();
    const json = page.locator('textarea.json');
    await expect.poll(() => json.inputValue()).toContain('"Kari Holm"');
    expect(await json.inputValue()).toContain('"no-apology-to-upset-customer"');

    const bench = page.locator('[data-scenario-bench]');
    await expect.poll(() => bench.count()).toBe(1);
    await bench.getByRole('textbox', { name: 'Your reply' }).fill('Please wait.');
    await bench.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => bench.locator('[data-bench-turn="1"]').innerText()).toContain('angrier');
    await bench.getByRole('button', { name: 'Start again' }).click();
    await bench.getByRole('textbox', { name: 'Your reply' }).fill("I'm so sorry, I understand how frustrating this is.");
    await bench.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => bench.locator('[data-bench-turn="1"]').innerText()).toContain('calmer');
  });
});

describe('usage counts', () => {
  it('move on insert, copy and dismiss, by rule id only: nothing of the ticket is stored', async () => {
    const MARKER = 'ZQX-7731-MARKER';
    const page = await browser().context.newPage();
    await routeFixture(page, 'https://acme.zendesk.com', 'test/fixtures/zendesk', (s) =>
      s.replaceAll('Maya Okafor', `Maya Okafor ${MARKER}`),
    );
    await page.goto('https://acme.zendesk.com/agent/tickets/101');
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText(MARKER);
    await expect
      .poll(() => page.evaluate(() => Boolean((window as unknown as { fixture: { editor: unknown } }).fixture.editor)))
      .toBe(true);
    const rule = await sidebar.eval<string>(
      "function () { return this.querySelector('[data-suggestion]').getAttribute('data-suggestion'); }",
    );
    await page.click('[data-is-active="true"] [contenteditable="true"]');
    await sidebar.click('Insert: ');
    await sidebar.click('Copy: ');
    await sidebar.dismissSuggestion();
    const options = await browser().context.newPage();
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html#usage`);
    // Used, copied, dismissed: once each, under the suggestion's rule id (pack/rule).
    await expect
      .poll(
        async () => {
          const store = await usage(options);
          const key = Object.keys(Object.values(store?.days ?? {})[0]?.live ?? {}).find((k) => k.endsWith(`/${rule}`)) ?? '';
          return [1, 2, 3].map((event) => sum(store, 'live', key, event));
        },
        { timeout: 10_000 },
      )
      .toEqual([1, 1, 1]);
    const stored = await options.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toContain(MARKER);

    // The settings page's table and its CSV say the same.
    await options.reload();
    const table = options.locator('[data-usage-table] tbody tr');
    await expect.poll(() => table.count()).toBeGreaterThan(0);
    const rows = await table.evaluateAll((trs) =>
      trs.map((tr) => ({
        rule: tr.getAttribute('data-rule') ?? '',
        counts: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
      })),
    );
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path()) as string, 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const fromCsv = new Map<string, number[]>();
    for (const line of csv) {
      const [, , pack, id, ...counts] = line.split(',');
      const sums = fromCsv.get(`${pack}/${id}`) ?? [0, 0, 0, 0];
      fromCsv.set(
        `${pack}/${id}`,
        sums.map((n, i) => n + Number(counts[i])),
      );
    }
    expect(rows.length).toBe(fromCsv.size);
    for (const row of rows) expect(fromCsv.get(row.rule)).toEqual(row.counts);
    expect(rows.find((r) => r.rule.endsWith(`/${rule}`))?.counts.slice(1)).toEqual([1, 1, 1]);

    // Reset empties it.
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Reset counts' }).click();
    await expect.poll(() => usage(options)).toBeUndefined();
  });
});
