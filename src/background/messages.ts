import browser, { type Runtime } from 'webextension-polyfill';
import { validRecords } from '../lib/usage';
import type { WorkerAnswer } from '../lib/protocol';
import { parseWorkerMessage } from '../lib/worker-protocol';
import { addCustomSite, isValidHost, removeCustomSite } from './custom-sites';
import { dismissFollowUp, openTicket } from './follow-ups';
import { modelSignals } from './models';
import { publishPacks } from './publish-packs';
import { proposeSite, startTeach, teachNewSite } from './teach';
import { recordUsage } from './usage';

/**
 * The gate for every message the service worker gets: from this extension only, of a type in
 * the protocol table (lib/protocol.ts), with a payload that fits its schema. Content scripts run
 * beside hostile pages, so they may only ask for harmless things (open the options page, count
 * how a rule was used, by rule id; score a message's anger, computed and never stored; the
 * analysis itself goes over the analysis port, analysis-port.ts); the privileged ones are for our own pages.
 */
export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<WorkerAnswer> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
  const parsed = parseWorkerMessage(raw);
  if (!parsed.ok) return parsed;
  const msg = parsed.message;
  switch (msg.type) {
    case 'ping':
      return { ok: true };
    case 'publish-packs':
      await publishPacks();
      return { ok: true };
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'usage': {
      // Practice is counted apart, and only our own practice page may say it is practising.
      const practice = msg.context === 'practice' && isOwnPage(sender);
      await recordUsage(practice ? 'practice' : 'live', validRecords(msg.records));
      return { ok: true };
    }
    case 'start-teach': {
      // From a content script: its own frame only. From our popup or settings page: a tab they name.
      const fromPage = sender.tab?.id !== undefined && !isOwnPage(sender);
      const tabId = fromPage ? sender.tab?.id : msg.tabId;
      if (tabId === undefined) return { ok: false, error: 'bad payload' };
      await startTeach(tabId, fromPage ? (sender.frameId ?? 0) : undefined);
      return { ok: true };
    }
    case 'propose-site':
      return proposeSite(msg, sender);
    case 'teach-site':
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from a page' };
      if (!isValidHost(msg.host)) return { ok: false, error: 'bad payload' };
      return attempt(() => teachNewSite(msg.tabId, msg.host));
    case 'model-signals':
      // Harmless from anywhere in the extension: it computes and keeps nothing.
      return { ok: true, signals: modelSignals(msg.language, msg.messages) };
    case 'dismiss-follow-up':
      // From the popup or the sidebar: it only quiets a reminder.
      return attempt(() => dismissFollowUp(msg.id));
    case 'open-ticket':
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from a page' };
      return attempt(() => openTicket(msg.url));
    case 'add-site':
    case 'remove-site':
      // Privileged: only from our own pages (the popup, the options page), never from a content
      // script, whose sender URL is the web page's.
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from a page' };
      if (!isValidHost(msg.host)) return { ok: false, error: 'bad payload' };
      return attempt(() =>
        msg.type === 'add-site' ? addCustomSite({ host: msg.host, adapter: msg.adapter }) : removeCustomSite(msg.host),
      );
  }
}

async function attempt(task: () => Promise<unknown>): Promise<WorkerAnswer> {
  try {
    await task();
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** A message from one of our own pages (popup, settings), not from a content script in a web page. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return Boolean(sender.url?.startsWith(browser.runtime.getURL('')));
}
