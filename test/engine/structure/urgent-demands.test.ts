import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: a request or a demand with "today" / "now" in its clause is urgent;
// the same times told, negated or as an effective date are not.
const urgent: [string, string][] = [
  ['en', 'I need the signed contract back today, the bank closes at four.'],
  ['de', 'Wir brauchen die Bestätigung jetzt, der Notar wartet.'],
  ['el', 'Χρειάζομαι την απόδειξη σήμερα για τη λογιστική.'],
  ['sk', 'Potrebujem tú faktúru dnes kvôli účtovníčke.'],
  ['no', 'Jeg trenger kvitteringen i dag for regnskapet.'],
  ['zh', '我现在就需要这张发票，财务在等。'],
];

const notUrgent: [string, string][] = [
  ['en', 'I am not asking for anything today, just letting you know the parcel came.'],
  ['de', 'Ich möchte den Vertrag ab heute auf meine Frau umschreiben.'],
  ['no', 'Jeg vil seie opp avtalen med virkning fra i dag.'],
  ['zh', '我想反映一下今天上午快递的事，包裹放错门口了。'],
];

describe('a demand with the nearest of times is urgent', () => {
  for (const [lang, text] of urgent) it(`${lang}: "${text.slice(0, 48)}"`, () => expect(ids(text, lang)).toContain('urgency'));
  for (const [lang, text] of notUrgent)
    it(`${lang}: not urgent "${text.slice(0, 40)}"`, () => expect(ids(text, lang)).not.toContain('urgency'));
});
