import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/engine/normalize';
import { RegexError, compileSafeRegex } from '../../src/engine/safe-regex';

const run = (pattern: string, text: string) =>
  compileSafeRegex(pattern)
    .exec(normalizeText(text))
    .map(([s, e]) => text.slice(s, e));

describe('expert regular expressions', () => {
  it('match like ordinary patterns, ignoring case', () => {
    expect(run('\\bcolou?r\\b', 'my Colour and color')).toEqual(['Colour', 'color']);
    expect(run('order #?\\d{4,6}', 'Order #12345 and order 99')).toEqual(['Order #12345']);
    expect(run('[a-c]+x', 'zzabcx')).toEqual(['abcx']);
    expect(run('^hi', 'hi there\nhi again')).toEqual(['hi', 'hi']);
    expect(run('(?:re)?fund(s|ed)?', 'funds refunded')).toEqual(['funds', 'refunded']);
  });

  it('agree with JavaScript RegExp on safe patterns', () => {
    const cases: [string, string][] = [
      ['a|b|c+', 'xxcccab'],
      ['\\w+@\\w+', 'mail me@host now'],
      ['[^ ]+ing', 'running and jumping'],
    ];
    for (const [pattern, text] of cases) {
      const native = [...text.matchAll(new RegExp(pattern, 'gi'))].map((m) => m[0]);
      expect(run(pattern, text)).toEqual(native);
    }
  });

  // A backtracking engine never finishes these (2^10000 paths); the test's timeout is the
  // assertion that ours does. Timings live in `npm run bench`.
  it('finish catastrophic patterns instead of hanging', { timeout: 5_000 }, () => {
    const evil = `${'a'.repeat(10_000)}!`;
    expect(compileSafeRegex('(a+)+$').exec(evil)).toEqual([]);
    expect(compileSafeRegex('(a|a)*$').exec(evil)).toEqual([]);
    expect(compileSafeRegex('(a+){10}$').exec(evil)).toEqual([]);
    expect(compileSafeRegex('(x+x+)+y').exec(`${'x'.repeat(10_000)}`)).toEqual([]);
    expect(compileSafeRegex('(\\w+\\s?)*!').exec(evil)).toEqual([[0, 10_001]]);
  });

  it('refuse backreferences and lookaround with an explanation', () => {
    expect(() => compileSafeRegex('(a)\\1')).toThrow(/backreferences.*linear time/);
    expect(() => compileSafeRegex('foo(?=bar)')).toThrow(/lookaround/);
    expect(() => compileSafeRegex('(?<!x)y')).toThrow(/lookaround/);
    expect(() => compileSafeRegex('a{1000}')).toThrow(RegexError);
    expect(() => compileSafeRegex('(ab')).toThrow(/missing "\)"/);
  });
});
