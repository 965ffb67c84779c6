/**
 * Detectors that are not phrases: shouting, punctuation runs and masked swearing.
 * Each returns evidence spans in the original text. The patterns here are ours, fixed and
 * free of nested quantifiers, so they run in linear time.
 */
import { isCapital } from './text-hints';

export type Span = [number, number];

const CAPS_WORD = /[\p{Lu}][\p{Lu}\p{M}'’-]*[\p{Lu}]/gu;
const CASED = /[\p{Lu}\p{Ll}]/gu;
// The same for ASCII text, where a plain class is several times cheaper than \p{…}.
const CAPS_WORD_ASCII = /[A-Z][A-Z'-]*[A-Z]/g;
const CASED_ASCII = /[A-Za-z]/g;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
// ASCII first: most text is ASCII, and a plain character class is much cheaper than \p{…}.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MASK_CHAR = /[*#$%@&]/;
const RUN_HINT = /[!?！？]{2}/;
const MASK_HINT = /[^\s@][*#$%]|[^\s.][@][^\s.]*[*#$%]|[\p{L}][@][\p{L}]{1,4}(?![\p{L}.])|[@#$%&*!]{4}/u;

/** Runs of capitals ("WHY IS THIS STILL BROKEN"), when capitals dominate the message. */
export function shouting(text: string, minRatio: number, minLetters: number): Span[] {
  // A loop over code units rules out most text first (13,000 of 73,000 dev messages have two
  // capitals in a row; 315 of them shout): cheaper than collecting capitalised words, in ASCII too.
  if (countCapitals(text, minLetters) < minLetters) return [];
  const ascii = ASCII_ONLY.test(text);
  if (!ascii && !TWO_CAPITALS.test(text)) return [];
  const words = [...text.matchAll(ascii ? CAPS_WORD_ASCII : CAPS_WORD)];
  const capsLetters = words.reduce((n, m) => n + m[0].length, 0);
  if (capsLetters < minLetters) return [];
  const cased = text.match(ascii ? CASED_ASCII : CASED)?.length ?? 0;
  const spans: Span[] = [];
  // Join consecutive capitalised words into one span; lone short acronyms (USB, PDF) don't count.
  let run: Span | null = null;
  let runWords = 0;
  const flush = () => {
    if (run && (runWords >= 2 || run[1] - run[0] >= 6)) spans.push(run);
    run = null;
    runWords = 0;
  };
  for (const m of words) {
    const start = m.index ?? 0;
    if (run && /^[\s,.!?:;-]*$/.test(text.slice(run[1], start))) {
      run[1] = start + m[0].length;
      runWords++;
    } else {
      flush();
      run = [start, start + m[0].length];
      runWords = 1;
    }
  }
  flush();
  const longRun = spans.some(([s, e]) => text.slice(s, e).split(/\s+/).length >= 3);
  return capsLetters / Math.max(cased, 1) >= minRatio || longRun ? spans : [];
}

/**
 * Letters in runs of two or more capitals (apostrophes, hyphens and combining marks inside a run
 * count with it), up to `enough`: every letter of a shouted word does, while the capital that
 * starts a sentence or a name does not. Never less than the capitalised words found after it,
 * and a superset beyond ASCII (Latin-1, Latin Extended-A of either case, Greek, Cyrillic).
 */
function countCapitals(text: string, enough: number): number {
  let n = 0;
  let run = 0;
  let capitals = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const c = text.charCodeAt(i);
    if (isCapital(c)) {
      run++;
      capitals++;
    } else if (run && (c === 39 || c === 45 || c === 0x2019 || (c >= 0x300 && c <= 0x36f))) run++;
    else {
      if (capitals >= 2) n += run;
      if (n >= enough) return n;
      run = 0;
      capitals = 0;
    }
  }
  return capitals >= 2 ? n + run : n;
}

/** "!!!", "???", "?!?!" — runs of at least `min` marks, or a mixed "?!" pair. */
export function punctuationRuns(text: string, min: number): Span[] {
  const spans: Span[] = [];
  if (!RUN_HINT.test(text)) return spans;
  for (const m of text.matchAll(/[!?！？]{2,}/g)) {
    const mixed = /[!！]/.test(m[0]) && /[?？]/.test(m[0]);
    if (m[0].length >= min || mixed) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

/**
 * Masked swearing: "f***", "sh*t", "d@mn", "$#!%", and longer words masked inside ("f*cking",
 * "verf***ten", "A****lochverein", "k*k*ti", "sh*ts." at a sentence's end) — but not "5*3", an
 * e-mail address, *emphasis* between asterisks, German gender stars ("Bürger*innen") or words
 * glued to a hashtag.
 */
export function maskedSwearing(text: string): Span[] {
  const spans: Span[] = [];
  // Cheap gate: a masking symbol inside a word, or a run of symbols ("@user" alone is not enough).
  if (!MASK_CHAR.test(text) || !MASK_HINT.test(text)) return spans;
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}@.*#$%])(?:\p{L}{1,3}[*#@$%]{1,4}(?![\p{L}\p{N}*#@$%.])|\p{L}{1,6}(?:[*$%]{1,4}(?!innen|in(?![\p{L}]))\p{L}{1,12}){1,2}(?![\p{L}\p{N}*#@$%]|\.[\p{L}\p{N}]))|(?<![\p{L}\p{N}])[@#$%&*!]{4,}(?![\p{L}\p{N}])/gu,
  )) {
    const word = m[0];
    // A grawlix must mix symbols: "!!!!" is punctuation and "****" a redaction.
    if (/^[!*]+$/.test(word)) continue;
    spans.push([m.index ?? 0, (m.index ?? 0) + word.length]);
  }
  return spans;
}
