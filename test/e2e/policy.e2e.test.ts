import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sidebar, type Session, launch } from './chromium';

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits mapped 0-f → a-p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

// Chromium reads machine policy from here (Debian's chromium; Google Chrome uses /etc/opt/chrome).
// The folder is the machine's: a checkout elsewhere running this file at the same time wrote and
// deleted one shared "composure-e2e.json", taking this run's policy away mid-test. Each checkout's
// extension (its dist/ path) gets its own file.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/composure-e2e-${unpackedId(resolve('dist'))}.json`;

const policyPack = {
  schemaVersion: 1,
  id: 'acme-policy',
  name: { en: 'Acme policy pack' },
  description: { en: 'Rolled out by the lead.' },
  version: '2.0.0',
  source: 'Acme handbook §3',
  languages: ['de'],
  suggestions: [
    {
      id: 'acme-apology',
      kind: 'apology',
      signals: ['baiting'],
      source: 'Acme handbook §3',
      text: { de: 'Es tut uns leid, dass Sie diesen Eindruck haben.' },
    },
  ],
};

function writePolicy(policy: object) {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(resolve('dist'))]: policy } } }));
  } catch (e) {
    throw new Error(`The policy test writes ${POLICY_FILE}, which needs root (CI runs as root): ${(e as Error).message}`);
  }
}

let session: Session;
beforeAll(async () => {
  writePolicy({
    enabledPacks: ['asap-method'],
    disabledPacks: ['moments-of-truth'],
    method: 'asap',
    lockSettings: ['packs', 'method'],
    customPacks: JSON.stringify([policyPack, { id: 'not-a-pack' }]),
    usageCounts: false,
    followUps: false,
  });
  session = await launch();
});
afterAll(async () => {
  // Removed first: a policy left behind (a browser that would not close) would switch usage
  // counting off for every later test file of this checkout.
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
});

describe('roll-out through the browser policy (a real Chromium policy file)', () => {
  it('is the extension the policy names', () => {
    expect(session.extensionId).toBe(unpackedId(resolve('dist')));
  });

  it('forces packs on and off, sets the method, locks them, and says so', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    await page.getByRole('heading', { name: 'Composure settings' }).waitFor();
    const asap = page.getByRole('checkbox', { name: /ASAP method/ });
    // Chrome's policy service answers a few seconds after the browser starts; the page applies
    // the policy when it arrives.
    await expect.poll(() => asap.isChecked(), { timeout: 15_000 }).toBe(true);
    expect(await asap.isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Moments of truth/ }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: /Service method/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: /Service method/ }).inputValue()).toBe('asap');
    // Listed with the policy's packs, marked as set by it.
    expect(await page.locator('[data-group="policy"] [data-pack="acme-policy"]').innerText()).toMatch(
      /acme-policy 2\.0\.0[\s\S]*Set by your organisation's policy/,
    );
    // The invalid pack in the policy is ignored, visibly.
    expect(await page.getByRole('alert').first().innerText()).toMatch(/Policy pack #2 ignored/);
    await page.close();
  });

  it('reaches the agent: the sidebar follows ASAP and offers the policy pack', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    const text = await sidebar.waitForText(/Next step · ASAP/i);
    expect(text).toContain('Es tut uns leid, dass Sie diesen Eindruck haben.');
    await page.close();
  });

  it('switches usage counting off: inserting and dismissing count nothing, and the setting says who decided', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText(/Next step · ASAP/i);
    await page.click('[data-demo="reply"]');
    await sidebar.click('Insert: ');
    await expect.poll(() => page.inputValue('[data-demo="reply"]')).not.toBe('');
    const dismissed = await sidebar.dismissSuggestion();
    await expect
      .poll(
        () => sidebar.eval<number>("function (id) { return this.querySelectorAll('[data-suggestion=\"' + id + '\"]').length; }", dismissed),
        { timeout: 10_000 },
      )
      .toBe(0);
    // Negative check. Counting would send these two events in one batch 3 s after the first of
    // them (usage-recorder.ts), and the worker would store it at once: a bounded wait of 3.5 s,
    // counted from the insertion and the dismissal shown rather than from the clicks.
    await new Promise((r) => setTimeout(r, 3_500));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#usage`);
    expect(await options.evaluate(async () => (await chrome.storage.local.get('usage')).usage)).toBeUndefined();
    const box = options.getByRole('checkbox', { name: /Count how coaching is used/ });
    await expect.poll(() => box.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await page.close();
    await options.close();
  });

  it('switches follow-ups off: a promise in a sent reply is neither shown nor stored, and the setting says who decided', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText(/Next step · ASAP/i);
    const read = Number((await sidebar.text()).match(/(\d+) messages read/)?.[1]);
    await page.fill('[data-demo="reply"]', "I'll update you by tomorrow at 10.");
    await page.click('[data-demo="send"]');
    // Negative check. The event that would show the promise is the thread read with the sent
    // reply in it: the worker answers it with its coaching, then, on the same port, the thread's
    // promises. So: wait for the reply read, then a bounded second for that second answer.
    await sidebar.waitForText(`${read + 1} messages read`);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await sidebar.eval<number>('function () { return this.querySelectorAll(".follow-up").length; }')).toBe(0);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#follow-ups`);
    expect(
      await options.evaluate(
        async () => ((await chrome.storage.local.get('followUps')).followUps as { promises?: object } | undefined)?.promises ?? {},
      ),
    ).toEqual({});
    const box = options.getByRole('checkbox', { name: /Notice the promises in my sent replies/ });
    await expect.poll(() => box.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await box.isChecked()).toBe(false);
    expect(await options.locator('.follow-up-settings').innerText()).toContain('Your team lead has turned follow-ups off.');
    await page.close();
    await options.close();
  });

  it('applies a changed policy to an open ticket without a reload', { timeout: 90_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText(/Next step · ASAP/i);
    writePolicy({ method: 'help', lockSettings: ['method'] });
    // Chromium watches the policy folder; storage.onChanged (managed) reaches the content script.
    await sidebar.waitForText(/Next step · HELP/i, 60_000);
    expect(await sidebar.text()).not.toContain('Es tut uns leid, dass Sie diesen Eindruck haben.');
    await page.close();
  });
});
