import { normalizeText } from './normalize';
import { Tokens, tokenize, wordHash } from './tokenize';

/**
 * A word a phrase accepts. `key` is the hash the text's words carry for it (tokenize.ts): the
 * whole word's, or for a prefix its first three characters' (-1 if shorter), so most words that
 * do not match are told apart by one comparison of numbers before any text is read.
 */
export interface Alternative {
  text: string;
  prefix: boolean;
  key: number;
}

/**
 * The phrase language a team lead writes instead of regular expressions:
 *   refund            the word, with word boundaries (case and accents ignored)
 *   cancel*           any word starting with "cancel" (inflections: cancelled, cancelling)
 *   manager|boss      either word
 *   the?              an optional word
 *   *                 exactly one word, any
 *   ... or ~N         a gap of 0–3 (or 0–N, N ≤ 6) words: proximity within a sentence
 * Chinese is written without spaces: each Han character is a word of its own.
 */
export type PhraseToken = { kind: 'word'; alternatives: Alternative[]; optional: boolean } | { kind: 'any' } | { kind: 'gap'; max: number };

export interface Phrase {
  tokens: PhraseToken[];
  source: string;
}

export class PhraseError extends Error {}

/**
 * Tokens are never changed once parsed, so phrases parsed together share them: "refund" is one
 * token however many phrases say it. Thousands of phrases are parsed in every ticket tab, and
 * most of their words recur ("I", "you", "want"); sharing saves a third of the phrase index's
 * memory. The caller keeps the map for as long as it parses (a language's phrases at once) and
 * then lets it go: its keys are not needed to match.
 */
export type SharedTokens = Map<string, PhraseToken>;

function shared(tokens: SharedTokens | undefined, key: string, make: () => PhraseToken): PhraseToken {
  if (!tokens) return make();
  let token = tokens.get(key);
  if (!token) {
    token = make();
    tokens.set(key, token);
  }
  return token;
}

const MAX_GAP = 6;
const MAX_GAPS_PER_PHRASE = 2;

export function parsePhrase(source: string, sharing?: SharedTokens): Phrase {
  const raw = source.trim();
  if (!raw) throw new PhraseError('is empty');
  const tokens: PhraseToken[] = [];
  let gaps = 0;
  for (const part of raw.split(/\s+/)) {
    if (part === '...' || part === '…' || /^~\d+$/.test(part)) {
      const max = part.startsWith('~') ? Number(part.slice(1)) : 3;
      if (max > MAX_GAP) throw new PhraseError(`gap "${part}" is wider than ~${MAX_GAP}`);
      if (++gaps > MAX_GAPS_PER_PHRASE) throw new PhraseError(`has more than ${MAX_GAPS_PER_PHRASE} gaps`);
      tokens.push({ kind: 'gap', max });
      continue;
    }
    if (part === '*') {
      tokens.push({ kind: 'any' });
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    // Split Han runs into one token per character, as the tokenizer does for the text.
    const words = tokenizeWordPattern(body);
    if (words.length > 1 && (optional || body.includes('|'))) {
      throw new PhraseError(`has "${part}": alternatives and "?" work on single words only`);
    }
    for (const word of words) {
      const key = `${optional ? '?' : ''}${word.map((a) => (a.prefix ? `${a.text}*` : a.text)).join('|')}`;
      tokens.push(shared(sharing, key, () => ({ kind: 'word', alternatives: word, optional })));
    }
  }
  const first = tokens[0];
  if (first?.kind !== 'word' || first.optional) {
    throw new PhraseError('must start with a word (not *, a gap or an optional word)');
  }
  const last = tokens[tokens.length - 1];
  if (last && last.kind === 'gap') throw new PhraseError('cannot end with a gap');
  // Cut to length: a pushed-to list keeps room for 16 (thousands of phrases live in every tab).
  return { tokens: tokens.slice(), source };
}

/** One buffer for the words of the phrase being parsed: thousands are parsed on a page's first ticket. */
const scratch = new Tokens();

function alternative(text: string, prefix: boolean): Alternative {
  return { text, prefix, key: !prefix ? wordHash(text) : text.length >= 3 ? wordHash(text, 0, 3) : -1 };
}

function tokenizeWordPattern(body: string): Alternative[][] {
  const alternatives = body.split('|').map((alt) => {
    const prefix = alt.length > 1 && alt.endsWith('*');
    const text = normalizeText(prefix ? alt.slice(0, -1) : alt);
    if (!text || /[*?~]/.test(text)) {
      throw new PhraseError(`has "${alt}", which is not a word: "*" may only end a word ("cancel*") or stand alone`);
    }
    return alternative(text, prefix);
  });
  const only = alternatives[0];
  if (alternatives.length === 1 && only) {
    const words = tokenize(only.text, scratch);
    if (words.count > 1) {
      return Array.from({ length: words.count }, (_, i) => [alternative(words.word(i), i === words.count - 1 && only.prefix)]);
    }
    if (words.count === 0) throw new PhraseError(`"${body}" has no letters`);
  }
  return [alternatives];
}

/** Where a phrase matched: the index of its last token, or -1. */
export function matchAt(phrase: Phrase, tokens: Tokens, at: number): number {
  return at < tokens.count ? step(phrase.tokens, 0, tokens, at, tokens.sentence[at] as number) : -1;
}

function wordMatches(tokens: Tokens, t: number, alternatives: Alternative[], sentence: number) {
  if (t >= tokens.count || tokens.sentence[t] !== sentence) return false;
  const hash = tokens.hash[t] as number;
  const hash3 = tokens.hash3[t] as number;
  for (let k = 0; k < alternatives.length; k++) {
    const a = alternatives[k] as Alternative;
    if (a.key !== (a.prefix ? (a.key < 0 ? -1 : hash3) : hash)) continue;
    if (tokens.is(t, a.text, a.prefix)) return true;
  }
  return false;
}

/** Returns the index of the last matched token, or -1. Phrases are short and gaps bounded. */
function step(pattern: PhraseToken[], p: number, tokens: Tokens, t: number, sentence: number): number {
  if (p === pattern.length) return t - 1;
  const pt = pattern[p] as PhraseToken;
  if (pt.kind === 'any') {
    return t < tokens.count && tokens.sentence[t] === sentence ? step(pattern, p + 1, tokens, t + 1, sentence) : -1;
  }
  if (pt.kind === 'gap') {
    for (let skip = 0; skip <= pt.max; skip++) {
      if (skip > 0 && (t + skip - 1 >= tokens.count || tokens.sentence[t + skip - 1] !== sentence)) break;
      const end = step(pattern, p + 1, tokens, t + skip, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (wordMatches(tokens, t, pt.alternatives, sentence)) {
    const end = step(pattern, p + 1, tokens, t + 1, sentence);
    if (end >= 0) return end;
  }
  return pt.optional ? step(pattern, p + 1, tokens, t, sentence) : -1;
}
