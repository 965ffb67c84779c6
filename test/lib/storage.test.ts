import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory fake of storage.sync/local; sync refuses writes while `syncFull` is set,
// with the error Chrome gives when its quota is exceeded.
const fake = vi.hoisted(() => {
  const state = { sync: {} as Record<string, unknown>, local: {} as Record<string, unknown>, syncFull: false };
  const area = (name: 'sync' | 'local') => ({
    get: async (key: string | null) => (key === null ? { ...state[name] } : { [key]: state[name][key] }),
    set: async (items: Record<string, unknown>) => {
      if (name === 'sync' && state.syncFull) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(state[name], structuredClone(items));
    },
    remove: async (key: string) => void delete state[name][key],
  });
  return { state, browser: { storage: { sync: area('sync'), local: area('local') } } };
});
vi.mock('../../src/lib/browser', () => ({ browser: fake.browser }));

const { readPrefs, savePrefs } = await import('../../src/lib/storage');

beforeEach(() => {
  fake.state.sync = {};
  fake.state.local = {};
  fake.state.syncFull = false;
});

describe('stored settings', () => {
  it('migrate from before versions were numbered', async () => {
    fake.state.sync.prefs = { enabledPacks: ['asap-method'], name: 'Robin', method: 'asap' };
    const { prefs, corrupt } = await readPrefs();
    expect(corrupt).toBe(false);
    expect(prefs).toMatchObject({ version: 1, packs: { 'asap-method': true }, agentName: 'Robin', method: 'asap' });
  });

  it('survive a full sync quota: kept on this computer, and nothing is lost', async () => {
    await savePrefs((p) => ({ ...p, agentName: 'Robin' }));
    fake.state.syncFull = true;
    await savePrefs((p) => ({ ...p, method: 'asap' }));
    const { prefs, local } = await readPrefs();
    expect(local).toBe(true);
    expect(prefs).toMatchObject({ agentName: 'Robin', method: 'asap' });
    // Later saves keep going to the same place.
    await savePrefs((p) => ({ ...p, agentName: 'Robin M.' }));
    expect((await readPrefs()).prefs.agentName).toBe('Robin M.');
  });

  it('keep both of two changes saved in quick succession', async () => {
    // A settings page saves each tick at once; the second must not be read before the first is written.
    await Promise.all([
      savePrefs((p) => ({ ...p, agentName: 'Robin' })),
      savePrefs((p) => ({ ...p, method: 'asap' })),
      savePrefs((p) => ({ ...p, packs: { ...p.packs, 'asap-method': false } })),
    ]);
    expect((await readPrefs()).prefs).toMatchObject({ agentName: 'Robin', method: 'asap', packs: { 'asap-method': false } });
  });

  it('go on saving after a save failed', async () => {
    await expect(
      savePrefs(() => {
        throw new Error('bad update');
      }),
    ).rejects.toThrow('bad update');
    await savePrefs((p) => ({ ...p, agentName: 'Robin' }));
    expect((await readPrefs()).prefs.agentName).toBe('Robin');
  });

  it('read a corrupt stored value as defaults, flagged', async () => {
    fake.state.sync.prefs = 'not settings';
    expect(await readPrefs()).toMatchObject({ corrupt: true, prefs: { version: 1, packs: {} } });
  });
});
