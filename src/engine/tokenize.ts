/** A word of normalised text with its place in the original. */
export interface Token {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

// Character classes, by UTF-16 code unit, filled lazily: 0 unknown, 1 other, 2 word (letter,
// mark or digit), 3 Han (a word on its own: Chinese has no spaces), 4 sentence end.
// A table lookup per character instead of a Unicode regex: this runs on every message.
const OTHER = 1;
const WORD = 2;
const HAN = 3;
const END = 4;
const classes = new Uint8Array(65_536);
const IS_HAN = /\p{Script=Han}/u;
const IS_WORD = /[\p{L}\p{M}\p{N}]/u;
for (const ch of '.!?;。！？；\n') classes[ch.charCodeAt(0)] = END;

function classOf(code: number): number {
  let c = classes[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Lone surrogates (emoji halves) are neither.
    c = code >= 0xd800 && code <= 0xdfff ? OTHER : IS_HAN.test(ch) ? HAN : IS_WORD.test(ch) ? WORD : OTHER;
    classes[code] = c;
  }
  return c;
}

/**
 * Words of normalised text: runs of letters, marks and digits, with inner apostrophes and
 * hyphens ("don't", "e-mail"); each Han character on its own. Sentence ends are counted, so
 * phrases never match across sentences.
 */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  const n = normalized.length;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = classOf(normalized.charCodeAt(i));
    if (c === WORD) {
      const start = i++;
      for (;;) {
        if (i < n && classOf(normalized.charCodeAt(i)) === WORD) i++;
        else if (i + 1 < n && (normalized[i] === "'" || normalized[i] === '-') && classOf(normalized.charCodeAt(i + 1)) === WORD) i += 2;
        else break;
      }
      tokens.push({ text: normalized.slice(start, i), start, end: i, sentence });
    } else {
      if (c === HAN) tokens.push({ text: normalized[i] as string, start: i, end: i + 1, sentence });
      else if (c === END && (i === 0 || classOf(normalized.charCodeAt(i - 1)) !== END)) sentence++;
      i++;
    }
  }
  return tokens;
}

export function countWords(normalized: string): number {
  return tokenize(normalized).length;
}
