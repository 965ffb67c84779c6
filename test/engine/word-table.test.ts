import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/engine/word-table';

describe('the phrase index’s word table', () => {
  it('finds a value by both parts of its key, and nothing for either part alone', () => {
    const table = new WordTable<string>();
    table.getOrAdd(3, 1_000_003, () => 'refund after "I want"');
    expect(table.get(3, 1_000_003)).toBe('refund after "I want"');
    expect(table.get(0, 1_000_003)).toBeUndefined();
    expect(table.get(3, 1_000_004)).toBeUndefined();
  });

  it('keeps words whose hashes share a slot apart', () => {
    const table = new WordTable<number>();
    // Equal low 12 bits: the same slot, one chain.
    const keys = [0x1000, 0x2000, 0x3000, 0x4000];
    for (const key of keys) table.getOrAdd(0, key, () => key * 2);
    expect(keys.map((key) => table.get(0, key))).toEqual(keys.map((key) => key * 2));
    expect(table.get(0, 0x5000)).toBeUndefined();
  });

  it('makes a value once and returns the same one after', () => {
    const table = new WordTable<string[]>();
    table.getOrAdd(1, 42, () => []).push('a');
    table.getOrAdd(1, 42, () => []).push('b');
    expect(table.get(1, 42)).toEqual(['a', 'b']);
    expect(table.size).toBe(1);
  });

  it('holds more than 65,535 words (a team’s own packs can be large)', () => {
    const table = new WordTable<number>();
    for (let key = 0; key < 70_000; key++) table.getOrAdd(0, key * 7919, () => key);
    expect(table.size).toBe(70_000);
    expect([0, 65_534, 65_535, 65_536, 69_999].map((key) => table.get(0, key * 7919))).toEqual([0, 65_534, 65_535, 65_536, 69_999]);
  });
});
