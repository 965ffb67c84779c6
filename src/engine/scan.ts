import type { CompiledMatcher, CompiledPacks } from './compile';
import { maskedSwearing, punctuationRuns, shouting, type Span } from './detectors';
import { normalizeText } from './normalize';
import type { LanguageFilter } from './phrase-index';
import { tokenize } from './tokenize';

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
export function phraseLanguages(language: string | undefined, normalized = ''): LanguageFilter {
  if (!language || language === 'und') return undefined;
  const greek = GREEK.test(normalized);
  const han = HAN.test(normalized);
  const key = `${language}${greek ? '+el' : ''}${han ? '+zh' : ''}`;
  let filter = FILTERS.get(key);
  if (!filter) {
    filter = new Set([language.split('-')[0] as string, 'en', 'und', ...(greek ? ['el'] : []), ...(han ? ['zh'] : [])]);
    FILTERS.set(key, filter);
  }
  return filter;
}
const FILTERS = new Map<string, LanguageFilter>();
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function scanText(text: string, compiled: CompiledPacks, language?: string): ScanResult {
  const normalized = normalizeText(text);
  const result: ScanResult = new Map();
  const push = (matcher: number, start: number, end: number) => {
    const list = result.get(matcher);
    if (list) list.push({ start, end });
    else result.set(matcher, [{ start, end }]);
  };
  for (const hit of compiled.index.scan(tokenize(normalized), phraseLanguages(language, normalized))) {
    if (hit.negated && compiled.matchers[hit.matcher]?.negatable) continue;
    push(hit.matcher, hit.start, hit.end);
  }
  // Masked swearing is looked for once per text, however many rules ask for it.
  let masked: Span[] | undefined;
  const maskedSpans = () => {
    masked ??= maskedSwearing(text);
    return masked;
  };
  for (const id of compiled.special) {
    const m = compiled.matchers[id] as CompiledMatcher;
    for (const re of m.regexes) for (const [s, e] of re.exec(normalized)) push(id, s, e);
    if (m.shouting) for (const [s, e] of shouting(text, m.shouting.minRatio, m.shouting.minLetters)) push(id, s, e);
    if (m.punctuation) for (const [s, e] of punctuationRuns(text, m.punctuation.min)) push(id, s, e);
    if (m.masked) for (const [s, e] of maskedSpans()) push(id, s, e);
  }
  // Drop matches that an exception of the same matcher overlaps.
  for (const id of compiled.withExceptions) {
    const m = compiled.matchers[id] as CompiledMatcher;
    const hits = result.get(id);
    const except = m.exceptions !== undefined ? result.get(m.exceptions) : undefined;
    if (!hits || !except) continue;
    const kept = hits.filter((h) => !except.some((x) => x.start < h.end && h.start < x.end));
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
  return result;
}
