import { isNegated } from './negation';
import { type Phrase, matchAt } from './phrase';
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
 * Every phrase of every enabled pack in one index keyed by its first word, so a message is
 * scanned once: each token looks up the phrases that can start there, not rules × text.
 */
export class PhraseIndex {
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefix = new Map<string, Entry[]>();
  size = 0;

  add(phrase: Phrase, matcher: number, lang = 'und'): void {
    const first = phrase.tokens[0];
    if (first?.kind !== 'word') return;
    for (const alt of first.alternatives) {
      const map = alt.prefix ? this.prefix : this.exact;
      const key = alt.prefix ? alt.text.slice(0, 1) : alt.text;
      const list = map.get(key) ?? [];
      list.push({ phrase, matcher, lang });
      map.set(key, list);
    }
    this.size++;
  }

  scan(tokens: Token[], languages?: LanguageFilter): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      this.tryAll(this.exact.get(token.text), tokens, i, hits, languages);
      this.tryAll(this.prefix.get(token.text.slice(0, 1)), tokens, i, hits, languages);
    }
    return hits;
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
