/**
 * `\b` in a JavaScript pattern knows only ASCII letters: "\bübermorgen" or "vedieť\b" never
 * match. The promise and deadline patterns (follow-ups.ts, deadline.ts) are written with `\b`
 * and rewritten here so a word edge is any letter's.
 */
const EDGE = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
export function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\b', EDGE), pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}

/** Every pattern in `value` (a pattern, or lists and tables of them, at any depth) with Unicode word edges. */
export function withUnicodeEdges<T>(value: T): T {
  if (value instanceof RegExp) return unicodeWords(value) as T;
  if (Array.isArray(value)) return value.map(withUnicodeEdges) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnicodeEdges(v)])) as T;
  return value;
}

export interface ResolvedTime {
  due: number;
  /** Where in the text the deadline was said. */
  start: number;
  end: number;
}
