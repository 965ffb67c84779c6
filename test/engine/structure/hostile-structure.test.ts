import { describe, expect, it } from 'vitest';
import { datedContacts } from '../../../src/engine/dated-contact';
import { contactCounted } from '../../../src/engine/repeat-contact';
import { sarcasmOf } from '../../../src/engine/sarcasm';
import { threatActions } from '../../../src/engine/threat-action';

// Hostile input: one sentence of 100,000 characters made of a step's own cue repeated. Each step
// reads it in linear time (a target is looked for in a bounded window after each act; clause
// bounds are found once per sentence), well under a second.
const hostile = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
const underASecond = (read: () => unknown) => {
  const start = performance.now();
  read();
  expect(performance.now() - start).toBeLessThan(1000);
};

describe('structure steps on hostile input', () => {
  for (const [unit, lang] of [
    ["i'll ", 'en'],
    ['θα ', 'el'],
    ['我要', 'zh'],
  ] as const)
    it(`threatActions on "${unit}" repeated`, () => underASecond(() => threatActions(hostile(unit), lang)));
  it('contactCounted on "i called my bank twice " repeated', () => underASecond(() => contactCounted(hostile('i called my bank twice '))));
  it('datedContacts on "i called my bank yesterday " repeated', () =>
    underASecond(() => datedContacts(hostile('i called my bank yesterday '), 'en')));
  it('sarcasmOf on praise and "i waited 3 days " repeated', () => underASecond(() => sarcasmOf(`great. ${hostile('i waited 3 days ')}`)));
});
