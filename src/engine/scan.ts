import type { CompiledPacks } from './compile';
import { maskedSwearing, punctuationRuns, shouting, type Span } from './detectors';
import { normalizeText } from './normalize';
import { tokenize } from './tokenize';

export interface Hit {
  start: number;
  end: number;
}

/** Hits per matcher id for one text: the phrase index once, then the few special detectors. */
export type ScanResult = Map<number, Hit[]>;

export function scanText(text: string, compiled: CompiledPacks): ScanResult {
  const normalized = normalizeText(text);
  const result: ScanResult = new Map();
  const push = (matcher: number, start: number, end: number) => {
    const list = result.get(matcher);
    if (list) list.push({ start, end });
    else result.set(matcher, [{ start, end }]);
  };
  for (const hit of compiled.index.scan(tokenize(normalized))) {
    if (hit.negated && compiled.matchers[hit.matcher]?.negatable) continue;
    push(hit.matcher, hit.start, hit.end);
  }
  let masked: Span[] | undefined;
  compiled.matchers.forEach((m, id) => {
    for (const re of m.regexes) for (const [s, e] of re.exec(normalized)) push(id, s, e);
    if (m.shouting) for (const [s, e] of shouting(text, m.shouting.minRatio, m.shouting.minLetters)) push(id, s, e);
    if (m.punctuation) for (const [s, e] of punctuationRuns(text, m.punctuation.min)) push(id, s, e);
    if (m.masked) for (const [s, e] of (masked ??= maskedSwearing(text))) push(id, s, e);
  });
  return result;
}
