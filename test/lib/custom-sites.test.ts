import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory fake of the browser APIs the service worker uses, reset before each test.
const fake = vi.hoisted(() => {
  const state = {
    storage: {} as Record<string, unknown>,
    granted: new Set<string>(),
    scripts: new Map<string, { matches: string[]; persistAcrossSessions?: boolean }>(),
  };
  const browser = {
    storage: {
      local: {
        get: async (key: string) => ({ [key]: state.storage[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(state.storage, items),
      },
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)),
      remove: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.delete(o)),
    },
    scripting: {
      registerContentScripts: async (list: { id: string; matches: string[]; persistAcrossSessions?: boolean }[]) => {
        for (const s of list) {
          if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) if (!state.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      },
      getRegisteredContentScripts: async () => [...state.scripts.keys()].map((id) => ({ id })),
    },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { addCustomSite, readCustomSites, removeCustomSite, syncCustomSites } = await import('../../src/background/custom-sites');

beforeEach(() => {
  fake.state.storage = {};
  fake.state.granted.clear();
  fake.state.scripts.clear();
});

describe('custom helpdesk domains', () => {
  it('refuses a site whose permission the agent has not granted', async () => {
    await expect(addCustomSite({ host: 'support.acme.example', adapter: 'zendesk' })).rejects.toThrow('No permission');
    expect(await readCustomSites()).toEqual([]);
    expect(fake.state.scripts.size).toBe(0);
  });

  it('registers the content script for a granted site, remembered across restarts', async () => {
    fake.state.granted.add('https://support.acme.example/*');
    await addCustomSite({ host: 'support.acme.example', adapter: 'zendesk' });
    expect(await readCustomSites()).toEqual([{ host: 'support.acme.example', adapter: 'zendesk' }]);
    expect(fake.state.scripts.get('site:support.acme.example')).toMatchObject({
      matches: ['https://support.acme.example/*'],
      persistAcrossSessions: true,
    });
    // Choosing another helpdesk for the same site replaces, never duplicates.
    await addCustomSite({ host: 'support.acme.example', adapter: 'freshdesk' });
    expect(await readCustomSites()).toEqual([{ host: 'support.acme.example', adapter: 'freshdesk' }]);
    expect(fake.state.scripts.size).toBe(1);
  });

  it('is revocable: turning it off unregisters the script and gives the permission back', async () => {
    fake.state.granted.add('https://support.acme.example/*');
    await addCustomSite({ host: 'support.acme.example', adapter: 'zendesk' });
    await removeCustomSite('support.acme.example');
    expect(await readCustomSites()).toEqual([]);
    expect(fake.state.scripts.size).toBe(0);
    expect(fake.state.granted.size).toBe(0);
  });

  it('repairs registrations at start-up, and drops them when the permission was revoked in the browser', async () => {
    fake.state.granted.add('https://a.example/*');
    fake.state.storage.customSites = [
      { host: 'a.example', adapter: 'generic' },
      { host: 'b.example', adapter: 'zendesk' },
    ];
    fake.state.scripts.set('site:b.example', { matches: ['https://b.example/*'] });
    await syncCustomSites();
    expect([...fake.state.scripts.keys()].sort()).toEqual(['site:a.example']);
  });

  it('ignores corrupt stored entries', async () => {
    fake.state.storage.customSites = [{ host: 'not a host', adapter: 'x' }, null, { host: 'ok.example', adapter: 'zoho' }];
    expect(await readCustomSites()).toEqual([{ host: 'ok.example', adapter: 'zoho' }]);
  });
});
