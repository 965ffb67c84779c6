import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: questions about how refunds and cancellations work, or what would
// happen if, beside the plain requests that must still count.
const questions: [string, string, string][] = [
  ['en', 'How do refunds work if a gift arrives after the birthday?', 'refund-request'],
  ['en', 'If I cancel my plan in March, would I lose the unused months?', 'cancel-request'],
  ['de', 'Wie funktioniert die Rückerstattung, wenn ich nur einen Teil zurückschicke?', 'refund-request'],
  ['el', 'Πώς λειτουργεί η επιστροφή χρημάτων για δώρα;', 'refund-request'],
  ['sk', 'Ako funguje vrátenie peňazí, ak tovar kúpil niekto iný?', 'refund-request'],
  ['no', 'Hvordan fungerer refusjon hvis jeg avbestiller en uke før?', 'refund-request'],
  ['zh', '你们的退款政策是怎样的？', 'refund-request'],
];
const requests: [string, string, string][] = [
  ['en', 'Can I get a refund for order 5521?', 'refund-request'],
  // Asking whether it can be had, politely, or about a refund already under way, is no policy question.
  ['en', 'Is it possible to get a refund for the broken kettle?', 'refund-request'],
  ['en', 'Would you please tell me where my refund for order 5521 is?', 'refund-request'],
  ['en', 'Who do I write to if my refund never arrives?', 'refund-request'],
  ['de', 'Wäre es möglich, mir den Betrag zu erstatten?', 'refund-request'],
  ['en', 'The blender does not work at all, can I get a refund?', 'refund-request'],
  ['de', 'Bitte erstatten Sie mir den Betrag für Bestellung 5521.', 'refund-request'],
  ['el', 'Θέλω επιστροφή χρημάτων για την παραγγελία 5521.', 'refund-request'],
  ['sk', 'Žiadam o vrátenie peňazí za objednávku 5521.', 'refund-request'],
  ['no', 'Jeg vil ha refusjon for ordre 5521.', 'refund-request'],
  ['zh', '订单5521请给我退款。', 'refund-request'],
];

describe('a question about a policy, or a hypothetical, is not a request', () => {
  for (const [lang, text, signal] of questions)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain(signal);
    });
  for (const [lang, text, signal] of requests)
    it(`${lang}: the plain request still counts: "${text.slice(0, 40)}"`, () => {
      expect(ids(text, lang)).toContain(signal);
    });
});
