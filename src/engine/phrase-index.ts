import { isNegated } from './negation';
import { type Phrase, matchAt, parsePhrase } from './phrase';
import { type Tokens, wordHash } from './tokenize';

/** Called for each phrase found: its matcher, its span in the text, and whether a negator precedes it. */
export type OnHit = (matcher: number, start: number, end: number, negated: boolean) => void;

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
  /** Keyed by the second word's hash; matching checks the words themselves. Made when first needed. */
  bySecond?: Map<number, Entry[]>;
  rest: Entry[];
}

/**
 * Every phrase of every enabled pack in one index keyed by its first word (and second), so a
 * message is scanned once: each token looks up the phrases that can start there, not rules × text.
 */
export class PhraseIndex {
  /** Keyed by the first word's hash (tokens carry theirs): no string per word of the text. */
  private readonly exact = new Map<number, Bucket>();
  /** Prefix phrases ("cancel*") keyed by the hash of their first three characters. */
  private readonly prefix = new Map<number, Bucket>();
  /**
   * One bit per hash (its low 16 bits) of every first word and prefix: most words of a message
   * start no phrase, and a bit test is cheaper than a map lookup.
   */
  private readonly firstBits = new Uint8Array(8_192);
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
    let parsed = false;
    for (const [lang, list] of this.pending) {
      if (languages && !languages.has(lang)) continue;
      this.pending.delete(lang);
      parsed = true;
      for (const { source, matcher } of list) {
        try {
          this.insert(parsePhrase(source), matcher, lang);
        } catch {
          /* rejected at validation */
        }
      }
    }
    // Only after parsing: a text in one language must not pay for the lists of the others.
    if (parsed) this.compact();
  }

  /**
   * Every list cut to its length: a list grown by push keeps room for 16 or more, and every
   * ticket tab holds thousands of them (a third of the index's memory).
   */
  private compact(): void {
    const buckets = [...this.exact.values(), ...this.prefix.values(), ...this.shortPrefixes.map((s) => s.bucket)];
    for (const bucket of buckets) {
      bucket.rest = bucket.rest.slice();
      if (bucket.bySecond) for (const [key, list] of bucket.bySecond) bucket.bySecond.set(key, list.slice());
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
      if (!alt.prefix) bucket = bucketOf(this.exact, this.mark(wordHash(alt.text)));
      else if (alt.text.length >= 3) bucket = bucketOf(this.prefix, this.mark(wordHash(alt.text, 0, 3)));
      else {
        bucket = { rest: [] };
        this.shortPrefixes.push({ text: alt.text, bucket });
      }
      if (plainSecond && second?.kind === 'word') {
        bucket.bySecond ??= new Map();
        for (const next of second.alternatives) push(bucket.bySecond, wordHash(next.text), entry);
      } else bucket.rest.push(entry);
    }
  }

  private mark(hash: number): number {
    this.firstBits[(hash & 0xffff) >> 3] = (this.firstBits[(hash & 0xffff) >> 3] as number) | (1 << (hash & 7));
    return hash;
  }

  private marked(hash: number): boolean {
    return ((this.firstBits[(hash & 0xffff) >> 3] as number) & (1 << (hash & 7))) !== 0;
  }

  scan(tokens: Tokens, languages: LanguageFilter, onHit: OnHit): void {
    this.ensure(languages);
    const { hash, hash3, count } = tokens;
    const shorts = this.shortPrefixes;
    for (let i = 0; i < count; i++) {
      const h = hash[i] as number;
      const h3 = hash3[i] as number;
      const exact = this.marked(h);
      const prefixed = h3 >= 0 && this.marked(h3);
      if (exact || prefixed) {
        const following = i + 1 < count ? (hash[i + 1] as number) : -1;
        if (exact) this.tryBucket(this.exact.get(h), following, tokens, i, languages, onHit);
        if (prefixed) this.tryBucket(this.prefix.get(h3), following, tokens, i, languages, onHit);
      }
      for (let k = 0; k < shorts.length; k++) {
        const short = shorts[k] as { text: string; bucket: Bucket };
        if (tokens.is(i, short.text, true))
          this.tryBucket(short.bucket, i + 1 < count ? (hash[i + 1] as number) : -1, tokens, i, languages, onHit);
      }
    }
  }

  private tryBucket(bucket: Bucket | undefined, following: number, tokens: Tokens, i: number, languages: LanguageFilter, onHit: OnHit) {
    if (!bucket) return;
    if (bucket.rest.length) this.tryAll(bucket.rest, tokens, i, languages, onHit);
    if (following >= 0 && bucket.bySecond) {
      const entries = bucket.bySecond.get(following);
      if (entries) this.tryAll(entries, tokens, i, languages, onHit);
    }
  }

  private tryAll(entries: Entry[], tokens: Tokens, i: number, languages: LanguageFilter, onHit: OnHit): void {
    for (const { phrase, matcher, lang } of entries) {
      if (languages && !languages.has(lang)) continue;
      const last = matchAt(phrase, tokens, i);
      if (last >= 0) onHit(matcher, tokens.start[i] as number, tokens.end[last] as number, isNegated(tokens, i));
    }
  }
}

function bucketOf<K>(map: Map<K, Bucket>, key: K): Bucket {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = { rest: [] };
    map.set(key, bucket);
  }
  return bucket;
}

function push<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
