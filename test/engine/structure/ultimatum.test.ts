import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: money-back ultimatums with no refund word, each with its threat, and
// the same condition asked as a question, which is not an ultimatum.
const ultimatums: [string, string, RegExp][] = [
  [
    'en',
    'If the £74 is not back on my card by Thursday, I will open a dispute with my bank.',
    /If the £74 is not back on my card by Thursday/,
  ],
  ['de', 'Wenn die 74 Euro bis Donnerstag nicht auf meinem Konto sind, lasse ich die Zahlung zurückbuchen.', /Wenn die 74 Euro/],
  ['el', 'Αν τα χρήματα δεν επιστραφούν μέχρι την Πέμπτη, θα κάνω αμφισβήτηση της συναλλαγής.', /Αν τα χρήματα δεν επιστραφούν/],
  ['sk', 'Ak mi do štvrtka nevrátite tých 74 eur, idem to riešiť cez banku.', /Ak mi do štvrtka nevrátite tých 74 eur/],
  ['no', 'Er ikke pengene tilbake innen torsdag, bestrider jeg betalingen.', /Er ikke pengene tilbake innen torsdag/],
  ['zh', '周四之前钱再不退回来，我就找银行拒付。', /钱再不退/],
];

describe('an ultimatum yields its demand and its threat', () => {
  for (const [lang, text, demand] of ultimatums)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const signals = shown(text, lang);
      expect(signals.map((s) => s.id)).toEqual(expect.arrayContaining(['refund-request', 'threat']));
      // The refund's evidence is the condition, in the customer's own words.
      const refund = signals.find((s) => s.id === 'refund-request');
      const words = refund?.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
      expect(words).toMatch(demand);
    });

  it('a condition asked as a question is no ultimatum', () => {
    expect(ids('If the money is not back by Friday, can I ask my bank to dispute it?', 'en')).not.toContain('refund-request');
    expect(ids('Wenn das Geld bis Freitag nicht da ist, kann ich dann bei meiner Bank widersprechen?', 'de')).not.toContain(
      'refund-request',
    );
  });
});
