import { FUNCTION_WORDS } from './function-words';
import type { Evidence, Signal, SignalId } from './types';

/**
 * A linear model over character n-grams, trained here (scripts/train-models.ts) on the tuning
 * part of labelled dev data, for anger in languages where words alone find too little. Character
 * n-grams catch inflections and compounds ("Scheiß-", "-idiot") that a phrase list misses. It is
 * data, like a pack: the service worker runs it (off the page's thread) and the engine only
 * merges what it found.
 */
export interface CharModel {
  signal: SignalId;
  language: string;
  /** Shortest and longest n-gram. */
  n: [number, number];
  bias: number;
  /** Flag at or above this score: chosen by cross-validation on the tuning part, precision first. */
  threshold: number;
  /** How often a flag was right in that cross-validation: the signal's confidence. */
  precision: number;
  weights: Record<string, number>;
  /** What it was trained on, shown with the signal. */
  source: string;
}

/** The text as the model reads it: lower case, one space between words, a space at each end. */
export function modelText(text: string): string {
  return ` ${text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()} `;
}

/** Every distinct n-gram of `text` (already `modelText`), from n[0] to n[1] characters. */
export function charGrams(text: string, [min, max]: [number, number]): Set<string> {
  const grams = new Set<string>();
  for (let n = min; n <= max; n++) for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  return grams;
}

export function modelScore(model: CharModel, text: string): number {
  let z = model.bias;
  for (const g of charGrams(modelText(text), model.n)) z += model.weights[g] ?? 0;
  return z;
}

// A word, or a run of Han characters (read two at a time: Chinese has no spaces).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The words that pushed the score up most: what the sidebar shows as the reason. Short words and
 * function words are left out: a model of tweets learns that "ihr" often starts an insult, but
 * an agent shown "ihr" as the reason learns nothing.
 */
export function modelEvidence(model: CharModel, text: string, message: number, most = 2): Evidence[] {
  const spans: { start: number; end: number; weight: number }[] = [];
  const minor = new Set(FUNCTION_WORDS[model.language] ?? []);
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0];
    const han = HAN.test(word);
    if (!han && (word.length < 4 || minor.has(word.toLowerCase()))) continue;
    const pieces = han && word.length > 2 ? [...word].map((_, i) => [i, Math.min(i + 2, word.length)]) : [[0, word.length]];
    for (const [from = 0, to = 0] of pieces) {
      let weight = 0;
      for (const g of charGrams(modelText(word.slice(from, to)), model.n)) weight += model.weights[g] ?? 0;
      spans.push({ start: start + from, end: start + to, weight });
    }
  }
  return spans
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, most)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ message, start, end }));
}

/** The model's signal on one message, or none below its threshold. */
export function modelSignal(model: CharModel, text: string, message: number, scope: Signal['scope']): Signal | undefined {
  const z = modelScore(model, text);
  if (z < model.threshold) return undefined;
  const rule = { pack: 'model', id: `${model.signal}-${model.language}`, source: model.source };
  return {
    id: model.signal,
    // What the model measured, not more: a likely signal ranks below what the rules are sure of.
    confidence: model.precision,
    scope,
    evidence: modelEvidence(model, text, message),
    rule,
    rules: [rule],
  };
}

/** Which model reads a language tag: its primary subtag, Bokmål and Nynorsk as Norwegian. */
export function modelLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}
