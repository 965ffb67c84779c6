/**
 * Normalises text for matching without moving any character: offsets into the result are
 * offsets into the original, so evidence can point at the customer's own words.
 * Lower-cases, folds diacritics (ä→a, έ→ε, ý→y), final sigma → sigma, curly quotes → '.
 */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base : lower.length === 1 ? lower : ch;
    if (out === 'ς') out = 'σ';
    if (out === '\u2019' || out === '\u2018' || out === '\u02bc') out = "'";
    folded.set(ch, out);
  }
  return out;
}

export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII lower-cases in place and has nothing to fold.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose
  if (lower.length === text.length && /^[\x00-\x7f]*$/.test(lower)) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (emoji, rare Han) are kept as they are: two code units in, two out.
    if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i] as string);
  }
  return out;
}

/** Caps text the engine will look at, so a pasted novel can never stall a tab. */
export const MAX_MESSAGE_CHARS = 20_000;
export const MAX_TICKET_CHARS = 200_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/** Strips control characters (binary junk) while keeping offsets: each becomes a space. */
export function sanitizeText(text: unknown): string {
  if (typeof text !== 'string') return '';
  if (!JUNK.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it strips
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ');
}
