import browser, { type Runtime } from 'webextension-polyfill';
import { addCustomSite, isValidHost, removeCustomSite } from './custom-sites';
import { publishPacks } from './publish-packs';
import { validRecords } from '../lib/usage';
import { proposeSite, startTeach, teachNewSite } from './teach';
import { recordUsage } from './usage';

/**
 * Every message is checked: it must come from this extension, have a known type and a
 * well-formed payload. Content scripts run beside hostile pages, so they may only ask for
 * harmless things (open the options page, count how a rule was used, by rule id — never text).
 */
export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
  const msg = message as { type?: unknown; rule?: unknown };
  switch (msg?.type) {
    case 'ping':
      return { ok: true };
    case 'publish-packs':
      await publishPacks();
      return { ok: true };
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'usage': {
      // Rule ids and events only (validRecords drops anything else). Practice is counted apart,
      // and only our own practice page may say it is practising.
      const { context, records } = msg as { context?: unknown; records?: unknown };
      const practice = context === 'practice' && isOwnPage(sender);
      await recordUsage(practice ? 'practice' : 'live', validRecords(records));
      return { ok: true };
    }
    case 'start-teach': {
      // From a content script: its own frame only. From our popup or settings page: a tab they name.
      const fromPage = sender.tab?.id !== undefined && !isOwnPage(sender);
      const tabId = fromPage ? sender.tab?.id : (msg as { tabId?: unknown }).tabId;
      if (typeof tabId !== 'number') return { ok: false, error: 'bad payload' };
      await startTeach(tabId, fromPage ? (sender.frameId ?? 0) : undefined);
      return { ok: true };
    }
    case 'propose-site':
      return proposeSite(msg as Record<string, unknown>, sender);
    case 'teach-site': {
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from a page' };
      const { tabId, host } = msg as { tabId?: unknown; host?: unknown };
      if (typeof tabId !== 'number' || !isValidHost(host)) return { ok: false, error: 'bad payload' };
      try {
        await teachNewSite(tabId, host);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    case 'add-site':
    case 'remove-site': {
      // Privileged: only from our own pages (the popup, the options page), never from a content
      // script, whose sender URL is the web page's.
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from a page' };
      const { host, adapter } = msg as { host?: unknown; adapter?: unknown };
      if (!isValidHost(host) || (msg.type === 'add-site' && (typeof adapter !== 'string' || !/^[a-z]{2,20}$/.test(adapter)))) {
        return { ok: false, error: 'bad payload' };
      }
      try {
        if (msg.type === 'add-site') await addCustomSite({ host, adapter: adapter as string });
        else await removeCustomSite(host);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    default:
      return { ok: false, error: 'unknown type' };
  }
}

/** A message from one of our own pages (popup, settings), not from a content script in a web page. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return Boolean(sender.url?.startsWith(browser.runtime.getURL('')));
}
