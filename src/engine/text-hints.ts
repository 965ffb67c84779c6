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

// Per ASCII code: 1 capital, 2 mark, 4 masking symbol, 8 may follow a masking symbol, 16 a letter
// or digit, 64 a control character (the same bit as the hint).
const UPPER = 1;
const MARK = 2;
const MASK_SYMBOL = 4;
const AFTER_MASK = 8;
const ALNUM = 16;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] =
    (isCapital(c) ? UPPER : 0) |
    (ch === '!' || ch === '?' ? MARK : 0) |
    ('*#$%@'.includes(ch) ? MASK_SYMBOL | AFTER_MASK : 0) |
    (ch === '&' || ch === '!' ? AFTER_MASK : 0) |
    (/[0-9A-Za-z]/.test(ch) ? ALNUM : 0) |
    (c < 9 || c === 11 || c === 12 || (c >= 14 && c < 32) || c === 127 ? JUNK : 0);
}

/** The flags of a code unit above ASCII: every such character counts as a letter before a mask. */
function wide(code: number): number {
  let f = ALNUM;
  if (isCapital(code)) f |= UPPER;
  if (code === 0xff01 || code === 0xff1f) f |= MARK;
  if (code === 0xfffd) f |= JUNK;
  return f;
}

export function textHints(text: string): number {
  let hints = 0;
  let previous = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    let f: number;
    if (code < 128) f = ASCII[code] as number;
    else {
      f = wide(code);
      hints |= NON_ASCII;
      if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) hints |= GREEK;
      else if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) hints |= HAN;
    }
    if (f & previous & UPPER) hints |= CAPITALS;
    if (f & previous & MARK) hints |= MARKS;
    if ((f & MASK_SYMBOL && previous & ALNUM) || (f & AFTER_MASK && previous & MASK_SYMBOL)) hints |= MASKING;
    hints |= f & JUNK;
    previous = f;
  }
  return hints;
}
