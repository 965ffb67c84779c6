/**
 * Normalises text for matching without moving any character: offsets into the result are
 * offsets into the original, so evidence can point at the customer's own words.
 * Lower-cases, folds diacritics (ä→a, έ→ε, ý→y), final sigma → sigma, curly quotes → '.
 */
// Each code unit's folded form, learned once: 0 = not learned yet. Every fold is one code unit
// in and one out, so offsets never move. Below U+3000 (every alphabet we coach in) the table is
// 24 kB; the full 128 kB one is made the first time a text has a character beyond (Chinese,
// emoji), so most tabs never hold it. A lookup past the end reads undefined: "not learned yet".
let FOLD = new Uint16Array(0x3000);

function learnFold(code: number): number {
  if (code >= FOLD.length) {
    const wide = new Uint16Array(65_536);
    wide.set(FOLD);
    // Surrogates (emoji, rare Han) are kept as they are: two code units in, two out.
    for (let c = 0xd800; c <= 0xdfff; c++) wide[c] = c;
    FOLD = wide;
    if (FOLD[code]) return FOLD[code] as number;
  }
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  let out = base.length === 1 ? base : lower.length === 1 ? lower : ch;
  if (out === 'ς') out = 'σ';
  if (out === '\u2019' || out === '\u2018' || out === '\u02bc') out = "'";
  FOLD[code] = out.charCodeAt(0);
  return FOLD[code] as number;
}
for (let c = 0; c < 0x80; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

let scratch = new Uint16Array(1_024);

export function normalizeText(text: string, ascii?: boolean): string {
  // Fast path: plain ASCII lower-cases in place and has nothing to fold. (The caller may know already.)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose
  if (ascii === true || (ascii === undefined && /^[\x00-\x7f]*$/.test(text))) return text.toLowerCase();
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(n * 2);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    scratch[i] = FOLD[code] || learnFold(code);
  }
  // One native call for the whole string (short texts: fromCharCode; long ones in slices of 8,192).
  if (n <= 8_192) return String.fromCharCode.apply(null, scratch.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let at = 0; at < n; at += 8_192)
    out += String.fromCharCode.apply(null, scratch.subarray(at, Math.min(n, at + 8_192)) as unknown as number[]);
  return out;
}

/** Caps text the engine will look at, so a pasted novel can never stall a tab. */
export const MAX_MESSAGE_CHARS = 20_000;
export const MAX_TICKET_CHARS = 200_000;

/** A character of binary junk: a control character other than tab and line breaks, or U+FFFD. The one definition (text-hints.ts reads it too). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
export const JUNK_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const JUNK_CHARACTERS = new RegExp(JUNK_CHARACTER.source, 'g');

// Printable ASCII, tab and line breaks: most text, ruled clean in one scan that its scan for
// non-ASCII letters (scan.ts) would otherwise repeat after this one.
const MAYBE_JUNK = /[^\t\n\r\x20-\x7e]/;

/** Strips control characters (binary junk) while keeping offsets: each becomes a space. */
export function sanitizeText(text: unknown): string {
  if (typeof text !== 'string') return '';
  if (!MAYBE_JUNK.test(text) || !JUNK_CHARACTER.test(text)) return text;
  return text.replace(JUNK_CHARACTERS, ' ');
}
