import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: a refund that has arrived, or is thanked for, is no refund asked for;
// one that has not arrived, or is asked about, still is.
const arrived: [string, string][] = [
  ['en', 'Just a note that the refund came through this morning, all sorted.'],
  ['de', 'Kurze Info: die Rückerstattung ist heute angekommen.'],
  ['el', 'Η επιστροφή χρημάτων πιστώθηκε σήμερα στην κάρτα μου.'],
  ['sk', 'Vrátenie peňazí mi dnes prišlo na účet.'],
  ['no', 'Pengene er refundert og kom inn på kontoen i går.'],
  ['zh', '退款今天已经到账了。'],
];

const stillAsked: [string, string][] = [
  ['en', 'The refund has not come through yet, please check it.'],
  ['de', 'Die Rückerstattung ist noch nicht angekommen.'],
  ['zh', '退款还没到账，请尽快处理。'],
];

describe('a refund received is no refund asked for', () => {
  for (const [lang, text] of arrived) it(`${lang}: "${text.slice(0, 48)}"`, () => expect(ids(text, lang)).not.toContain('refund-request'));
  for (const [lang, text] of stillAsked)
    it(`${lang}: not yet "${text.slice(0, 40)}"`, () => expect(ids(text, lang)).toContain('refund-request'));
});
