import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: polite cancellations — a request formula, then ending what the
// customer holds — beside the same words not asking for it (negated, a time, another object).
const polite: [string, string][] = [
  ['en', 'Hello, we would like to end our team plan when the current year runs out.'],
  ['de', 'Guten Tag, bitte beenden Sie mein Abo zum Monatsende.'],
  ['el', 'Καλημέρα, παρακαλώ προχωρήστε στη διακοπή της συνδρομής μου από τον Μάρτιο.'],
  ['el', 'Kalimera, 8a ithela na kleisw ton logariasmo mou apo ton Martio.'],
  ['el', 'Θα θέλαμε να μην ανανεωθεί το συμβόλαιο του γραφείου τον Μάιο.'],
  ['sk', 'Dobrý deň, prosím o ukončenie členstva v posilňovni od marca.'],
  ['sk', 'Dobry den, chcem zrusit predplatne casopisu od dalsieho cisla.'],
  ['no', 'Hei, vi ønsker å avslutte firmaavtalen fra mars.'],
  ['no', 'Hei, eg vil seie opp medlemskapet mitt frå neste månad.'],
  ['zh', '你好，请帮我把健身卡的会员取消掉，下个月起不用了。'],
];

const notAsked: [string, string][] = [
  ['en', 'Please send the invoice at the end of the month to my account email.'],
  ['en', 'Please cancel the reminder on my account, I already paid.'],
  ['de', 'Ich möchte mein Abo nicht beenden, nur pausieren.'],
  ['el', 'Δεν θέλω να κλείσω τον λογαριασμό μου, θέλω μόνο αλλαγή πακέτου.'],
  ['sk', 'Nechcem rušiť členstvo, prosím len o zmenu termínu.'],
  ['no', 'Jeg vil ikke avslutte avtalen, bare endre betalingsdato.'],
  ['zh', '我不要取消会员，只是想换个门店。'],
];

describe('a request formula and an ending make a cancellation', () => {
  for (const [lang, text] of polite) it(`${lang}: "${text.slice(0, 50)}"`, () => expect(ids(text, lang)).toContain('cancel-request'));
  for (const [lang, text] of notAsked)
    it(`${lang}: not asked "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).not.toContain('cancel-request'));
});
