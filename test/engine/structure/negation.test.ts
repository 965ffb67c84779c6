import { describe, expect, it } from 'vitest';
import { ids } from './helpers';
import { isNegated } from '../../../src/engine/negation';
import { normalizeText } from '../../../src/engine/normalize';
import { tokenize } from '../../../src/engine/tokenize';

// Written for these tests: a request turned down in its clause (the negation further than three
// words before it, after it, or in one word), beside the request itself, which must still count.
const declined: [string, string][] = [
  ['en', "I'm honestly not asking for a refund here, I just want the missing lid."],
  ['de', 'Ich will mein Geld nicht zurück, ich will einen funktionierenden Drucker.'],
  ['el', 'Δεν θέλω καθόλου επιστροφή χρημάτων, θέλω απλώς το σωστό καπάκι.'],
  ['sk', 'Peniaze späť nechcem, chcem len chýbajúce veko.'],
  ['no', 'Jeg vil egentlig ikke ha pengene tilbake, bare lokket som mangler.'],
  ['zh', '我真的不要退款，只想要补发缺的盖子。'],
];
const asked: [string, string][] = [
  ['en', "I don't want a replacement, but a refund of the £40."],
  ['de', 'Ich möchte keinen Ersatz, sondern mein Geld zurück.'],
  ['el', 'Δεν θέλω αντικατάσταση, αλλά επιστροφή χρημάτων.'],
  ['sk', 'Nechcem výmenu, ale vrátenie peňazí.'],
  ['no', 'Jeg vil ikke ha en ny, men pengene tilbake.'],
  ['zh', '我不要换货，但是要退款。'],
];

describe('negation reaches across its clause, not past it', () => {
  for (const [lang, text] of declined)
    it(`${lang}: a refund turned down is no refund request`, () => {
      expect(ids(text, lang)).not.toContain('refund-request');
    });
  for (const [lang, text] of asked)
    it(`${lang}: after "but", the refund asked for counts`, () => {
      expect(ids(text, lang)).toContain('refund-request');
    });
});

// Written for this test: the negation stops at the comma, and the disappointment after it counts.
const notAngryJust: [string, string][] = [
  ['en', 'I am not cross, just disappointed with how this went.'],
  ['de', 'Ich bin nicht sauer, nur enttäuscht von Ihrem Service.'],
  ['no', 'Jeg er ikke sur, bare skuffet over hvordan dette ble håndtert.'],
];

describe('"not angry, just disappointed": a negation does not reach past its clause', () => {
  for (const [lang, text] of notAngryJust)
    it(`${lang}: "${text.slice(0, 40)}"`, () => {
      expect(ids(text, lang)).toContain('disappointment');
    });
});

describe('a negation after a phrase counts only where the language puts it there', () => {
  it('en: "without further notice" after a threat does not turn the threat around', () => {
    const text = 'Should this not be paid, I will issue a claim through the small claims court without further notice.';
    expect(ids(text, 'en')).toContain('threat');
  });
});

// Written for these tests: a list whose items each carry their own negator. The earlier
// negator's item ends at the comma; the next item's phrase is not negated by it ("no update").
describe('a negated list item ends at its comma', () => {
  const at = (text: string, phrase: string) => {
    const normalized = normalizeText(text);
    const tokens = tokenize(normalized);
    const start = normalized.lastIndexOf(normalizeText(phrase));
    let i = 0;
    while (i < tokens.count && (tokens.start[i] as number) < start) i++;
    return isNegated(tokens, i, i + normalizeText(phrase).split(' ').length - 1);
  };
  const lists: [string, string, string][] = [
    ['en', 'Ten days on: no parcel, no update from anyone.', 'no update'],
    ['de', 'Seit Montag: kein Techniker, keine Rückmeldung.', 'keine rückmeldung'],
    ['el', 'Τρεις μέρες: κανένα δέμα, δεν ενημέρωσε κανείς.', 'δεν ενημέρωσε'],
    ['sk', 'Dva týždne: žiadny balík, bez odpovede.', 'bez odpovede'],
    ['no', 'Ei uke nå: ingen pakke, ingen svar.', 'ingen svar'],
  ];
  for (const [lang, text, phrase] of lists)
    it(`${lang}: "${phrase}" keeps its own negation only`, () => {
      // The phrase opens with its own negator: only a negator before the comma could turn it around.
      expect(at(text, phrase)).toBe(false);
    });
  it('en: a list under one negator stays negated ("no refund, credit or voucher")', () => {
    expect(at("I'd like no refund or voucher, thanks", 'voucher')).toBe(true);
  });
});
