import type { CompiledMatcher, CompiledPacks, Side } from './compile';
import { maskedSwearing, punctuationRuns, shouting, type Span } from './detectors';
import { normalizeText } from './normalize';
import type { LanguageFilter } from './phrase-index';
import { Tokens, tokenize } from './tokenize';

export interface Hit {
  start: number;
  end: number;
}

/** Hits per matcher id for one text: the phrase index once, then the few special detectors. */
export type ScanResult = Map<number, Hit[]>;

/**
 * The phrase languages to use for a text in `language`: its own, English (the lingua franca of
 * support: "sorry", "WTF" turn up everywhere) and language-neutral phrases. Without a known
 * language, every language's phrases apply. This keeps Norwegian "retur*" off English "returned".
 * Greek and Chinese phrases cannot match text without Greek or Han letters, and can never be
 * confused with another language's: they apply whenever the text has such letters (a Greek
 * message in an English thread is still read in Greek), and are not even parsed otherwise.
 */
function phraseLanguages(language: string | undefined, normalized: string, ascii: boolean): LanguageFilter {
  if (!language || language === 'und') return undefined;
  let filters = FILTERS.get(language);
  if (!filters) {
    const own = [language.split('-')[0] as string, 'en', 'und'];
    filters = [new Set(own), new Set([...own, 'el']), new Set([...own, 'zh']), new Set([...own, 'el', 'zh'])];
    FILTERS.set(language, filters);
  }
  if (ascii) return filters[0];
  return filters[(GREEK.test(normalized) ? 1 : 0) + (HAN.test(normalized) ? 2 : 0)];
}
/** Per language: its filter alone, with Greek, with Chinese, with both. */
const FILTERS = new Map<string, Set<string>[]>();
// biome-ignore lint/suspicious/noControlCharactersInRegex: "not ASCII" is the whole point
const NON_ASCII = /[^\x00-\x7f]/;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CAPITALS_HINT = /[A-Z]{2}/;
// Two capitals in a row in the scripts of our languages (Latin-1, Latin Extended-A whole, Greek,
// Cyrillic): a cheap superset of what the shouting detector's own Unicode check finds.
const CAPITALS_HINT_WIDE = /[A-Z\u00c0-\u00de\u0100-\u017f\u0386-\u03ab\u0410-\u042f]{2}/;
const MARKS_HINT = /[!?！？]{2}/;
/**
 * Whether masked swearing is possible: a masking symbol right after a letter ("f***", "sh*t",
 * "d@mn") or in a run of symbols ("$#!%") — not a "#hashtag", an "@mention" or a lone "&".
 * One native scan (five indexOf loops cost twice as much on tweets full of @ and #).
 */
const MASK_HINT = /[0-9A-Za-z\u0080-\uffff][*#$%@]|[*#$%@][*#$%@&!]/;

/** One buffer for the words of the text being scanned: scanning is synchronous, one text at a time. */
const words = new Tokens();

// What the phrase index's callback writes to: one scan at a time, so no closure per text, and
// no map at all for the many texts where nothing is found.
let current: ScanResult | null = null;
let currentMatchers: CompiledMatcher[] = [];
const NOTHING: ScanResult = new Map();

function push(matcher: number, start: number, end: number): void {
  current ??= new Map();
  const list = current.get(matcher);
  if (list) list.push({ start, end });
  else current.set(matcher, [{ start, end }]);
}

function onPhrase(matcher: number, start: number, end: number, negated: boolean): void {
  if (!negated || !currentMatchers[matcher]?.negatable) push(matcher, start, end);
}

/** Scans a customer message for signals, or the agent's words (a reply, the draft) for steps and checks. */
export function scanText(text: string, compiled: CompiledPacks, language?: string, side: Side = 'customer'): ScanResult {
  const ascii = !NON_ASCII.test(text);
  const normalized = normalizeText(text, ascii);
  current = null;
  currentMatchers = compiled.matchers;
  compiled.index[side].scan(tokenize(normalized, words), phraseLanguages(language, normalized, ascii), onPhrase);
  if (compiled.special[side].length) scanSpecial(text, normalized, compiled, compiled.special[side], ascii);
  const result = current ?? NOTHING;
  current = null;
  // Drop matches that an exception of the same matcher overlaps (only matchers that found something can).
  for (const [id, hits] of result) {
    const exceptions = compiled.matchers[id]?.exceptions;
    const except = exceptions !== undefined ? result.get(exceptions) : undefined;
    if (!except) continue;
    const kept = hits.filter((h) => !except.some((x) => x.start < h.end && h.start < x.end));
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
  return result;
}

/**
 * The detectors that are not phrases, behind one pass over the text that tells whether any of
 * them can find something: most messages have no run of capitals, no "!!" and no "f***".
 */
function scanSpecial(text: string, normalized: string, compiled: CompiledPacks, special: number[], ascii: boolean) {
  // Native scans, each stopping at its first find: cheaper than one loop in JavaScript (measured).
  const capitals = (ascii ? CAPITALS_HINT : CAPITALS_HINT_WIDE).test(text);
  const marks = MARKS_HINT.test(text);
  const masks = MASK_HINT.test(text);
  // Masked swearing is looked for once per text, however many rules ask for it.
  let masked: Span[] | undefined;
  for (const id of special) {
    const m = compiled.matchers[id] as CompiledMatcher;
    for (const re of m.regexes) for (const [s, e] of re.exec(normalized)) push(id, s, e);
    if (m.shouting && capitals) for (const [s, e] of shouting(text, m.shouting.minRatio, m.shouting.minLetters)) push(id, s, e);
    if (m.punctuation && marks) for (const [s, e] of punctuationRuns(text, m.punctuation.min)) push(id, s, e);
    if (m.masked && masks) {
      masked ??= maskedSwearing(text);
      for (const [s, e] of masked) push(id, s, e);
    }
  }
}
