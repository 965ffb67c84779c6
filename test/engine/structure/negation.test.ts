import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

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
