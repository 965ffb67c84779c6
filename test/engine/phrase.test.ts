import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/engine/normalize';
import { PhraseError, matchAt, parsePhrase } from '../../src/engine/phrase';
import { PhraseIndex } from '../../src/engine/phrase-index';
import { tokenize } from '../../src/engine/tokenize';

const tokens = (text: string) => tokenize(normalizeText(text));
const find = (phrase: string, text: string) => {
  const index = new PhraseIndex();
  index.add(parsePhrase(phrase), 0);
  const found: string[] = [];
  index.scan(tokens(text), undefined, (_matcher, start, end) => found.push(text.slice(start, end)));
  return found;
};

describe('phrases a team lead writes', () => {
  it('match whole words only, ignoring case and accents', () => {
    expect(find('refund', 'I want a REFUND now')).toEqual(['REFUND']);
    expect(find('refund', 'refunded already')).toEqual([]);
    expect(find('wütend', 'Ich bin WUTEND')).toEqual(['WUTEND']);
    expect(find('θυμωμένος', 'ΕΙΜΑΙ ΘΥΜΩΜΕΝΟΣ')).toEqual(['ΘΥΜΩΜΕΝΟΣ']);
  });

  it('take inflections with a trailing *', () => {
    expect(find('cancel*', 'I cancelled it')).toEqual(['cancelled']);
  });

  it('offer alternatives, optional words, one-word wildcards and bounded gaps', () => {
    expect(find('speak to the? manager|supervisor', 'can I speak to the supervisor')).toEqual(['speak to the supervisor']);
    expect(find('speak to the? manager|supervisor', 'can I speak to manager')).toEqual(['speak to manager']);
    expect(find('cancel * order', 'cancel my order')).toEqual(['cancel my order']);
    expect(find('cancel ~3 transfer', 'cancel my recent big transfer')).toEqual(['cancel my recent big transfer']);
    expect(find('cancel ~2 transfer', 'cancel my recent big transfer')).toEqual([]);
  });

  it('never match across a sentence end', () => {
    expect(find('money ... back', 'Money. Back to the topic')).toEqual([]);
  });

  it('treat each Chinese character as a word', () => {
    expect(find('退款', '我要退款！')).toEqual(['退款']);
    expect(find('退款', '我要退钱')).toEqual([]);
  });

  it('are refused with a reason when malformed', () => {
    expect(() => parsePhrase('')).toThrow(PhraseError);
    expect(() => parsePhrase('* refund')).toThrow(/must start with a word/);
    expect(() => parsePhrase('f*ck')).toThrow(/may only end a word/);
    expect(() => parsePhrase('a ~9 b')).toThrow(/wider than/);
    expect(() => parsePhrase('a ... b ... c ... d')).toThrow(/more than 2 gaps/);
  });

  it('report the last matched token', () => {
    const t = tokens('I want my money back');
    expect(matchAt(parsePhrase('money back'), t, 3)).toBe(4);
    expect(matchAt(parsePhrase('money back'), t, 2)).toBe(-1);
  });
});

describe('normalisation', () => {
  it('keeps every offset in place', () => {
    for (const text of ['Ärger ÜBER Straße', 'ΣΊΓΟΥΡΑ ΘΥΜΩΜΈΝΟΣ', 'İstanbul 🙂 ok', 'Ďakujem ľúbim']) {
      expect(normalizeText(text)).toHaveLength(text.length);
    }
  });
});

describe('parsed phrases in memory', () => {
  it('share a token for the same word when parsed together, so a tab holds each word once, and still match apart', () => {
    const sharing = new Map();
    const a = parsePhrase('I want a refund', sharing);
    const b = parsePhrase('full refund now', sharing);
    expect(a.tokens[3]).toBe(b.tokens[1]);
    // The same word optional, or as a prefix, is another token.
    expect(parsePhrase('full refund? now', sharing).tokens[1]).not.toBe(a.tokens[3]);
    expect(parsePhrase('refund* now', sharing).tokens[0]).not.toBe(a.tokens[3]);
    // Parsed on their own (a pack being checked), phrases keep nothing beyond themselves.
    expect(parsePhrase('full refund now').tokens[1]).not.toBe(a.tokens[3]);
    const text = tokenize(normalizeText('I want a refund, not a full refund now'));
    expect(matchAt(a, text, 0)).toBe(3);
    expect(matchAt(b, text, 6)).toBe(8);
  });
});
