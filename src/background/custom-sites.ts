import browser from 'webextension-polyfill';

/** Helpdesks on a team's own domain (a Zendesk at support.acme.example), turned on from the popup. */
export interface CustomSite {
  host: string;
  /** The adapter to read it with ('zendesk', 'freshdesk', … or 'generic'). */
  adapter: string;
}

export const CUSTOM_SITES_KEY = 'customSites';
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const scriptId = (host: string) => `site:${host}`;
export const originOf = (host: string) => `https://${host}/*`;

export function isValidHost(host: unknown): host is string {
  return typeof host === 'string' && HOST.test(host);
}

export async function readCustomSites(): Promise<CustomSite[]> {
  const stored = (await browser.storage.local.get(CUSTOM_SITES_KEY))[CUSTOM_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((s): s is CustomSite => isValidHost(s?.host) && typeof s?.adapter === 'string') : [];
}

/**
 * Registers the content script for a site whose host permission the agent granted in the popup
 * (permissions.request must run in the popup's own click). Remembered in storage.local, and the
 * registration persists across browser restarts; `syncCustomSites` repairs it at start-up.
 */
export async function addCustomSite(site: CustomSite): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [originOf(site.host)] }))) throw new Error(`No permission for ${site.host}`);
  const sites = (await readCustomSites()).filter((s) => s.host !== site.host);
  await browser.storage.local.set({ [CUSTOM_SITES_KEY]: [...sites, site] });
  await register(site.host);
}

export async function removeCustomSite(host: string): Promise<void> {
  const sites = (await readCustomSites()).filter((s) => s.host !== host);
  await browser.storage.local.set({ [CUSTOM_SITES_KEY]: sites });
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => undefined);
}

/** Registrations match the stored list and the granted permissions (an agent may revoke in the browser's UI). */
export async function syncCustomSites(): Promise<void> {
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const site of await readCustomSites()) {
    const allowed = await browser.permissions.contains({ origins: [originOf(site.host)] });
    if (allowed && !registered.has(scriptId(site.host))) await register(site.host);
    if (!allowed && registered.has(scriptId(site.host))) await browser.scripting.unregisterContentScripts({ ids: [scriptId(site.host)] });
  }
}

async function register(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await browser.scripting.registerContentScripts([
    { id: scriptId(host), matches: [originOf(host)], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
