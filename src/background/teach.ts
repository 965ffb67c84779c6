import browser, { type Runtime } from 'webextension-polyfill';
import { validateSiteDefinition } from '../engine/validate';
import { TEACH_REQUEST } from '../lib/page-api';
import { PROPOSED_SITE_KEY } from '../lib/team-sites';
import { addCustomSite, isValidHost } from './custom-sites';

/** Injects the teach script into the frames of a tab that run Composure (it does nothing elsewhere). */
export async function startTeach(tabId: number, frameId?: number): Promise<void> {
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    files: ['teach.js'],
  });
}

/**
 * Teaching a page no adapter knows (from the popup, whose click granted the host permission):
 * Composure is turned on for the site in generic mode, injected now, and the teach script follows.
 */
export async function teachNewSite(tabId: number, host: string): Promise<void> {
  if (!isValidHost(host)) throw new Error('bad host');
  await addCustomSite({ host, adapter: 'generic' });
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = true;
    },
    args: [TEACH_REQUEST.description as string],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  // The content script reads its configuration first; the teach script waits for its page view.
  for (let i = 0; i < 20; i++) {
    const [ready] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('composure.page')]),
    });
    if (ready?.result) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await startTeach(tabId);
}

/**
 * A definition taught on a page, proposed by that page's content script. It is validated and
 * kept for the lead, who saves it in the settings page: a content script never changes the
 * team's configuration itself. Refused where the policy locks site definitions.
 */
export async function proposeSite(
  message: { host: string; definition: unknown; summary?: Record<string, unknown> },
  sender: Runtime.MessageSender,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const host = message.host;
  const pageHost = sender.url ? new URL(sender.url).host : '';
  if (!host || host !== pageHost) return { ok: false, error: 'a page can only propose how to read itself' };
  const result = validateSiteDefinition(message.definition);
  if (!result.ok) return { ok: false, error: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  if (await siteDefinitionsLocked()) return { ok: false, error: "Your organisation's policy sets how Composure reads helpdesk pages." };
  const summary = message.summary ?? {};
  await browser.storage.session.set({ [PROPOSED_SITE_KEY]: { host, definition: result.site, summary, at: Date.now() } });
  await browser.runtime.openOptionsPage();
  return { ok: true };
}

async function siteDefinitionsLocked(): Promise<boolean> {
  try {
    const policy = (await browser.storage.managed.get(null)) as { lockSettings?: unknown };
    const lock = policy.lockSettings;
    return lock === true || (Array.isArray(lock) && (lock.includes('all') || lock.includes('siteDefinitions')));
  } catch {
    return false;
  }
}
