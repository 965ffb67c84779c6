import { isNegated } from './negation';
import { type Phrase, matchAt, parsePhrase } from './phrase';
import type { Token } from './tokenize';

export interface PhraseHit {
  matcher: number;
  start: number;
  end: number;
  negated: boolean;
}

interface Entry {
  phrase: Phrase;
  matcher: number;
  lang: string;
}

/** Which phrase languages to use for a text; undefined = all. */
export type LanguageFilter = ReadonlySet<string> | undefined;

/**
 * Phrases that start with the same word, split by their second word where it is a plain one:
 * "I" starts 80+ phrases, but after "I want" only a handful are left to try.
 */
interface Bucket {
  bySecond: Map<string, Entry[]>;
  rest: Entry[];
}

/**
 * Every phrase of every enabled pack in one index keyed by its first word (and second), so a
 * message is scanned once: each token looks up the phrases that can start there, not rules × text.
 */
export class PhraseIndex {
  private readonly exact = new Map<string, Bucket>();
  /** Prefix phrases ("cancel*") keyed by their first three characters as one number: no substring per token. */
  private readonly prefix = new Map<number, Bucket>();
  /** The rare prefixes shorter than three characters. */
  private readonly shortPrefixes: { text: string; bucket: Bucket }[] = [];
  /**
   * Phrases not parsed yet, by language: a language's phrases are parsed the first time a text
   * needs them, so an English ticket never pays for the Slovak lexicon (page load, CLI start).
   */
  private readonly pending = new Map<string, { source: string; matcher: number }[]>();
  size = 0;

  /** Registers a phrase to parse when its language is first needed. Invalid phrases are skipped then. */
  addSource(source: string, matcher: number, lang = 'und'): void {
    const list = this.pending.get(lang);
    if (list) list.push({ source, matcher });
    else this.pending.set(lang, [{ source, matcher }]);
    this.size++;
  }

  private ensure(languages: LanguageFilter): void {
    if (!this.pending.size) return;
    for (const [lang, list] of this.pending) {
      if (languages && !languages.has(lang)) continue;
      this.pending.delete(lang);
      for (const { source, matcher } of list) {
        try {
          this.insert(parsePhrase(source), matcher, lang);
        } catch {
          /* rejected at validation */
        }
      }
    }
  }

  add(phrase: Phrase, matcher: number, lang = 'und'): void {
    this.insert(phrase, matcher, lang);
    this.size++;
  }

  private insert(phrase: Phrase, matcher: number, lang: string): void {
    const [first, second] = phrase.tokens;
    if (first?.kind !== 'word') return;
    const entry = { phrase, matcher, lang };
    const plainSecond = second?.kind === 'word' && !second.optional && second.alternatives.every((a) => !a.prefix);
    for (const alt of first.alternatives) {
      let bucket: Bucket;
      if (!alt.prefix) bucket = bucketOf(this.exact, alt.text);
      else if (alt.text.length >= 3) bucket = bucketOf(this.prefix, key3(alt.text));
      else {
        bucket = { bySecond: new Map(), rest: [] };
        this.shortPrefixes.push({ text: alt.text, bucket });
      }
      if (plainSecond && second?.kind === 'word') for (const next of second.alternatives) push(bucket.bySecond, next.text, entry);
      else bucket.rest.push(entry);
    }
  }

  scan(tokens: Token[], languages?: LanguageFilter): PhraseHit[] {
    this.ensure(languages);
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const text = (tokens[i] as Token).text;
      const following = tokens[i + 1]?.text;
      this.tryBucket(this.exact.get(text), following, tokens, i, hits, languages);
      if (text.length >= 3) this.tryBucket(this.prefix.get(key3(text)), following, tokens, i, hits, languages);
      for (const short of this.shortPrefixes)
        if (text.startsWith(short.text)) this.tryBucket(short.bucket, following, tokens, i, hits, languages);
    }
    return hits;
  }

  private tryBucket(
    bucket: Bucket | undefined,
    following: string | undefined,
    tokens: Token[],
    i: number,
    hits: PhraseHit[],
    languages: LanguageFilter,
  ) {
    if (!bucket) return;
    if (bucket.rest.length) this.tryAll(bucket.rest, tokens, i, hits, languages);
    if (following !== undefined && bucket.bySecond.size) this.tryAll(bucket.bySecond.get(following), tokens, i, hits, languages);
  }

  private tryAll(entries: Entry[] | undefined, tokens: Token[], i: number, hits: PhraseHit[], languages: LanguageFilter): void {
    if (!entries) return;
    for (const { phrase, matcher, lang } of entries) {
      if (languages && !languages.has(lang)) continue;
      const last = matchAt(phrase, tokens, i);
      if (last < 0) continue;
      const first = tokens[i] as Token;
      hits.push({ matcher, start: first.start, end: (tokens[last] as Token).end, negated: isNegated(tokens, i) });
    }
  }
}

function key3(text: string): number {
  return (text.charCodeAt(0) * 65_536 + text.charCodeAt(1)) * 65_536 + text.charCodeAt(2);
}

function bucketOf<K>(map: Map<K, Bucket>, key: K): Bucket {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = { bySecond: new Map(), rest: [] };
    map.set(key, bucket);
  }
  return bucket;
}

function push<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
