/**
 * The words of normalised text: where each starts and ends, its sentence, and a hash of its
 * letters — in parallel arrays, with no string per word. This runs on every message; the
 * phrase index looks words up by hash and reads the text itself only where a phrase may match.
 */
export class Tokens {
  source = '';
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  sentence = new Int32Array(64);
  hash = new Int32Array(64);
  /** The hash of the word's first three characters (what prefix phrases like "cancel*" are keyed by), or -1. */
  hash3 = new Int32Array(64);

  push(start: number, end: number, sentence: number, hash: number, hash3: number): void {
    if (this.count === this.start.length) this.grow();
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.sentence[this.count] = sentence;
    this.hash[this.count] = hash;
    this.hash3[this.count] = hash3;
    this.count++;
  }

  /** Room for twice as many words. */
  private grow(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.sentence = grow(this.sentence);
    this.hash = grow(this.hash);
    this.hash3 = grow(this.hash3);
  }

  /** The text of word i (allocates: for phrase parsing and the rare negation check, not scanning). */
  word(i: number): string {
    return this.source.slice(this.start[i], this.end[i]);
  }

  /** Whether word i is exactly `text` (or starts with it, for a prefix), without slicing. */
  is(i: number, text: string, prefix: boolean): boolean {
    const start = this.start[i] as number;
    const length = (this.end[i] as number) - start;
    return (prefix ? length >= text.length : length === text.length) && this.source.startsWith(text, start);
  }
}

/** FNV-1a over UTF-16 code units, kept to 30 bits so that map keys stay small integers. */
export function wordHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

// Character classes, by UTF-16 code unit, filled lazily: 0 unknown, 1 other, 2 word (letter,
// mark or digit), 3 Han (a word on its own: Chinese has no spaces), 4 sentence end.
// A table lookup per character instead of a Unicode regex.
const OTHER = 1;
const WORD = 2;
const HAN = 3;
const END = 4;
// Below U+3000 (every alphabet we coach in) the table is 12 kB; the full 64 kB one is made the
// first time a text has a character beyond (Chinese, fullwidth marks), so most tabs never hold it.
// A lookup past the end reads undefined, which `classOf` treats as "not learned yet".
const NARROW = 0x3000;
let classes = new Uint8Array(NARROW);
const IS_HAN = /\p{Script=Han}/u;
const IS_WORD = /[\p{L}\p{M}\p{N}]/u;
const ENDS = '.!?;\u3002\uff01\uff1f\uff1b\n';
function markEnds(table: Uint8Array): void {
  for (const ch of ENDS) if (ch.charCodeAt(0) < table.length) table[ch.charCodeAt(0)] = END;
}
markEnds(classes);
for (let c = 0; c < 128; c++) if (!classes[c]) classes[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? WORD : OTHER;

/** The class of a character not seen yet: a Unicode check, once per code unit, then the table. */
function learn(code: number): number {
  if (code >= classes.length) {
    const wide = new Uint8Array(65_536);
    wide.set(classes);
    markEnds(wide);
    classes = wide;
    if (classes[code]) return classes[code] as number;
  }
  const ch = String.fromCharCode(code);
  // Lone surrogates (emoji halves) are neither.
  const c = code >= 0xd800 && code <= 0xdfff ? OTHER : IS_HAN.test(ch) ? HAN : IS_WORD.test(ch) ? WORD : OTHER;
  classes[code] = c;
  return c;
}

/**
 * The ASCII classes in a table that is never replaced: most text is ASCII, and a lookup here
 * compiles to a plain load where the growing table's may read past its end.
 */
const ASCII_CLASSES = classes.slice(0, 128);
const classOf = (code: number): number => (code < 128 ? (ASCII_CLASSES[code] as number) : (classes[code] as number) || learn(code));

/**
 * Words of normalised text: runs of letters, marks and digits, with inner apostrophes and
 * hyphens ("don't", "e-mail"); each Han character on its own. Sentence ends are counted, so
 * phrases never match across sentences. Fills `into` (a fresh buffer unless one is given to reuse).
 */
export function tokenize(normalized: string, into: Tokens = new Tokens()): Tokens {
  into.source = normalized;
  into.count = 0;
  const n = normalized.length;
  let sentence = 0;
  let previous = OTHER;
  let i = 0;
  while (i < n) {
    const code = normalized.charCodeAt(i);
    const c = classOf(code);
    if (c !== WORD) {
      if (c === HAN) into.push(i, i + 1, sentence, Math.imul(0x811c9dc5 ^ code, 0x01000193) & 0x3fffffff, -1);
      else if (c === END && previous !== END) sentence++;
      previous = c;
      i++;
      continue;
    }
    const start = i;
    let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    let h3 = -1;
    i++;
    while (i < n) {
      const next = normalized.charCodeAt(i);
      // An inner apostrophe or hyphen between letters ("don't", "e-mail") stays in the word.
      if (classOf(next) === WORD || ((next === 39 || next === 45) && i + 1 < n && classOf(normalized.charCodeAt(i + 1)) === WORD)) {
        h = Math.imul(h ^ next, 0x01000193);
        if (++i - start === 3) h3 = h & 0x3fffffff;
      } else break;
    }
    into.push(start, i, sentence, h & 0x3fffffff, h3);
    previous = WORD;
  }
  return into;
}

const counting = new Tokens();
export function countWords(normalized: string): number {
  return tokenize(normalized, counting).count;
}
