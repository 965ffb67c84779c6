import { JUNK_CHARACTER } from './normalize';

/**
 * What a message may hold, in one pass over its characters: whether it is plain ASCII, has Greek
 * or Han letters (which phrase languages apply), and whether the special detectors can find
 * anything (two capitals in a row, "!!", a masking symbol after a letter). Most messages have none
 * of the last three, so their detectors never run. One loop instead of six regular-expression
 * scans that each read a message with nothing to find to its end (measured: half the time).
 */
export const NON_ASCII = 1;
export const GREEK = 2;
export const HAN = 4;
/** Two capitals in a row, in the scripts of our languages: a cheap superset of the shouting check. */
export const CAPITALS = 8;
/** Two of ! ? ！ ？ in a row. */
export const MARKS = 16;
/** A masking symbol right after a letter ("f***", "d@mn") or in a run of symbols ("$#!%"); not "#tag" or "@name". */
export const MASKING = 32;
/** A control character or U+FFFD: binary junk that `sanitizeText` blanks out. */
export const JUNK = 64;

/**
 * A capital in the scripts of our languages (ASCII, Latin-1, Latin Extended-A of either case,
 * Greek, Cyrillic): a superset of \p{Lu} there, for the hint here and the shouting detector's count.
 */
export function isCapital(c: number): boolean {
  // Two comparisons for the ASCII letters, spaces and digits that make up most text.
  if (c <= 90) return c >= 65;
  return c >= 0xc0 && (c <= 0xde || (c >= 0x100 && c <= 0x17f) || (c >= 0x386 && c <= 0x3ab) || (c >= 0x410 && c <= 0x42f));
}

// What each character may be to the hints: a capital, a mark (! ?), a masking symbol, a character
// that may follow one (! & or another symbol), a letter or digit, a control character (the same
// bit as the hint).
const UPPER = 1;
const MARK = 2;
const MASK_SYMBOL = 4;
const AFTER_MASK = 8;
const ALNUM = 16;

// A few classes of character, each with its flags: every hint depends on a character and the one
// before it, so one table lookup per pair of classes gives them all (a quarter of the time that
// testing each flag took, on the bench corpus).
const CLASS_FLAGS = [
  0, // space, punctuation
  UPPER | ALNUM,
  ALNUM,
  MARK, // ?
  MARK | AFTER_MASK, // !
  MASK_SYMBOL | AFTER_MASK, // * # $ % @
  AFTER_MASK, // &
  JUNK, // a control character
  ALNUM | MARK, // ！ ？ (every character above ASCII counts as a letter before a mask)
  ALNUM | JUNK, // U+FFFD
];
// The classes, as indexes into CLASS_FLAGS.
const OTHER = 0;
const CAPITAL = 1;
const LETTER = 2;
const QUESTION = 3;
const BANG = 4;
const SYMBOL = 5;
const AMPERSAND = 6;
const CONTROL = 7;
const WIDE_MARK = 8;
const REPLACEMENT = 9;

function asciiClass(c: number): number {
  const ch = String.fromCharCode(c);
  if (isCapital(c)) return CAPITAL;
  if (/[0-9a-z]/.test(ch)) return LETTER;
  if (ch === '?') return QUESTION;
  if (ch === '!') return BANG;
  if ('*#$%@'.includes(ch)) return SYMBOL;
  if (ch === '&') return AMPERSAND;
  if (JUNK_CHARACTER.test(ch)) return CONTROL;
  return OTHER;
}
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => asciiClass(c));

/** The hints a character of class `current` after one of class `previous` gives, at [previous << 4 | current]. */
const PAIR_HINTS = new Uint8Array(256);
for (const [previous, before] of CLASS_FLAGS.entries())
  for (const [current, f] of CLASS_FLAGS.entries())
    PAIR_HINTS[(previous << 4) | current] =
      (f & before & UPPER ? CAPITALS : 0) |
      (f & before & MARK ? MARKS : 0) |
      ((f & MASK_SYMBOL && before & ALNUM) || (f & AFTER_MASK && before & MASK_SYMBOL) ? MASKING : 0) |
      (f & JUNK);

/** The class of a code unit above ASCII. */
function wideClass(code: number): number {
  if (code === 0xff01 || code === 0xff1f) return WIDE_MARK;
  if (code === 0xfffd) return REPLACEMENT;
  return isCapital(code) ? CAPITAL : LETTER;
}

export function textHints(text: string): number {
  let hints = 0;
  let previous = OTHER;
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    let current: number;
    if (code < 128) current = ASCII_CLASS[code] as number;
    else {
      current = wideClass(code);
      hints |= NON_ASCII;
      if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) hints |= GREEK;
      else if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) hints |= HAN;
    }
    hints |= PAIR_HINTS[(previous << 4) | current] as number;
    previous = current;
  }
  return hints;
}
