import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: the documents' bait said as care that lasted only until the signing,
// and "until" beside a signing that is no such frame.
const until: [string, string][] = [
  ['en', 'You were all smiles right up until I signed.'],
  ['de', 'Man ist Ihnen nur so lange wichtig, bis man unterschrieben hat.'],
  ['el', 'Μέχρι να υπογράψεις είσαι ο καλύτερος πελάτης του κόσμου.'],
  ['sk', 'Milí ste len dovtedy, kým človek podpíše zmluvu.'],
  ['no', 'Dere er hyggelige bare så lenge man ikke har signert avtalen.'],
  ['zh', '签约之前你们个个都是笑脸。'],
];

describe('care only until the signing is the documents’ bait', () => {
  for (const [lang, text] of until) it(`${lang}: "${text.slice(0, 48)}"`, () => expect(ids(text, lang)).toContain('baiting'));
  it('a date before a signing is not', () => {
    expect(ids('The contract runs until June, can I sign the new one early?', 'en')).not.toContain('baiting');
    expect(ids('Der Vertrag läuft bis Juni, kann ich den neuen schon jetzt unterschreiben?', 'de')).not.toContain('baiting');
  });
});
