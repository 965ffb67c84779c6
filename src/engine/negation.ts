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
const HAN = /\p{Script=Han}/u;
/** The negators' word hashes: a word is sliced and compared only where its hash says it may be one. */
const NEGATOR_HASHES = new Set([...NEGATORS].map((w) => wordHash(w)));

/**
 * Wanting, asking and needing, which a negation before them turns around for the whole clause:
 * "I'm not asking for a refund", "Ich will mein Geld nicht zurück", "δεν θέλω επιστροφή
 * χρημάτων", "nechcem peniaze späť", "jeg vil ikke ha pengene tilbake", "我不要退款".
 */
const WANTING = new Set([
  'want',
  'wanting',
  'need',
  'asking',
  'ask',
  'looking',
  'interested',
  'will',
  'would',
  'wollen',
  'mochte',
  'mochten',
  'brauche',
  'verlange',
  'θελω',
  'θελουμε',
  'ζητω',
  'ζηταω',
  'ζητουμε',
  'χρειαζομαι',
  'vil',
  'trenger',
  'ber',
  'onsker',
  '要',
  '想',
  '需',
]);
/** Slovak says it in one word: "nechcem" (I don't want). */
const NOT_WANTING = new Set(['nechcem', 'nechceme', 'nepotrebujem', 'nepotrebujeme', 'neziadam', 'neziadame', 'nepoziadam', 'nepozadujem']);
const NOT_WANTING_HASHES = new Set([...NOT_WANTING].map((w) => wordHash(w)));
/** The negations German and Norwegian put after the object ("Geld nicht zurück", "pengene ikke tilbake"). */
const POST_NEGATORS = new Set(['nicht', 'ikke', 'ikkje']);
/** How far back in its clause a "don't want" reaches. */
const CLAUSE_WINDOW = 8;
/** What ends a clause between two words: a comma, a semicolon, a colon, a dash. */
const CLAUSE_BREAK = /[,;:\u2013\u2014\uff0c\u3001]/;
/** Words that open a new clause, with its own polarity: "not a replacement but a refund". */
const TURNS = new Set(['but', 'aber', 'sondern', 'αλλα', 'ale', 'men', '但', '而', '可']);

const isNegator = (tokens: Tokens, j: number) => NEGATOR_HASHES.has(tokens.hash[j] as number) && NEGATORS.has(tokens.word(j));
const isNotWanting = (tokens: Tokens, j: number) => NOT_WANTING_HASHES.has(tokens.hash[j] as number) && NOT_WANTING.has(tokens.word(j));

/**
 * True when the phrase from token i to `last` is negated: a negator within three words before
 * it in its sentence; or, in its clause, a "don't want" before it ("I'm not asking for a
 * refund"), a negator inside it ("Geld nicht zurück"), or a "nechcem" right after it.
 */
export function isNegated(tokens: Tokens, i: number, last = i): boolean {
  const sentence = tokens.sentence[i];
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    // "Not angry, just disappointed": a negation does not reach past its clause's comma.
    if (tokens.sentence[j] !== sentence || commaBreak(tokens, j) || listBreak(tokens, j, i)) break;
    if (isNegator(tokens, j)) return true;
  }
  for (let j = i + 1; j < last; j++) if (isNegator(tokens, j)) return true;
  for (let j = i - 1; j >= 0 && j >= i - CLAUSE_WINDOW; j--) {
    if (tokens.sentence[j] !== sentence || clauseBreak(tokens, j)) break;
    if (isNotWanting(tokens, j)) return true;
    if (isNegator(tokens, j) && (isWanting(tokens, j + 1) || isWanting(tokens, j + 2))) return true;
  }
  for (let j = last + 1; j < tokens.count && j <= last + 2; j++) {
    if (tokens.sentence[j] !== sentence || clauseBreak(tokens, j - 1)) break;
    if (isNotWanting(tokens, j)) return true;
    // German and Norwegian put the negation after the object: "Ich will mein Geld nicht zurück".
    if (POST_NEGATORS.has(tokens.word(j)) && wantedBefore(tokens, i, sentence as number)) return true;
  }
  return false;
}

/** Whether a wanting word stands before token i in its clause. */
function wantedBefore(tokens: Tokens, i: number, sentence: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - CLAUSE_WINDOW; j--) {
    if (tokens.sentence[j] !== sentence || clauseBreak(tokens, j)) return false;
    if (isWanting(tokens, j)) return true;
  }
  return false;
}

/** Whether a clause ends after token j (punctuation before the next word, or the next word turns it). */
function clauseBreak(tokens: Tokens, j: number): boolean {
  if (j + 1 >= tokens.count) return false;
  const between = tokens.source.slice(tokens.end[j] as number, tokens.start[j + 1] as number);
  return CLAUSE_BREAK.test(between) || TURNS.has(tokens.word(j + 1));
}

const isWanting = (tokens: Tokens, j: number) => j < tokens.count && WANTING.has(tokens.word(j));

/** "Just", "only" opening a clause: "not angry, just disappointed", "nicht sauer, nur enttäuscht", "ikke sint, bare skuffet". */
const JUST = new Set([
  'just',
  'only',
  'merely',
  'simply',
  'nur',
  'bloss',
  'einfach',
  'bare',
  'kun',
  'μονο',
  'απλα',
  'len',
  'iba',
  'jednoducho',
]);

/** A comma or dash before a "just"/"only" clause after token j: the negation before it does not reach past it. */
function commaBreak(tokens: Tokens, j: number): boolean {
  if (j + 1 >= tokens.count || !JUST.has(tokens.word(j + 1))) return false;
  return /[,;\u2013\u2014]/.test(tokens.source.slice(tokens.end[j] as number, tokens.start[j + 1] as number));
}

/**
 * A list of items each with its own negator ("nothing, no call, no update", "keine Mail, keine
 * Antwort", "ingen svar, ingen oppdatering"): a comma after token j ends the earlier negator's
 * item when a negator of the next item stands between it and the phrase at i (or opens the phrase).
 * Not in Chinese, where 不 and 没 are parts of words ("不正宗，不好吃"): measured, a Chinese list
 * break turned a mixed review on the waimai corpus into a complaint (tuning F1 .80 → .79).
 */
function listBreak(tokens: Tokens, j: number, i: number): boolean {
  if (HAN.test(tokens.word(i))) return false;
  if (j + 1 >= tokens.count || !/[,;\u3001\uff0c]/.test(tokens.source.slice(tokens.end[j] as number, tokens.start[j + 1] as number)))
    return false;
  for (let k = j + 1; k <= i; k++) if (isNegator(tokens, k)) return true;
  return false;
}
