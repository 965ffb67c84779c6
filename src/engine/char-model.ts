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

/** FNV-1a, one UTF-16 unit at a time: each n-gram's hash extends the one a unit shorter. */
const FNV_OFFSET = 0x811c9dc5;
const fnv = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193) >>> 0;
function hashOf(gram: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < gram.length; i++) h = fnv(h, gram.charCodeAt(i));
  return h;
}

/**
 * The weights by hash, built once per model in an open-addressed table (a Map was most of what
 * scoring cost): scoring then makes no strings. Two of the model's n-grams with one hash would add
 * up; none of the shipped ones do (test/engine/char-model.test.ts).
 */
interface Table {
  keys: Uint32Array;
  used: Uint8Array;
  weights: Float64Array;
  mask: number;
}
const tables = new WeakMap<CharModel, Table>();
const slot = (h: number, mask: number) => Math.imul(h, 0x9e3779b1) & mask;
function tableOf(model: CharModel): Table {
  let table = tables.get(model);
  if (table) return table;
  const entries = Object.entries(model.weights);
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, entries.length * 3)));
  table = { keys: new Uint32Array(size), used: new Uint8Array(size), weights: new Float64Array(size), mask: size - 1 };
  for (const [gram, weight] of entries) {
    const h = hashOf(gram);
    let i = slot(h, table.mask);
    while (table.used[i] && table.keys[i] !== h) i = (i + 1) & table.mask;
    table.used[i] = 1;
    table.keys[i] = h;
    table.weights[i] = (table.weights[i] as number) + weight;
  }
  tables.set(model, table);
  return table;
}
function weightOf({ keys, used, weights, mask }: Table, h: number): number {
  let i = slot(h, mask);
  while (used[i]) {
    if (keys[i] === h) return weights[i] as number;
    i = (i + 1) & mask;
  }
  return 0;
}

/** The model's score: its bias and the weight of each distinct n-gram of the text (as `charGrams` reads it). */
export function modelScore(model: CharModel, text: string): number {
  const table = tableOf(model);
  const t = modelText(text);
  const [min, max] = model.n;
  const seen = seenFor(t.length * (max - min + 1));
  let z = model.bias;
  for (let i = 0; i < t.length; i++) {
    let h = FNV_OFFSET;
    for (let n = 1; n <= max && i + n <= t.length; n++) {
      h = fnv(h, t.charCodeAt(i + n - 1));
      // The weight first: most of a text's n-grams are not in the model, and need not be remembered.
      if (n >= min) {
        const w = weightOf(table, h);
        if (w !== 0 && seen(h)) z += w;
      }
    }
  }
  return z;
}

/**
 * Which n-grams this text has counted already: an open-addressed table that a new stamp empties,
 * so scoring allocates nothing (a Set per text was half the time of scoring).
 */
let keys = new Uint32Array(1024);
let stamps = new Uint32Array(1024);
let stamp = 0;
function seenFor(grams: number): (h: number) => boolean {
  if (grams * 2 > keys.length || stamp === 0xffffffff) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(1024, grams * 2)));
    keys = new Uint32Array(size);
    stamps = new Uint32Array(size);
    stamp = 0;
  }
  stamp++;
  const mask = keys.length - 1;
  return (h) => {
    let i = slot(h, mask);
    while (stamps[i] === stamp) {
      if (keys[i] === h) return false;
      i = (i + 1) & mask;
    }
    stamps[i] = stamp;
    keys[i] = h;
    return true;
  };
}

/** Whether two n-grams of the model share a hash (they would be scored as one). */
export function hashCollisions(model: CharModel): number {
  return Object.keys(model.weights).length - new Set(Object.keys(model.weights).map(hashOf)).size;
}

// A word, or a run of Han characters (read two at a time: Chinese has no spaces).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Words of four letters or more that say nothing as a reason, for languages the language guess
 * lists no function words of (it knows Greek by its script): "Είστε απατεώνες" is angry for
 * "απατεώνες", not for "you are".
 */
const MINOR_WORDS: Record<string, string[]> = {
  el: [
    'είστε',
    'είσαι',
    'είναι',
    'είμαι',
    'εσείς',
    'αυτό',
    'αυτή',
    'αυτός',
    'αυτά',
    'όλοι',
    'όλα',
    'πολύ',
    'ήταν',
    'έχω',
    'έχετε',
    'έχει',
    'από',
    'μόνο',
    'τώρα',
    'εδώ',
    'όταν',
    'γιατί',
    'κάτι',
    'τίποτα',
  ],
};

const minorSets = new Map<string, ReadonlySet<string>>();
/** A language's function words and minor words, as one set made once (evidence is asked for every flagged message). */
function minorWords(language: string): ReadonlySet<string> {
  let set = minorSets.get(language);
  if (!set) {
    set = new Set([...(FUNCTION_WORDS[language] ?? []), ...(MINOR_WORDS[language] ?? [])]);
    minorSets.set(language, set);
  }
  return set;
}

/**
 * The words that pushed the score up most: what the sidebar shows as the reason. Short words and
 * function words are left out: a model of tweets learns that "ihr" often starts an insult, but
 * an agent shown "ihr" as the reason learns nothing.
 */
export function modelEvidence(model: CharModel, text: string, message: number, most = 2): Evidence[] {
  const spans: { start: number; end: number; weight: number }[] = [];
  const minor = minorWords(model.language);
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0];
    const han = HAN.test(word);
    if (!han && (word.length < 4 || minor.has(word.toLowerCase()))) continue;
    const pieces = han && word.length > 2 ? [...word].map((_, i) => [i, Math.min(i + 2, word.length)]) : [[0, word.length]];
    for (const [from = 0, to = 0] of pieces) {
      spans.push({ start: start + from, end: start + to, weight: modelScore(model, word.slice(from, to)) - model.bias });
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
  // A signal must show its words: one whose weight is all in short and function words is not shown.
  const evidence = modelEvidence(model, text, message);
  if (!evidence.length) return undefined;
  const rule = { pack: 'model', id: `${model.signal}-${model.language}`, source: model.source };
  return {
    id: model.signal,
    // What the model measured, not more: a likely signal ranks below what the rules are sure of.
    confidence: model.precision,
    scope,
    evidence,
    rule,
    rules: [rule],
  };
}

/** Which model reads a language tag: its primary subtag, Bokmål and Nynorsk as Norwegian. */
export function modelLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}
