import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: money asked back in words no refund phrase holds — a request or demand,
// then "back" in its clause, money named in its sentence — and the same words negated or asked
// about, which are no request.
const asked: [string, string, RegExp][] = [
  ['en', 'The courier never came, so I want the £12 delivery fee back.', /I want the £12 delivery fee back/],
  ['de', 'Die Reparatur hat nichts gebracht, ich erwarte die 60 € bis Monatsende zurück.', /ich erwarte die 60 € bis Monatsende zurück/],
  ['el', 'Η συσκευή δεν δούλεψε ποτέ, θέλω να πάρω πίσω τα 75€.', /θέλω να πάρω πίσω/],
  ['sk', 'Kurz sa nekonal, žiadam vrátenie celých 45 € na môj účet.', /žiadam vrátenie/],
  ['no', 'Kurset ble avlyst, og jeg vil ha de 450 kronene tilbake.', /jeg vil ha de 450 kronene tilbake/],
  ['zh', '课程取消了，我要求你们退还那300元学费。', /要求你们退还/],
];

const notAsked: [string, string][] = [
  ['en', "I don't want the £12 back, I want the parcel delivered."],
  ['de', 'Ich will die 60 € nicht zurück, ich will ein funktionierendes Gerät.'],
  ['no', 'Jeg vil ikke ha de 450 kronene tilbake, jeg vil ha et nytt kurs.'],
];

describe('money asked back is a refund request', () => {
  for (const [lang, text, words] of asked)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const refund = shown(text, lang).find((s) => s.id === 'refund-request');
      expect(refund).toBeDefined();
      expect(refund?.evidence.map((e) => text.slice(e.start, e.end)).join(' ')).toMatch(words);
    });
  for (const [lang, text] of notAsked)
    it(`${lang}: not asked "${text.slice(0, 50)}"`, () => expect(ids(text, lang)).not.toContain('refund-request'));
});
