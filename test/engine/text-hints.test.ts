import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { scanText } from '../../src/engine/scan';
import { resolvePacks } from '../../src/engine/resolve';
import { CAPITALS, GREEK, HAN, JUNK, MARKS, MASKING, NON_ASCII, textHints } from '../../src/engine/text-hints';
import { BUNDLED_PACKS } from '../../src/packs';

const compiled = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);
const idOf = (rule: string) => compiled.signalRules.find((r) => r.ref.id === rule)?.matcher ?? -2;
/** The words a rule found in a customer message, as the sidebar shows them. */
const evidence = (rule: string, text: string, language = 'en') =>
  (scanText(text, compiled, language).get(idOf(rule)) ?? []).map((h) => text.slice(h.start, h.end));

describe('the one pass that says what a message may hold', () => {
  it('tells plain ASCII, Greek and Han apart', () => {
    expect(textHints('I want a refund') & (NON_ASCII | GREEK | HAN)).toBe(0);
    expect(textHints('Θέλω επιστροφή χρημάτων') & (NON_ASCII | GREEK | HAN)).toBe(NON_ASCII | GREEK);
    expect(textHints('我要退款') & (NON_ASCII | GREEK | HAN)).toBe(NON_ASCII | HAN);
    expect(textHints('Geld zurück') & (NON_ASCII | GREEK | HAN)).toBe(NON_ASCII);
  });

  it('sees two capitals in a row in Latin, Greek and Cyrillic, not a capital that starts a sentence', () => {
    expect(textHints('Why is this still broken') & CAPITALS).toBe(0);
    expect(textHints('WHY is this') & CAPITALS).toBe(CAPITALS);
    expect(textHints('ΓΙΑΤΙ δεν') & CAPITALS).toBe(CAPITALS);
    expect(textHints('ÜBER alles') & CAPITALS).toBe(CAPITALS);
  });

  it('sees "!!" and "？？" but not one mark', () => {
    expect(textHints('Really? Yes!') & MARKS).toBe(0);
    expect(textHints('Really?!') & MARKS).toBe(MARKS);
    expect(textHints('为什么？？') & MARKS).toBe(MARKS);
  });

  it('sees a masking symbol after a letter or in a run, not a hashtag, a mention or a price', () => {
    expect(textHints('see #billing and @dana, it costs $5') & MASKING).toBe(0);
    expect(textHints('what the f***') & MASKING).toBe(MASKING);
    expect(textHints('d@mn it') & MASKING).toBe(MASKING);
    expect(textHints('you $#!% company') & MASKING).toBe(MASKING);
  });

  it('sees control characters and U+FFFD, which are blanked before reading', () => {
    expect(textHints('line one\nline two\ttab') & JUNK).toBe(0);
    expect(textHints('bin\u0000ary') & JUNK).toBe(JUNK);
    expect(textHints('broken \ufffd byte') & JUNK).toBe(JUNK);
  });
});

describe('what the hints let through to the sidebar', () => {
  it('shouting, with its words, in English and German, and not a lone acronym', () => {
    expect(evidence('anger-shouting', 'WHY IS MY ORDER STILL NOT HERE')).toEqual(['WHY IS MY ORDER STILL NOT HERE']);
    expect(evidence('anger-shouting', "I DON'T WANT EXCUSES, FIX IT")).toEqual(["DON'T WANT EXCUSES, FIX IT"]);
    expect(evidence('anger-shouting', 'WARUM FUNKTIONIERT DAS NICHT', 'de')).toEqual(['WARUM FUNKTIONIERT DAS NICHT']);
    expect(evidence('anger-shouting', 'My USB stick and the PDF are fine')).toEqual([]);
  });

  it('runs of marks and masked swearing, with their words', () => {
    expect(evidence('anger-punctuation', 'Where is it???')).toEqual(['???']);
    expect(evidence('profanity-masked', 'this is sh*t')).toEqual(['sh*t']);
    expect(evidence('profanity-masked', 'email me at dana@example.com')).toEqual([]);
  });

  it('a Greek message in an English thread is still read in Greek', () => {
    expect(scanText('Είμαι πολύ θυμωμένος', compiled, 'en').size).toBeGreaterThan(0);
  });
});
