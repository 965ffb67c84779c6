import { describe, expect, it } from 'vitest';
import { DAYS_KEPT, addRecords, emptyStore, parseStore, toCsv, totals, validRecords } from '../../src/lib/usage';

describe('usage counts', () => {
  it('count per rule, event and day, practice apart from live', () => {
    let store = addRecords(
      emptyStore(),
      'live',
      [
        { rule: 'help-method/hear-restate', event: 'shown' },
        { rule: 'help-method/hear-restate', event: 'used' },
        { rule: 'nine-ways/time-frame', event: 'dismissed' },
      ],
      '2026-11-28',
    );
    store = addRecords(store, 'live', [{ rule: 'help-method/hear-restate', event: 'shown' }], '2026-11-29');
    store = addRecords(store, 'practice', [{ rule: 'help-method/hear-restate', event: 'copied' }], '2026-11-29');
    expect(totals(store, 'live')).toEqual([
      { rule: 'help-method/hear-restate', counts: [2, 1, 0, 0] },
      { rule: 'nine-ways/time-frame', counts: [0, 0, 0, 1] },
    ]);
    expect(totals(store, 'live', '2026-11-29')).toEqual([{ rule: 'help-method/hear-restate', counts: [1, 0, 0, 0] }]);
    expect(totals(store, 'practice')).toEqual([{ rule: 'help-method/hear-restate', counts: [0, 0, 1, 0] }]);
  });

  it(`roll days older than ${DAYS_KEPT} into one total, so the store stays bounded`, () => {
    let store = emptyStore();
    for (let d = 1; d <= 28; d++)
      store = addRecords(store, 'live', [{ rule: 'a/b', event: 'shown' }], `2026-01-${String(d).padStart(2, '0')}`);
    store = addRecords(store, 'live', [{ rule: 'a/b', event: 'shown' }], '2026-11-29');
    expect(Object.keys(store.days)).toEqual(['2026-11-29']);
    expect(store.older.live?.['a/b']).toEqual([28, 0, 0, 0]);
    expect(totals(store, 'live')[0]?.counts[0]).toBe(29);
  });

  it('keep rule ids and known events only: text, names or ticket ids never get in', () => {
    expect(
      validRecords([
        { rule: 'help-method/hear-restate', event: 'used' },
        { rule: 'Dana Whitfield', event: 'used' },
        { rule: 'a/b', event: 'typed', text: 'hello' },
        { rule: 'a/b', event: 'shown', text: 'I want a refund' },
      ]),
    ).toEqual([
      { rule: 'help-method/hear-restate', event: 'used' },
      { rule: 'a/b', event: 'shown' },
    ]);
  });

  it('read a stored value that is not a store (another version, text for counts, a bad day) as a new store, and a good one as it is', () => {
    const good = addRecords(emptyStore(), 'live', [{ rule: 'a/b', event: 'used' }], '2026-11-28');
    expect(parseStore(structuredClone(good))).toEqual(good);
    expect(parseStore({ ...good, version: 2 })).toEqual(emptyStore());
    expect(parseStore({ version: 1, days: { '2026-11-28': { live: { 'a/b': ['1', 0, 0, 0] } } }, older: {} })).toEqual(emptyStore());
    expect(parseStore({ version: 1, days: { '<img src=x>': {} }, older: {} })).toEqual(emptyStore());
    expect(parseStore('{"version":1}')).toEqual(emptyStore());
  });

  it('export one CSV row per rule and day, with the same numbers as the totals', () => {
    let store = addRecords(
      emptyStore(),
      'live',
      [
        { rule: 'a/b', event: 'shown' },
        { rule: 'a/b', event: 'used' },
      ],
      '2026-11-28',
    );
    store = addRecords(store, 'live', [{ rule: 'a/b', event: 'shown' }], '2026-11-29');
    expect(toCsv(store, 'live')).toBe(
      'date,context,pack,rule,shown,used,copied,dismissed\n2026-11-28,live,a,b,1,1,0,0\n2026-11-29,live,a,b,1,0,0,0\n',
    );
  });
});
