import { compilePacks } from '../../src/engine/compile';
import type { Pack } from '../../src/engine/pack-schema';
import { scanText } from '../../src/engine/scan';
import type { Row } from './datasets';

export interface PhraseStat {
  phrase: string;
  hits: number;
  positive: number;
  /** Two negative rows it matched, for reading. */
  examples: string[];
}

/**
 * Each phrase's hits on labelled rows, and how many of them were positive: one signal rule per
 * phrase, so the engine's own scan (normalisation, negation, gaps) says which phrase matched.
 */
export function phraseStats(phrases: string[], lang: string, rows: Row[], signal: string): PhraseStat[] {
  const list = [...new Set(phrases)];
  const pack = {
    schemaVersion: 1,
    id: 'measure',
    name: 'measure',
    version: '0',
    signals: list.map((p, i) => ({ id: `p${i}`, signal, weight: 0.9, phrases: { [lang]: [p] } })),
  } as unknown as Pack;
  const compiled = compilePacks([pack]);
  const stats: PhraseStat[] = list.map((phrase) => ({ phrase, hits: 0, positive: 0, examples: [] }));
  for (const row of rows) {
    const seen = new Set<number>();
    for (const matcher of scanText(row.text, compiled, lang).keys()) {
      const index = compiled.signalRuleOf[matcher];
      if (index === undefined || index < 0 || seen.has(index)) continue;
      seen.add(index);
      const s = stats[index] as PhraseStat;
      s.hits++;
      if (row.positive) s.positive++;
      else if (s.examples.length < 2) s.examples.push(row.text.slice(0, 60));
    }
  }
  return stats;
}

/** Wilson lower bound (95 %) of a phrase's precision: few hits, little confidence. */
export function wilson({ hits, positive }: { hits: number; positive: number }): number {
  if (!hits) return 0;
  const z = 1.96;
  const p = positive / hits;
  return (p + (z * z) / (2 * hits) - z * Math.sqrt((p * (1 - p)) / hits + (z * z) / (4 * hits * hits))) / (1 + (z * z) / hits);
}
