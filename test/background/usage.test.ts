import { describe, expect, it, vi } from 'vitest';

// The worker's usage writer, with storage as a stand-in whose first read fails.
const stored: Record<string, unknown> = {};
const api = vi.hoisted(() => ({ storage: { local: { get: vi.fn(), set: vi.fn() } } }));
vi.mock('webextension-polyfill', () => ({ default: api }));
vi.mock('../../src/lib/storage', () => ({ loadPublishedConfig: async () => ({ usageCounts: true }) }));
const { recordUsage } = await import('../../src/background/usage');

describe('usage counts in the service worker', () => {
  it('loses only the batch whose read failed, and counts every later one', async () => {
    api.storage.local.get.mockRejectedValueOnce(new Error('busy')).mockImplementation(async (key: string) => ({ [key]: stored[key] }));
    api.storage.local.set.mockImplementation(async (value: Record<string, unknown>) => Object.assign(stored, value));
    await expect(recordUsage('live', [{ rule: 'core-signals/anger-strong', event: 'shown' }])).rejects.toThrow('busy');
    await recordUsage('live', [{ rule: 'core-signals/anger-strong', event: 'used' }]);
    await recordUsage('practice', [{ rule: 'core-signals/anger-strong', event: 'copied' }]);
    const days = Object.values((stored.usage as { days: Record<string, Record<string, Record<string, number[]>>> }).days);
    expect(days[0]?.live?.['core-signals/anger-strong']).toEqual([0, 1, 0, 0]);
    expect(days[0]?.practice?.['core-signals/anger-strong']).toEqual([0, 0, 1, 0]);
  });
});
