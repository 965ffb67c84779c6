import { type Tokens, wordHash } from './tokenize';

// Words that turn the next few words around ("not angry", "no refund needed", "nicht
// wütend", "δεν θέλω", "nechcem" is one word and lives in the packs). Normalised forms.
// "never" is left out on purpose: "I never got my refund" still asks for the refund.
const NEGATORS = new Set([
  'not',
  'no',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  "wasn't",
  "aren't",
  "didn't",
  'didnt',
  'without',
  "won't",
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'ohne',
  'δεν',
  'μη',
  'μην',
  'οχι',
  'χωρις',
  'nie',
  'bez',
  'ikke',
  'ingen',
  'uten',
  '不',
  '没',
  '別',
  '别',
  '无',
  '無',
  '未',
]);

const WINDOW = 3;
/** The negators' word hashes: a word is sliced and compared only where its hash says it may be one. */
const NEGATOR_HASHES = new Set([...NEGATORS].map((w) => wordHash(w)));

/** True when a negator stands within three words before token i, in the same sentence. */
export function isNegated(tokens: Tokens, i: number): boolean {
  const sentence = tokens.sentence[i];
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    if (tokens.sentence[j] !== sentence) return false;
    if (NEGATOR_HASHES.has(tokens.hash[j] as number) && NEGATORS.has(tokens.word(j))) return true;
  }
  return false;
}
