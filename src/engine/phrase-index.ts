import { isNegated } from './negation';
import { type Phrase, type SharedTokens, matchAt, parsePhrase } from './phrase';
import { type Tokens, wordHash } from './tokenize';
import { WordTable } from './word-table';

/** Called for each phrase found: its matcher, its span in the text, and whether a negator precedes it. */
export type OnHit = (matcher: number, start: number, end: number, negated: boolean) => void;

interface Entry {
  phrase: Phrase;
  matcher: number;
  lang: string;
}

/**
 * A language's phrases waiting to be parsed, as two lists side by side rather than an object per
 * phrase: an English ticket keeps the other languages' thousands waiting in every tab.
 */
interface Pending {
  sources: string[];
  matchers: number[];
}

/** Which phrase languages to use for a text; undefined = all. */
export type LanguageFilter = ReadonlySet<string> | undefined;

/**
 * Phrases that start with the same word, split by their second word where it is a plain one:
 * "I" starts 80+ phrases, but after "I want" only a handful are left to try.
 */
interface Bucket {
  /** Its number: the phrases split by their second word are keyed by it and that word's hash. */
  id: number;
  /** Whether any phrase here is split by its second word (in `PhraseIndex.bySecond`). */
  paired: boolean;
  rest: Entry[];
}

/**
 * Every phrase of every enabled pack in one index keyed by its first word (and second), so a
 * message is scanned once: each token looks up the phrases that can start there, not rules × text.
 */
export class PhraseIndex {
  /** Keyed by the first word's hash (tokens carry theirs): no string per word of the text. */
  private readonly exact = new WordTable<Bucket>();
  /** Prefix phrases ("cancel*") keyed by the hash of their first three characters. */
  private readonly prefix = new WordTable<Bucket>();
  /** Phrases whose second word is a plain one, by their bucket's number and that word's hash: matching checks the words themselves. */
  private readonly bySecond = new WordTable<Entry[]>();
  private buckets = 0;
  /**
   * One bit per hash (its low 16 bits) of every first word and prefix: most words of a message
   * start no phrase, and a bit test is cheaper than a lookup.
   */
  private readonly firstBits = new Uint8Array(8_192);
  /** The rare prefixes shorter than three characters. */
  private readonly shortPrefixes: { text: string; bucket: Bucket }[] = [];
  /**
   * Phrases not parsed yet, by language: a language's phrases are parsed the first time a text
   * needs them, so an English ticket never pays for the Slovak lexicon (page load, CLI start).
   */
  private readonly pending = new Map<string, Pending>();
  size = 0;

  /**
   * `rewrite`, if given, turns each source into the phrase to parse (or undefined: none), when its
   * language is first needed: the Greeklish index (greeklish.ts) pays for its skeletons only when a
   * Greeklish text arrives, not at every compile.
   */
  constructor(private readonly rewrite?: (source: string) => string | undefined) {}

  /** Registers a phrase to parse when its language is first needed. Invalid phrases are skipped then. */
  addSource(source: string, matcher: number, lang = 'und'): void {
    let list = this.pending.get(lang);
    if (!list) {
      list = { sources: [], matchers: [] };
      this.pending.set(lang, list);
    }
    list.sources.push(source);
    list.matchers.push(matcher);
    this.size++;
  }

  private ensure(languages: LanguageFilter): void {
    if (!this.pending.size) return;
    let parsed = false;
    const sharing: SharedTokens = new Map();
    for (const [lang, list] of this.pending) {
      if (languages && !languages.has(lang)) continue;
      this.pending.delete(lang);
      parsed = true;
      for (let k = 0; k < list.sources.length; k++) {
        const source = this.rewrite ? this.rewrite(list.sources[k] as string) : list.sources[k];
        if (source === undefined) continue;
        try {
          this.insert(parsePhrase(source, sharing), list.matchers[k] as number, lang);
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
    for (const bucket of [...this.exact.all(), ...this.prefix.all(), ...this.shortPrefixes.map((s) => s.bucket)])
      bucket.rest = bucket.rest.slice();
    this.bySecond.mapValues((list) => list.slice());
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
    const make = (): Bucket => ({ id: this.buckets++, paired: false, rest: [] });
    for (const alt of first.alternatives) {
      let bucket: Bucket;
      if (!alt.prefix) bucket = this.exact.getOrAdd(0, this.mark(wordHash(alt.text)), make);
      else if (alt.text.length >= 3) bucket = this.prefix.getOrAdd(0, this.mark(wordHash(alt.text, 0, 3)), make);
      else {
        bucket = make();
        this.shortPrefixes.push({ text: alt.text, bucket });
      }
      if (plainSecond && second?.kind === 'word') {
        bucket.paired = true;
        for (const next of second.alternatives) this.bySecond.getOrAdd(bucket.id, wordHash(next.text), () => []).push(entry);
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
      const exact = this.marked(h) ? this.exact.get(0, h) : undefined;
      const prefixed = h3 >= 0 && this.marked(h3) ? this.prefix.get(0, h3) : undefined;
      if (exact || prefixed) {
        const following = i + 1 < count ? (hash[i + 1] as number) : -1;
        if (exact) this.tryBucket(exact, following, tokens, i, languages, onHit);
        if (prefixed) this.tryBucket(prefixed, following, tokens, i, languages, onHit);
      }
      for (let k = 0; k < shorts.length; k++) {
        const short = shorts[k] as { text: string; bucket: Bucket };
        if (tokens.is(i, short.text, true))
          this.tryBucket(short.bucket, i + 1 < count ? (hash[i + 1] as number) : -1, tokens, i, languages, onHit);
      }
    }
  }

  private tryBucket(bucket: Bucket, following: number, tokens: Tokens, i: number, languages: LanguageFilter, onHit: OnHit) {
    if (bucket.rest.length) this.tryAll(bucket.rest, tokens, i, languages, onHit);
    if (following >= 0 && bucket.paired) {
      const entries = this.bySecond.get(bucket.id, following);
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
