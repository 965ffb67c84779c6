import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: the company's people called a pack of something, in words no insult
// list holds; and a bunch of something that is not the addressee.
const packs: [string, string][] = [
  ['en', 'Honestly, your billing team are a bunch of amateurs.'],
  ['de', 'Sie sind ein Haufen Stümper, die Rechnung ist schon wieder falsch.'],
  ['el', 'Είστε ένα μάτσο ερασιτέχνες, ο λογαριασμός είναι πάλι λάθος.'],
  ['sk', 'Ste len banda úradníkov, faktúra je zase zlá.'],
  ['no', 'Dere er en gjeng byråkrater, fakturaen er feil igjen.'],
  ['zh', '你们这帮外行，账单又算错了。'],
];

describe('calling the company a pack of something is an insult', () => {
  for (const [lang, text] of packs) it(`${lang}: "${text.slice(0, 48)}"`, () => expect(ids(text, lang)).toContain('insult'));
  it('a bunch of something else is not', () => {
    expect(ids('You sent me a bunch of coupons, but can I use two at once?', 'en')).not.toContain('insult');
    expect(ids('Ich habe einen Haufen Fragen zu meinem Tarif.', 'de')).not.toContain('insult');
  });
});
