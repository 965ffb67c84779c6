import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { bundled, ids } from './helpers';

// Written for these tests: the source documents' bait (a company that stops caring once the
// customer has signed), phrased as customers write it, in each language; and signing without it.
const bait: [string, string][] = [
  ['en', 'The moment my contract was signed you clearly stopped caring about me.'],
  ['de', 'Seit ich den Vertrag unterschrieben habe, bin ich euch offenbar völlig egal.'],
  ['el', 'Από τη στιγμή που υπέγραψα το συμβόλαιο, δεν σας νοιάζει πια τίποτα.'],
  ['sk', 'Odkedy som podpísal zmluvu, je vám úplne jedno, čo sa so mnou deje.'],
  ['no', 'Etter at jeg signerte avtalen, bryr dere dere ikke lenger om meg.'],
  ['zh', '合同一签完，你们就不管我们客户的死活了。'],
];
const plain: [string, string][] = [
  ['en', 'I signed the contract yesterday; when does the service start?'],
  ['de', 'Ich habe den Vertrag gestern unterschrieben. Wann geht es los?'],
  ['zh', '合同已经签好了，请问什么时候安装？'],
];

describe('the documents’ bait, as people phrase it, gets computer mode', () => {
  for (const [lang, text] of bait)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).toContain('baiting');
      const coaching = analyze({ helpdesk: 'test', messages: [{ role: 'customer', text }] }, '', bundled, { language: lang });
      expect(coaching.suggestions.some((s) => s.kind === 'computer-mode')).toBe(true);
    });
  for (const [lang, text] of plain)
    it(`${lang}: signing alone is not bait: "${text.slice(0, 40)}"`, () => {
      expect(ids(text, lang)).not.toContain('baiting');
    });
});
